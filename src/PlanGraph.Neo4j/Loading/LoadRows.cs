using PlanGraph.Core;

namespace PlanGraph.Neo4j.Loading;

/// <summary>Turns graph records into the parameter rows of the load statements.</summary>
internal static class LoadRows
{
    public static IReadOnlyDictionary<string, object?> Node(GraphNode node) => new Dictionary<string, object?>
    {
        ["id"] = node.Id,
        ["name"] = node.Name,
        ["aliases"] = node.Aliases.Cast<object?>().ToList(),
        ["properties"] = Storable(node.Properties),
    };

    public static IReadOnlyDictionary<string, object?> Relationship(GraphRelationship relationship) => new Dictionary<string, object?>
    {
        ["id"] = relationship.Id,
        ["from"] = relationship.From,
        ["to"] = relationship.To,
        ["quote"] = relationship.Evidence.Count > 0 ? relationship.Evidence[0].Quote : null,
        ["properties"] = Storable(relationship.Properties),
    };

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
