namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// The versioned word lists of Data/document-metadata.tsv: title endings and the kinds they name, five-year
/// plan names and their years, administrative level words, front-matter keys, wrapper lines, approval,
/// basis, making and alignment words (docs/extraction.md, "Document metadata").
/// </summary>
internal sealed class MetadataWords
{
    private static readonly Lazy<MetadataWords> Loaded = new(Load);

    private MetadataWords(string version, ILookup<string, DataRow> lists)
    {
        Version = version;
        Kinds = lists["kind"].Select(f => (Word: f.Word, Kind: f.Value)).OrderByDescending(k => k.Word.Length).ToList();
        Periods = lists["period"].Select(f => (Word: f.Word, Start: long.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture), End: long.Parse(f.Cell(3), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        NationalLeads = lists["level-lead"].Select(f => f.Word).ToList();
        NationalBodies = lists["level-body"].Select(f => f.Word).ToList();
        Units = lists["level-unit"].Select(f => (Word: f.Word, Level: f.Value)).OrderByDescending(u => u.Word.Length).ToList();
        FrontMatter = lists["front-matter"].ToDictionary(f => f.Word, f => f.Value, StringComparer.Ordinal);
        Wrappers = lists["wrapper"].Select(f => f.Word).ToList();
        Approvals = lists["approval"].Select(f => f.Word).OrderByDescending(w => w.Length).ToList();
        Adoptions = lists["approval"].Where(f => f.Value == "adoption").Select(f => f.Word).OrderByDescending(w => w.Length).ToList();
        WorkReportOpenings = lists["work-report"].Select(f => f.Word).ToList();
        Basis = lists["basis"].Select(f => f.Word).ToList();
        Making = lists["making"].Select(f => f.Word).ToList();
        Alignment = lists["alignment"].Select(f => f.Word).ToList();
    }

    public static MetadataWords Value => Loaded.Value;

    public string Version { get; }

    /// <summary>Title endings, longest first, with the kind each names (规划 plan, 意见 opinion …).</summary>
    public IReadOnlyList<(string Word, string Kind)> Kinds { get; }

    public IReadOnlyList<(string Word, long Start, long End)> Periods { get; }

    public IReadOnlyList<string> NationalLeads { get; }

    public IReadOnlyList<string> NationalBodies { get; }

    /// <summary>Administrative units, longest first (自治区 before 区).</summary>
    public IReadOnlyList<(string Word, string Level)> Units { get; }

    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    public IReadOnlyList<string> Wrappers { get; }

    public IReadOnlyList<string> Approvals { get; }

    /// <summary>The approval words that say the text was adopted (批准, 审议通过), not merely issued.</summary>
    public IReadOnlyList<string> Adoptions { get; }

    public IReadOnlyList<string> WorkReportOpenings { get; }

    public IReadOnlyList<string> Basis { get; }

    public IReadOnlyList<string> Making { get; }

    public IReadOnlyList<string> Alignment { get; }

    private static MetadataWords Load()
    {
        var table = DataTable.Load("document-metadata.tsv");
        return new MetadataWords(table.Version, table.Rows.ToLookup(r => r.Kind, StringComparer.Ordinal));
    }
}
