using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// Lists that name their parts (docs/extraction.md, `goal.counted-parts`): a counted name (三大工程, 四大发展战略,
/// “三大新引擎”, “两区四中心”, “624N”…体系) whose number equals the items the text lists for it becomes a goal with
/// those items as parts (PART_OF). The items are read, in this order, from the clause before the name
/// (A、B与C三大平台), the text after it (三大工程包括：“A”、“B”、“C”; or the next paragraph after a closing ：),
/// the ordinal paragraphs after it (第一是“A”。… 第二是…), or the sub-sections that follow it in its section
/// (重点推进五个重点区域更新 then （一）…（五）; “624N” with six sub-sections). A count that does not match gives nothing.
/// Parts that name a programme (…工程, …平台, …行动) are Projects, the rest goals.
/// </summary>
internal sealed partial class CountedListRule : IDocumentRule
{
    private static readonly Lazy<Regex> Unquoted = new(() => new Regex(
        @"(?<num>[两二三四五六七八九十]{1,2})(?:" + ItemLexicon.Value.CounterPattern + @")(?<noun>\p{IsCJKUnifiedIdeographs}{1,6}?)(?=包括|分别是|是|为|即|[：:，,。；;、（(]|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    public string Id => "goal.counted-parts";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        if (context.PlanId is null || context.Kind is not (DocumentKinds.Plan or DocumentKinds.Interpretation))
        {
            return;
        }

        Walk(context, context.Document.Outline, null);
    }

    private void Walk(DocumentContext context, OutlineNode node, string? parentGoal)
    {
        for (var i = 0; i < node.Children.Count; i++)
        {
            var child = node.Children[i];
            if (child.Kind == OutlineKind.Section)
            {
                // Background and principles name no parts of the plan's own goals.
                if (!ItemLexicon.Value.IsContext(Canonical.Display(child.Heading)))
                {
                    Walk(context, child, ItemGoals.OfSection(context, child) ?? parentGoal);
                }
            }
            else if (child.Kind == OutlineKind.Paragraph)
            {
                Scan(context, node, i, parentGoal);
            }
        }
    }

    private void Scan(DocumentContext context, OutlineNode section, int index, string? parentGoal)
    {
        var paragraph = section.Children[index];
        var piece = ItemGoals.Piece(context, paragraph);
        var text = piece.Text;
        foreach (var (name, count, start, end) in CountedNames(text))
        {
            // Inside a task a plain "A、B、C三大X" is a detail of that task; a list introduced as such (包括：, 第一是…,
            // sub-sections) or a counted programme (三项工程) still names its parts.
            var before = parentGoal is null || ItemLexicon.Value.ProgrammeSuffix(name) is not null ? Before(text, start, count, name) : null;
            var items = before ?? After(context, section, index, text, end, count) ?? Ordinals(context, section, index, count);
            List<(string Name, TextPiece Piece, OutlineNode? Section)>? parts = items?.Select(n => (n, piece, (OutlineNode?)null)).ToList();
            if (parts is null && Subsections(section, index) is { } sections && sections.Count == count && SharesWords(name, Canonical.Display(section.Heading)))
            {
                parts = [.. sections.Select(s => (Canonical.Display(s.Heading), ItemGoals.Piece(context, s), (OutlineNode?)s))];
            }

            if (parts is null || parts.Count != count)
            {
                continue;
            }

            var evidence = context.Evidence.From(ItemGoals.Sub(context, piece, start, end - start), paragraph.SectionPath, Id);
            var goal = ItemGoals.Add(context, name, evidence, paragraph.SectionPath, "", parentGoal);
            foreach (var (partName, partPiece, partSection) in parts)
            {
                var partEvidence = partSection is null ? evidence : context.Evidence.From(partPiece, partSection.SectionPath, Id);
                var part = partSection is not null ? ItemGoals.OfSection(context, partSection) : null;
                if (part is null && ItemLexicon.Value.ProgrammeSuffix(partName) is { } suffix && suffix is not "重点")
                {
                    part = context.Graph.Node(NodeLabels.Project, partName, partEvidence, new Dictionary<string, object?> { ["category"] = "programme" });
                }

                part ??= context.Graph.Node(NodeLabels.Goal, partName, partEvidence,
                    new Dictionary<string, object?> { ["sectionPath"] = partSection?.SectionPath ?? paragraph.SectionPath, ["numbering"] = partSection?.Numbering ?? "" },
                    id: ItemGoals.Id(context, partName), aliases: ShortName(partName) is { } shortName ? [shortName] : null);
                context.Graph.Relationship(RelationshipTypes.PartOf, part, goal, partEvidence);
            }
        }
    }

    /// <summary>Counted names in a paragraph: the name, its number and its span.</summary>
    private static IEnumerable<(string Name, int Count, int Start, int End)> CountedNames(string text)
    {
        foreach (Match m in Quoted().Matches(text))
        {
            var inner = m.Groups["inner"].Value;
            if (Code().Match(inner) is { Success: true } code)
            {
                var tail = m.Groups["tail"].Value;
                yield return ($"“{inner}”{tail}", code.Value[0] - '0', m.Index, m.Index + m.Length);
            }
            else if (LeadingNumeral().IsMatch(inner) && ChineseNumerals.Sum(inner) >= 2 && !Period().IsMatch(inner))
            {
                yield return (inner, ChineseNumerals.Sum(inner), m.Index, m.Index + m.Groups["tail"].Index - m.Index);
            }
        }

        foreach (Match m in Unquoted.Value.Matches(text))
        {
            // Inside quotes the quoted form above reads it; a numeral inside a word (第三大) is no count.
            if (InsideQuotes(text, m.Index) || (m.Index > 0 && text[m.Index - 1] is '第' or '一' or '十' or '两' or '二' or '三'))
            {
                continue;
            }

            var count = ChineseNumerals.Sum(m.Groups["num"].Value);
            if (count >= 2 && m.Groups["noun"].Length >= 1)
            {
                yield return (m.Value, count, m.Index, m.Index + m.Length);
            }
        }
    }

    /// <summary>Whether a counted name and a heading share a word of two characters (五个重点区域更新 in 重点区域).</summary>
    private static bool SharesWords(string name, string heading)
    {
        for (var i = 0; i + 2 <= name.Length; i++)
        {
            if (char.IsAsciiDigit(name[i]) || ChineseNumerals.IsMatch(name[i].ToString()))
            {
                continue;
            }

            var word = name.Substring(i, 2);
            if (heading.Contains(word, StringComparison.Ordinal) && !ItemLexicon.Value.TaskVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A–B与C right before the name, in its clause; items without the name's head word get it (产业空间提升 → 产业空间提升工程).</summary>
    private static List<string>? Before(string text, int start, int count, string name)
    {
        var clauseStart = text.LastIndexOfAny(['，', '。', '；', '：', ',', ';', ':', '！', '？'], Math.Max(0, start - 1)) + 1;
        if (start <= clauseStart)
        {
            return null;
        }

        var items = Split(text[clauseStart..start], count, lead: true);
        if (items?.Count != count)
        {
            return null;
        }

        // Only a programme's head is shared by its items (三大工程 → …工程); 三大特征, “三大新引擎” name no kind.
        var head = CountedHead().Match(name) is { Success: true } h && h.Groups["noun"].Length >= 2 && ItemLexicon.Value.ProgrammeSuffix(name) is not (null or "重点")
            ? h.Groups["noun"].Value[^2..] : null;
        return head is null || items.Any(i => i.EndsWith(head, StringComparison.Ordinal)) ? items : [.. items.Select(i => i + head)];
    }

    /// <summary>The list after the name: "包括：A、B和C", or the next paragraph when the name's paragraph ends with ：.</summary>
    private static List<string>? After(DocumentContext context, OutlineNode section, int index, string text, int end, int count)
    {
        var rest = text[end..];
        var colon = AfterLead().Match(rest);
        if (!colon.Success)
        {
            return null;
        }

        var list = rest[colon.Length..];
        var stop = list.IndexOfAny(['。', '；', ';']);
        list = stop >= 0 ? list[..stop] : list;
        if (list.Trim().Length == 0 && index + 1 < section.Children.Count && section.Children[index + 1].Kind == OutlineKind.Paragraph)
        {
            var next = ItemGoals.Piece(context, section.Children[index + 1]).Text;
            var nextStop = next.IndexOfAny(['。', '；', ';']);
            list = nextStop >= 0 ? next[..nextStop] : next;
        }

        var items = Split(list, count, lead: false);
        return items?.Count == count ? items : null;
    }

    /// <summary>"第一是“A”。", "第二个是…", "一是…": the paragraphs after the name, one item each, in order.</summary>
    private static List<string>? Ordinals(DocumentContext context, OutlineNode section, int index, int count)
    {
        var items = new List<string>();
        for (var i = index + 1; i < section.Children.Count && items.Count < count; i++)
        {
            var node = section.Children[i];
            if (node.Kind != OutlineKind.Paragraph)
            {
                break;
            }

            var text = ItemGoals.Piece(context, node).Text;
            if (Ordinal().Match(text) is not { Success: true } ordinal || ChineseNumerals.Sum(ordinal.Groups["n"].Value) != items.Count + 1)
            {
                if (items.Count == 0)
                {
                    return null;
                }

                continue;
            }

            var body = text[ordinal.Length..];
            var quoted = QuotedItem().Match(body);
            var name = quoted.Success && quoted.Index <= 2 ? quoted.Groups[1].Value : body.Split('。', '，', '；')[0];
            name = Canonical.Display(name);
            if (name.Length is < 2 or > 30)
            {
                return null;
            }

            items.Add(name);
        }

        return items.Count == count ? items : null;
    }

    /// <summary>The sub-sections of the section after the paragraph.</summary>
    private static List<OutlineNode>? Subsections(OutlineNode section, int index)
    {
        var sections = section.Children.Skip(index + 1).Where(c => c.Kind == OutlineKind.Section).ToList();
        return sections.Count > 0 ? sections : null;
    }

    /// <summary>Items of a list joined by 、 and a last 和/与/及/以及; quoted items when every item is quoted.</summary>
    private static List<string>? Split(string list, int count, bool lead)
    {
        var quoted = QuotedItem().Matches(list).Select(m => m.Groups[1].Value).ToList();
        if (quoted.Count == count && Unquote().Replace(list, "").Trim('、', '和', '与', '及', ' ', '：', ':').Length <= 8)
        {
            return [.. quoted.Select(Canonical.Display)];
        }

        var parts = list.Split('、').Select(p => p.Trim()).ToList();
        var last = LastJoiner().Match(parts[^1]);
        if (last.Success)
        {
            parts[^1] = last.Groups["a"].Value;
            parts.Add(last.Groups["b"].Value);
        }

        if (lead)
        {
            // The first item starts after the clause's subject and verb (《规划》通过制定产业空间提升 → 产业空间提升).
            var first = parts[0];
            foreach (var word in ItemLexicon.Value.ListLeads)
            {
                var at = first.LastIndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && first.Length - at - word.Length >= 2)
                {
                    first = first[(at + word.Length)..];
                    break;
                }
            }

            parts[0] = first;
        }

        var items = parts.Select(p => Canonical.Display(StripVerbs(p).Trim('“', '”'))).ToList();
        return items.Count == count && items.All(IsItem) ? items : null;
    }

    /// <summary>An item is a name: 2–30 characters, no clause punctuation, no stray quote or digit, not itself a counted name.</summary>
    private static bool IsItem(string item)
        => item.Length is >= 2 and <= 30 && item.IndexOfAny(['，', ',', '“', '”', '《', '》']) < 0 && !item.Any(char.IsAsciiDigit) && !LeadingNumeral().IsMatch(item);

    /// <summary>Leading task verbs (持续巩固发展金融业 → 金融业 keeps at least two characters).</summary>
    private static string StripVerbs(string item)
    {
        var text = item.Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var verb in ItemLexicon.Value.TaskVerbs.Concat(ItemLexicon.Value.ListLeads))
            {
                if (text.StartsWith(verb, StringComparison.Ordinal) && text.Length - verb.Length >= 2)
                {
                    text = text[verb.Length..];
                    changed = true;
                }
            }
        }

        return text;
    }

    /// <summary>"具有全球吸引力的国际消费中心城市核心区" is also named without its qualifier.</summary>
    private static string? ShortName(string name)
    {
        var de = name.LastIndexOf('的');
        return name.StartsWith("具有", StringComparison.Ordinal) && de > 0 && name.Length - de - 1 >= 4 ? name[(de + 1)..] : null;
    }

    private static bool InsideQuotes(string text, int index)
        => text.LastIndexOf('“', index) > text.LastIndexOf('”', Math.Max(0, index - 1));


    // “三大新引擎”, “两区四中心”, “624N”城市更新任务体系: a quoted name and the noun right after it.
    [GeneratedRegex(@"“(?<inner>[^“”]{1,12})”(?<tail>\p{IsCJKUnifiedIdeographs}{0,10}?)(?=包括|是|为|[：:，,。；;、（(]|$)")]
    private static partial Regex Quoted();

    // A code of digits and letters whose first digit counts the kinds ("624N").
    [GeneratedRegex(@"^[2-9][0-9A-Za-z+]{1,8}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[两二三四五六七八九十]")]
    private static partial Regex LeadingNumeral();

    // A plan period (十四五, 十五五), not a counted name.
    [GeneratedRegex(@"^十[一二三四五六七八九]五")]
    private static partial Regex Period();

    // The noun of an unquoted counted name (三大工程 → 工程).
    [GeneratedRegex(@"^[两二三四五六七八九十]{1,2}(?:大|个|项|类|条|种|方面)(?<noun>\p{IsCJKUnifiedIdeographs}+)$")]
    private static partial Regex CountedHead();


    [GeneratedRegex(@"^\s*(包括|分别是|分别为|是|为|即)?\s*[：:]")]
    private static partial Regex AfterLead();

    [GeneratedRegex(@"^\s*(第(?<n>[一二三四五六七八九十]{1,2})个?是|第(?<n>[一二三四五六七八九十]{1,2})[，,、：:]|(?<n>[一二三四五六七八九十]{1,2})是)\s*")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"“((?:[^“”]|“[^“”]*”)+?)”")]
    private static partial Regex QuotedItem();

    [GeneratedRegex(@"“(?:[^“”]|“[^“”]*”)+?”")]
    private static partial Regex Unquote();

    // The last item's joiner: "A和B", "A与B", "A及B", "A以及B".
    [GeneratedRegex(@"(?<a>.{2,}?)(以及|和|与|及)(?<b>.{2,})$")]
    private static partial Regex LastJoiner();
}
