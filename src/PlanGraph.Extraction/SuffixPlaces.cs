using System.Buffers;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// Places the gazetteer does not list, named by a known place plus a place-kind suffix: 黄浦中心商圈,
/// 上海自贸片区, 虹桥枢纽商圈. Anchoring on a known place keeps phrases such as 形成世界级商圈 or
/// 五大特色商圈 (a kind of place, not a named one) out; the anchor is also where the new place lies.
/// </summary>
internal static partial class SuffixPlaces
{
    /// <summary>A candidate: its name, the place it is named after, its type, and where it starts in the text.</summary>
    public readonly record struct Candidate(string Name, GazetteerPlace Anchor, string Type, int Index);

    /// <param name="text">A sentence.</param>
    /// <param name="matches">The gazetteer's matches in the sentence.</param>
    /// <param name="gazetteer">The known places.</param>
    /// <param name="isProject">Whether a name is already a project (a 街区 or 产业园 built as a project stays one).</param>
    public static IEnumerable<Candidate> Find(string text, IEnumerable<(GazetteerPlace Place, string Form, int Index)> matches, Gazetteer gazetteer, Func<string, bool> isProject, DocumentRegion? region)
    {
        if (!HasSuffix(text))
        {
            yield break;
        }

        foreach (var (place, form, index) in matches)
        {
            if (place.Type is "region" or "community" or "river")
            {
                continue;
            }

            // Inside a cited title (《黄浦区科技产业园区（孵化器）认定与管理办法》) a suffix names a kind of place.
            if (text.LastIndexOf('《', index) > text.LastIndexOf('》', index))
            {
                continue;
            }

            // The name ends within ten characters and a suffix of the anchor: look no further.
            var start = index + form.Length;
            var match = Tail().Match(text.Substring(start, Math.Min(14, text.Length - start)));
            if (!match.Success)
            {
                continue;
            }

            var middle = match.Value[..^match.Groups["suffix"].Value.Length];
            var name = Canonical.Display(form + match.Value).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (gazetteer.IsSurfaceForm(name) || isProject(name) || gazetteer.Find(name, region).Any(f => f.Form.Length > form.Length)
                || Planning().IsMatch(middle)
                || (middle.Length == 0 && place.Type is "city" or "district" or "area" or "street")
                || name.EndsWith("公园区", StringComparison.Ordinal))
            {
                // A verb of planning joins two names (黄浦区依托…产业园, …纳入上海自贸片区); an area plus a bare
                // suffix is the area itself (临港片区) or too vague to place (上海园区); 公园区 is 公园 + 区域.
                continue;
            }

            yield return new Candidate(name, place, TypeOf(match.Groups["suffix"].Value), index);
        }
    }

    /// <summary>A place found by coordination: its name, type, and the container it shares with its siblings (if any).</summary>
    public readonly record struct Coordinate(string Name, string Type, GazetteerPlace? Container);

