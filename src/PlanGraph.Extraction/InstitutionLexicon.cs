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
        // Each form once, standing for its first entry (the one a loop over the list would take).
        FormMatcher = new PhraseMatcher<int>(forms.Select((f, i) => (f.Form, i)).DistinctBy(f => f.Form, StringComparer.Ordinal));
        aliases = forms.GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Where(f => f.Form != g.Key).Select(f => f.Form).ToArray(), StringComparer.Ordinal);
    }

    public string Version { get; }

    /// <summary>Every name and alias, longest first, so 香港中文大学 wins over a shorter form inside it.</summary>
    public (string Form, string Name, string Type)[] SurfaceForms { get; }

    /// <summary>One automaton over <see cref="SurfaceForms"/>: each form stands for its index in that list.</summary>
    public PhraseMatcher<int> FormMatcher { get; }

    public static InstitutionLexicon Load()
    {
        var table = DataTable.Load("institutions.tsv");
        var forms = new List<(string Form, string Name, string Type)>();
        foreach (var row in table.Rows)
        {
            // name, type, aliases (separated by |); aliases under three characters are too ambiguous to match.
            forms.Add((row.Kind, row.Kind, row.Word));
            forms.AddRange(row.Words(2).Where(alias => alias.Length >= 3).Select(alias => (alias, row.Kind, row.Word)));
        }

        return new InstitutionLexicon(table.Version, [.. forms.OrderByDescending(f => f.Form.Length)]);
    }

    /// <summary>Every other form the lexicon has for a canonical name.</summary>
    public IReadOnlyList<string> AliasesOf(string name) => aliases.TryGetValue(name, out var forms) ? forms : [];

    /// <summary>The canonical name and type of a lexicon form, or null.</summary>
    public (string Name, string Type)? Lookup(string form)
        => SurfaceForms.FirstOrDefault(f => f.Form == form) is { Form: not null } hit ? (hit.Name, hit.Type) : null;
}
