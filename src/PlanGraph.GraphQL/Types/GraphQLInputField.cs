using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Types;

/// <summary>A field of an input object type; <see cref="DefaultValue"/> is the literal given in SDL, if any.</summary>
public sealed record GraphQLInputField(string Name, IGraphQLType Type, IValueNode? DefaultValue)
{
    /// <summary>The description from the SDL (spec §3.2), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Why it is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    public bool HasDefaultValue => DefaultValue is not null;
}
