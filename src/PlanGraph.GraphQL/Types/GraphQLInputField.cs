using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Types;

/// <summary>A field of an input object type; <see cref="DefaultValue"/> is the literal given in SDL, if any.</summary>
public sealed record GraphQLInputField(string Name, IGraphQLType Type, IValueNode? DefaultValue)
{
    public bool HasDefaultValue => DefaultValue is not null;
}
