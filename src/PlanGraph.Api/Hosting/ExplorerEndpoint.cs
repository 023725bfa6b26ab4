using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// The researchers' plan explorer (docs/explorer.md) at / and /explore: a page bundled from web/ at set-up time
/// into web/dist/explorer, next to the IDE's bundle, that reads the plan graph through the public /graphql only.
/// </summary>
public static class ExplorerEndpoint
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["explorer.js"] = "text/javascript; charset=utf-8",
        ["explorer.css"] = "text/css; charset=utf-8",
    };

    /// <summary>Why the explorer is missing, for the 404 page.</summary>
    public static string MissingMessage => "The plan explorer is not built: run `npm ci && npm run build` in web/ (scripts/build-web.sh does this), or set PLANGRAPH_IDE_DIRECTORY to a built web/dist.";

    /// <summary>Maps / and /explore (the page) and /explore/{file} (its script and styles).</summary>
    public static IEndpointRouteBuilder MapPlanGraphExplorer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", context => ServeAsync(context, "index.html"));
        endpoints.MapGet("/explore", context => ServeAsync(context, "index.html"));
        endpoints.MapGet("/explore/{file}", (HttpContext context, string file) => ServeAsync(context, file));
        return endpoints;
    }

    private static async Task ServeAsync(HttpContext context, string file)
    {
        var directory = context.RequestServices.GetRequiredService<IdeAssets>().Directory;
        var path = directory is null ? null : Path.Combine(directory, "explorer", file);
        if (path is null || !ContentTypes.TryGetValue(file, out var contentType) || !File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(MissingMessage, context.RequestAborted);
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(path, context.RequestAborted);
    }
}
