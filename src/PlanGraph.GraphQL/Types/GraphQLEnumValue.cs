namespace PlanGraph.GraphQL.Types;

public sealed record GraphQLEnumValue(string Name, string? DeprecationReason);
