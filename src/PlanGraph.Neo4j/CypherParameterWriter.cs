using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanGraph.Neo4j;

/// <summary>
/// Writes parameter values as JSON for the HTTP API. Integers are written as exact JSON integers
/// (never through double), so 9007199254740993 reaches Neo4j as that long.
/// </summary>
internal static class CypherParameterWriter
{
    private const int MaxDepth = 64;

    public static void WriteParameters(Utf8JsonWriter writer, BoundStatement bound)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in bound.Parameters)
        {
            writer.WritePropertyName(name);
            Write(writer, value, bound.Statement.Name, name, 0);
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, object? value, string statement, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"Statement '{statement}': parameter '{path}' nests deeper than {MaxDepth} levels (a cycle?).");
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case char character:
                writer.WriteStringValue(character.ToString());
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                writer.WriteNumberValue(System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong unsigned:
                if (unsigned > long.MaxValue)
                {
                    throw new ArgumentException($"Statement '{statement}': parameter '{path}' = {unsigned} does not fit Neo4j's 64-bit signed integer.");
                }

                writer.WriteNumberValue(unsigned);
                break;
            case double or float:
                var real = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(real))
                {
                    throw new ArgumentException($"Statement '{statement}': parameter '{path}' is {real}, which JSON cannot carry.");
                }

                writer.WriteNumberValue(real);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case Enum:
                writer.WriteStringValue(value.ToString());
                break;
            case Guid guid:
                writer.WriteStringValue(guid.ToString("D"));
                break;
            case DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan:
                // Neo4j 3.1 has no temporal types; an implicit string conversion would hide a format choice.
                throw new ArgumentException($"Statement '{statement}': parameter '{path}' is a {value.GetType().Name}; send dates and times as ISO-8601 strings or numbers.");
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, statement, path + "." + key, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string ?? throw new ArgumentException($"Statement '{statement}': parameter '{path}' is a map with a non-string key '{entry.Key}'.");
                    writer.WritePropertyName(key);
                    Write(writer, entry.Value, statement, path + "." + key, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list)
                {
                    Write(writer, item, statement, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", depth + 1);
                    index++;
                }

                writer.WriteEndArray();
                break;
            default:
                // Records and other objects become maps with camelCase keys.
                JsonSerializer.Serialize(writer, value, value.GetType(), CypherValue.MappingOptions);
                break;
        }
    }
}
