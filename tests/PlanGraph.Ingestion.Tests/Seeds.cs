using System.Collections.Concurrent;
using PlanGraph.Ingestion;

namespace PlanGraph.Ingestion.Tests;

/// <summary>The seed documents of the repository, read once per test run.</summary>
internal static class Seeds
{
    public const string D0 = "futian-modern-industry-plan-2017-2035-interpretation.txt";
    public const string D1 = "futian-14th-five-year-plan-outline.txt";
    public const string D2 = "futian-industrial-parks-suggestion-reply-2021.txt";
    public const string D3 = "futian-sci-tech-innovation-14th-five-year-plan.txt";
    public const string D4 = "futian-cbd-15th-five-year-plan-draft-2026.txt";

    public static readonly string[] All = [D0, D1, D2, D3, D4];

    private static readonly ConcurrentDictionary<string, IngestedDocument> Cache = new();

    public static string Path(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PlanGraph.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "seeds", file);
            }
        }

        throw new InvalidOperationException("No PlanGraph.sln above the test folder.");
    }

    public static IngestedDocument Read(string file) => Cache.GetOrAdd(file, f => DocumentIngestor.Ingest(Path(f)));

    /// <summary>A compact rendering of the outline for comparisons: kind, numbering, heading and first line of every node.</summary>
    public static List<string> Render(IngestedDocument document)
        => [.. document.Outline.Descendants().Select(n => $"{n.Kind} {n.Level} {n.Numbering}|{n.Heading}|{n.FirstLine}")];
}
