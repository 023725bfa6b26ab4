using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// Requests the server refuses while reading them (a body over the size limit, a truncated body) are
/// answered like every other GraphQL request error: a JSON body with "errors" and the real status, which
/// the request log then records. Without this the exception escapes to the server: an empty 413, a logged
/// stack trace, and a request log saying 200. Any other exception that escapes is a defect: it is logged
/// once with its trace and answered 500 in the same shape, so the request log and the client agree.
/// </summary>
public static class BadRequestAnswers
{
    /// <summary>Adds the middleware; put it just inside the request log.</summary>
    public static IApplicationBuilder UsePlanGraphBadRequestAnswers(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                var limit = context.RequestServices.GetRequiredService<PlanGraphApiOptions>().MaxRequestBytes;
                var message = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? $"The request body is larger than the limit of {limit} bytes (PLANGRAPH_MAX_REQUEST_BYTES)."
                    : "The request could not be read: " + e.Message;
                await AnswerAsync(context, e.StatusCode, message);
            }
            catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
            {
                // A defect, not the client's fault: logged once with its trace, answered as a GraphQL error, counted as 500.
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PlanGraph.Api.Errors")
                    .LogError(e, "Unhandled error answering {Method} {Path}", context.Request.Method, context.Request.Path.Value);
                await AnswerAsync(context, StatusCodes.Status500InternalServerError, "Internal server error; the server log has the details.");
            }
        });

    private static async Task AnswerAsync(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
