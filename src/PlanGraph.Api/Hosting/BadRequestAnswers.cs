using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// Requests the server refuses while reading them (a body over the size limit, a truncated body) are
/// answered like every other GraphQL request error: a JSON body with "errors" and the real status, which
/// the request log then records. Without this the exception escapes to the server: an empty 413, a logged
/// stack trace, and a request log saying 200.
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
                context.Response.Clear();
                context.Response.StatusCode = e.StatusCode;
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
        });
}
