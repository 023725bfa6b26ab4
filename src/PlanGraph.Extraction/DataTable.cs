namespace PlanGraph.Extraction;

/// <summary>
/// A versioned word table of Data/ (kind, word, value per line; '#' comments, the first one naming
/// 'version'): the one reader for the word lists of the rules (government bodies, roles, head words).
/// </summary>
internal sealed record DataTable(string Version, IReadOnlyList<(string Kind, string Word, string Value)> Rows)
{
    public IEnumerable<string> Words(string kind) => Rows.Where(r => r.Kind == kind).Select(r => r.Word);

    public IEnumerable<(string Word, string Value)> Pairs(string kind) => Rows.Where(r => r.Kind == kind).Select(r => (r.Word, r.Value));

    public static DataTable Load(string file)
    {
        using var stream = typeof(DataTable).Assembly.GetManifestResourceStream("PlanGraph.Extraction.Data." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded in PlanGraph.Extraction.");
        using var reader = new StreamReader(stream);
        var version = "unversioned";
        var rows = new List<(string, string, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                if (version == "unversioned" && line.Contains("version", StringComparison.Ordinal))
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
            if (fields.Length < 2 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                throw new InvalidOperationException($"{file} line {number}: expected kind<TAB>word[<TAB>value], got '{line}'.");
            }

            rows.Add((fields[0].Trim(), fields[1].Trim(), fields.Length > 2 ? fields[2].Trim() : string.Empty));
        }

        return new DataTable(version, rows);
    }
}
