namespace PlanGraph.Extraction;

/// <summary>The shipped lexicon of well-known institutions (Data/institutions.tsv), with its version.</summary>
internal sealed class InstitutionLexicon
{
    // Looked up for every sentence of every document: an array and a dictionary, not a LINQ walk each time.
    private readonly Dictionary<string, string[]> aliases;

    private InstitutionLexicon(string version, (string Form, string Name, string Type)[] forms)
    {
        Version = version;
        SurfaceForms = forms;
        aliases = forms.GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Where(f => f.Form != g.Key).Select(f => f.Form).ToArray(), StringComparer.Ordinal);
    }

    public string Version { get; }

    /// <summary>Every name and alias, longest first, so 香港中文大学 wins over a shorter form inside it.</summary>
    public (string Form, string Name, string Type)[] SurfaceForms { get; }

    public static InstitutionLexicon Load()
    {
        using var stream = typeof(InstitutionLexicon).Assembly.GetManifestResourceStream("PlanGraph.Extraction.Data.institutions.tsv")
            ?? throw new InvalidOperationException("the institution lexicon is not embedded in PlanGraph.Extraction.");
        using var reader = new StreamReader(stream);
        var version = "unversioned";
        var forms = new List<(string Form, string Name, string Type)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                if (line.Contains("version", StringComparison.Ordinal))
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
                throw new InvalidOperationException($"institutions.tsv line {number}: expected name<TAB>type[<TAB>aliases], got '{line}'.");
            }

            var name = fields[0].Trim();
            var type = fields[1].Trim();
            forms.Add((name, name, type));
            if (fields.Length > 2)
            {
                forms.AddRange(fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(alias => alias.Length >= 3)
                    .Select(alias => (alias, name, type)));
            }
        }

        return new InstitutionLexicon(version, [.. forms.OrderByDescending(f => f.Form.Length)]);
    }

    /// <summary>Every other form the lexicon has for a canonical name.</summary>
    public IReadOnlyList<string> AliasesOf(string name) => aliases.TryGetValue(name, out var forms) ? forms : [];

    /// <summary>The canonical name and type of a lexicon form, or null.</summary>
    public (string Name, string Type)? Lookup(string form)
        => SurfaceForms.FirstOrDefault(f => f.Form == form) is { Form: not null } hit ? (hit.Name, hit.Type) : null;
}
