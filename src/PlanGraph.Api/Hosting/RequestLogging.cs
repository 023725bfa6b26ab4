using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanGraph.Api.Hosting;

/// <summary>One structured log entry per request: method, path, status, duration, client.</summary>
public static class RequestLogging
{
    /// <summary>Adds the request log middleware.</summary>
    public static IApplicationBuilder UsePlanGraphRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetService(typeof(ILoggerFactory)) is ILoggerFactory factory
            ? factory.CreateLogger("PlanGraph.Api.Requests")
            : throw new InvalidOperationException("Logging is not configured.");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                // Checked first: the arguments (boxed numbers, the client's address as text) cost even when nothing is logged.
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation(
                        "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms to {Client}",
                        context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Connection.RemoteIpAddress?.ToString());
                }
            }
        });
    }
}
