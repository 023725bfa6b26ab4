namespace PlanGraph.Api.Hosting;

/// <summary>
/// Finds the GraphiQL bundle built from npm at set-up time (web/dist: index.html, graphiql.js, graphiql.css),
/// so the IDE works offline. Nothing is fetched from a CDN.
/// </summary>
public sealed class IdeAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["graphiql.js"] = "text/javascript; charset=utf-8",
        ["graphiql.css"] = "text/css; charset=utf-8",
    };

    /// <summary>Uses <paramref name="directory"/>, or looks for web/dist above the application's folder.</summary>
    public IdeAssets(string? directory)
    {
        Directory = directory ?? Find();
    }

    /// <summary>The folder holding the bundle, or null when it has not been built.</summary>
    public string? Directory { get; }

    /// <summary>Why the IDE is missing, for the 404 page.</summary>
    public static string MissingMessage => "The GraphiQL IDE is not built: run `npm ci && npm run build` in web/ (scripts/install-test-tools.sh does this), or set PLANGRAPH_IDE_DIRECTORY.";

    /// <summary>The path and content type of one asset, or null when it is not one of the bundle's files.</summary>
    public (string Path, string ContentType)? Asset(string name)
    {
        if (Directory is null || !ContentTypes.TryGetValue(name, out var contentType))
        {
            return null;
        }

        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? (path, contentType) : null;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web", "dist");
            if (File.Exists(Path.Combine(candidate, "graphiql.js")))
            {
                return candidate;
            }
        }

        return null;
    }
}
