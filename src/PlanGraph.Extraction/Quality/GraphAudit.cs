using System.Globalization;
using System.Text;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Quality;

/// <summary>
/// A data-quality report of an extracted graph: counts per label and type, values two plans disagree on,
/// indicators whose plans give different units or categories, goals no project supports and projects with no place.
/// </summary>
public sealed record GraphAudit(
    IReadOnlyDictionary<string, int> NodesPerLabel,
    IReadOnlyDictionary<string, int> RelationshipsPerType,
    IReadOnlyList<string> ConflictingValues,
    IReadOnlyList<string> DisagreeingIndicators,
    IReadOnlyList<string> GoalsWithoutProject,
    IReadOnlyList<string> ProjectsWithoutPlace,
    IReadOnlyList<string> UnresolvedMentions)
{
    /// <param name="graph">The extracted graph.</param>
    /// <param name="unresolved">Entity-like text the extraction matched to nothing (from <see cref="ExtractionResult.Unresolved"/>).</param>
    public static GraphAudit Of(GraphDocument graph, IReadOnlyList<UnresolvedMention>? unresolved = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var perLabel = new SortedDictionary<string, int>(graph.Nodes.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        var perType = new SortedDictionary<string, int>(graph.Relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

        // Targets of one indicator name, kind and year set by different plans with different values.
        var planOf = graph.Relationships.Where(r => r.Type == RelationshipTypes.Sets).GroupBy(r => r.To).ToDictionary(g => g.Key, g => nodes[g.First().From].Name, StringComparer.Ordinal);
        var conflicts = graph.Nodes
            .Where(n => n.Label == NodeLabels.Target)
            .GroupBy(n => (Indicator: Canonical.Key(Text(n, "indicator")), Kind: Text(n, "kind"), Year: Text(n, "year")))
            .Where(g => g.Select(Value).Distinct(StringComparer.Ordinal).Count() > 1)
            .OrderBy(g => g.Key.Indicator, StringComparer.Ordinal).ThenBy(g => g.Key.Year, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => $"{Text(g.First(), "indicator")} {g.Key.Year} {g.Key.Kind}: " + string.Join("; ", g
                .OrderBy(n => n.Id, StringComparer.Ordinal)
                .Select(n => $"{Text(n, "valueText")} ({planOf.GetValueOrDefault(n.Id, "?")})")))
            .ToList();

        // An indicator merged from several tables keeps the first one's unit and category; each Target keeps
        // its own table's, so the plans that disagree show here.
        var disagreeing = graph.Relationships
            .Where(r => r.Type == RelationshipTypes.Of && nodes.ContainsKey(r.From) && nodes.ContainsKey(r.To))
            .GroupBy(r => r.To)
            .SelectMany(g => new[] { "unit", "category" }.Select(key => (Indicator: nodes[g.Key].Name, Key: key, Values: g
                .Select(r => (Value: Text(nodes[r.From], key), Plan: planOf.GetValueOrDefault(r.From, "?")))
                .Where(v => v.Value.Length > 0)
                .GroupBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => $"{v.Key} ({string.Join(", ", v.Select(p => p.Plan).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})")
                .Order(StringComparer.Ordinal)
                .ToList())))
            .Where(d => d.Values.Count > 1)
            .OrderBy(d => d.Indicator, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => $"{d.Indicator} {d.Key}: {string.Join("; ", d.Values)}")
            .ToList();

        var supported = graph.Relationships.Where(r => r.Type == RelationshipTypes.Supports).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        // A goal counts as served when a project supports it or one of its sub-goals.
        var served = new HashSet<string>(supported, StringComparer.Ordinal);
        var partOf = graph.Relationships.Where(r => r.Type == RelationshipTypes.PartOf && nodes.TryGetValue(r.From, out var n) && n.Label == NodeLabels.Goal).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var r in partOf.Where(r => served.Contains(r.From) && !served.Contains(r.To)))
            {
                served.Add(r.To);
                changed = true;
            }
        }

        var goalsWithout = graph.Nodes.Where(n => n.Label == NodeLabels.Goal && !served.Contains(n.Id)).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        var located = graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn).Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var projectsWithout = graph.Nodes.Where(n => n.Label == NodeLabels.Project && !located.Contains(n.Id)).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        var mentions = (unresolved ?? [])
            .OrderBy(m => m.FileName, StringComparer.Ordinal).ThenBy(m => m.Line)
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.FileName}:{m.Line} {m.Text} ({m.Kind})"))
            .ToList();
        return new GraphAudit(perLabel, perType, conflicts, disagreeing, goalsWithout, projectsWithout, mentions);
    }

    /// <summary>The report as plain text, lists cut at <paramref name="listLimit"/> lines each.</summary>
    public string ToText(int listLimit = 30)
    {
        var text = new StringBuilder();
        text.AppendLine("Nodes per label:");
        foreach (var (label, count) in NodesPerLabel)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {label,-12} {count,6}");
        }

        text.AppendLine("Relationships per type:");
        foreach (var (type, count) in RelationshipsPerType)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {type,-12} {count,6}");
        }

        List("Conflicting values (same indicator, kind and year, different plans)", ConflictingValues);
        List("Indicators whose plans disagree on unit or category (each plan's Targets keep its own)", DisagreeingIndicators);
        List("Goals no project supports (directly or through a sub-goal)", GoalsWithoutProject);
        List("Projects with no place", ProjectsWithoutPlace);
        List("Unresolved mentions (entity-like text no entity is named; file:line text (looks like))", UnresolvedMentions);
        return text.ToString();

        void List(string title, IReadOnlyList<string> items)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {items.Count}");
            foreach (var item in items.Take(listLimit))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {item}");
            }

            if (items.Count > listLimit)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  … {items.Count - listLimit} more");
            }
        }
    }

    /// <summary>The parsed number where there is one (so "1.45" and "1.45 （2020）" agree), else the verbatim text.</summary>
    private static string Value(GraphNode target) => Text(target, "value") is { Length: > 0 } number ? number : Canonical.Key(Text(target, "valueText"));

    private static string Text(GraphNode node, string key)
        => node.Properties.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";
}
