using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Types;

/// <summary>An argument of a field or directive; <see cref="DefaultValue"/> is the literal given in SDL, if any.</summary>
public sealed record GraphQLArgument(string Name, IGraphQLType Type, IValueNode? DefaultValue)
{
    public bool HasDefaultValue => DefaultValue is not null;
}
