namespace PlanGraph.Extraction;

/// <summary>An institution named in a text: canonical name, type, and where the name stands in that text.</summary>
internal sealed record InstitutionMention(string Name, string Type, int Start, int End);
