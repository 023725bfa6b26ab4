using PlanGraph.Core;

namespace PlanGraph.Neo4j.Loading;

/// <summary>Turns graph records into the parameter rows of the load statements.</summary>
internal static class LoadRows
{
    /// <summary>A node row; with <paramref name="withEvidence"/>, its evidence travels in it (<c>row.evidence</c>).</summary>
    public static IReadOnlyDictionary<string, object?> Node(GraphNode node, bool withEvidence)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["name"] = node.Name,
            ["aliases"] = node.Aliases.Cast<object?>().ToList(),
            ["properties"] = Storable(node.Properties),
        };
        if (withEvidence)
        {
            row["evidence"] = EvidenceList(node.Evidence, node.Id, null);
        }

        return row;
    }

    /// <summary>A relationship row; with <paramref name="withEvidence"/>, its evidence travels in it.</summary>
    public static IReadOnlyDictionary<string, object?> Relationship(GraphRelationship relationship, bool withEvidence)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = relationship.Id,
            ["from"] = relationship.From,
            ["to"] = relationship.To,
            ["quote"] = relationship.Evidence.Count > 0 ? relationship.Evidence[0].Quote : null,
            ["properties"] = Storable(relationship.Properties),
        };
        if (withEvidence)
        {
            row["evidence"] = EvidenceList(relationship.Evidence, relationship.Id, relationship);
        }

        return row;
    }

    /// <summary>How many writes a row stands for: itself and the evidence it carries.</summary>
    public static int Weight(object? row)
        => 1 + (row is IReadOnlyDictionary<string, object?> map && map.TryGetValue("evidence", out var evidence) && evidence is List<object?> list ? list.Count : 0);

    // The evidence property maps of one subject, one per id: the same statement can reach a node twice
    // (as the end of two relationships the same sentence states), which a MERGE wrote once; the last wins,
    // as it did there.
    private static List<object?> EvidenceList(IReadOnlyList<Evidence> evidence, string subject, GraphRelationship? relationship)
    {
        var byId = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var piece in evidence)
        {
            var row = Evidence(piece, subject, relationship);
            byId[(string)row["id"]!] = row["properties"];
        }

        return [.. byId.Values];
    }

    /// <summary>
    /// One evidence node. Its id is derived from what it says, so reloading unchanged input writes the
    /// same evidence again. Relationship evidence also names the relationship's type and ends.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Evidence(Evidence evidence, string subject, GraphRelationship? relationship)
    {
        var id = StableId.For(LoadStatements.EvidenceLabel, subject, evidence.DocumentId, evidence.Rule,
            evidence.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture),
            evidence.SpanEnd.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var properties = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["subject"] = subject,
            ["document"] = evidence.DocumentId,
            ["sectionPath"] = evidence.SectionPath,
            ["firstLine"] = (long)evidence.FirstLine,
            ["lastLine"] = (long)evidence.LastLine,
            ["spanStart"] = (long)evidence.SpanStart,
            ["spanEnd"] = (long)evidence.SpanEnd,
            ["quote"] = evidence.Quote,
            ["rule"] = evidence.Rule,
            [LoadStatements.EvidenceOrderProperty] = evidence.OrderKey,
        };
        if (relationship is not null)
        {
            properties["relationshipType"] = relationship.Type;
            properties["from"] = relationship.From;
            properties["to"] = relationship.To;
        }

        return new Dictionary<string, object?> { ["id"] = id, ["subject"] = subject, ["properties"] = properties };
    }

    // Neo4j stores no nulls and no maps in properties: nulls are dropped, anything else passes as is
    // (the extraction contract allows only strings, numbers, booleans and lists of them).
    private static Dictionary<string, object?> Storable(IReadOnlyDictionary<string, object?> properties)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            if (value is IReadOnlyDictionary<string, object?> or System.Collections.IDictionary)
            {
                throw new GraphLoadException($"property '{key}' holds a map; Neo4j properties can hold only values and lists.");
            }

            result[key] = value;
        }

        return result;
    }
}
