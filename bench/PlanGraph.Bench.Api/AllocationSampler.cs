using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PlanGraph.Bench.Api;

/// <summary>
/// Which types this process allocates, from the runtime's allocation ticks (one event per ~100 KB allocated,
/// naming the type that crossed the mark): a sample proportional to bytes, enough to see where a request's KB go.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private volatile bool recording;

    /// <summary>Bytes sampled per type since <see cref="Start"/>, largest first.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Top(int count)
        => [.. bytesByType.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value))];

    /// <summary>Starts counting (events before this are ignored, so warm-up does not count).</summary>
    public void Start()
    {
        bytesByType.Clear();
        recording = true;
    }

    /// <summary>Stops counting.</summary>
    public void Stop() => recording = false;

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!recording || eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100 * 1024;
        bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }
}
