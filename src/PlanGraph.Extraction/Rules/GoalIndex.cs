namespace PlanGraph.Extraction.Rules;

/// <summary>
/// The goals of one document by the section whose heading is a goal, as the goal rules found them: read-only
/// for the rules after them (docs/extraction.md, "Stages and where a rule lives").
/// </summary>
internal sealed class GoalIndex(IReadOnlyDictionary<string, string> goalsBySection)
{
    /// <summary>The goal whose section (or an enclosing one) holds a text of <paramref name="sectionPath"/>.</summary>
    public string? GoalOf(string sectionPath)
    {
        for (var path = sectionPath; path.Length > 0; path = path.Contains(" > ", StringComparison.Ordinal) ? path[..path.LastIndexOf(" > ", StringComparison.Ordinal)] : "")
        {
            if (goalsBySection.TryGetValue(path, out var goal))
            {
                return goal;
            }
        }

        return null;
    }
}
