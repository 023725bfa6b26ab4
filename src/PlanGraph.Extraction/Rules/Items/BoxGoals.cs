using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>Which goal a 专栏 box serves, read from the box's place in the outline (its enclosing sections).</summary>
internal static class BoxGoals
{
    /// <summary>
    /// The goal a box serves: the enclosing goal whose wording the box title repeats ("专栏1 建设X重点行动" under
    /// "（一）建设X", even when sub-headings 1./2. come between; the longest shared opening of at least six
    /// characters wins, which tolerates small wording drift); else, for a box that closes a section (placed
    /// after its last sub-heading), the section or sub-heading that matches the box best; else the goal of
    /// the box's innermost section that has one.
    /// </summary>
    public static string? Of(DocumentContext context, ContentBox box)
    {
        // The outline from the root down to the box; its sections are the ones the box sits in.
        List<OutlineNode> chain = [.. box.Node.Ancestors().Reverse(), box.Node];
        var enclosing = chain.Take(Math.Max(chain.Count - 1, 0)).Where(n => n.Kind == OutlineKind.Section).Reverse().ToList();
        var title = Canonical.Key(box.Title);
        string? best = null;
        var bestLength = 5;
        foreach (var section in enclosing)
        {
            if (context.Goals.BySection.TryGetValue(section, out var goal) && context.Graph.NameOf(goal) is { } name)
            {
                var shared = SharedOpening(title, Canonical.Key(name));
                if (shared > bestLength)
                {
                    (best, bestLength) = (goal, shared);
                }
            }
        }

        return best ?? Closing(context, box, chain)
            ?? enclosing.Select(s => context.Goals.BySection.GetValueOrDefault(s)).FirstOrDefault(g => g is not null);
    }

    /// <summary>
    /// A box after the last sub-heading of a section may belong to that sub-heading or to the section
    /// (D1 专栏5 重点产业集群 closes 升维发展战略性新兴产业, after its 四、开拓发展生物医药产业). The candidates are
    /// the box's own section and each enclosing section it closes; the one whose name the title shares the
    /// longest run with wins; on a tie, the one whose headings (its own and its sub-sections') the box
    /// mentions most, so a box whose items speak of sibling sub-sections goes up; the nearest on a tie.
    /// </summary>
    private static string? Closing(DocumentContext context, ContentBox box, List<OutlineNode> chain)
    {
        if (chain.Count < 3)
        {
            return null;
        }

        // chain[^1] is the box; walk up while each section is the last one of a parent with an unbroken
        // numbering. A restarted 一、 means a heading above was lost in conversion, so the parent is not the
        // section the box closes.
        var candidates = new List<OutlineNode> { chain[^2] };
        for (var i = chain.Count - 2; i >= 1; i--)
        {
            var (section, parent) = (chain[i], chain[i - 1]);
            var sections = parent.Children.Where(c => c.Kind == OutlineKind.Section).ToList();
            if (parent.Kind != OutlineKind.Section || sections.Count < 2 || !ReferenceEquals(sections[^1], section)
                || sections.Select(s => s.Numbering).Distinct(StringComparer.Ordinal).Count() != sections.Count)
            {
                break;
            }

            candidates.Add(parent);
        }

        var graph = context.Graph;
        var goals = candidates.Select(c => (Node: c, Goal: context.Goals.BySection.GetValueOrDefault(c)))
            .Where(c => c.Goal is not null && graph.NameOf(c.Goal) is not null).ToList();
        if (goals.Count < 2)
        {
            return null;
        }

        var title = Canonical.Key(box.Title);
        var text = Canonical.Key(box.Title + "\n" + string.Join("\n", box.Items.Select(i => i.Text.Text.Split('\n')[0])));
        return goals
            .Select((c, nearness) => (c.Goal, Title: Affinity(title, Canonical.Key(graph.NameOf(c.Goal!)!)),
                Mentioned: c.Node.Descendants().Count(n => n.Kind == OutlineKind.Section && Affinity(text, Canonical.Key(n.Heading)) > 0), nearness))
            .OrderByDescending(c => c.Title).ThenByDescending(c => c.Mentioned).ThenBy(c => c.nearness)
            .First().Goal;
    }

    /// <summary>The longest run two texts share, when it is long enough to be wording (three characters) rather than a common word.</summary>
    private static int Affinity(string a, string b)
    {
        var longest = 0;
        var previous = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            for (var j = 1; j <= b.Length; j++)
            {
                if (a[i - 1] == b[j - 1])
                {
                    current[j] = previous[j - 1] + 1;
                    longest = Math.Max(longest, current[j]);
                }
            }

            previous = current;
        }

        return longest >= 3 ? longest : 0;
    }

    private static int SharedOpening(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }
}
