namespace PlanGraph.GraphQL.Types;

public sealed record GraphQLNonNull(IGraphQLType OfType) : IGraphQLType;
