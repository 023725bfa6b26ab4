using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// What a plan's or policy document's name says about it: its kind (the title's last word), its period
/// (2021-2023年, 十四五, a single 2022年), its level (from the issuer or the region the name opens with) and
/// its issuer (X关于…). The words come from <see cref="MetadataWords"/>.
/// </summary>
internal static partial class PlanNaming
{
    /// <summary>The kind the title's last word names (a trailing period or （试行） left out), or null.</summary>
    public static string? Kind(string title)
    {
        var core = Core(title);
        foreach (var (word, kind) in MetadataWords.Value.Kinds)
        {
            if (core.EndsWith(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The title without trailing brackets (periods, 试行, 草案), quotes and spaces.</summary>
    public static string Core(string title)
    {
        var core = title.Trim().Trim('“', '”', '"', '《', '》', ' ');
        while (TrailingBracket().Match(core) is { Success: true } m && m.Index > 0)
        {
            core = core[..m.Index].TrimEnd();
        }

        return core;
    }

    /// <summary>The period a name states: an explicit span, a five-year plan, or one year (2022年…工作要点).</summary>
    public static (long Start, long End)? Period(string name)
    {
        if (Span().Match(name) is { Success: true } span)
        {
            var (start, end) = (long.Parse(span.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(span.Groups[2].Value, CultureInfo.InvariantCulture));
            return end >= start ? (start, end) : null;
        }

        foreach (var (word, start, end) in MetadataWords.Value.Periods)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return (start, end);
            }
        }

        var years = OneYear().Matches(name);
        if (years.Count == 1)
        {
            var year = long.Parse(years[0].Groups[1].Value, CultureInfo.InvariantCulture);
            return (year, year);
        }

        return null;
    }

    /// <summary>national, provincial, city or district: from the issuer when known, else from the name.</summary>
    public static string? Level(string name, string? issuer = null)
        => (issuer is null ? null : IssuerParts().Split(JointIssuers().Replace(issuer.Trim(), "")).Where(p => p.Length > 0).Select(p => LevelOf(p, body: true)).FirstOrDefault(l => l is not null))
            ?? LevelOf(name, body: false);

    // Joint issuers: "工业和信息化部　国家发展和改革委员会", "工业和信息化部等八部门".
    [GeneratedRegex(@"[\s\u3000、，,]+")]
    private static partial Regex IssuerParts();

    [GeneratedRegex(@"等[一二三四五六七八九十\d]+个?部门$")]
    private static partial Regex JointIssuers();

    private static string? LevelOf(string text, bool body)
    {
        var words = MetadataWords.Value;
        text = Canonical.Display(text);
        if (words.NationalLeads.Any(w => text.StartsWith(w, StringComparison.Ordinal)))
        {
            return "national";
        }

        // 中共浙江省委, 中共天津市委: the party committee of a region is of that region's level.
        if (text.StartsWith("中共", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        string? level = null;
        var at = 0;
        // The region chain the name opens with (省 → 市 → 区): the deepest unit decides.
        foreach (var (maxName, levels) in new[] { (7, new[] { "provincial" }), (6, new[] { "city" }), (4, new[] { "district" }) })
        {
            var found = Unit(text, at, maxName, levels);
            if (found is { } f)
            {
                (level, at) = (f.Level, f.End);
            }
        }

        if (level is null && body && words.NationalBodies.Any(b => text.EndsWith(b, StringComparison.Ordinal)))
        {
            return "national";
        }

        return level;
    }

    /// <summary>A region name of 2..maxName characters (1.. for districts) ending in a unit of one of the levels, at <paramref name="at"/>.</summary>
    private static (string Level, int End)? Unit(string text, int at, int maxName, string[] levels)
    {
        var minName = levels[0] == "district" ? 1 : 2;
        for (var length = minName; length <= maxName && at + length < text.Length; length++)
        {
            var name = text.AsSpan(at, length);
            // A region's own name holds no unit (锦江区城市… is 锦江区, not a city "锦江区城").
            if (!IsHan(name) || name.StartsWith("关于", StringComparison.Ordinal) || IsUnit(name[^1]))
            {
                return null;
            }

            foreach (var (word, level) in MetadataWords.Value.Units)
            {
                if (levels.Contains(level) && string.CompareOrdinal(text, at + length, word, 0, word.Length) == 0)
                {
                    return (level, at + length + word.Length);
                }
            }
        }

        return null;
    }

    private static bool IsUnit(char c) => MetadataWords.Value.Units.Any(u => u.Word.Length == 1 && u.Word[0] == c);

    private static bool IsHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '\u4e00' or > '\u9fff')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The body that issues a document titled "X关于…" (中共中央, 中共中央 国务院), or null.</summary>
    public static string? IssuerOf(string title)
        => IssuerLead().Match(title) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    /// <summary>
    /// The documents a notice issues, from what stands between 印发 and 的通知: every 《…》, else the names
    /// joined by 和/及/、 that each end in a kind word (支持…若干措施和江西省…行动方案（2023-2025年）).
    /// </summary>
    public static IReadOnlyList<string> IssuedTitles(string what)
    {
        var quoted = BookTitle().Matches(what).Select(m => Canonical.Display(m.Groups[1].Value)).Where(t => t.Length >= 2).ToList();
        // A quoted title inside a longer one (2026年《政府工作报告》重点工作分工方案) names what the document is about; the
        // longer title is the document.
        var close = what.LastIndexOf('》');
        if (quoted.Count == 1 && close >= 0 && what.Length - close - 1 >= 2 && Kind(what) is not null)
        {
            return [Canonical.Display(what)];
        }

        if (quoted.Count > 0)
        {
            return quoted;
        }

        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i < what.Length - 1; i++)
        {
            var joint = what[i] is '和' or '、' or '及' ? 1 : 0;
            if (joint == 0)
            {
                continue;
            }

            var left = what[start..i];
            var right = what[(i + joint)..];
            if (Kind(left) is not null && Kind(right) is not null)
            {
                parts.Add(Canonical.Display(left));
                start = i + joint;
            }
        }

        parts.Add(Canonical.Display(what[start..]));
        return parts.Where(p => p.Length >= 2).ToList();
    }

    /// <summary>The properties a name gives a Plan node: period, level and kind.</summary>
    public static Dictionary<string, object?> Properties(string name, string? issuer = null)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Period(name) is { } period)
        {
            (properties["startYear"], properties["endYear"]) = (period.Start, period.End);
        }

        properties["level"] = Level(name, issuer);
        properties["kind"] = Kind(name);
        return properties;
    }

    /// <summary>
    /// The short name a five-year plan outline goes by: 天津市国民经济和社会发展第十五个五年规划纲要 → 天津市“十五五”规划纲要
    /// (also with 和二〇三五年远景目标); none for other names.
    /// </summary>
    public static IReadOnlyList<string> ShortNames(string name)
        => FiveYearOutline().Match(name) is { Success: true } m ? [$"{m.Groups[1].Value}“{m.Groups[2].Value}五”规划纲要"] : [];

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{0,12}?)国民经济和社会发展第(十[一二三四五六七八九])个五年规划(?:和(?:二〇三五|2035)年远景目标)?纲要$")]
    private static partial Regex FiveYearOutline();

    /// <summary>A plan's name without a draft mark: what its node is named.</summary>
    public static string WithoutDraftMark(string name) => DraftMark().Replace(name, "");

    /// <summary>A plan title without a leading city or province and a trailing period: what two citations of one plan share.</summary>
    public static string SelfKey(string name) => PeriodSuffix().Replace(RegionPrefix().Replace(Canonical.Key(WithoutDraftMark(name)), ""), "");

    [GeneratedRegex(@"[（(]?草案[)）]?")]
    private static partial Regex DraftMark();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,3}[省市](?=\p{IsCJKUnifiedIdeographs}{2,3}[区县])")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"（\d{4}-\d{4}年?）$")]
    private static partial Regex PeriodSuffix();

    [GeneratedRegex(@"\s*[（(][^（）()]{0,20}[）)]$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年?\s*[-—－–~～至]\s*((?:19|20)\d{2})")]
    private static partial Regex Span();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})年(?!\d)")]
    private static partial Regex OneYear();

    [GeneratedRegex(@"^([^《》，。：]{2,40}?)关于")]
    private static partial Regex IssuerLead();

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex BookTitle();
}
