namespace PlanGraph.Extraction;

/// <summary>The places of Data/gazetteer.tsv: names, aliases, types, containment and codes.</summary>
internal sealed class Gazetteer
{
    private readonly HashSet<string> forms;

    private Gazetteer(string version, IReadOnlyList<GazetteerPlace> places)
    {
        Version = version;
        Places = places;
        // Longest surface form first, so 河套深港科技创新合作区深圳园区 wins over 河套.
        SurfaceForms = [.. places.SelectMany(p => p.Aliases.Prepend(p.Name).Select(form => (form, p))).OrderByDescending(f => f.form.Length)];
        forms = SurfaceForms.Select(f => f.Form).ToHashSet(StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    public IReadOnlyList<(string Form, GazetteerPlace Place)> SurfaceForms { get; }

    public static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("PlanGraph.Extraction.Data.gazetteer.tsv")
            ?? throw new InvalidOperationException("the gazetteer is not embedded in PlanGraph.Extraction.");
        using var reader = new StreamReader(stream);
        var version = "unversioned";
        var places = new List<GazetteerPlace>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                if (line.Contains("version", StringComparison.Ordinal))
                {
                    version = line[(line.LastIndexOf(' ') + 1)..];
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 2)
            {
                throw new InvalidOperationException($"gazetteer.tsv line {number}: expected name and type separated by TAB.");
            }

            places.Add(new GazetteerPlace(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : null, f.Length > 3 && f[3].Length > 0 ? f[3] : null,
                f.Length > 4 && f[4].Length > 0 ? f[4].Split('|') : []));
        }

        return new Gazetteer(version, places);
    }

    /// <summary>Whether <paramref name="text"/> is exactly a name or alias of a place.</summary>
    public bool IsSurfaceForm(string text) => forms.Contains(text);

    /// <summary>
    /// A name ending in 区 whose 区 starts the next word instead (中心区位优势: 区位 "location", 区域, 区块, 区间,
    /// 区划) names no place there.
    /// </summary>
    private static bool SplitsAWord(string text, int end, string form)
        => form.EndsWith('区') && end < text.Length && text[end] is '位' or '域' or '块' or '间' or '划';

    /// <summary>Places named in <paramref name="text"/>, longest forms first, never two overlapping matches.</summary>
    public IEnumerable<(GazetteerPlace Place, string Form, int Index)> Find(string text)
    {
        var taken = new bool[text.Length];
        foreach (var (form, place) in SurfaceForms)
        {
            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                if (taken.AsSpan(i, form.Length).Contains(true) || SplitsAWord(text, i + form.Length, form))
                {
                    continue;
                }

                taken.AsSpan(i, form.Length).Fill(true);
                yield return (place, form, i);
            }
        }
    }
}
