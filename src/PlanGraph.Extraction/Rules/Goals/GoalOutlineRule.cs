using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Items;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>
/// Goals of a plan from its outline, in one walk: headings of task parts (nested as the outline nests them,
/// `goal.task-heading`), the run-in leads of 目标 sections (`goal.target-lead`) and the objective clauses of
/// dated sentences (`goal.target-statement`). Writes the document's <see cref="GoalIndex"/>.
/// </summary>
internal sealed partial class GoalOutlineRule : IDocumentRule
{
    public string Id => "goal.task-heading";

    public RuleStage Stage => RuleStage.Goals;

    public void Apply(DocumentContext context)
    {
        if (!GoalWriter.ReadsGoals(context))
        {
            return;
        }

        var bySection = new Dictionary<OutlineNode, string>(ReferenceEqualityComparer.Instance);
        var stated = new List<StatedGoal>();
        var leads = new List<LeadParagraph>();
        var document = context.Document;
        Walk(document.Outline, null, GoalRegion.Open);
        context.Goals = new GoalIndex(bySection, stated, leads);

        string AddGoal(string name, Evidence evidence, OutlineNode section, string numbering, string? parentGoal)
        {
            var goal = GoalWriter.Add(context, name, evidence, section, numbering, parentGoal);
            stated.Add(goal);
            return goal.Goal;
        }

        void Walk(OutlineNode node, string? parentGoal, GoalRegion region)
        {
            // The last objective a paragraph stated: the run-in leads right after it spell it out.
            string? objective = null;
            var innermost = NumberingStyle.None;
            foreach (var child in node.Children)
            {
                // A first heading of an outer style after inner ones (第一节 after the chapter's 一、 items) starts a part
                // whose own heading was lost in conversion: it and the sections after it no longer sit under this goal.
                if (child.Kind == OutlineKind.Section && IsNumberedStyle(child.Style))
                {
                    if (child.Style < innermost && FirstNumber().IsMatch(child.Numbering))
                    {
                        parentGoal = null;
                    }

                    innermost = child.Style > innermost ? child.Style : innermost;
                }

                if (child.Kind == OutlineKind.Paragraph)
                {
                    objective = Paragraph(child, parentGoal, region, objective);
                    continue;
                }

                objective = null;
                if (child.Kind != OutlineKind.Section)
                {
                    continue;
                }

                var heading = Canonical.Display(child.Heading);
                var childRegion = SectionRegion(child, heading, region);
                var goal = parentGoal;
                if (IsGoalHeading(child, heading, region, childRegion))
                {
                    var evidence = context.Evidence.From(ItemGoals.Piece(context, child), child.SectionPath, "goal.task-heading");
                    goal = AddGoal(Involvement.TaskIndex.WithoutScore(heading), evidence, child, child.Numbering, parentGoal);
                    bySection[child] = goal;
                    childRegion = GoalRegion.Task;
                }

                Walk(child, goal, childRegion);
            }
        }

        // Returns the objective goal the paragraph states, for the leads that may follow it.
        string? Paragraph(OutlineNode paragraph, string? parentGoal, GoalRegion region, string? objective)
        {
            if (region is GoalRegion.Task or GoalRegion.Context)
            {
                return null;
            }

            var piece = ItemGoals.Piece(context, paragraph);
            if (RunInLead().Match(piece.Text) is { Success: true } lead)
            {
                // A lead names a goal in a 目标 section (numbered, dashed or plain), or right after an objective
                // where no heading says what the text is; its body only elaborates, so no further goals come from it.
                var numbered = lead.Groups["mark"].Success;
                // "…发展要实现以下目标。" introduces the goals listed after it and is none itself.
                if (IntroducesList().IsMatch(lead.Groups["lead"].Value))
                {
                    return objective;
                }

                if (region == GoalRegion.Targets || objective is not null)
                {
                    var group = lead.Groups["lead"];
                    var evidence = context.Evidence.From(ItemGoals.Sub(context, piece, group.Index, group.Length), paragraph.SectionPath, "goal.target-lead");
                    var leadGoal = AddGoal(Canonical.Display(group.Value), evidence, paragraph.Section, numbered ? lead.Groups["mark"].Value.Trim() : "", objective ?? parentGoal);
                    leads.Add(new LeadParagraph(piece.SpanStart, piece.SpanEnd, leadGoal));
                    return objective;
                }

                if (numbered)
                {
                    return null;
                }
            }

            return TargetStatements(paragraph, piece, parentGoal);
        }

        // "到2025年，基本建成X": clauses of a dated sentence that say what the place will be built into or become.
        string? TargetStatements(OutlineNode paragraph, TextPiece piece, string? parentGoal)
        {
            string? last = null;
            foreach (var sentence in document.Sentences.Where(s => s.Text.SpanStart >= piece.SpanStart && s.Text.SpanEnd <= piece.SpanEnd))
            {
                if (!ObjectiveYears.Pattern().IsMatch(sentence.Text.Text))
                {
                    continue;
                }

                foreach (Match clause in Clause().Matches(sentence.Text.Text))
                {
                    var text = clause.Value;
                    var start = clause.Index;
                    if (ObjectiveYears.Pattern().Match(text) is { Success: true, Index: 0 } year)
                    {
                        (text, start) = (text[year.Length..], start + year.Length);
                    }

                    var trimmed = text.TrimStart();
                    start += text.Length - trimmed.Length;
                    var name = Canonical.Display(trimmed);
                    if (!ObjectiveVerb().IsMatch(trimmed) || name.Length is < 6 or > 60)
                    {
                        continue;
                    }

                    var evidence = context.Evidence.From(ItemGoals.Sub(context, sentence.Text, start, trimmed.Length), paragraph.SectionPath, "goal.target-statement");
                    last = AddGoal(name, evidence, paragraph.Section, "", parentGoal);
                }
            }

            return last;
        }
    }

