using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Coercion of a custom scalar (spec §3.5): to the response (Serialize), from variables (ParseValue) and
/// from literals (ParseLiteral). Each throws <see cref="GraphQLError"/> for a value it cannot represent.
/// A scalar without one passes JSON-like values through unchanged.
/// </summary>
public sealed record CustomScalar(Func<object, object?> Serialize, Func<object, object?> ParseValue, Func<IValueNode, IReadOnlyDictionary<string, object?>, object?> ParseLiteral)
{
    public Uri? SpecifiedByUrl { get; init; }
}
