namespace PlanGraph.Extraction.Quality;

/// <summary>
/// Lines of one document where a label or relationship type was annotated exhaustively: extracted facts
/// with evidence there count towards precision. <see cref="First"/> = 0 means "the lines of that kind's
/// own expectations".
/// </summary>
public sealed record ScopeRegion(string Document, int First, int Last, string Kind)
{
    /// <summary>True when the region stands for the annotated lines rather than a fixed range.</summary>
    public bool IsExpectationLines => First == 0;
}
