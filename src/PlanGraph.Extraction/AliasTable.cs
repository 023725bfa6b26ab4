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
        var table = DataTable.Load("aliases.tsv", columns: 3);
        return new AliasTable(table.Version, [.. table.Rows.Select(r => (r.Kind, r.Word, r.Value, r.Cell(3)))]);
    }
}
