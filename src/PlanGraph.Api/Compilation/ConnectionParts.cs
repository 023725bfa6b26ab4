namespace PlanGraph.Api.Compilation;

/// <summary>A compiled connection: its shape, the map projection of its nodes and the map of its edges' relationship data.</summary>
internal sealed record ConnectionParts(Shape Shape, string NodeMap, string EdgeMap);
