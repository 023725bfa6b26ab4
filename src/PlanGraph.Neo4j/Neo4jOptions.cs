namespace PlanGraph.Neo4j;

/// <summary>Where and how to reach Neo4j over its HTTP API.</summary>
/// <param name="Url">The server's HTTP root, e.g. http://127.0.0.1:7474 (never the Bolt port).</param>
/// <param name="User">Basic-auth user; null sends no credentials (the local 3.1.1 runs with auth off).</param>
/// <param name="Password">Basic-auth password.</param>
/// <param name="Database">Database name on 4.x/5.x; null means the server default ("neo4j"). Ignored on 3.x.</param>
public sealed record Neo4jOptions(Uri Url, string? User = null, string? Password = null, string? Database = null)
{
    /// <summary>The HTTP port's default address, used when NEO4J_URL is not set.</summary>
    public static readonly Uri DefaultUrl = new("http://127.0.0.1:7474");

    /// <summary>How long one HTTP request may take before it fails with <see cref="Neo4jUnavailableException"/>.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a request that is safe to repeat is retried (refused connection, Neo.TransientError.*).</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The first retry waits about this long; each further retry doubles it (with jitter), up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest single wait between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Reads NEO4J_URL (default http://127.0.0.1:7474), NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE;
    /// a key present in <paramref name="overrides"/> wins over the environment (a null value there
    /// means "unset"). Credentials may also come from the URL's user-info (http://user:pass@host:7474).
    /// </summary>
    /// <exception cref="ArgumentException">NEO4J_URL is not an absolute http(s) URL.</exception>
    public static Neo4jOptions FromEnvironment(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        string? Read(string key)
        {
            var value = overrides is not null && overrides.TryGetValue(key, out var overridden)
                ? overridden
                : Environment.GetEnvironmentVariable(key);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var url = ParseUrl(Read("NEO4J_URL"));
        var user = Read("NEO4J_USER");
        var password = Read("NEO4J_PASSWORD");
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            var parts = url.UserInfo.Split(':', 2);
            user ??= Uri.UnescapeDataString(parts[0]);
            password ??= parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
            url = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri;
        }

        return new Neo4jOptions(url, user, password, Read("NEO4J_DATABASE"));
    }

    private static Uri ParseUrl(string? text)
    {
        if (text is null)
        {
            return DefaultUrl;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"NEO4J_URL must be the http(s) address of Neo4j's HTTP port, e.g. http://127.0.0.1:7474; got '{text}'. " +
                "PlanGraph talks to Neo4j over HTTP, not Bolt.");
        }

        return url;
    }
}
