using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Hosting;

/// <summary>/health: the API runs and Neo4j answers. /ready: and at least one document is loaded, so queries have something to answer.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps /health and /ready.</summary>
    public static IEndpointRouteBuilder MapPlanGraphHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (Neo4jHttpClient neo4j, CancellationToken cancellationToken) =>
        {
            try
            {
                await neo4j.RunAsync(ApiStatements.Ping, null, cancellationToken);
                return Results.Json(new { status = "healthy", neo4j = neo4j.Options.Url.ToString() });
            }
            catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
            {
                return Results.Json(new { status = "unhealthy", neo4j = neo4j.Options.Url.ToString(), error = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        endpoints.MapGet("/ready", async (Neo4jHttpClient neo4j, CancellationToken cancellationToken) =>
        {
            try
            {
                var documents = (await neo4j.RunAsync(ApiStatements.LoadedDocuments, null, cancellationToken)).Single<long>("documents");
                return documents > 0
                    ? Results.Json(new { status = "ready", documents })
                    : Results.Json(new { status = "not ready", documents, reason = "No documents are loaded: run ./plangraph load (or ./plangraph up)." }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
            {
                return Results.Json(new { status = "not ready", error = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
