namespace PlanGraph.Neo4j.Tests;

/// <summary>Reads the analyst pack under cypher/: statements split at semicolons that end a line, comment lines kept apart.</summary>
internal static class AnalystPackFiles
{
    public static string CypherDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
            {
                return Path.Combine(dir.FullName, "cypher");
            }
        }

        throw new InvalidOperationException("No PlanGraph.sln above the test folder.");
    }

    /// <summary>The statements of a file, without comment lines, whitespace-normalised, without the final semicolon.</summary>
    public static IReadOnlyList<string> Statements(string path)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            current.Add(line.TrimEnd(';'));
            if (line.EndsWith(';'))
            {
                statements.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            statements.Add(string.Join(' ', current));
        }

        return statements;
    }

    /// <summary>The <c>// @param name = value</c> lines of a query file (values are JSON literals).</summary>
    public static Dictionary<string, object?> Parameters(string path)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            const string marker = "// @param ";
            if (!line.StartsWith(marker, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line[marker.Length..].Split('=', 2, StringSplitOptions.TrimEntries);
            using var json = System.Text.Json.JsonDocument.Parse(parts[1]);
            parameters[parts[0]] = json.RootElement.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Number => json.RootElement.GetInt64(),
                _ => json.RootElement.GetString(),
            };
        }

        return parameters;
    }
}
