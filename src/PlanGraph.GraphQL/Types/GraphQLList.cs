namespace PlanGraph.GraphQL.Types;

public sealed record GraphQLList(IGraphQLType OfType) : IGraphQLType;
