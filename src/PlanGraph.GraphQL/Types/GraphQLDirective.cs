namespace PlanGraph.GraphQL.Types;

public sealed record GraphQLDirective(string Name, IReadOnlyList<DirectiveLocation> Locations, IReadOnlyList<GraphQLArgument> Arguments, bool IsRepeatable);
