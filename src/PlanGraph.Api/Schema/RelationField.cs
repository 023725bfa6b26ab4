namespace PlanGraph.Api.Schema;

/// <summary>
/// A GraphQL field that follows relationships from a node. <paramref name="Pattern"/> is a Cypher pattern
/// from this model with three placeholders: <c>{n}</c> the node the field is on, <c>{r}</c> the
/// relationship whose properties and evidence the edge carries, <c>{m}</c> the node reached.
/// </summary>
/// <param name="Field">The GraphQL field name.</param>
/// <param name="Pattern">The Cypher pattern, e.g. <c>({n})&lt;-[{r}:SUPPORTS]-({m}:Project)</c>.</param>
/// <param name="TargetType">The GraphQL type reached (a node type name, or "Node" for any).</param>
/// <param name="Description">What the field means, shown in the IDE.</param>
/// <param name="Single">True for a field giving at most one node (the Target's plan), false for a connection.</param>
/// <param name="EdgeProperties">Properties of the relationship exposed on the edge (INVOLVES role).</param>
/// <param name="Transitive">True when the pattern walks several hops, so one node can be reached twice; results are then made distinct.</param>
public sealed record RelationField(
    string Field,
    string Pattern,
    string TargetType,
    string Description,
    bool Single = false,
    IReadOnlyList<PropertyField>? EdgeProperties = null,
    bool Transitive = false)
{
    /// <summary>The edge properties, never null.</summary>
    public IReadOnlyList<PropertyField> EdgeFields => EdgeProperties ?? [];

    /// <summary>The pattern with its placeholders bound to Cypher variables.</summary>
    public string Bind(string from, string relationship, string to)
        => Pattern.Replace("{n}", from, StringComparison.Ordinal)
            .Replace("{r}", relationship, StringComparison.Ordinal)
            .Replace("{m}", to, StringComparison.Ordinal);
}
