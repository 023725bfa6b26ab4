using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PlanGraph.Api.Schema;
using PlanGraph.GraphQL.Http;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// /graphql: GraphQL over HTTP from the engine (<see cref="GraphQLHttpHandler"/>: POST and GET, media types
/// and status codes of the GraphQL-over-HTTP draft, introspection), the schema as SDL on ?sdl, and the
/// GraphiQL IDE when a browser opens the page. The engine's planner makes every request one Cypher statement.
/// </summary>
public static class GraphQLEndpoint
{
    /// <summary>Maps /graphql, the IDE's assets under /graphql/ide/, and ?sdl.</summary>
    public static IEndpointRouteBuilder MapPlanGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.MapGet(path, HandleGetAsync);
        endpoints.MapPost(path, context => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
        endpoints.MapGet(path + "/ide/{file}", (HttpContext context, string file) => ServeIdeAssetAsync(context, file));
        return endpoints;
    }

    private static async Task HandleGetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.ContainsKey("sdl"))
        {
            // The SDL as written, with its descriptions and layout, rather than a reprint.
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(PlanGraphSdl.Text, context.RequestAborted);
            return;
        }

        if (!query.ContainsKey("query") && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            await ServeIdeAssetAsync(context, "index.html");
            return;
        }

        await context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context);
    }

    private static async Task ServeIdeAssetAsync(HttpContext context, string file)
    {
        var assets = context.RequestServices.GetRequiredService<IdeAssets>();
        if (assets.Asset(file) is not { } asset)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(IdeAssets.MissingMessage, context.RequestAborted);
            return;
        }

        context.Response.ContentType = asset.ContentType;
        await context.Response.SendFileAsync(asset.Path, context.RequestAborted);
    }
}
