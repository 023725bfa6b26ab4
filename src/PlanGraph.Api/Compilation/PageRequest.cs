namespace PlanGraph.Api.Compilation;

/// <summary>Which slice of a connection was asked for: skip <paramref name="Offset"/>, take <paramref name="First"/>.</summary>
internal sealed record PageRequest(int Offset, int First);
