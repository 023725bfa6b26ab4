namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// The versioned word lists of Data/document-metadata.tsv: title endings and the kinds they name, five-year
/// plan names and their years, administrative level words, front-matter keys, wrapper lines, approval,
/// basis, making and alignment words (docs/extraction.md, "Document metadata").
/// </summary>
internal sealed class MetadataWords
{
    private static readonly Lazy<MetadataWords> Loaded = new(Load);

    private MetadataWords(string version, ILookup<string, string[]> lists)
    {
        Version = version;
        Kinds = lists["kind"].Select(f => (Word: f[1], Kind: f[2])).OrderByDescending(k => k.Word.Length).ToList();
        Periods = lists["period"].Select(f => (Word: f[1], Start: long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), End: long.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        NationalLeads = lists["level-lead"].Select(f => f[1]).ToList();
        NationalBodies = lists["level-body"].Select(f => f[1]).ToList();
        Units = lists["level-unit"].Select(f => (Word: f[1], Level: f[2])).OrderByDescending(u => u.Word.Length).ToList();
        FrontMatter = lists["front-matter"].ToDictionary(f => f[1], f => f[2], StringComparer.Ordinal);
        Wrappers = lists["wrapper"].Select(f => f[1]).ToList();
        Approvals = lists["approval"].Select(f => f[1]).OrderByDescending(w => w.Length).ToList();
        WorkReportOpenings = lists["work-report"].Select(f => f[1]).ToList();
        Basis = lists["basis"].Select(f => f[1]).ToList();
        Making = lists["making"].Select(f => f[1]).ToList();
        Alignment = lists["alignment"].Select(f => f[1]).ToList();
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

    public IReadOnlyList<string> WorkReportOpenings { get; }

    public IReadOnlyList<string> Basis { get; }

    public IReadOnlyList<string> Making { get; }

    public IReadOnlyList<string> Alignment { get; }

    private static MetadataWords Load()
    {
        using var stream = typeof(MetadataWords).Assembly.GetManifestResourceStream("PlanGraph.Extraction.Data.document-metadata.tsv")
            ?? throw new InvalidOperationException("document-metadata.tsv is not embedded in PlanGraph.Extraction.");
        using var reader = new StreamReader(stream);
        var version = "unversioned";
        var rows = new List<string[]>();
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
            if (fields.Length < 2 || fields[1].Length == 0)
            {
                throw new InvalidOperationException($"document-metadata.tsv line {number}: expected list<TAB>word[<TAB>value…], got '{line}'.");
            }

            rows.Add(fields);
        }

        return new MetadataWords(version, rows.ToLookup(f => f[0], StringComparer.Ordinal));
    }
}
