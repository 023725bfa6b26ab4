using PlanGraph.Api.Compilation;

namespace PlanGraph.Api.Hosting;

/// <summary>The API's settings (section "PlanGraph" of appsettings.json, or PLANGRAPH_* environment variables).</summary>
public sealed record PlanGraphApiOptions
{
    /// <summary>Origins allowed to call /graphql from a browser (CORS); empty allows none, "*" allows any.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 64 * 1024;

    /// <summary>The longest query text accepted, in characters.</summary>
    public int MaxQueryLength { get; init; } = 16 * 1024;

    /// <summary>
    /// The largest estimated cost the engine accepts (each field 1, times the page size for lists); the
    /// compiler's page-size and depth limits bound the Cypher, this bounds the shape of the request.
    /// </summary>
    public int MaxCost { get; init; } = 1_000_000;

    /// <summary>How long one request may run before it is cancelled.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Page sizes and nesting depth.</summary>
    public QueryLimits Limits { get; init; } = new();

    /// <summary>The folder with the bundled GraphiQL (web/dist); null finds it above the application folder.</summary>
    public string? IdeDirectory { get; init; }
}
