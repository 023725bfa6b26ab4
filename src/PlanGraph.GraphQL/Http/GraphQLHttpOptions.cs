using Microsoft.AspNetCore.Http;
using PlanGraph.GraphQL.Execution;

namespace PlanGraph.GraphQL.Http;

/// <summary>How <c>MapGraphQL</c> serves a schema: limits, whether GET and ?sdl are served, the per-request context.</summary>
public sealed record GraphQLHttpOptions
{
    public GraphQLLimits Limits { get; init; } = GraphQLLimits.Default;

    /// <summary>Queries over GET (GraphQL over HTTP §6.1); mutations over GET are always refused with 405.</summary>
    public bool AllowGet { get; init; } = true;

    /// <summary>GET ?sdl answers the schema in SDL as text/plain.</summary>
    public bool ServeSdl { get; init; } = true;

    /// <summary>
    /// Also accept a POST body of Content-Type application/graphql holding just the document (older clients
    /// send it; the GraphQL-over-HTTP draft dropped it, so it is off unless asked for).
    /// </summary>
    public bool AcceptGraphQLBody { get; init; }

    /// <summary>Builds the application object resolvers see as <see cref="ResolveInfo.Context"/>.</summary>
    public Func<HttpContext, object?>? ContextFactory { get; init; }
}
