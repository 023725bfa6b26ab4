using System.Globalization;

namespace PlanGraph.Neo4j.Local;

/// <summary>Where the local Neo4j lives and which ports it listens on (always 127.0.0.1).</summary>
/// <param name="CacheDirectory">The git-ignored folder for the distribution and instances, normally {repository}/.cache/neo4j.</param>
/// <param name="HttpPort">HTTP port (NEO4J_HTTP_PORT, default 7474).</param>
/// <param name="BoltPort">Bolt port (NEO4J_BOLT_PORT, default 7687).</param>
public sealed record LocalNeo4jSettings(string CacheDirectory, int HttpPort = 7474, int BoltPort = 7687)
{
    /// <summary>How long <c>start</c> waits for HTTP and Bolt to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long <c>stop</c> waits after SIGTERM before it kills the process.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The Java heap given to Neo4j (initial and maximum).</summary>
    public string Heap { get; init; } = "512m";

    /// <summary>The page cache size (Neo4j's default takes half the machine's memory).</summary>
    public string PageCache { get; init; } = "128m";

    /// <summary>The HTTP root of this server.</summary>
    public Uri HttpUrl => new($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The Bolt address (what Neo4j Browser connects to).</summary>
    public Uri BoltUrl => new($"bolt://127.0.0.1:{BoltPort.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// Settings for the repository at <paramref name="repositoryRoot"/>: ports from NEO4J_HTTP_PORT and
    /// NEO4J_BOLT_PORT (a key in <paramref name="overrides"/> wins over the environment).
    /// </summary>
    /// <exception cref="ArgumentException">A port is not a number between 1 and 65535, or both ports are the same.</exception>
    public static LocalNeo4jSettings FromEnvironment(string repositoryRoot, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        string? Read(string key)
            => overrides is not null && overrides.TryGetValue(key, out var value) ? value : Environment.GetEnvironmentVariable(key);

        var http = ParsePort("NEO4J_HTTP_PORT", Read("NEO4J_HTTP_PORT"), 7474);
        var bolt = ParsePort("NEO4J_BOLT_PORT", Read("NEO4J_BOLT_PORT"), 7687);
        if (http == bolt)
        {
            throw new ArgumentException($"NEO4J_HTTP_PORT and NEO4J_BOLT_PORT are both {http}; they must differ.");
        }

        var settings = new LocalNeo4jSettings(Path.Combine(repositoryRoot, ".cache", "neo4j"), http, bolt);
        var heap = Read("NEO4J_HEAP");
        if (string.IsNullOrWhiteSpace(heap))
        {
            return settings;
        }

        // Neo4j's own size syntax (512m, 2g); anything else would only fail later inside the JVM.
        return System.Text.RegularExpressions.Regex.IsMatch(heap, "^[1-9][0-9]*[mMgG]$")
            ? settings with { Heap = heap.ToLowerInvariant() }
            : throw new ArgumentException($"NEO4J_HEAP must be a size such as 512m or 2g; got '{heap}'.");
    }

    /// <summary>Parses a port number, naming the setting in the error.</summary>
    public static int ParsePort(string setting, string? text, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new ArgumentException($"{setting} must be a port number between 1 and 65535; got '{text}'.");
    }

    /// <summary>
    /// The repository root: PLANGRAPH_ROOT (set by ./plangraph), else the nearest folder above the
    /// current directory that holds PlanGraph.sln.
    /// </summary>
    /// <exception cref="LocalNeo4jException">No repository root was found.</exception>
    public static string FindRepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable("PLANGRAPH_ROOT") is { Length: > 0 } root && Directory.Exists(root))
        {
            return Path.GetFullPath(root);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new LocalNeo4jException("Cannot find the PlanGraph repository (no PlanGraph.sln above the current folder); run through ./plangraph or set PLANGRAPH_ROOT.");
    }
}
