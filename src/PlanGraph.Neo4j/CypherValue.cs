using System.Text.Json;

namespace PlanGraph.Neo4j;

/// <summary>Converts values Neo4j returned (JSON) into .NET values without losing integer precision.</summary>
public static class CypherValue
{
    /// <summary>Options for typed mapping: column and map keys match property names case-insensitively.</summary>
    public static readonly JsonSerializerOptions MappingOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A plain .NET value: null, string, bool, long (any JSON integer that fits, read without going
    /// through double), double, <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>.
    /// </summary>
    public static object? ToObject(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // Boxed separately: a plain conditional would make both branches double and lose integer precision.
        JsonValueKind.Number => value.TryGetInt64(out var integer) ? (object)integer : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(ToObject).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToObject(p.Value), StringComparer.Ordinal),
        _ => throw new JsonException($"Unexpected JSON value kind {value.ValueKind}."),
    };

    /// <summary>The value as <typeparamref name="T"/>: <c>object</c> gives <see cref="ToObject"/>, anything else goes through System.Text.Json.</summary>
    /// <exception cref="InvalidCastException">The value does not fit <typeparamref name="T"/>; the message shows the value.</exception>
    public static T? Convert<T>(JsonElement value)
    {
        if (typeof(T) == typeof(object))
        {
            return (T?)ToObject(value);
        }

        if (typeof(T) == typeof(JsonElement))
        {
            return (T)(object)value;
        }

        try
        {
            return value.Deserialize<T>(MappingOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidCastException($"Cannot read {Preview(value)} as {typeof(T).Name}: {e.Message}", e);
        }
    }

    internal static string Preview(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
    }
}