    /// <summary>
    /// Members of a list (A、B和C) that end in the same place-kind suffix as a sibling already known as a place:
    /// 黄浦 CBD 商圈、新天地商圈、豫园超级商圈 → 新天地商圈. A known sibling shows that the list names places,
    /// so 金融商圈、时尚商圈 (kinds, no known member) gives nothing.
    /// </summary>
    /// <param name="text">A sentence.</param>
    /// <param name="matches">The gazetteer's matches in the sentence.</param>
    /// <param name="found">The places <see cref="Find"/> gave for the sentence.</param>
    /// <param name="gazetteer">The known places.</param>
    /// <param name="isProject">Whether a name is already a project.</param>
    public static IEnumerable<Coordinate> Coordinated(string text, IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> matches, IReadOnlyList<Candidate> found, Gazetteer gazetteer, Func<string, bool> isProject, DocumentRegion? region)
    {
        if (!HasSuffix(text))
        {
            yield break;
        }

        var known = found.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var clauseStart = 0;
        foreach (var clause in Clause().Split(text))
        {
            var offset = clauseStart;
            clauseStart += clause.Length + 1;
            var pieces = Joiner().Split(clause);
            if (pieces.Length < 2)
            {
                continue;
            }

            // The member each piece holds: the last piece's start, any other piece whole (a first piece with a verb
            // or 的 before the name is no short name, but may still be a known sibling).
            var members = new List<(string Name, string Suffix, int Index)>();
            var at = offset;
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                var index = text.IndexOf(piece, at, StringComparison.Ordinal);
                at = index + piece.Length;
                var name = i == pieces.Length - 1 && i > 0 && Head().Match(piece) is { Success: true } head ? head.Value : piece;
                if (SuffixOf(name) is { } suffix)
                {
                    members.Add((Compact(name), suffix, index));
                }
            }

            foreach (var group in members.GroupBy(m => m.Suffix))
            {
                var siblings = group.Select(m => (m.Name, Container: Sibling(m.Name, m.Index, matches, found, gazetteer))).Where(s => s.Container.Known).ToList();
                if (siblings.Count == 0)
                {
                    continue;
                }

                var shared = Shared(siblings.Select(s => s.Container.Place), gazetteer);
                foreach (var (name, suffix, index) in group)
                {
                    if (siblings.Any(s => s.Name == name) || known.Contains(name) || !IsShortName(name, suffix)
                        || gazetteer.IsSurfaceForm(name) || isProject(name) || text.LastIndexOf('《', index) > text.LastIndexOf('》', index))
                    {
                        continue;
                    }

                    // A member that starts with a known place lies there (广州天河路—珠江新城商圈); else where its siblings lie.
                    // A span from a known area (车公庙-天安片区) is that area, as the gazetteer reads 梅林-彩田片区.
                    var anchor = gazetteer.Find(name, region).FirstOrDefault(f => f.Index == 0 && f.Place.Type is not ("region" or "community")).Place;
                    if (anchor is { Type: not ("city" or "district") } && name.IndexOfAny(['—', '-']) > 0)
                    {
                        continue;
                    }

                    yield return new Coordinate(name, TypeOf(suffix), anchor ?? shared);
                }
            }
        }
    }

    /// <summary>Whether a list member is a known place (a gazetteer form, or a suffix place ending there), and its container.</summary>
    private static (bool Known, GazetteerPlace? Place) Sibling(string name, int index, IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> matches, IReadOnlyList<Candidate> found, Gazetteer gazetteer)
    {
        if (found.FirstOrDefault(c => name.EndsWith(c.Name, StringComparison.Ordinal) && c.Index >= index) is { Name: not null } candidate)
        {
            return (true, candidate.Anchor);
        }

        if (matches.FirstOrDefault(m => m.Index >= index && name.EndsWith(m.Form, StringComparison.Ordinal)) is { Place: not null } match)
        {
            return (true, gazetteer.ParentOf(match.Place));
        }

        return (false, null);
    }

    /// <summary>The innermost place that contains (or is) every sibling's container, by the gazetteer's parents.</summary>
    private static GazetteerPlace? Shared(IEnumerable<GazetteerPlace?> containers, Gazetteer gazetteer)
    {
        List<GazetteerPlace>? common = null;
        foreach (var container in containers)
        {
            var chain = new List<GazetteerPlace>();
            for (var place = container; place is not null; place = gazetteer.ParentOf(place))
            {
                chain.Add(place);
            }

            common = common is null ? chain : [.. common.Where(chain.Contains)];
        }

        return common?.FirstOrDefault();
    }

    private static string? SuffixOf(string name)
        => Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));

    private static string Compact(string name) => Canonical.Display(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>2–10 name characters before the suffix (a dash between two names not counted), no function word, verb or kind.</summary>
    private static bool IsShortName(string name, string suffix)
    {
        var stem = name[..^suffix.Length];
        var letters = stem.Count(c => c is not ('—' or '-'));
        return letters is >= 2 and <= 10 && NameChars().IsMatch(stem) && !Planning().IsMatch(stem) && !Kind().IsMatch(stem)
            && stem[0] is not ('—' or '-') && stem[^1] is not ('—' or '-');
    }

    // Longest first, so 产业园区 ends in 园区 and not at 产业园.
    private static readonly string[] Suffixes = ["产业园", "商圈", "片区", "园区", "口岸", "街区"];

    private static readonly SearchValues<string> AnySuffix = SearchValues.Create(Suffixes, StringComparison.Ordinal);

    /// <summary>Whether a sentence holds a place-kind suffix at all: most hold none, and are passed over unsplit.</summary>
    private static bool HasSuffix(string text) => text.AsSpan().ContainsAny(AnySuffix);

    private static string TypeOf(string suffix) => suffix switch
    {
        "商圈" => "business-district",
        "口岸" => "port",
        "园区" or "产业园" => "park",
        _ => "area",
    };

    // Up to eight name characters (no function words, punctuation or verbs of planning) before the suffix,
    // right after the anchor: 黄浦|中心|商圈, 虹桥枢纽||商圈.
    [GeneratedRegex("依托|纳入|布局|持续|攻坚|重点|建设|打造|推动|推进|加快|形成|引进|引入|支持|开发|培育|提升|联动|融合|发展|参与|瞄准|围绕|聚焦|对标|一批|若干|各类")]
    private static partial Regex Planning();

    // Clauses: a list never runs over these.
    [GeneratedRegex("[，。；：！？,;:!?（）()“”]")]
    private static partial Regex Clause();

    // Members are joined by 、, or by 和/及/与/以及 right after a place-kind suffix.
    [GeneratedRegex("、|(?<=商圈|片区|园区|产业园|口岸|街区)(?:以及|和|及|与)")]
    private static partial Regex Joiner();

    // The last member ends at its first suffix (仲盛超级商圈|共建…), not inside 园区 of 产业园区.
    [GeneratedRegex(@"^[^、]{2,14}?(?:商圈|片区|园区|产业园|口岸|街区)(?!区)")]
    private static partial Regex Head();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9—\-]+$")]
    private static partial Regex NameChars();

    // Words that make a kind of place, not a named one (大型商圈, 核心商圈, 特色街区), and function words.
    [GeneratedRegex("^(?:大型|核心|特色|重点|智慧|周边|其他|主要|现有|相关|专业|社区|金融|时尚|科技|产业|世界级|国际化|标志性|各)|[的之与和及或在从向对把将为以等地是并]")]
    private static partial Regex Kind();

    [GeneratedRegex(@"^(?:(?![的之与和及或在从向对把将为以等地是并、，。；：“”‘’（）()《》\t\r\n])[\p{IsCJKUnifiedIdeographs}A-Za-z0-9 ]){0,10}?(?<suffix>商圈|片区|园区|产业园|口岸|街区)(?!区)")]
    private static partial Regex Tail();
}
