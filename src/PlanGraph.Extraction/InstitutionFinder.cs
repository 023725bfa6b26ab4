using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// Finds institutions in running text: first the lexicon's names and aliases, then names ending in an
/// institution suffix (大学, 研究院, 实验室, 交易所, 委员会, 局, 协会, 有限公司, 集团, 银行…). A suffix name
/// runs left to the nearest punctuation, loses the verbs and prepositions in front of it (依托, 联合,
/// 支持, 与…), and counts only when it starts like a proper name (a place, region or known brand; a
/// university's own name) — so "行业协会", "外资银行" or "重点实验室" are kinds, not institutions — and when
/// the name ends there (not "杭州银行业", not "浙江大学（海宁）国际……中心", which is a project).
/// </summary>
internal sealed partial class InstitutionFinder(InstitutionLexicon lexicon, Gazetteer gazetteer)
{
    public IReadOnlyList<InstitutionMention> Find(string text)
    {
        var found = new List<InstitutionMention>();
        // One pass of the lexicon's automaton; the occurrences are then taken in the lexicon's order (longest forms
        // first), each form's from the left, so a longer name wins over a shorter one inside it.
        var occurrences = lexicon.FormMatcher.Matches(text);
        if (occurrences.Count > 1)
        {
            occurrences.Sort(static (a, b) => a.Values[0] != b.Values[0] ? a.Values[0].CompareTo(b.Values[0]) : a.Start.CompareTo(b.Start));
        }

        foreach (var (at, length, entries) in occurrences)
        {
            var (_, name, type) = lexicon.SurfaceForms[entries[0]];
            var end = at + length;
            if (EndsName(text, end) && !found.Any(f => f.Start < end && at < f.End))
            {
                found.Add(new InstitutionMention(name, type, at, end) { Aliases = lexicon.AliasesOf(name) });
            }
        }

        // Matches by position only: most suffixes found are no name, and a Match object each was most of the finder's garbage.
        foreach (var match in Suffix().EnumerateMatches(text))
        {
            var (at, length) = (match.Index, match.Length);
            var end = at + length;

            // A qualifier in brackets belongs to the name: 长三角数字经济研究院（嘉兴）.
            if (Qualifier().Match(text, end) is { Success: true } qualifier)
            {
                end += qualifier.Length;
            }

            if (!EndsName(text, end) || found.Any(f => f.Start < end && at < f.End))
            {
                continue;
            }

            // Left to the nearest punctuation, or to the end of a name already found ("鹏城实验室和粤港澳……研究院").
            var start = at;
            while (start > 0 && end - start < 30 && IsNameCharacter(text[start - 1]) && !found.Any(f => f.End == start))
            {
                start--;
            }

            start = found.Any(f => f.End == start) ? SkipConjunction(text, start) : start;

            // What follows the last verb inside the run is the name ("……共同建设滨江区设计学院", "引进一批如X").
            if (InnerVerb().Matches(text[start..at]) is { Count: > 0 } verbs)
            {
                start += verbs[^1].Index + verbs[^1].Length;
            }

            var lead = Lead().Match(text, start, at - start);
            start += lead.Success && lead.Index == start ? lead.Length : 0;
            var name = text[start..end];
            var kind = text.Substring(at, length);
            if (IsProperName(name, kind) && !found.Any(f => f.Start < end && start < f.End))
            {
                found.Add(new InstitutionMention(name, TypeOf(name, kind), start, end));
            }
        }

        return found.Count > 1 ? [.. found.OrderBy(f => f.Start)] : found;
    }

    private static int SkipConjunction(string text, int start) => start < text.Length && text[start] is '和' or '与' or '及' ? start + 1 : start;

    /// <summary>How an institution takes part in what the clause before it describes (依托 X: X hosts).</summary>
    public static string RoleBefore(string text, int position)
    {
        var clauseStart = text.LastIndexOfAny(['，', '。', '；', ','], Math.Max(0, position - 1)) + 1;
        var before = text[clauseStart..position];
        return before.Contains("牵头", StringComparison.Ordinal) ? "lead"
            : before.Contains("依托", StringComparison.Ordinal) ? "host"
            : PartnerCue().IsMatch(before) ? "partner"
            : AttractCue().IsMatch(before) ? "attracted"
            : "participant";
    }

