using System.Text.Json.Nodes;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// The response's <c>data</c> as the shaper wrote it: one JSON value (UTF-8) per root response key, in one
/// buffer, ready to be copied into the response (the engine's <c>SerializedValue</c>). A root field whose
/// value is null has an empty range. The buffer is rented from the shared pool; disposing returns it (the host
/// does once the response is written), so nothing read from it may be used afterwards. Data never disposed
/// (tests, tools) is left to the garbage collector like any array.
/// </summary>
public sealed class ShapedData : IDisposable
{
    private readonly IReadOnlyList<(string Key, Range Value)> values;
    private ReadOnlyMemory<byte> json;
    private IDisposable? owner;

    internal ShapedData(ReadOnlyMemory<byte> json, IReadOnlyList<(string Key, Range Value)> values, IDisposable? owner = null)
    {
        this.json = json;
        this.values = values;
        this.owner = owner;
    }

    /// <summary>No data (every root field failed, or none reached the planner).</summary>
    public static ShapedData Empty { get; } = new(ReadOnlyMemory<byte>.Empty, []);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        json = ReadOnlyMemory<byte>.Empty;
        Interlocked.Exchange(ref owner, null)?.Dispose();
    }

    /// <summary>The root field's value as JSON, or false when it is null.</summary>
    public bool TryGet(string responseKey, out ReadOnlyMemory<byte> value)
    {
        foreach (var (key, range) in values)
        {
            if (key == responseKey && !range.Start.Equals(range.End))
            {
                value = json[range];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The data as a tree (for tests and tools; the host writes the bytes as they are).</summary>
    public JsonObject ToJsonObject()
    {
        var data = new JsonObject();
        foreach (var (key, range) in values)
        {
            data[key] = range.Start.Equals(range.End) ? null : JsonNode.Parse(json.Span[range]);
        }

        return data;
    }
}
