using System.Globalization;
using PlanGraph.Neo4j.Local;

namespace PlanGraph.Cli;

/// <summary>The options every verb that runs the local Neo4j accepts: --http-port, --bolt-port, --timeout (seconds).</summary>
internal static class LocalNeo4jArguments
{
    public const string Usage = "[--http-port N] [--bolt-port N] [--heap SIZE] [--timeout SECONDS]";

    /// <summary>Settings from the environment (NEO4J_HTTP_PORT, NEO4J_BOLT_PORT) overridden by flags; other arguments are returned in <paramref name="rest"/>.</summary>
    /// <exception cref="ArgumentException">A flag lacks its value or the value is not a number.</exception>
    public static LocalNeo4jSettings Parse(IReadOnlyList<string> args, out List<string> rest)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        TimeSpan? timeout = null;
        rest = [];
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--http-port":
                    overrides["NEO4J_HTTP_PORT"] = Value();
                    break;
                case "--bolt-port":
                    overrides["NEO4J_BOLT_PORT"] = Value();
                    break;
                case "--heap":
                    overrides["NEO4J_HEAP"] = Value();
                    break;
                case "--timeout":
                    var text = Value();
                    timeout = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                        ? TimeSpan.FromSeconds(seconds)
                        : throw new ArgumentException($"--timeout must be a positive number of seconds; got '{text}'.");
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var settings = LocalNeo4jSettings.FromEnvironment(LocalNeo4jSettings.FindRepositoryRoot(), overrides);
        return timeout is { } t ? settings with { StartTimeout = t } : settings;
    }
}