    private static bool IsNumberedStyle(NumberingStyle style) => style is >= NumberingStyle.Part and <= NumberingStyle.ArabicParenthesized;

    /// <summary>
    /// What a section's subtree is: a 目标 section, a background/principles section (by words its heading contains,
    /// so 发展基础与发展环境 counts; or a part whose sub-sections are all such, 二、高站位开创新局面), a label
    /// (保障措施, 附件) whose sub-headings are tasks when any of them reads as one, or what the enclosing part is.
    /// </summary>
    private static GoalRegion SectionRegion(OutlineNode section, string heading, GoalRegion enclosing)
    {
        if (ContextHeading().IsMatch(heading) || AppendixHeading().IsMatch(heading))
        {
            return GoalRegion.Context;
        }

        // A 目标 section inside a context part (二、指导思想、基本原则与发展目标 > （三）发展目标) still states goals.
        if (TargetHeading().IsMatch(heading))
        {
            return GoalRegion.Targets;
        }

        if (enclosing is GoalRegion.Context or GoalRegion.Targets)
        {
            return enclosing;
        }

        var subsections = section.Children.Where(c => c.Kind == OutlineKind.Section).ToList();
        if (subsections.Count > 0 && subsections.All(s => ContextHeading().IsMatch(Canonical.Display(s.Heading)) || TargetHeading().IsMatch(Canonical.Display(s.Heading))))
        {
            return GoalRegion.Context;
        }

        return LabelHeading().IsMatch(heading) && HasTaskHeadingBelow(section) ? GoalRegion.Task : enclosing;
    }

    /// <summary>
    /// Inside a task part every sub-heading is a goal whatever its first word (创建, 稳步, 以…为牵引打造); elsewhere
    /// a heading is one when it starts with a task verb, or when headings below it do (the part's title), and it
    /// is not an achievement report (深化改革取得新突破). Labels, definitions and sentences are never goals.
    /// </summary>
    private static bool IsGoalHeading(OutlineNode section, string heading, GoalRegion enclosing, GoalRegion region)
    {
        if (region is GoalRegion.Context or GoalRegion.Targets || heading.Length is < 4 or > 60
            || LabelHeading().IsMatch(heading) || AppendixHeading().IsMatch(heading) || heading.EndsWith('。') || heading.Contains('：', StringComparison.Ordinal))
        {
            return false;
        }

        return enclosing == GoalRegion.Task
            || (TaskVerb.IsMatch(heading) && !AchievementHeading().IsMatch(heading))
            || HasTaskHeadingBelow(section);
    }

