namespace PlanGraph.Extraction;

/// <summary>An institution named in a text: canonical name, type, where the name stands in that text, and its other names.</summary>
internal sealed record InstitutionMention(string Name, string Type, int Start, int End)
{
    /// <summary>The other names the lexicon knows for it (上交所 for 上海证券交易所).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