    private bool IsProperName(string name, string kind)
    {
        if (name.Length < 4 || name.Length > 30 || Generic().IsMatch(name) || GenericInside().IsMatch(name) || name == kind)
        {
            return false;
        }

        var head = name[..^kind.Length];
        if (kind is "大学")
        {
            return head.Length is >= 2 and <= 8;
        }

        if (kind is "有限公司" or "股份有限公司" or "有限责任公司")
        {
            return name.Length >= 8;
        }

        if (kind is "局" or "委员会" or "人民政府" or "办公室" or "管理委员会")
        {
            return HeadWords.Value.GovernmentHead.IsMatch(name) && !NotABureau().IsMatch(name);
        }

        return HeadWords.Value.ProperInstitutionHead.IsMatch(name) || gazetteer.StartsWithPlace(name);
    }

    private static string TypeOf(string name, string kind) => kind switch
    {
        _ when InternationalHead().IsMatch(name) => "international",
        "大学" or "学院" => "university",
        "研究院" or "分院" or "研究所" or "实验室" => "research",
        "交易所" => "exchange",
        "局" or "委员会" or "人民政府" or "办公室" or "管理委员会" => "government",
        "协会" or "商会" => "association",
        _ => "enterprise",
    };

    /// <summary>
    /// Where a name may end: at punctuation, a function word or a word that usually follows a name. Not where
    /// more name follows: "浙江大学宁波医院医学转化研究中心" is one name, not 浙江大学 plus another.
    /// </summary>
    private static bool EndsName(string text, int end)
        => end >= text.Length || !IsNameCharacter(text[end]) || FunctionWord().IsMatch(text.AsSpan(), end) || FollowingWord().IsMatch(text.AsSpan(), end);

    private static bool IsNameCharacter(char c) => c is (>= '\u4E00' and <= '\u9FFF') or '（' or '）' or '·' or '-' or '—';

    [GeneratedRegex(@"(股份有限公司|有限责任公司|有限公司|管理委员会|委员会|人民政府|办公室|大学|学院|研究院|分院|研究所|实验室|交易所|协会|商会|集团|银行|局)")]
    private static partial Regex Suffix();

    // Verbs and prepositions that stand before a name in running text.
    [GeneratedRegex(@"^(依规发展以|依托|联合|携手|支持|推动|推进|引进|引入|吸引|鼓励|引导|深化与|加强与|深化|加强|发挥|争取|积极|设立|共建|与|和|及|同|由|在|对|向|以|为|将|把|是|有|包括|如|会同|配合|协助|落户|入驻|服务|持续|做强|做优|加快)+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(国家(和|重点|级|工程|企业)|行业|外资|港外资|股份制|政策性|国有|商业|知名|大型|一批|高校|相关|各类|区属|国家级|全球知名|国际知名|法人|企业|市场|科研|专业|重点|代表性|具有|头部|龙头|优质|地方|各级|有关|新型|一流|高水平|世界一流|新兴|本地|境内|境外|内地|投资|保险|时间|特色|时尚|创新|概念|孵化|联合|教育|医疗|文艺|区域|城市|全国|社区|中外|数字)")]
    private static partial Regex Generic();

    // Plural or descriptive words inside: "香港高校优势学科实验室" names a kind of lab, not one.
    [GeneratedRegex(@"(高校|优势学科|一批|各类|若干|相关)")]
    private static partial Regex GenericInside();


    [GeneratedRegex(@"^(国际|全球|世界|亚洲|联合国)")]
    private static partial Regex InternationalHead();


    [GeneratedRegex(@"\G(和|与|及|以及|或|等|的|在|将|为|是|已|对|把|被|共建|合作|联合|设立|建设|落户|入驻|牵头)")]
    private static partial Regex FunctionWord();

    // Words that commonly follow an institution's name as the next word of the sentence.
    [GeneratedRegex(@"\G(承建|启动|成立|根据|形成|持续|承担|专业|团队|注册|作为|负责|指导|组织|主办|举办|发布|印发|出台|提出|开展|召开|推出|支持|提供|积极|主动|全面|进一步|正式|发起|携手|共同|先后|分别|相继)")]
    private static partial Regex FollowingWord();

    [GeneratedRegex(@"(依托|建设|共建|引进|引入|推动|打造|设立|组建|成立|如|一批|包括|例如|以及|还有|(?<![自理缘经])由)")]
    private static partial Regex InnerVerb();

    // 局 also ends words that are not bureaus.
    [GeneratedRegex(@"(格局|布局|大局|全局|开局|结局|当局)$|[的了]")]
    private static partial Regex NotABureau();


    [GeneratedRegex(@"\G（[^（）]{1,8}）")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"(联合|携手|合作|共建|协同)")]
    private static partial Regex PartnerCue();

    [GeneratedRegex(@"(引进|引入|吸引|落户|入驻|集聚)")]
    private static partial Regex AttractCue();
}
