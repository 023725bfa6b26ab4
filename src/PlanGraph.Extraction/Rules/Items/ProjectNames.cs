using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// How a clause of prose names what it builds (docs/extraction.md, `project.box-item` and `project.sentence`): the
/// name after the last building verb, cut before a generic plural, split at 和/及/与 between names; kinds,
/// descriptions and activities are no names. Shared by the box, sentence and involvement rules.
/// </summary>
internal static partial class ProjectNames
{
    /// <summary>
    /// The named projects in one clause of prose: what follows its last building verb ("分两期建设X" → X), cut
    /// before a generic plural ("X等一批国家级平台" → X), split on 和/及/与 when both sides are names; generic
    /// kinds ("国家重点实验室", "一批…平台") and descriptions ("…的…") are not names.
    /// </summary>
    /// <param name="inList">The clause is one of several separated by 、, where short names ("侨安小学") are usual.</param>
    internal static IEnumerable<string> ClauseNames(string clause, bool inList)
    {
        var text = clause.Trim().TrimEnd('。');

        // "依托X" / "联合X" names who takes part (see INVOLVES), not a project, unless something is built.
        if (ReliesOn().IsMatch(text) && !BuildVerb.IsMatch(text))
        {
            yield break;
        }

        // A quoted name a clause builds or shapes ("常熟市发展“智算未来城”", "打造“光谷”创新城") is a name whatever its ending.
        if (QuotedName().Match(text) is { Success: true } quoted)
        {
            yield return quoted.Groups["name"].Value;
            yield break;
        }

        if (BuildVerb.Matches(text) is { Count: > 0 } verbs)
        {
            var last = verbs[^1];
            // "兴隆大街建设工程": the verb is part of the name when only the suffix follows it.
            var after = text[(last.Index + last.Length)..];
            text = BareSuffix().IsMatch(after) && last.Index > 0 ? text : after;
        }

        text = GenericPlural().Replace(StripActionVerbs(text), "");
        text = TrailingEtc().Replace(text, "");
        var parts = Conjunction().Split(text);
        IEnumerable<string> candidates = parts.Length > 1 && parts.All(p => ProjectSuffix().IsMatch(p)) ? parts : [text];
        foreach (var candidate in candidates.Select(c => c.Trim()))
        {
            if (candidate.Length >= (inList ? 4 : 6) && ProjectSuffix().IsMatch(candidate) && !GenericKind().IsMatch(candidate)
                && !candidate.Contains('的', StringComparison.Ordinal) && !VerbInside.IsMatch(candidate))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Removes leading verbs ("加快建设", "探索建设", "新建") however many are stacked.</summary>
    internal static string StripActionVerbs(string text)
    {
        var name = text.Trim();
        while (ActionVerbs.Match(name) is { Success: true, Length: > 0 } verb && verb.Length < name.Length)
        {
            name = name[verb.Length..].TrimStart();
        }

        return name;
    }

    internal static string ProjectCategory(string name)
        => name.EndsWith("行动", StringComparison.Ordinal) ? "action"
            : name.EndsWith("计划", StringComparison.Ordinal) || name.EndsWith("工程", StringComparison.Ordinal) ? "programme"
            : name.Contains("平台", StringComparison.Ordinal) ? "platform"
            : name.EndsWith("中心", StringComparison.Ordinal) || name.EndsWith("设施", StringComparison.Ordinal) ? "facility" : "project";

    internal static readonly Regex ActionVerbs = VerbLists.Pattern(@"^(%action-lead%)+");

    // A clause that still holds a verb after the leading ones are stripped describes an activity, not a name.
    internal static readonly Regex VerbInside = VerbLists.Pattern(@"(%activity%)");

    internal static readonly Regex BuildVerb = VerbLists.Pattern(@"(%build%)");

    // How named projects, facilities, platforms and programmes end (a general lexicon, not any document's names).
    [GeneratedRegex(@"(中心|分中心|平台|设施|基地|数据库|资源库|项目库|实验室|研究院|研究所|分院|产业园|园区|工程|项目|系统|载体|街区|楼宇|枢纽|学校|小学|中学|幼儿园|校区|综合体|示范区|试验区|口岸|碧道|通道|号线|支线|道路|快速路|隧道|大桥|航道|计划|行动|机制|管理制|试点|联盟)(（[^）]{1,12}）)?$")]
    internal static partial Regex ProjectSuffix();

    // The names of a list: separated by 、 or ；.
    [GeneratedRegex(@"[、；;]")]
    internal static partial Regex ListSeparators();

    // Names joined in a list: 、, 和 or 及 between names (与 joins words inside names: 智能制造与装备创新港).
    [GeneratedRegex(@"[、和及]")]
    internal static partial Regex ListedNames();

    [GeneratedRegex(@"^(工程|项目|工程项目)$")]
    private static partial Regex BareSuffix();

    [GeneratedRegex(@"(建设|打造|塑造|发展|培育|构建|建成|创建)“(?<name>[^“”]{3,16})”$")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"[，,。；;]")]
    internal static partial Regex ClauseSeparators();

    [GeneratedRegex(@"(研究院|研究所|实验室|示范区|试验区|先行区|机制|制度|联盟|园区)$|^(“|国家级)")]
    internal static partial Regex NotABodyProject();

    [GeneratedRegex(@"^(重点|主要)?(依托|联合|携手|会同|由)")]
    internal static partial Regex ReliesOn();

    // "X等一批…", "X等12所学校", "X等国家重要平台": the name is X.
    [GeneratedRegex(@"等(一批|若干|多个|各类|\d+|[一二三四五六七八九十]+[所个家项]|国家|省|市|重点).*$")]
    internal static partial Regex GenericPlural();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}{3})[和及与](?=\p{IsCJKUnifiedIdeographs}{3})")]
    internal static partial Regex Conjunction();

    // A kind of thing rather than a named one.
    [GeneratedRegex(@"^(一批|一个|若干|各类|各级|现有|周边|包括|相关|国际化)|^(国家|省级|市级|国家级)?(重点|工程|技术|产业|科技)?(实验室|研究中心|创新中心|工程实验室|技术中心|基础设施|研发计划|平台)$|^\p{IsCJKUnifiedIdeographs}{0,2}(平台|中心|基地|工程|项目|系统|机制)$")]
    internal static partial Regex GenericKind();

    [GeneratedRegex(@"(等(项目|平台|机构)?|项目落地|落地)$")]
    internal static partial Regex TrailingEtc();

    [GeneratedRegex(@"(有限公司|有限责任公司|股份公司|集团|大学|学院|医院)$")]
    internal static partial Regex InstitutionSuffix();
}
