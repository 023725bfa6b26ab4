namespace PlanGraph.Api.Schema;

/// <summary>One node label of the plan graph as a GraphQL object type.</summary>
/// <param name="Name">The GraphQL type name (e.g. Goal).</param>
/// <param name="Label">The Neo4j label.</param>
/// <param name="RootField">The Query field listing every node of the type (e.g. goals).</param>
/// <param name="Description">What the type is, shown in the IDE.</param>
/// <param name="Properties">Stored properties, the common ones (id, name, aliases) first.</param>
/// <param name="Relations">Fields that follow relationships.</param>
public sealed record NodeType(
    string Name,
    string Label,
    string RootField,
    string Description,
    IReadOnlyList<PropertyField> Properties,
    IReadOnlyList<RelationField> Relations)
{
    /// <summary>The property field named <paramref name="field"/>, or null.</summary>
    public PropertyField? Property(string field) => Properties.FirstOrDefault(p => p.Field == field);

    /// <summary>The relation field named <paramref name="field"/>, or null.</summary>
    public RelationField? Relation(string field) => Relations.FirstOrDefault(r => r.Field == field);
}
