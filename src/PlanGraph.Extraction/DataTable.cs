namespace PlanGraph.Extraction;

/// <summary>
/// A versioned table of Data/, the one reader of every data file the rules read (docs/extraction.md, "Data
/// files"). The convention all of them follow: line 1 is <c># PlanGraph &lt;what&gt;, version &lt;version&gt;</c>;
/// further '#' lines are comments (the columns, what each list means); blank lines are skipped; every other
/// line is TAB-separated cells, the first <c>columns</c> of them required and non-empty.
/// </summary>
internal sealed record DataTable(string File, string Version, IReadOnlyList<DataRow> Rows)
{
    private const string VersionMark = ", version ";

    public IEnumerable<DataRow> List(string kind) => Rows.Where(r => r.Kind == kind);

    public IEnumerable<string> Words(string kind) => List(kind).Select(r => r.Word);

    public IEnumerable<(string Word, string Value)> Pairs(string kind) => List(kind).Select(r => (r.Word, r.Value));

    /// <summary>The names of the embedded data files (Data/*.tsv), in order.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        .. typeof(DataTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    private static string Prefix => "PlanGraph.Extraction.Data.";

    /// <summary>Reads an embedded data file; <paramref name="columns"/> cells are required on every row.</summary>
    public static DataTable Load(string file, int columns = 2)
    {
        using var stream = typeof(DataTable).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"{file} is not embedded in PlanGraph.Extraction.");
        using var reader = new StreamReader(stream);
        return Read(file, reader, columns);
    }

    public static DataTable Read(string file, TextReader reader, int columns = 2)
    {
        var header = reader.ReadLine() ?? string.Empty;
        var mark = header.LastIndexOf(VersionMark, StringComparison.Ordinal);
        if (!header.StartsWith("# PlanGraph ", StringComparison.Ordinal) || mark < 0 || header[(mark + VersionMark.Length)..].Trim().Length == 0)
        {
            throw new InvalidOperationException($"{file} line 1: expected '# PlanGraph <what>, version <version>', got '{header}'.");
        }

        var version = header[(mark + VersionMark.Length)..].Trim();
        var rows = new List<DataRow>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length < columns || cells.Take(columns).Any(c => c.Length == 0))
            {
                throw new InvalidOperationException($"{file} line {number}: expected {columns} non-empty TAB-separated cells at least, got '{line}'.");
            }

            rows.Add(new DataRow(number, cells));
        }

        return new DataTable(file, version, rows);
    }
}
