namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>A government body named in a text: its name as written, type, the level its prefix stands for (province, city…; null for a place prefix), and its span.</summary>
internal sealed record GovernmentBody(string Name, string Type, string? Level, int Start, int End);
