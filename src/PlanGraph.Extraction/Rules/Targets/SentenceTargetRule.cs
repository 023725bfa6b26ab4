using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// Targets stated in sentences anywhere in a document, in every section: a clause dated by 到/至/力争 YYYY年(底),
/// a period (“十四五”时期/期间/末 → its end year, 本规划期内 → the plan's), or the date of the sentence before it
/// (a sentence ending in ；, or the lead "到2023年，…。" of a ——/-- list), that names a quantity and a number
/// with a unit: "X达到/提高到/突破/控制在… N单位(以上)", "X N单位" (新增供应各类住宅用地面积4000公顷), "X到2030年达到N",
/// "X下降/年均增长 N%" (a decrease or growth rate, not a level), and "A、B和C分别达到x、y和z" (one target each).
/// The words before the verb or number name the indicator (leading subjects and stance words dropped). A
/// target the legacy rule target.sentence already read under the same or shorter name (新增/累计 dropped) is
/// not read again (Data/targets.tsv holds the words).
/// </summary>
internal sealed partial class SentenceTargetRule(TargetLexicon lexicon) : IDocumentRule
{
    private readonly Regex clause = ClausePattern(lexicon);
    private readonly Regex value = ValuePattern(lexicon);
    private readonly Regex onlyVerbs = new($"^(?:{string.Join('|', lexicon.Leads.Concat(lexicon.CountLeads).Concat(lexicon.CountVerbs).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape))})+$", RegexOptions.CultureInvariant);

    public string Id => "target.sentence-any";

    public RuleStage Stage => RuleStage.Measures;

    public void Apply(DocumentContext context)
    {
        var opening = context.Document.NormalizedText[..Math.Min(context.Document.NormalizedText.Length, 1500)];
        var planEnd = lexicon.PeriodEnd(context.Title) ?? (TitleYears().Match(context.Title) is { Success: true } t ? long.Parse(t.Groups[2].Value, CultureInfo.InvariantCulture) : (long?)null)
            ?? lexicon.PeriodEnd(opening);
        // A document of one year (a work report: 杭州市2026年政府工作报告) dates its list of the year's targets.
        long? documentYear = OneYear().Match(context.Title) is { Success: true } one ? long.Parse(one.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        (long Year, OutlineNode Section)? carried = null;
        (long Year, OutlineNode Section)? listLead = null;
        // Whether a section is under the goals or in a report, worked out once per section rather than per sentence.
        var underGoals = new Dictionary<OutlineNode, bool>(ReferenceEqualityComparer.Instance);
        var inReport = new Dictionary<OutlineNode, bool>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in context.Document.Sentences)
        {
            var text = Spaces().Replace(sentence.Text.Text, "");
            var inList = ListItem().IsMatch(ParagraphStart(context.Document.NormalizedText, sentence.Text.SpanStart));
            var date = SentenceDate(text, planEnd);
            long? year = date?.Year;
            if (year is null && ContainsAny(text, lexicon.AnnualTargets))
            {
                year = LeadYear().Match(text) is { Success: true } lead ? long.Parse(lead.Groups[1].Value, CultureInfo.InvariantCulture) : documentYear;
            }

            if (year is null && carried is { } c && ReferenceEquals(c.Section, sentence.Section))
            {
                year = c.Year;
            }

            if (year is null && inList && listLead is { } l && ReferenceEquals(l.Section, sentence.Section))
            {
                year = l.Year;
            }

            // An undated figure under the plan's goals (（三）发展目标, 第二节 主要目标) is a target for the plan's end.
            if (year is null && documentYear is null && planEnd is { } goalYear && Memo(underGoals, sentence.Section, lexicon.GoalSections, UnderGoals))
            {
                year = goalYear;
            }

            if (date is { AtStart: true } && !inList)
            {
                listLead = (date.Value.Year, sentence.Section);
            }
            else if (!inList && date is null)
            {
                listLead = null;
            }

            carried = year is { } y && (text.EndsWith('；') || text.EndsWith(';')) ? (y, sentence.Section) : null;
            // A year the plan has left behind reports an achievement (“十三五”期间… in a 十四五 plan), not a target.
            if (year is null || (planEnd is { } end && year <= end - 5) || Memo(inReport, sentence.Section, lexicon.ReportSections, InSection))
            {
                continue;
            }

            Read(context, sentence, text, year.Value, planEnd);
        }
    }

