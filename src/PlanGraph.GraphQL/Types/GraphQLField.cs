namespace PlanGraph.GraphQL.Types;

/// <summary>A field of an object or interface type: its result type and arguments.</summary>
public sealed record GraphQLField(string Name, IGraphQLType Type, IReadOnlyList<GraphQLArgument> Arguments);
