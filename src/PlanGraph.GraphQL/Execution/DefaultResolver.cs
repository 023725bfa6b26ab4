using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace PlanGraph.GraphQL.Execution;

/// <summary>The resolver of fields without one (graphql-js defaultFieldResolver): the parent's entry, JSON property or CLR property of the field's name.</summary>
public static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static ValueTask<object?> Resolve(ResolveInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return ValueTask.FromResult(Read(info.Source, info.FieldName));
    }

    public static object? Read(object? source, string name) => source switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(name, out var property) ? JsonValues.ToPlain(property) : null,
        _ => Properties.GetOrAdd((source.GetType(), name), key => key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase))?.GetValue(source),
    };
}
