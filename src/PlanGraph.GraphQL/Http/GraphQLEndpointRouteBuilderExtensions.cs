using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PlanGraph.GraphQL.Execution;

namespace PlanGraph.GraphQL.Http;

/// <summary><c>app.MapGraphQL("/graphql", schema)</c>: GraphQL over HTTP on one route, GET and POST.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, ExecutableSchema schema, GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = new GraphQLHttpHandler(new RequestExecutor(schema, (options ?? new GraphQLHttpOptions()).Limits), options ?? new GraphQLHttpOptions());
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
