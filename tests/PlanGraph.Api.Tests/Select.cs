using PlanGraph.Api.Compilation;

namespace PlanGraph.Api.Tests;

/// <summary>Terse construction of selections and argument values for compiler tests.</summary>
internal static class Select
{
    public static FieldSelection F(string name, params FieldSelection[] selections) => FieldSelection.Of(name, selections);

    public static FieldSelection F(string name, IReadOnlyDictionary<string, object?> arguments, params FieldSelection[] selections)
        => FieldSelection.Of(name, arguments, selections);

    public static FieldSelection On(string type, FieldSelection field) => field with { TypeCondition = type };

    public static FieldSelection As(string alias, FieldSelection field) => field with { ResponseKey = alias };

    public static IReadOnlyDictionary<string, object?> M(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);

    public static IReadOnlyList<object?> L(params object?[] items) => items;

    /// <summary>where: { id: { startsWith: fixture prefix } } combined with more conditions.</summary>
    public static IReadOnlyDictionary<string, object?> Mine(params (string Key, object? Value)[] more)
        => M([("id", M(("startsWith", PlanGraphFixture.Prefix))), .. more]);
}
