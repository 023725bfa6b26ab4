using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// The words of indicator tables and target statements (Data/targets.tsv, versioned): period names and
/// their years, table column words, comparators, change words, verbal values, setting verbs and units.
/// </summary>
internal sealed class TargetLexicon
{
    private TargetLexicon(string version, IReadOnlyList<(string Kind, string Word, string Meaning)> entries)
    {
        Version = version;
        Entries = entries;
        string[] Words(string kind) => [.. entries.Where(e => e.Kind == kind).Select(e => e.Word).OrderByDescending(w => w.Length)];
        Periods = entries.Where(e => e.Kind == "period").ToDictionary(e => e.Word, e => (long.Parse(e.Meaning[..4], System.Globalization.CultureInfo.InvariantCulture), long.Parse(e.Meaning[^4..], System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        Columns = [.. entries.Where(e => e.Kind == "column").OrderByDescending(e => e.Word.Length).Select(e => (e.Word, e.Meaning))];
        Attributes = Words("attribute");
        Comparators = [.. entries.Where(e => e.Kind == "comparator").OrderByDescending(e => e.Word.Length).Select(e => (e.Word, e.Meaning))];
        Changes = [.. entries.Where(e => e.Kind == "change").OrderByDescending(e => e.Word.Length).Select(e => (e.Word, e.Meaning))];
        Phrases = Words("phrase");
        Verbs = [.. entries.Where(e => e.Kind == "verb").OrderByDescending(e => e.Word.Length).Select(e => (e.Word, e.Meaning))];
        ChangeVerbs = [.. entries.Where(e => e.Kind == "change-verb").OrderByDescending(e => e.Word.Length).Select(e => (e.Word, e.Meaning))];
        Units = Words("unit");
        Leads = Words("lead");
        CountLeads = Words("lead-count");
        TotalLeads = Words("lead-total");
        PlanPeriods = Words("plan-period");
        ReportSections = Words("report-section");
        GoalSections = Words("goal-section");
        TailAdverbs = Words("tail-adverb");
        CountVerbs = Words("count-verb");
        AnnualTargets = Words("annual-target");
        RespectiveMeasures = new HashSet<string>(Words("respective-measure"), StringComparer.Ordinal);
        BareMeasures = new HashSet<string>(Words("bare-measure"), StringComparer.Ordinal);
        WholeRegion = Words("whole-region");
        PeriodPattern = new Regex($"[“\"]?({string.Join('|', Periods.Keys.Select(Regex.Escape))})[”\"]?", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        UnitPattern = string.Join('|', Units.Select(Regex.Escape));
    }

    public string Version { get; }

    public IReadOnlyList<(string Kind, string Word, string Meaning)> Entries { get; }

    public IReadOnlyDictionary<string, (long Start, long End)> Periods { get; }

    public IReadOnlyList<(string Word, string Column)> Columns { get; }

    public IReadOnlyList<string> Attributes { get; }

    public IReadOnlyList<(string Word, string Sign)> Comparators { get; }

    public IReadOnlyList<(string Word, string Kind)> Changes { get; }

    public IReadOnlyList<string> Phrases { get; }

    public IReadOnlyList<(string Word, string Sign)> Verbs { get; }

    public IReadOnlyList<(string Word, string Kind)> ChangeVerbs { get; }

    /// <summary>Units, longest first.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>Subject and stance words before an indicator's name in a sentence (全市, 力争, 实现…).</summary>
    public IReadOnlyList<string> Leads { get; }

    /// <summary>Count words the legacy sentence rule drops from names (新增, 累计…).</summary>
    public IReadOnlyList<string> CountLeads { get; }

    /// <summary>Running-total words (累计) before an action that is no indicator (累计举办…).</summary>
    public IReadOnlyList<string> TotalLeads { get; }

    /// <summary>Words for the plan's own period (本规划期内).</summary>
    public IReadOnlyList<string> PlanPeriods { get; }

    /// <summary>Words of section headings that report the past (发展基础, 回顾).</summary>
    public IReadOnlyList<string> ReportSections { get; }

    /// <summary>Words of section headings that set the plan's goals (发展目标, 主要目标): undated figures there are the plan's targets.</summary>
    public IReadOnlyList<string> GoalSections { get; }

    /// <summary>Verbs before a count of what they make (建成2个X, 创建5个X): X names the indicator.</summary>
    public IReadOnlyList<string> CountVerbs { get; }

    /// <summary>Adverbs between a name and its verb (始终, 继续) that are no part of the name.</summary>
    public IReadOnlyList<string> TailAdverbs { get; }

    /// <summary>Words that open a year's list of targets (主要预期目标是：…): its clauses are that year's targets.</summary>
    public IReadOnlyList<string> AnnualTargets { get; }

    /// <summary>Measure words between 分别 and the verb that belong to every listed name (占比, 比重).</summary>
    public IReadOnlySet<string> RespectiveMeasures { get; }

    /// <summary>Measures a clause names without their quantity (年均增速), which the clause before it names.</summary>
    public IReadOnlySet<string> BareMeasures { get; }

    /// <summary>Words that open a clause about the whole region (全市, 本区).</summary>
    public IReadOnlyList<string> WholeRegion { get; }

    /// <summary>A period name, quoted or not (“十五五”).</summary>
    public Regex PeriodPattern { get; }

    /// <summary>The units as a regex alternation, longest first.</summary>
    public string UnitPattern { get; }

    public static TargetLexicon Load()
    {
        var table = DataTable.Load("targets.tsv");
        return new TargetLexicon(table.Version, [.. table.Rows.Select(r => (r.Kind, r.Word, r.Value))]);
    }

    /// <summary>The end year of a period named in <paramref name="text"/> (“十五五” → 2030), or null.</summary>
    public long? PeriodEnd(string text)
        => PeriodPattern.Match(text) is { Success: true } m ? Periods[m.Groups[1].Value].End : null;
}
