using System.Globalization;
using PlanGraph.Neo4j;

namespace PlanGraph.Bench.Load;

/// <summary>Samples Neo4j's used heap (JMX, java.lang:type=Memory) twice a second and keeps the peak.</summary>
internal sealed class HeapWatch : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peak;

    public HeapWatch(Neo4jHttpClient client)
    {
        sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var result = await client.RunAsync(BenchStatements.HeapUsed, null, stop.Token);
                    var used = long.Parse(result.Value(0, "used").ToString(), CultureInfo.InvariantCulture);
                    Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), used));
                    await Task.Delay(500, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    public double PeakMegabytes => Interlocked.Read(ref peak) / 1024.0 / 1024.0;

    public void Reset() => Interlocked.Exchange(ref peak, 0);

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            sampling.Wait();
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
    }
}