    private static bool HasTaskHeadingBelow(OutlineNode section)
        => section.Children.Where(c => c.Kind == OutlineKind.Section).Any(c =>
        {
            var heading = Canonical.Display(c.Heading);
            return !ContextHeading().IsMatch(heading) && !TargetHeading().IsMatch(heading)
                && ((TaskVerb.IsMatch(heading) && !AchievementHeading().IsMatch(heading)) || HasTaskHeadingBelow(c));
        });

    private static readonly Regex TaskVerb = VerbLists.Pattern(@"^(%task-lead%)");

    // Background, situation and principle sections, matched anywhere in the heading (发展基础与发展环境, …面临的机遇).
    [GeneratedRegex(@"发展基础|发展环境|发展成就|发展成绩|建设成绩|主要成就|发展回顾|回顾|面临|形势|机遇与挑战|发展机遇|存在的问题|主要问题|指导思想|基本原则|总体思路|总体要求|规划期限|规划范围|编制依据|规划依据|发展现状")]
    private static partial Regex ContextHeading();

    // 发展目标, 主要目标, “十四五”规划目标, 2035年远景目标, “新倍增计划”目标: headings naming a kind of target,
    // not a task that happens to end in 目标 (实现碳达峰碳中和目标).
    [GeneratedRegex(@"^(.{0,10}(发展|主要|总体|规划|战略|远景|阶段性?|近期|中期|远期|预期)目标|.{0,6}“[^”]{1,12}”目标)(与指标|和指标|体系)?$")]
    private static partial Regex TargetHeading();

    // Structural labels: their own text sets nothing, though the headings below may (保障措施 > （一）加强组织领导).
    [GeneratedRegex(@"^(保障措施|组织保障|实施保障|组织实施|保障机制|规划实施|主要指标|主要指标体系|前言|序言|结语|结束语)$")]
    private static partial Regex LabelHeading();

    // Appendices, glossaries, contents, boxes and tables: nothing below them is a goal either.
    [GeneratedRegex(@"^(名词解释|术语解释|目录)$|^(附件|附表|附录|专栏|表)\s*\d*")]
    private static partial Regex AppendixHeading();

    // "经济发展实现新跨越", "科技创新开拓新局面": a short report of what was achieved, as background parts list them.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,8}(取得|实现|收获|呈现|开拓|开创|迈上|跃上|迈出|展现|进入|迎来)了?(新|阶段性|显著|重大|历史性|明显|长足)\p{IsCJKUnifiedIdeographs}{1,4}$")]
    private static partial Regex AchievementHeading();

    // A paragraph's run-in lead: "——X。", "1.X。", "（一）X。" or a plain short "X。" before its body.
    [GeneratedRegex(@"^\s*(?<mark>——|—|\d{1,2}\s*[.．、]|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)?\s*(?<lead>[^，。：；,;:！？\s][^，。：；,;:！？]{3,23})[。：:]")]
    private static partial Regex RunInLead();


    [GeneratedRegex(@"[^，,；;。！？]+")]
    private static partial Regex Clause();

    // What a place is to be built into or become (初步建成, 基本建成, 成为, 打造).
    [GeneratedRegex(@"^(初步|基本|全面|率先)?(建成|成为|打造)")]
    private static partial Regex ObjectiveVerb();



    // The first number of a style: 第一章, 第一节, 一、, （一）, 1.
    [GeneratedRegex(@"^\s*(第[一1][篇章节]|一[、.．]|[（(]一[)）]|1\s*[.．、]|[（(]1[)）])")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"(以下|如下|下列)\S{0,6}(目标|任务)[:：]?$")]
    private static partial Regex IntroducesList();
}
