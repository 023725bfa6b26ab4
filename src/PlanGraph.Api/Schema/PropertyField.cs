namespace PlanGraph.Api.Schema;

/// <summary>A GraphQL field read straight from a stored property of a node or relationship.</summary>
/// <param name="Field">The GraphQL field name.</param>
/// <param name="Property">The Neo4j property name (a plain identifier from this model, never from a request).</param>
/// <param name="Scalar">The GraphQL scalar, which also decides the filter operators.</param>
/// <param name="Description">What the field means, shown in the IDE.</param>
/// <param name="NonNull">Whether every stored node has it (id, name, aliases).</param>
public sealed record PropertyField(string Field, string Property, GraphScalar Scalar, string Description, bool NonNull = false);
