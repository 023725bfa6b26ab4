namespace PlanGraph.GraphQL.Types;

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IGraphQLType
{
    string Name { get; }

    /// <summary>The description from the SDL, or null.</summary>
    string? Description { get; }
}
