using PlanGraph.Core;

namespace PlanGraph.Extraction;

/// <summary>
/// Collects nodes and relationships as the extractors find them: the same id met again merges aliases,
/// properties and evidence, so an entity stated in several places or documents is one node.
/// </summary>
internal sealed class GraphAccumulator
{
    private readonly Dictionary<string, NodeDraft> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipDraft> relationships = new(StringComparer.Ordinal);

    // Indexes for the per-document rules, so that they cost what the document holds, not what the corpus holds.
    private readonly Dictionary<string, List<string>> nodesByDocument = new(StringComparer.Ordinal);
    private readonly HashSet<(string Type, string From, string DocumentId)> typedFrom = [];

    // Ids already made, by what they are made of: a node or relationship is met again and again (every mention,
    // every copy of a statement), and its SHA-1 id costs far more than a look-up (docs/extraction.md, "Throughput").
    private readonly Dictionary<(string Label, string Name), string> nodeIds = [];
    private readonly Dictionary<(string Type, string From, string To, string? Role), string> relationshipIds = [];
    private readonly Dictionary<(string Label, string Scope, string Name), string> scopedIds = [];

    public bool HasNode(string id) => nodes.ContainsKey(id);

    /// <summary>The evidence gathered so far for a node (empty for an unknown id).</summary>
    public IReadOnlyList<Evidence> EvidenceOf(string id) => nodes.TryGetValue(id, out var node) ? node.Evidence : [];

    /// <summary>Whether a relationship of <paramref name="type"/> leaves <paramref name="from"/> with evidence in <paramref name="documentId"/>.</summary>
    public bool HasRelationshipFrom(string type, string from, string documentId) => typedFrom.Contains((type, from, documentId));

    /// <summary>The nodes with evidence in <paramref name="documentId"/>, in the order they were first met there.</summary>
    public IReadOnlyList<(string Id, string Label)> NodesIn(string documentId)
        => nodesByDocument.TryGetValue(documentId, out var ids) ? [.. ids.Select(id => (id, nodes[id].Label))] : [];

    /// <summary>A node's name and aliases (none for an unknown id).</summary>
    public IEnumerable<string> FormsOf(string id) => nodes.TryGetValue(id, out var node) ? node.Aliases.Prepend(node.Name) : [];

    public string? NameOf(string id) => nodes.TryGetValue(id, out var node) ? node.Name : null;

    /// <summary>A property as first written, or null.</summary>
    public object? PropertyOf(string id, string key) => nodes.TryGetValue(id, out var node) && node.Properties.TryGetValue(key, out var value) ? value : null;

    public IEnumerable<(string Id, string Label, string Name, IReadOnlyCollection<string> Aliases)> Nodes
        => nodes.Values.Select(n => (n.Id, n.Label, n.Name, (IReadOnlyCollection<string>)n.Aliases));

    /// <summary>
    /// The id of a node named inside a scope (a goal of a plan): <see cref="StableId.For"/> over the label, the scope and
    /// the name's canonical key, made once per extraction for the same label, scope and name as written.
    /// </summary>
    public string ScopedId(string label, string scope, string name)
    {
        if (!scopedIds.TryGetValue((label, scope, name), out var id))
        {
            scopedIds[(label, scope, name)] = id = StableId.For(label, scope, Canonical.Key(name));
        }

        return id;
    }

