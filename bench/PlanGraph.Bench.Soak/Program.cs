using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PlanGraph.Bench.Soak;

// The API under a steady mix of research questions from many clients for a long time, as its own process
// (`plangraph serve`), reporting errors, latency percentiles and the server's resident memory at the start
// and the end. Usage (Neo4j with the seeds loaded at NEO4J_URL; the CLI built by ./plangraph):
//   NEO4J_URL=http://127.0.0.1:7474 dotnet run -c Release --project bench/PlanGraph.Bench.Soak [clients] [seconds]
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 600;
var root = Environment.GetEnvironmentVariable("PLANGRAPH_ROOT") ?? FindRoot();
var cli = Path.Combine(root, ".cache", "cli", "plangraph.dll");
if (!File.Exists(cli))
{
    Console.Error.WriteLine($"soak: {cli} is missing; run ./plangraph help once to build the CLI.");
    return 2;
}

var port = FreePort();
var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var arg in new[] { cli, "serve", "--urls", $"http://127.0.0.1:{port}" })
{
    start.ArgumentList.Add(arg);
}

start.Environment["PLANGRAPH_LOG_FORMAT"] = "none";
using var server = Process.Start(start)!;
_ = server.StandardOutput.ReadToEndAsync();
var serverErrors = server.StandardError.ReadToEndAsync();
var api = new Uri($"http://127.0.0.1:{port}/graphql");
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { Timeout = TimeSpan.FromSeconds(60) };
try
{
    await WaitUntilReady(http, new Uri($"http://127.0.0.1:{port}/health"), server);
    Console.WriteLine($"soak: API pid {server.Id} on port {port}; {clients} clients for {seconds:0} s; {SoakQuestions.All.Count} research questions in turn");

    // Warm up (JIT, document cache, Neo4j's plan cache), then measure from a settled start.
    foreach (var question in SoakQuestions.All)
    {
        await Ask(http, api, question);
    }

    var rssStart = RssMegabytes(server.Id);
    var latencies = new List<double>[clients];
    var errors = new List<string>[clients];
    var clock = Stopwatch.StartNew();
    var end = TimeSpan.FromSeconds(seconds);
    var samples = new List<(double At, double Rss)> { (0, rssStart) };
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, seconds / 10)), sampling.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            lock (samples)
            {
                samples.Add((clock.Elapsed.TotalSeconds, RssMegabytes(server.Id)));
            }
        }
    });

    await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        latencies[client] = [];
        errors[client] = [];
        var next = client;
        while (clock.Elapsed < end)
        {
            var question = SoakQuestions.All[next++ % SoakQuestions.All.Count];
            var asked = Stopwatch.StartNew();
            var error = await Ask(http, api, question);
            latencies[client].Add(asked.Elapsed.TotalMilliseconds);
            if (error is not null)
            {
                errors[client].Add(error);
            }
        }
    })));
    await sampling.CancelAsync();
    await sampler;
    var rssEnd = RssMegabytes(server.Id);

    var all = latencies.SelectMany(l => l).Order().ToList();
    var failures = errors.SelectMany(e => e).ToList();
    Console.WriteLine($"requests {all.Count} in {clock.Elapsed.TotalSeconds:0} s ({all.Count / clock.Elapsed.TotalSeconds:0} req/s), errors {failures.Count}");
    Console.WriteLine($"latency p50 {Percentile(all, 0.50):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms, max {all[^1]:0.0} ms");
    Console.WriteLine($"API RSS {rssStart:0} MB at the start, {rssEnd:0} MB at the end; samples: {string.Join(", ", samples.Select(s => $"{s.At:0}s {s.Rss:0}"))}");
    foreach (var group in failures.GroupBy(f => f).OrderByDescending(g => g.Count()).Take(5))
    {
        Console.WriteLine($"  {group.Count()} × {group.Key}");
    }

    return failures.Count == 0 ? 0 : 1;
}
finally
{
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
    var stderr = await serverErrors;
    if (stderr.Length > 0)
    {
        Console.Error.WriteLine("API stderr:\n" + stderr[..Math.Min(stderr.Length, 4000)]);
    }
}

static async Task<string?> Ask(HttpClient http, Uri api, string query)
{
    try
    {
        using var response = await http.PostAsync(api, new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return $"HTTP {(int)response.StatusCode}";
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("errors", out var errors) ? "GraphQL error: " + errors[0].GetProperty("message").GetString() : null;
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
    {
        return e.GetType().Name + ": " + e.Message;
    }
}

static async Task WaitUntilReady(HttpClient http, Uri health, Process server)
{
    for (var attempt = 0; attempt < 120; attempt++)
    {
        if (server.HasExited)
        {
            throw new InvalidOperationException($"the API exited with {server.ExitCode}");
        }

        try
        {
            using var response = await http.GetAsync(health);
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }

        await Task.Delay(500);
    }

    throw new TimeoutException("the API did not become healthy in 60 s (is Neo4j at NEO4J_URL running?)");
}

static double RssMegabytes(int pid)
{
    // Linux: VmRSS in /proc/PID/status, in kB.
    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return double.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static int FreePort()
{
    var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    probe.Start();
    var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    probe.Stop();
    return port;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
