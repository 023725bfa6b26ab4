using System.Globalization;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Quality;

/// <summary>
/// Scores an extracted graph against hand-annotated expectations. The unit for entities is
/// (label, entity, document): an entity found in three documents is three facts. Names match through
/// the canonical key of the name or any alias on either side (Targets through indicator, kind and year
/// in their document). Matching is one-to-one, so an entity split into two nodes earns one match and one
/// spurious fact. Precision only counts extracted facts whose evidence lies in a region annotated
/// exhaustively for that label or type (scope.tsv), because the annotation does not list every fact of
/// the corpus.
/// </summary>
public static class QualityScorer
{
    public static QualityReport Score(GraphDocument graph, ExpectationSet expectations)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(expectations);
        var context = new Context(graph, expectations);
        var rows = new List<QualityRow>();
        foreach (var label in expectations.Entities.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal))
        {
            rows.Add(ScoreLabel(context, label));
        }

        foreach (var type in expectations.Relationships.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal))
        {
            rows.Add(ScoreType(context, type));
        }

        return new QualityReport(rows);
    }

    private static QualityRow ScoreLabel(Context context, string label)
    {
        var expected = context.Expectations.Entities.Where(e => e.Label == label).ToList();
        var units = new List<EntityUnit>();
        foreach (var node in context.Graph.Nodes.Where(n => n.Label == label).OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            // A document finds an entity when it names it: the support a place gets as the container of a
            // named place (…-containment) or as the known part of a longer name (…-anchor) is the relationship's.
            foreach (var group in node.Evidence.Where(e => !e.Rule.EndsWith("-containment", StringComparison.Ordinal) && !e.Rule.EndsWith("-anchor", StringComparison.Ordinal)).GroupBy(e => e.DocumentId))
            {
                if (context.DocumentKeys.TryGetValue(group.Key, out var document))
                {
                    var inScope = group.Any(e => context.InScope(label, document, e.FirstLine, e.LastLine));
                    units.Add(new EntityUnit(node, document, inScope, NodeKeys(node), group.Min(e => e.FirstLine)));
                }
            }
        }

        var used = new HashSet<EntityUnit>();
        var missed = new List<string>();
        int matched = 0, checkedProperties = 0, correctProperties = 0;
        foreach (var expectation in expected)
        {
            var keys = ExpectedKeys(expectation.Label, expectation.Name, expectation.Aliases);
            var unit = units
                .Where(u => !used.Contains(u) && u.Document == expectation.Document && u.Keys.Overlaps(keys))
                .OrderByDescending(u => u.InScope)
                .FirstOrDefault();
            if (unit is null)
            {
                missed.Add($"{expectation.Document}:{expectation.Line} {expectation.Name}");
                continue;
            }

            used.Add(unit);
            matched++;
            foreach (var (key, value) in expectation.Properties)
            {
                checkedProperties++;
                if (unit.Node.Properties.TryGetValue(key, out var actual) && SameValue(actual, value))
                {
                    correctProperties++;
                }
            }
        }

        var counted = units.Where(u => u.InScope || used.Contains(u)).ToList();
        var spurious = counted.Where(u => !used.Contains(u)).Select(u => $"{u.Document}:{u.FirstLine} {u.Node.Name}").ToList();
        return new QualityRow("label", label, expected.Count, counted.Count, matched, checkedProperties, correctProperties, missed, spurious, context.HasScope(label));
    }

    private static QualityRow ScoreType(Context context, string type)
    {
        var expected = context.Expectations.Relationships.Where(r => r.Type == type).ToList();
        var candidates = context.Graph.Relationships
            .Where(r => r.Type == type)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (Relationship: r, InScope: r.Evidence.Any(e =>
                context.DocumentKeys.TryGetValue(e.DocumentId, out var document) && context.InScope(type, document, e.FirstLine, e.LastLine))))
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var missed = new List<string>();
        var matched = 0;
        foreach (var expectation in expected)
        {
            var found = candidates
                .Where(c => !used.Contains(c.Relationship.Id)
                    && context.EndpointMatches(c.Relationship.From, expectation.FromLabel, expectation.FromName, expectation.Document)
                    && context.EndpointMatches(c.Relationship.To, expectation.ToLabel, expectation.ToName, expectation.Document))
                .OrderByDescending(c => c.InScope)
                .Select(c => c.Relationship)
                .FirstOrDefault();
            if (found is null)
            {
                missed.Add($"{expectation.Document}:{expectation.Line} {expectation.FromName} → {expectation.ToName}");
                continue;
            }

            used.Add(found.Id);
            matched++;
        }

        var counted = candidates.Where(c => c.InScope || used.Contains(c.Relationship.Id)).ToList();
        var spurious = counted
            .Where(c => !used.Contains(c.Relationship.Id))
            .Select(c => $"{context.Describe(c.Relationship.Evidence[0])} {context.NameOf(c.Relationship.From)} → {context.NameOf(c.Relationship.To)}")
            .ToList();
        return new QualityRow("relationship", type, expected.Count, counted.Count, matched, 0, 0, missed, spurious, context.HasScope(type));
    }

    private static HashSet<string> NodeKeys(GraphNode node)
    {
        if (node.Label == NodeLabels.Target)
        {
            var indicator = node.Properties.TryGetValue("indicator", out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";
            var kind = node.Properties.TryGetValue("kind", out var k) ? Convert.ToString(k, CultureInfo.InvariantCulture) ?? "" : "";
            var year = node.Properties.TryGetValue("year", out var y) ? Convert.ToString(y, CultureInfo.InvariantCulture) ?? "" : "";
            return new HashSet<string>([$"{Canonical.Key(indicator)}|{kind}|{year}"], StringComparer.Ordinal);
        }

        return new HashSet<string>(node.Aliases.Append(node.Name).Select(Canonical.Key), StringComparer.Ordinal);
    }

    private static HashSet<string> ExpectedKeys(string label, string name, IEnumerable<string> aliases)
    {
        if (label == NodeLabels.Target)
        {
            var parts = name.Split('|');
            return parts.Length == 3
                ? new HashSet<string>([$"{Canonical.Key(parts[0])}|{parts[1]}|{parts[2]}"], StringComparer.Ordinal)
                : throw new FormatException($"a Target expectation is named \"indicator|kind|year\", not '{name}'");
        }

        return new HashSet<string>(aliases.Append(name).Select(Canonical.Key), StringComparer.Ordinal);
    }

    private static bool SameValue(object? actual, string expected) => actual switch
    {
        null => false,
        long number => double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && Math.Abs(number - e) < 1e-9,
        double number => double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && Math.Abs(number - e) < 1e-9,
        _ => Canonical.Key(Convert.ToString(actual, CultureInfo.InvariantCulture) ?? "") == Canonical.Key(expected),
    };

    private sealed record EntityUnit(GraphNode Node, string Document, bool InScope, HashSet<string> Keys, int FirstLine);

    private sealed class Context
    {
        private readonly Dictionary<string, GraphNode> nodes;
        private readonly Dictionary<string, string> documentIds;
        private readonly Dictionary<(string Kind, string Document), List<(int First, int Last)>> regions = [];
        private readonly Dictionary<(string Label, string Name), List<string>> aliases = [];

        public Context(GraphDocument graph, ExpectationSet expectations)
        {
            Graph = graph;
            Expectations = expectations;
            nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
            documentIds = expectations.Files.ToDictionary(f => f.Key, f => StableId.ForDocument(f.Value), StringComparer.Ordinal);
            DocumentKeys = documentIds.ToDictionary(d => d.Value, d => d.Key, StringComparer.Ordinal);
            foreach (var entity in expectations.Entities)
            {
                if (!aliases.TryGetValue((entity.Label, entity.Name), out var list))
                {
                    list = [];
                    aliases[(entity.Label, entity.Name)] = list;
                }

                list.AddRange(entity.Aliases);
            }

            foreach (var region in expectations.Scope)
            {
                var list = Region(region.Kind, region.Document);
                if (region.IsExpectationLines)
                {
                    list.AddRange(expectations.Entities.Where(e => e.Label == region.Kind && e.Document == region.Document).Select(e => (e.Line, e.Line)));
                    list.AddRange(expectations.Relationships.Where(r => r.Type == region.Kind && r.Document == region.Document).Select(r => (r.Line, r.Line)));
                }
                else
                {
                    list.Add((region.First, region.Last));
                }
            }
        }

        public GraphDocument Graph { get; }

        public ExpectationSet Expectations { get; }

        /// <summary>Document id → short key.</summary>
        public Dictionary<string, string> DocumentKeys { get; }

        /// <summary>True when the expectations mark a region where <paramref name="kind"/> was annotated exhaustively.</summary>
        public bool HasScope(string kind) => regions.Keys.Any(k => k.Kind == kind);

        public bool InScope(string kind, string document, int first, int last)
            => regions.TryGetValue((kind, document), out var list) && list.Any(r => first <= r.Last && last >= r.First);

        public bool EndpointMatches(string nodeId, string label, string name, string document)
        {
            if (label == "Document")
            {
                return documentIds.TryGetValue(name, out var id) && id == nodeId;
            }

            if (!nodes.TryGetValue(nodeId, out var node) || node.Label != label)
            {
                return false;
            }

            if (!NodeKeys(node).Overlaps(ExpectedKeys(label, name, aliases.GetValueOrDefault((label, name), []))))
            {
                return false;
            }

            return label != NodeLabels.Target || node.Evidence.Any(e => e.DocumentId == documentIds[document]);
        }

        public string NameOf(string nodeId) => nodes.TryGetValue(nodeId, out var node) ? node.Name : DocumentKeys.GetValueOrDefault(nodeId, nodeId);

        public string Describe(Evidence evidence) => $"{DocumentKeys.GetValueOrDefault(evidence.DocumentId, "?")}:{evidence.FirstLine}";

        private List<(int First, int Last)> Region(string kind, string document)
        {
            if (!regions.TryGetValue((kind, document), out var list))
            {
                list = [];
                regions[(kind, document)] = list;
            }

            return list;
        }
    }
}