    private void Read(DocumentContext context, Sentence sentence, string text, long sentenceYear, long? planEnd)
    {
        var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, Id);
        var year = sentenceYear;
        string? previous = null;
        Range? lastClause = null;
        foreach (var range in ClauseSeparators().EnumerateSplits(text))
        {
            // Only the clause right before shares its subject (ClauseSubject).
            var before = previous;
            previous = null;
            var clauseBefore = lastClause;
            lastClause = range;

            // A clause without a digit or a period (十四五) has neither a date nor a value: passed over without a copy.
            if (!HasDigitOrPeriod(text.AsSpan()[range]))
            {
                continue;
            }

            var words = text[range];

            // The clause's own date ("2027年全面完成…", "城市更新年度投资到2030年达到…") holds for it and the clauses after it.
            if (ClauseDate(words, planEnd) is { } own)
            {
                year = own.Year;
                words = words.Remove(own.Index, own.Length);
            }

            if (words.Contains("分别", StringComparison.Ordinal))
            {
                Respectively(context, evidence, words, year);
                continue;
            }

            if (clause.Match(words) is not { Success: true } m)
            {
                continue;
            }

            // A number followed by more words qualifies them (80%以上达到…, 50万平方米以上商业设施更新), a year is no value.
            // Names listed before 均/都 each take the value (一般公共预算总收入、地方一般公共预算收入均增长5.5%).
            var names = Both().Match(m.Groups["name"].Value) is { Success: true } both
                ? both.Groups[1].Value.Split('、').Select(Name).ToList()
                : [BareMeasure(m.Groups["name"].Value, m.Groups["verb"].Value) is { } measure && before is not null ? measure : Name(m.Groups["name"].Value) ?? GrowthName(m)];
            // A clause shares its subject with the one before it: a bare measure (年均增速) or the area it is in.
            names = [.. names.Select(n => n is null ? null : ClauseSubject.Carry(context, lexicon, n, words, before, clauseBefore is { } r ? text[r] : null))];
            previous = names.Count == 1 ? names[0] : null;
            var rest = words[m.Length..];
            // A count after its verb names what is counted after it: 力争建成2个绿色生态城区示范项目.
            if (!m.Groups["verb"].Success && !m.Groups["approx"].Success && rest.Length > 0 && CountedNoun().IsMatch(rest) && onlyVerbs.IsMatch(m.Groups["name"].Value)
                && m.Groups["unit"].Value is not ("%" or "年") && Name(rest) is { } counted)
            {
                (names, rest) = ([counted], "");
            }

            if (names.Count == 0 || names.Any(n => n is null) || (rest.Length > 0 && Cjk().IsMatch(rest[..1])) || (m.Groups["unit"].Value == "年" && m.Groups["number"].Value.Length == 4))
            {
                continue;
            }

            var verb = m.Groups["verb"].Value;
            var after = m.Groups["after"].Value;
            var comparator = m.Groups["approx"].Success ? "≈"
                : lexicon.Comparators.FirstOrDefault(c => after.Length > 0 && after == c.Word).Sign
                  ?? lexicon.Verbs.FirstOrDefault(v => v.Word == verb).Sign ?? "=";
            var valueText = m.Value[(m.Groups["approx"].Success ? m.Groups["approx"].Index : m.Groups["number"].Index)..];
            double? upper = null;
            // A range written after its lower end: 经济增长4.5%－5%, 增长5%-6%.
            if (after.Length == 0 && RangeTail().Match(rest) is { Success: true } tail && (tail.Groups["unit"].Length == 0 || tail.Groups["unit"].Value == m.Groups["unit"].Value))
            {
                upper = double.Parse(tail.Groups["upper"].Value, CultureInfo.InvariantCulture);
                valueText += tail.Value;
                comparator = "range";
            }

            // A name that ends in a growth measure (…年均增速, …年均增长) sets a growth rate whatever its verb (保持在, 增长).
            var change = names is [{ } only] && lexicon.Changes.Any(c => c.Kind == "growth-rate" && only.EndsWith(c.Word, StringComparison.Ordinal)) ? "growth-rate"
                : lexicon.ChangeVerbs.FirstOrDefault(v => v.Word == verb).Kind ?? "level";
            foreach (var name in names)
            {
                Add(context, evidence, name!, year, m.Groups["number"].Value, m.Groups["unit"].Value, valueText, comparator, change, upper);
            }
        }
    }

    /// <summary>
    /// A short subject whose change verb is the measure (经济增长4.5%, 投资增长5%): the growth is the indicator, named with
    /// the verb (经济增长); null otherwise.
    /// </summary>
    private string? GrowthName(Match m)
    {
        var subject = Strip(Quotes().Replace(m.Groups["name"].Value, ""), lexicon.Leads);
        var verb = m.Groups["verb"].Value;
        return subject.Length is 2 or 3 && Cjk().IsMatch(subject[..1]) && lexicon.ChangeVerbs.Any(v => v.Word == verb && v.Kind is "increase" or "growth-rate")
            && m.Groups["unit"].Value == "%" && !NotAName.IsMatch(subject) ? subject + verb : null;
    }

    /// <summary>A clause's name that is only a measure (年均增速), or one its verb completes (年均 + 增长), else null.</summary>
    private string? BareMeasure(string words, string verb)
    {
        var name = Strip(Quotes().Replace(words, ""), lexicon.Leads);
        return lexicon.BareMeasures.Contains(name) ? name : lexicon.BareMeasures.Contains(name + verb) ? name + verb : null;
    }

    /// <summary>"A、B和C分别达到x、y和z": the names and the values pair up in order.</summary>
    private void Respectively(DocumentContext context, Evidence evidence, string words, long year)
    {
        var at = words.IndexOf("分别", StringComparison.Ordinal);
        // Names are listed with 、 and the last two joined by 和/及/与 (a name may hold 及 itself: 地级及以上城市…).
        var listed = words[..at].Split('、').ToList();
        var join = LastJoin().Match(listed[^1]);
        if (!join.Success && listed.Count == 1)
        {
            join = ShortHeadJoin().Match(listed[0]);
        }

        if (join.Success)
        {
            listed[^1] = join.Groups[1].Value;
            listed.Add(join.Groups[2].Value);
        }

        // A measure word between 分别 and the verb belongs to every name: 货物贸易、对外投资分别占比达30%、20%.
        var values = value.Matches(words[at..]).ToList();
        var measure = values.Count > 0 && values[0].Index > 2 ? MeasureAfterRespectively(words[(at + 2)..(at + values[0].Index)]) : "";
        var names = listed.Select((n, i) => Name((i < listed.Count - 1 ? SharedTail(n, listed[^1]) : n) + measure)).ToList();
        if (names.Count < 2 || names.Count != values.Count || names.Any(n => n is null))
        {
            return;
        }

        var verb = lexicon.Verbs.Concat(lexicon.ChangeVerbs.Select(v => (v.Word, Sign: "="))).Where(v => words[at..].Contains(v.Word, StringComparison.Ordinal)).MaxBy(v => v.Word.Length).Word;
        var change = lexicon.ChangeVerbs.FirstOrDefault(v => v.Word == verb).Kind ?? "level";
        for (var i = 0; i < names.Count; i++)
        {
            var v = values[i];
            var after = v.Groups["after"].Value;
            var comparator = lexicon.Comparators.FirstOrDefault(c => after.Length > 0 && after == c.Word).Sign ?? lexicon.Verbs.FirstOrDefault(x => x.Word == verb).Sign ?? "=";
            Add(context, evidence, names[i]!, year, v.Groups["number"].Value, v.Groups["unit"].Value, v.Value, comparator, change);
        }
    }

    /// <summary>
    /// A listed name takes the tail it shares with the last one: a short head its words after the head
    /// (城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入), a quantity the last one's share (A和B占规上工业比重 → A占规上工业比重).
    /// </summary>
    private static string SharedTail(string name, string last)
    {
        if (name.Length is 2 or 3 && last.Length > name.Length + 3)
        {
            return name + last[name.Length..];
        }

        var share = last.IndexOf('占', StringComparison.Ordinal);
        return share > 0 && !name.Contains('占', StringComparison.Ordinal) && ShareTail().IsMatch(last[share..]) ? name + last[share..] : name;
    }

    /// <summary>The words between 分别 and the verb when they name a measure (占比, 比重), else empty.</summary>
    private string MeasureAfterRespectively(string between)
    {
        var verb = lexicon.Verbs.Select(v => v.Word).Concat(lexicon.ChangeVerbs.Select(v => v.Word))
            .Select(v => (Word: v, At: between.IndexOf(v, StringComparison.Ordinal))).Where(v => v.At > 0).OrderBy(v => v.At).FirstOrDefault();
        return verb.Word is null ? "" : between[..verb.At] is var measure && lexicon.RespectiveMeasures.Contains(measure) ? measure : "";
    }

    private void Add(DocumentContext context, Evidence evidence, string name, long year, string number, string unit, string valueText, string comparator, string change, double? upper = null)
    {
        var owner = context.PlanId ?? context.DocumentId;
        var yearKey = year.ToString(CultureInfo.InvariantCulture);

        // A target a table or the legacy rule target.sentence already gives (under this name or a shorter one,
        // 新增/累计 dropped) is not read again.
        var shorter = Strip(name, lexicon.CountLeads);
        foreach (var candidate in new[] { name, shorter }.Distinct())
        {
            var known = context.Aliases.CanonicalOf(NodeLabels.Indicator, candidate) ?? candidate;
            if (context.Graph.HasNode(StableId.For(NodeLabels.Target, StableId.For(NodeLabels.Indicator, Canonical.Key(known)), owner, "target", yearKey)))
            {
                return;
            }
        }

        var canonical = context.Aliases.CanonicalOf(NodeLabels.Indicator, name);
        var indicatorEvidence = evidence with { Rule = "indicator.sentence-any" };
        var indicator = context.Graph.Node(NodeLabels.Indicator, canonical ?? name, indicatorEvidence, new Dictionary<string, object?> { ["unit"] = unit }, aliases: canonical is null ? null : new[] { name });
        context.Graph.AddToList(indicator, "units", unit);
        var indicatorName = canonical ?? name;
        var target = context.Graph.Node(NodeLabels.Target, $"{indicatorName} {year}年目标", evidence, new Dictionary<string, object?>
        {
            ["kind"] = "target", ["year"] = year, ["value"] = double.Parse(number, CultureInfo.InvariantCulture), ["valueText"] = valueText,
            ["comparator"] = comparator, ["change"] = change, ["unit"] = unit, ["indicator"] = indicatorName, ["upper"] = upper,
        }, id: StableId.For(NodeLabels.Target, indicator, owner, "target", yearKey));
        if (context.PlanId is { } plan)
        {
            context.Graph.Relationship(RelationshipTypes.Sets, plan, target, evidence);
        }

        context.Graph.Relationship(RelationshipTypes.Of, target, indicator, evidence);
    }

    /// <summary>An indicator's name from the words before the verb or number; null for actions, descriptions and fragments.</summary>
    private string? Name(string words)
    {
        var name = Strip(Quotes().Replace(words, ""), lexicon.Leads);
        // A base year or an adverb before the verb is no part of the name (死亡人数较2020年下降…, 失业率始终保持在…).
        name = SinceYear().Replace(name, "");
        name = lexicon.TailAdverbs.FirstOrDefault(a => name.EndsWith(a, StringComparison.Ordinal)) is { } adverb ? name[..^adverb.Length] : name;
        // A name opens with a Chinese word or a technical term such as 5G, 4K (5G用户普及率).
        if (name.Length is < 4 or > 30 || !(Cjk().IsMatch(name[..1]) || TermFirst().IsMatch(name)) || NotAName.IsMatch(name) || NotAName.IsMatch(Strip(name, lexicon.TotalLeads))
            || lexicon.PeriodPattern.IsMatch(name))
        {
            return null;
        }

        return name;
    }

    private static string Strip(string name, IReadOnlyList<string> leads)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var lead in leads)
            {
                if (name.StartsWith(lead, StringComparison.Ordinal) && name.Length > lead.Length + 2)
                {
                    name = name[lead.Length..];
                    changed = true;
                }
            }
        }

        return name;
    }

    /// <summary>The date a sentence sets its targets for, and whether it opens the sentence.</summary>
    private (long Year, bool AtStart)? SentenceDate(string text, long? planEnd)
    {
        if (TargetDate().Match(text) is { Success: true } m)
        {
            return (long.Parse(m.Groups["end"].Success ? m.Groups["end"].Value : m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Index <= 2);
        }

        if (PeriodDate().Match(text) is { Success: true } p && lexicon.PeriodEnd(p.Value) is { } end)
        {
            return (end, p.Index <= 2);
        }

        if (planEnd is { } e && lexicon.PlanPeriods.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal)) is { } word)
        {
            return (e, text.IndexOf(word, StringComparison.Ordinal) <= 2);
        }

        return null;
    }

    private (long Year, int Index, int Length)? ClauseDate(string words, long? planEnd)
    {
        if (TargetDate().Match(words) is { Success: true } m)
        {
            return (long.Parse(m.Groups["end"].Success ? m.Groups["end"].Value : m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Index, m.Length);
        }

        if (PeriodDate().Match(words) is { Success: true } p && lexicon.PeriodEnd(p.Value) is { } end)
        {
            return (end, p.Index, p.Length);
        }

        return null;
    }

    private static ReadOnlySpan<char> ParagraphStart(string text, int at)
    {
        var start = at <= 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return text.AsSpan(start, Math.Min(text.Length, start + 4) - start);
    }

    private static bool HasDigitOrPeriod(ReadOnlySpan<char> clause)
    {
        foreach (var c in clause)
        {
            if (char.IsDigit(c) || c == '十')
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Memo(Dictionary<OutlineNode, bool> known, OutlineNode section, IReadOnlyList<string> words, Func<OutlineNode, IReadOnlyList<string>, bool> test)
    {
        if (!known.TryGetValue(section, out var value))
        {
            known[section] = value = test(section, words);
        }

        return value;
    }

    private static Regex ClausePattern(TargetLexicon lexicon)
    {
        var verbs = string.Join('|', lexicon.Verbs.Select(v => v.Word).Concat(lexicon.ChangeVerbs.Select(v => v.Word)).Distinct().OrderByDescending(v => v.Length).Select(Regex.Escape));
        return new Regex($@"^(?<name>(?:[^\d，,。；;：:（(]|\d+[A-Za-z]+|[（(][^）)，,。]{{0,12}}[)）]){{2,40}}?)(?:(?:力争|争取)?(?<verb>{verbs}))?(?<approx>约|近)?(?<number>\d+(?:\.\d+)?)(?<unit>{lexicon.UnitPattern})(?<after>以上|以内|以下|左右|及以上)?", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static Regex ValuePattern(TargetLexicon lexicon)
        => new($@"(?:约|近)?(?<number>\d+(?:\.\d+)?)(?<unit>{lexicon.UnitPattern})(?<after>以上|以内|以下|左右)?", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a section or one above it is headed by the plan's goals: the heading opens with a goal word (（三）发展目标,
    /// 第二节 主要目标) or with the period and ends with one (二、“十五五”时期经济社会发展主要目标); not a review that
    /// met them (1.在多重挑战中顺利实现“十四五”发展目标) nor a part that mixes both (第一篇 锚定发展目标).
    /// </summary>
    private static bool UnderGoals(OutlineNode section, IReadOnlyList<string> words)
        => section.Ancestors().Prepend(section).Any(node => node.Kind == OutlineKind.Section && node.Heading.Trim() is var heading
            && words.Any(w => heading.StartsWith(w, StringComparison.Ordinal) || (PeriodOpening().IsMatch(heading) && heading.EndsWith(w, StringComparison.Ordinal))));

    [GeneratedRegex(@"^(?:[“""]?十[一二三四五六七八九]五[”""]?|(?:19|20)\d{2}年|(?:19|20)\d{2}\s*[-—–至]\s*(?:19|20)\d{2}年?)")]
    private static partial Regex PeriodOpening();

    [GeneratedRegex(@"^[－\-—–~～至到](?<upper>\d+(?:\.\d+)?)(?<unit>%)?")]
    private static partial Regex RangeTail();

    [GeneratedRegex(@"较(?:19|20)\d{2}年(?:末|底)?$")]
    private static partial Regex SinceYear();

    // 到/至/力争 2025年(底/末/前), or a year opening the clause; a span 2026年至2030年 gives its end. Not 截至 (a status).
    // A section of a report (发展基础, 回顾…) or one inside it: any heading from the sentence's section up holds a report word.
    private static bool InSection(OutlineNode section, IReadOnlyList<string> words)
        => section.Ancestors().Prepend(section).Any(node => words.Any(w => node.FullHeading.Contains(w, StringComparison.Ordinal)));

    [GeneratedRegex(@"(?:(?<!截)(?:到|至|力争|争取|预计|计划)|^)(?<year>20\d\d)年(?:(?:至|到|—|-)(?<end>20\d\d)年)?(?:底|末|前)?(?!的|以来|建成|以前|前建|前的)[，,]?")]
    private static partial Regex TargetDate();

    [GeneratedRegex(@"[“""]?十[一二三四五六]五[”""]?(?:时期|期间|期末|末)")]
    private static partial Regex PeriodDate();

    [GeneratedRegex(@"(\d{4})\s*[-—–~～至]\s*(\d{4})")]
    private static partial Regex TitleYears();

    [GeneratedRegex(@"^(?!.*(?:19|20)\d{2}\s*[-—–至~～]).*?((?:19|20)\d{2})年(?!.*(?:19|20)\d{2}年)")]
    private static partial Regex OneYear();

    [GeneratedRegex(@"^((?:19|20)\d{2})年")]
    private static partial Regex LeadYear();

    [GeneratedRegex(@"[，,；;。：:！？]")]
    private static partial Regex ClauseSeparators();

    [GeneratedRegex(@"^(.{3,}?)(?:以及|和|及|与)(.{3,})$")]
    private static partial Regex LastJoin();

    // A share of a whole: 占规上工业比重, 占地区生产总值比重, 占比.
    [GeneratedRegex(@"^占\p{IsCJKUnifiedIdeographs}*(比重|比例|份额)$|^占比$")]
    private static partial Regex ShareTail();

    // What a count counts when it follows the number: a noun phrase to the clause's end (绿色生态城区示范项目).
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}“”A-Za-z0-9]{2,24}$")]
    private static partial Regex CountedNoun();

    // Names listed with 、 that all take one value: "A、B均…", "A、B都…".
    [GeneratedRegex(@"^([^、]+(?:、[^、]+)+)(?:均|都)$")]
    private static partial Regex Both();

    // Two heads sharing one tail: 城镇和农村居民人均可支配收入.
    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{2})(?:和|与)(\p{IsCJKUnifiedIdeographs}{5,})$")]
    private static partial Regex ShortHeadJoin();

    [GeneratedRegex(@"^(——|--|－－|-|—|·|•)")]
    private static partial Regex ListItem();

    // Actions and descriptions rather than quantities: a building or doing verb first, a trailing 的, a value word.
    private static readonly Regex NotAName = VerbLists.Pattern(@"^(?!%name-head-word%)(%not-name-head%)|的$|[是有与和及]$|(%not-name-tail%)$|^(共|约|近)|[(（][^)）]*$");

    [GeneratedRegex(@"[“”""《》「」]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"^\d+[A-Za-z]+\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex TermFirst();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