    public string Node(string label, string name, Evidence evidence, IReadOnlyDictionary<string, object?>? properties = null, string? id = null, IEnumerable<string>? aliases = null)
    {
        if (id is null && !nodeIds.TryGetValue((label, name), out id))
        {
            nodeIds[(label, name)] = id = StableId.For(label, Canonical.Key(name));
        }

        if (!nodes.TryGetValue(id, out var node))
        {
            node = new NodeDraft(id, label, name);
            nodes[id] = node;
        }

        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                if (value is not null)
                {
                    node.Properties.TryAdd(key, value);
                }
            }
        }

        foreach (var alias in aliases ?? [])
        {
            if (alias != node.Name)
            {
                node.Aliases.Add(alias);
            }
        }

        if (name != node.Name)
        {
            node.Aliases.Add(name);
        }

        if (node.Documents.Add(evidence.DocumentId))
        {
            if (!nodesByDocument.TryGetValue(evidence.DocumentId, out var ids))
            {
                nodesByDocument[evidence.DocumentId] = ids = [];
            }

            ids.Add(id);
        }

        node.Evidence.Add(evidence);
        return id;
    }

    /// <summary>
    /// Adds a value to a list property once, in the order the sources give it; where <see cref="Node"/> keeps
    /// the first value seen, this keeps every source's (an indicator's unit in each plan's table).
    /// </summary>
    public void AddToList(string id, string key, string? value)
    {
        if (string.IsNullOrEmpty(value) || !nodes.TryGetValue(id, out var node))
        {
            return;
        }

        if (!node.Properties.TryGetValue(key, out var existing) || existing is not List<string> list)
        {
            node.Properties[key] = list = [];
        }

        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }

    public void Relationship(string type, string from, string to, Evidence evidence, IReadOnlyDictionary<string, object?>? properties = null)
    {
        if (from == to)
        {
            return;
        }

        var role = properties?.TryGetValue("role", out var value) == true ? value as string : null;
        if (!relationshipIds.TryGetValue((type, from, to, role), out var id))
        {
            relationshipIds[(type, from, to, role)] = id = StableId.ForRelationship(type, from, to, role is null ? [] : [role]);
        }

        if (!relationships.TryGetValue(id, out var draft))
        {
            draft = new RelationshipDraft(id, type, from, to, properties ?? new Dictionary<string, object?>());
            relationships[id] = draft;
        }

        draft.Evidence.Add(evidence);
        typedFrom.Add((type, from, evidence.DocumentId));
    }

    public GraphDocument Build(IReadOnlyList<SourceDocument> documents)
    {
        var ranks = new EvidenceRanks(nodes.Values.SelectMany(n => n.Evidence).Concat(relationships.Values.SelectMany(r => r.Evidence)));
        var built = nodes.Values
            .Select(n => new GraphNode(n.Id, n.Label, n.Name, [.. n.Aliases.Order(StringComparer.Ordinal)],
                new SortedDictionary<string, object?>(n.Properties, StringComparer.Ordinal), Distinct(n.Evidence, ranks)))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var documentIds = new HashSet<string>(documents.Select(d => d.Id), StringComparer.Ordinal);
        var rels = relationships.Values
            .Where(r => (nodes.ContainsKey(r.From) || documentIds.Contains(r.From)) && (nodes.ContainsKey(r.To) || documentIds.Contains(r.To)))
            .Select(r => new GraphRelationship(r.Id, r.Type, r.From, r.To, new SortedDictionary<string, object?>(r.Properties.ToDictionary(), StringComparer.Ordinal), Distinct(r.Evidence, ranks)))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphDocument([.. documents.OrderBy(d => d.Id, StringComparer.Ordinal)], built, rels);
    }

    /// <summary>
    /// The evidence without repeats, ordered by document, span start and rule, ties in the order met. Sorted first and
    /// then each item dropped that equals an earlier one of its (document, start, rule) run: the same list as
    /// de-duplicating first, without hashing every quote of a node stated thousands of times. The sort compares
    /// numbers: each evidence's document and rule by their rank in <paramref name="ranks"/>, packed with its start.
    /// </summary>
    private static List<Evidence> Distinct(List<Evidence> evidence, EvidenceRanks ranks)
    {
        if (evidence.Count < 2)
        {
            return [.. evidence];
        }

        var keys = new long[evidence.Count];
        var order = new int[evidence.Count];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = ranks.Key(evidence[i]);
            order[i] = i;
        }

        // Equal keys are one (document, start, rule): the unstable sort's runs are put back in the order met.
        Array.Sort(keys, order);
        for (var from = 0; from < keys.Length;)
        {
            var to = from + 1;
            while (to < keys.Length && keys[to] == keys[from])
            {
                to++;
            }

            if (to - from > 1)
            {
                Array.Sort(order, from, to - from);
            }

            from = to;
        }

        var kept = new List<Evidence>(order.Length);
        var run = 0;
        var runKey = keys[0];
        for (var k = 0; k < order.Length; k++)
        {
            var item = evidence[order[k]];
            if (keys[k] != runKey)
            {
                (run, runKey) = (kept.Count, keys[k]);
            }

            if (!Repeats(kept, run, item))
            {
                kept.Add(item);
            }
        }

        return kept;

        static bool Repeats(List<Evidence> kept, int from, Evidence item)
        {
            for (var j = from; j < kept.Count; j++)
            {
                if (kept[j].Equals(item))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record NodeDraft(string Id, string Label, string Name)
    {
        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

        public List<Evidence> Evidence { get; } = [];

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);
    }

    private sealed record RelationshipDraft(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties)
    {
        public List<Evidence> Evidence { get; } = [];
    }
}
