namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>One error of a verdict: its message and its source locations (1-based line and column, as graphql-js counts them).</summary>
public sealed record VerdictError(string Message, IReadOnlyList<VerdictLocation> Locations)
{
    public string LocationsText => string.Join(",", Locations.Select(l => $"{l.Line}:{l.Column}"));

    public bool SameAs(VerdictError other) =>
        Message == other.Message && LocationsText == other.LocationsText;

    public override string ToString() => $"{Message} @{LocationsText}";
}
