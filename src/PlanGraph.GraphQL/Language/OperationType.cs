namespace PlanGraph.GraphQL.Language;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
