namespace PlanGraph.Api.Compilation;

/// <summary>
/// One requested field, after fragments are merged and variables are substituted: the small
/// intermediate form the Cypher compiler reads. It is built from the engine's resolve info (see
/// <c>EngineSelectionAdapter</c>) or directly in tests.
/// </summary>
/// <param name="Name">The schema field name.</param>
/// <param name="ResponseKey">The alias, or the name when there is none (the key in the response).</param>
/// <param name="Arguments">
/// Argument values as plain data: string, long, double, bool, null, <see cref="IReadOnlyList{T}"/> of
/// values, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to value. Enum values are strings.
/// </param>
/// <param name="Selections">The sub-selection (empty for a leaf).</param>
/// <param name="TypeCondition">The type this field applies to when it came from a fragment on a narrower type (…on Goal), else null.</param>
public sealed record FieldSelection(
    string Name,
    string ResponseKey,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<FieldSelection> Selections,
    string? TypeCondition = null)
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>A field without alias or arguments.</summary>
    public static FieldSelection Of(string name, params FieldSelection[] selections) => new(name, name, NoArguments, selections);

    /// <summary>A field with arguments and no alias.</summary>
    public static FieldSelection Of(string name, IReadOnlyDictionary<string, object?> arguments, params FieldSelection[] selections)
        => new(name, name, arguments, selections);

    /// <summary>The argument's value, or null when it was not given.</summary>
    public object? Argument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the argument was given (possibly as null).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);
}
