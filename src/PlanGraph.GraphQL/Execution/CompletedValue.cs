using System.Text.Json.Nodes;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// A field's value that its resolver already completed for the field's whole sub-selection (response keys,
/// aliases, <c>__typename</c>, serialised leaves), typically an operation planner's shaped answer: the
/// engine writes it as it is instead of completing it field by field (spec §6.4.3 is then the resolver's
/// job). A null value is completed as usual, so a non-null field still ends in a field error.
/// </summary>
/// <param name="Value">The completed JSON.</param>
public sealed record CompletedValue(JsonNode? Value);
