using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanGraph.Api.Compilation;
using PlanGraph.Api.Schema;
using PlanGraph.GraphQL;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// /graphql over HTTP (GraphQL-over-HTTP draft): POST application/json or application/graphql, GET with
/// ?query=; ?sdl returns the schema; a browser (Accept: text/html) gets the GraphiQL IDE. Every request
/// becomes one Cypher statement.
/// </summary>
public static class GraphQLEndpoint
{
    private const string GraphQLResponseType = "application/graphql-response+json";

    // Chinese text stays readable in responses; the content type is JSON, never HTML, so this is safe.
    private static readonly JsonSerializerOptions ResponseJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Maps /graphql, the IDE's assets under /graphql/ide/, and ?sdl.</summary>
    public static IEndpointRouteBuilder MapPlanGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.MapGet(path, HandleGetAsync);
        endpoints.MapPost(path, HandlePostAsync);
        endpoints.MapGet(path + "/ide/{file}", (HttpContext context, string file) => ServeIdeAssetAsync(context, file));
        return endpoints;
    }

    private static async Task HandleGetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(PlanGraphSdl.Text, context.RequestAborted);
            return;
        }

        if (!query.ContainsKey("query") && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            await ServeIdeAssetAsync(context, "index.html");
            return;
        }

        IReadOnlyDictionary<string, JsonElement>? variables = null;
        if (query.TryGetValue("variables", out var text) && !string.IsNullOrEmpty(text))
        {
            try
            {
                variables = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(text.ToString());
            }
            catch (JsonException e)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The variables parameter is not a JSON object: {e.Message}", null);
                return;
            }
        }

        await ExecuteAsync(context, new GraphQLRequest(query["query"], query["operationName"], variables));
    }

    private static async Task HandlePostAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType ?? string.Empty;
        GraphQLRequest? request;
        if (contentType.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(context.Request.Body);
            request = new GraphQLRequest(await reader.ReadToEndAsync(context.RequestAborted), null, null);
        }
        else if (contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                request = await JsonSerializer.DeserializeAsync<GraphQLRequest>(context.Request.Body, JsonSerializerOptions.Web, context.RequestAborted);
            }
            catch (JsonException e)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The request body is not a GraphQL request in JSON: {e.Message}", null);
                return;
            }
        }
        else
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, $"Send the request as application/json (or application/graphql), not '{contentType}'.", null);
            return;
        }

        await ExecuteAsync(context, request ?? new GraphQLRequest(null, null, null));
    }

    private static async Task ExecuteAsync(HttpContext context, GraphQLRequest request)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<PlanGraphApiOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PlanGraph.Api.GraphQL");
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The request has no query: send {\"query\": \"{ plans { totalCount } }\"}.", null);
            return;
        }

        if (request.Query.Length > options.MaxQueryLength)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The query is {request.Query.Length} characters long; the limit is {options.MaxQueryLength}.", null);
            return;
        }

        var cache = services.GetRequiredService<CompiledQueryCache>();
        var compiled = cache.Find(request);
        if (compiled is null)
        {
            var invalid = services.GetRequiredService<RequestValidator>().Validate(request.Query);
            if (invalid.Count > 0)
            {
                await WriteAsync(context, StatusCodes.Status400BadRequest, new JsonObject { ["errors"] = new JsonArray([.. invalid.Select(ErrorJson)]) });
                return;
            }

            try
            {
                var root = QueryDocumentReader.Read(request.Query, request.OperationName, request.Variables);
                compiled = services.GetRequiredService<CypherQueryCompiler>().Compile(root);
            }
            catch (GraphQueryException e)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, e.Message, e.Path);
                return;
            }

            cache.Store(request, compiled);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var neo4j = services.GetRequiredService<Neo4jHttpClient>();
            var result = await neo4j.RunAsync(compiled.Statement, context.RequestAborted);
            var data = compiled.ToData(result);
            logger.LogInformation(
                "GraphQL {OperationName} answered with one statement of {CypherLength} characters and {ParameterCount} parameters in {ElapsedMs} ms",
                request.OperationName ?? "(anonymous)", compiled.Statement.Statement.Text.Length, compiled.Statement.Parameters.Count, clock.ElapsedMilliseconds);
            await WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["data"] = data });
        }
        catch (Neo4jUnavailableException e)
        {
            logger.LogError("Neo4j unavailable: {Message}", e.Message);
            await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "The graph database is not reachable; try again later.", null);
        }
        catch (Neo4jException e)
        {
            logger.LogError("Neo4j refused the compiled statement: {Code} {Message}", e.Code, e.ServerMessage);
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, $"The graph database refused the query ({e.Code}).", null);
        }
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

    private static JsonNode ErrorJson(GraphQLError error)
    {
        var json = new JsonObject { ["message"] = error.Message };
        if (error.Locations.Count > 0)
        {
            json["locations"] = new JsonArray([.. error.Locations.Select(l => (JsonNode?)new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]);
        }

        return json;
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string message, IReadOnlyList<string>? path)
    {
        var error = new JsonObject { ["message"] = message };
        if (path is { Count: > 0 })
        {
            error["path"] = new JsonArray([.. path.Select(p => (JsonNode?)p)]);
        }

        return WriteAsync(context, status, new JsonObject { ["errors"] = new JsonArray(error) });
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        var wantsGraphQLResponse = context.Request.Headers.Accept.ToString().Contains(GraphQLResponseType, StringComparison.OrdinalIgnoreCase);
        context.Response.StatusCode = status;

        context.Response.ContentType = (wantsGraphQLResponse ? GraphQLResponseType : "application/json") + "; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(ResponseJson), context.RequestAborted);
    }
}
