namespace PlanGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper.</summary>
public interface IGraphQLType;
