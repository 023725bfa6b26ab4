using System.Text.RegularExpressions;
using PlanGraph.Extraction.Rules.Items;

namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>
/// “三大新引擎”, “五个重点”, “两区四中心”: a quoted name whose numerals add up to the number of items listed
/// right before it names that list as one goal (so “三个代表”, “七个100%” and “一带一路” are not lists). Only in
/// the plan's framing (text outside the task parts); inside a task a counted name (“三大轴线”, “三人小组”) is a
/// detail of that task. Reads the goals of <see cref="GoalOutlineRule"/> and adds its own to the index.
/// </summary>
internal sealed partial class CountedNameRule : IDocumentRule
{
    public string Id => "goal.counted-list";

    public RuleStage Stage => RuleStage.Goals;

    public void Apply(DocumentContext context)
    {
        if (!GoalWriter.ReadsGoals(context))
        {
            return;
        }

        var stated = new List<StatedGoal>();
        foreach (var sentence in context.Document.Sentences)
        {
            var text = sentence.Text.Text;
            if (context.Goals.GoalOf(sentence.Node) is not null)
            {
                continue;
            }

            foreach (Match m in CountedName().Matches(text))
            {
                if (m.Index == 0 || !Cjk().IsMatch(text[m.Index - 1].ToString()))
                {
                    continue;
                }

                var clauseStart = text.LastIndexOfAny(['，', '。', '；', '：', ',', ';', ':', '！', '？'], m.Index - 1) + 1;
                var items = text[clauseStart..m.Index].Split('、');
                var count = items.Length + (ListJoiner().IsMatch(items[^1]) ? 1 : 0);
                if (count < 2 || count != ChineseNumerals.Sum(m.Groups[1].Value) || items.Any(i => i.Trim().Length < 2))
                {
                    continue;
                }

                var evidence = context.Evidence.From(ItemGoals.Sub(context, sentence.Text, clauseStart, m.Index + m.Length - clauseStart), sentence.SectionPath, Id);
                stated.Add(GoalWriter.Add(context, Canonical.Display(m.Groups[1].Value), evidence, sentence.Section, "", null));
            }
        }

        context.Goals = context.Goals.WithStated(stated);
    }

    [GeneratedRegex(@"“([一二两三四五六七八九十][^“”]{1,10})”")]
    private static partial Regex CountedName();

    // "A和B": a joiner between two names of at least two characters (not "深化与…").
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2}(和|及|与)\p{IsCJKUnifiedIdeographs}{2}")]
    private static partial Regex ListJoiner();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
