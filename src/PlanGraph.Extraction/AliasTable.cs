namespace PlanGraph.Extraction;

/// <summary>The versioned alias table (Data/aliases.tsv): other names of one entity, some valid only in context.</summary>
internal sealed class AliasTable
{
    private readonly Dictionary<(string Label, string Alias), string> canonical;

    private AliasTable(string version, IReadOnlyList<(string Label, string Alias, string Canonical, string Context)> entries)
    {
        Version = version;
        Entries = entries;
        canonical = entries.Where(e => e.Context.Length == 0).ToDictionary(e => (e.Label, Canonical.Key(e.Alias)), e => e.Canonical);
    }

    public string Version { get; }

    public IReadOnlyList<(string Label, string Alias, string Canonical, string Context)> Entries { get; }

    /// <summary>The canonical name of an unconditional alias, or null.</summary>
    public string? CanonicalOf(string label, string name) => canonical.GetValueOrDefault((label, Canonical.Key(name)));

    public static AliasTable Load()
    {
        using var stream = typeof(AliasTable).Assembly.GetManifestResourceStream("PlanGraph.Extraction.Data.aliases.tsv")
            ?? throw new InvalidOperationException("the alias table is not embedded in PlanGraph.Extraction.");
        using var reader = new StreamReader(stream);
        var version = "unversioned";
        var entries = new List<(string, string, string, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                if (number == 1 && line.Contains("version", StringComparison.Ordinal))
                {
                    version = line[(line.IndexOf("version", StringComparison.Ordinal) + "version".Length)..].Trim();
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3 || fields.Take(3).Any(f => f.Trim().Length == 0))
            {
                throw new InvalidOperationException($"aliases.tsv line {number}: expected label<TAB>alias<TAB>canonical[<TAB>context], got '{line}'.");
            }

            entries.Add((fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields.Length > 3 ? fields[3].Trim() : ""));
        }

        return new AliasTable(version, entries);
    }
}
