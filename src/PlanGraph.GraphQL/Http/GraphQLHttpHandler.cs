using System.Text;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PlanGraph.GraphQL.Execution;
using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http draft, as the graphql-http audit checks): POST application/json,
/// GET with URL parameters for queries, responses in application/graphql-response+json or application/json
/// by the Accept header, with that media type's status codes.
/// </summary>
public sealed class GraphQLHttpHandler(RequestExecutor executor, GraphQLHttpOptions options)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    private static readonly JsonWriterOptions WriterOptions = ResultJsonWriter.Options;

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method) || (isGet && !options.AllowGet))
        {
            http.Response.Headers.Allow = options.AllowGet ? "GET, POST" : "POST";
            await Plain(http, StatusCodes.Status405MethodNotAllowed, "GraphQL accepts only GET and POST.");
            return;
        }

        if (isGet && options.ServeSdl && request.Query.ContainsKey("sdl"))
        {
            await Plain(http, StatusCodes.Status200OK, SchemaPrinter.Print(executor.Schema.Schema));
            return;
        }

        var mediaType = NegotiateMediaType(request);
        if (mediaType is null)
        {
            await Plain(http, StatusCodes.Status406NotAcceptable, $"Accept must allow {GraphQLResponseJson} or {Json}.");
            return;
        }

        var (parameters, problem, status) = isGet ? ReadQueryString(request) : await ReadBody(request, options.AcceptGraphQLBody, http.RequestAborted);
        if (parameters is null)
        {
            await Error(http, mediaType, status, problem!);
            return;
        }

        if (isGet)
        {
            // GET may only run queries (graphql-over-http §6.1.1): a mutation is refused with 405.
            var parsed = executor.Parse(parameters.Query);
            if (parsed.Document is { } document && Executor.SelectOperation(document, parameters.OperationName).Operation is { Operation: not OperationType.Query })
            {
                http.Response.Headers.Allow = "POST";
                await Error(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Can only perform a query operation from a GET request.");
                return;
            }
        }

        var result = await executor.ExecuteAsync(parameters with { Context = options.ContextFactory?.Invoke(http) }, http.RequestAborted);
        var statusCode = mediaType == GraphQLResponseJson && result.IsRequestError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await Write(http, mediaType, statusCode, result);
    }

    /// <summary>application/graphql-response+json when asked for, application/json for */*, application/* or no Accept at all.</summary>
    private static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([.. request.Headers.Accept.OfType<string>()], out var accepted))
        {
            return Json;
        }

        foreach (var value in accepted.OrderByDescending(v => v.Quality ?? 1))
        {
            var type = value.MediaType.Value;
            if (value.Quality == 0)
            {
                continue;
            }

            if (string.Equals(type, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static (ExecutionRequest? Request, string? Problem, int Status) ReadQueryString(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            return (null, "Missing query in the URL parameters.", StatusCodes.Status400BadRequest);
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (request.Query.TryGetValue("variables", out var variablesText) && !string.IsNullOrEmpty(variablesText))
        {
            try
            {
                using var json = JsonDocument.Parse(variablesText.ToString());
                if (JsonValues.ToPlain(json.RootElement) is not Dictionary<string, object?> map)
                {
                    return (null, "The variables parameter must be a JSON object.", StatusCodes.Status400BadRequest);
                }

                variables = map;
            }
            catch (JsonException)
            {
                return (null, "The variables parameter is not valid JSON.", StatusCodes.Status400BadRequest);
            }
        }

        var operationName = request.Query["operationName"].ToString();
        return (new ExecutionRequest(query) { OperationName = operationName.Length == 0 ? null : operationName, Variables = variables }, null, 0);
    }

    private static async Task<(ExecutionRequest? Request, string? Problem, int Status)> ReadBody(HttpRequest request, bool acceptGraphQLBody, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsedType))
        {
            return (null, "A POST request needs a Content-Type of application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (acceptGraphQLBody && string.Equals(parsedType.MediaType.Value, "application/graphql", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            return (new ExecutionRequest(await reader.ReadToEndAsync(cancellationToken)), null, 0);
        }

        if (!string.Equals(parsedType.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Unsupported Content-Type \"{parsedType.MediaType.Value}\"; use application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (parsedType.Charset.HasValue && !string.Equals(parsedType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Unsupported charset \"{parsedType.Charset.Value}\"; use utf-8.", StatusCodes.Status415UnsupportedMediaType);
        }

        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException exception)
        {
            return (null, "The request body is not valid JSON: " + exception.Message, StatusCodes.Status400BadRequest);
        }

        using (json)
        {
            try
            {
                return ReadRequest(json.RootElement);
            }
            catch (InvalidOperationException)
            {
                // The parser checks structure, not the bytes inside strings: a string that is not UTF-8 fails when read.
                return (null, "The request body is not valid JSON: a string in it is not valid UTF-8.", StatusCodes.Status400BadRequest);
            }
        }
    }

    private static (ExecutionRequest? Request, string? Problem, int Status) ReadRequest(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object.", StatusCodes.Status400BadRequest);
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return (null, "The request needs a \"query\" string.", StatusCodes.Status400BadRequest);
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return (null, "\"operationName\" must be a string.", StatusCodes.Status400BadRequest);
            }

            operationName = name.GetString();
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (root.TryGetProperty("variables", out var variablesElement) && variablesElement.ValueKind != JsonValueKind.Null)
        {
            if (variablesElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "\"variables\" must be an object.", StatusCodes.Status400BadRequest);
            }

            variables = (Dictionary<string, object?>)JsonValues.ToPlain(variablesElement)!;
        }

        if (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return (null, "\"extensions\" must be an object.", StatusCodes.Status400BadRequest);
        }

        return (new ExecutionRequest(query.GetString()!) { OperationName = operationName, Variables = variables }, null, 0);
    }

    private static Task Error(HttpContext http, string mediaType, int status, string message) =>
        Write(http, mediaType, status, ExecutionResult.RequestError(new GraphQLError(message)));

    private static async Task Write(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        // Written whole into pooled memory first, so the answer goes out with its Content-Length: Kestrel
        // commits the headers at the first write into its pipe, and without a length it sends the answer
        // chunked, which a client must then read into a buffer it grows by guessing.
        using var buffer = new ArrayPoolBufferWriter<byte>(4 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        http.Response.ContentLength = buffer.WrittenCount;
        await http.Response.BodyWriter.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
    }

    private static Task Plain(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text, Encoding.UTF8);
    }
}
