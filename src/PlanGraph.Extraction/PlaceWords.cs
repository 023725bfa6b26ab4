namespace PlanGraph.Extraction;

/// <summary>Data/place-words.tsv: how the gazetteer reads names in running text (see that file's header).</summary>
internal sealed record PlaceWords(
    IReadOnlyList<string> NotAPlace,
    IReadOnlyDictionary<char, string[]> SplitsAfter,
    IReadOnlyList<string> RoadAfter,
    IReadOnlySet<string> ShortInRegionOnly,
    IReadOnlySet<string> Generic,
    IReadOnlyList<string> KeyAreaHeadings,
    IReadOnlyList<string> HeadingTails,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The words of a plain word list of the file (trigger, build-verb, facility, zone…), longest first.</summary>
    public IReadOnlyList<string> List(string kind) => Lists.TryGetValue(kind, out var list) ? list : [];

    /// <summary>The third column of a list's row (place-kind 商圈 → business-district).</summary>
    public string? Value(string kind, string word) => Values.TryGetValue(kind + "\t" + word, out var value) ? value : null;

    public static PlaceWords Parse(IEnumerable<string[]> rows)
    {
        var notAPlace = new List<string>();
        var splits = new Dictionary<char, string[]>();
        var road = new List<string>();
        var shortRegion = new HashSet<string>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        var keyArea = new List<string>();
        var tails = new List<string>();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in rows)
        {
            var word = f[1];
            var words = f.Length > 2 ? f[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            switch (f[0])
            {
                case "not-a-place": notAPlace.Add(word); break;
                case "splits-after": splits[word[^1]] = words; break;
                case "road-after": road.AddRange(words); break;
                case "short-region": shortRegion.Add(word); break;
                case "generic": generic.Add(word); break;
                case "key-area": keyArea.Add(word); break;
                case "heading-tail": tails.Add(word); break;
                default:
                    if (!lists.TryGetValue(f[0], out var list))
                    {
                        lists[f[0]] = list = [];
                    }

                    list.Add(word);
                    if (f.Length > 2)
                    {
                        values[f[0] + "\t" + word] = f[2];
                    }

                    break;
            }
        }

        return new PlaceWords(notAPlace, splits, road, shortRegion, generic, keyArea, [.. tails.OrderByDescending(t => t.Length)],
            lists.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)[.. l.Value.OrderByDescending(w => w.Length)], StringComparer.Ordinal), values);
    }
}
