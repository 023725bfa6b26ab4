using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PlanGraph.GraphQL.Execution;

/// <summary>Writes a response as JSON: "errors" first when there are any, then "data" (spec §7.1 recommends errors first).</summary>
public static class ResultJsonWriter
{
    /// <summary>
    /// How responses are written: non-ASCII text (Chinese names) stays UTF-8 instead of \uXXXX escapes (a third of
    /// the bytes, and readable; safe because the response is JSON, never HTML). A <see cref="SerializedValue"/>
    /// is written with these too, so its bytes match the rest of the response.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, ResponseError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case SerializedValue serialized:
                writer.WriteRawValue(serialized.Utf8.Span, skipInputValidation: true);
                break;
            case CompletedValue completed:
                if (completed.Value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    completed.Value.WriteTo(writer);
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    // Integral doubles print without a fraction, as JavaScript does.
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (Math.Abs(d) < 1e15 && d == Math.Floor(d))
        {
            writer.WriteNumberValue((long)d);
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }
}
