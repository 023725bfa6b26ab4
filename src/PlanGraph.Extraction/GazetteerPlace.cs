namespace PlanGraph.Extraction;

/// <summary>One place of the gazetteer.</summary>
internal sealed record GazetteerPlace(string Name, string Type, string? Parent, string? Code, IReadOnlyList<string> Aliases);
