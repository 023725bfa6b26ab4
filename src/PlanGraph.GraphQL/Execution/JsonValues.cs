using System.Text.Json;

namespace PlanGraph.GraphQL.Execution;

/// <summary>JSON to the plain values the engine works with: dictionaries, lists, strings, numbers (int, long or double), booleans, null.</summary>
public static class JsonValues
{
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = ToPlain(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
