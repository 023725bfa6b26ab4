using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanGraph.Core;
using PlanGraph.Neo4j.Loading;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// The loader writes the seeds exactly as the loader before the batched write path did (docs/ontology.md,
/// "Load throughput"). Seeds/seeds.graph.json.gz is the seeds' extraction frozen on 2026-12-07 (so extraction
/// changes do not move it); Seeds/seeds.expected.txt.gz is the canonical dump (<see cref="GraphSnapshot"/>) that
/// the per-row loader of that day wrote from it: every node, relationship and evidence node with every property.
/// </summary>
public sealed class SeedLoadExpectationTests : IAsyncDisposable
{
    private readonly Neo4jHttpClient client = TestServer.CreateClient();
    private readonly string prefix = TestServer.NewRunId() + "/";

    // As GraphSnapshot writes its lines: Chinese quotes as they are.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Loading_the_seeds_writes_the_known_good_graph()
    {
        var graph = Prefixed(ReadSeeds(), prefix);
        var report = await new GraphLoader(client).LoadAsync(graph, new LoadOptions("seed-expectation"), null, Ct);
        report.Loaded.Count.ShouldBe(graph.Documents.Count);

        var actual = Normalise(await GraphSnapshot.CaptureAsync(client, prefix, Ct), prefix);
        var expected = ReadExpected();
        if (Environment.GetEnvironmentVariable("PLANGRAPH_WRITE_SEED_EXPECTATION") is { Length: > 0 } target)
        {
            // Only for re-recording the expectation with a loader known to be right (see the class comment).
            await using var file = File.Create(target);
            await using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(actual), Ct);
            return;
        }

        if (actual != expected)
        {
            var path = Path.Combine(Path.GetTempPath(), "plangraph-seed-load-" + prefix.TrimEnd('/') + ".txt");
            await File.WriteAllTextAsync(path, actual, Ct);
            var a = actual.Split('\n');
            var e = expected.Split('\n');
            var line = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
            actual.ShouldBe(expected, $"the loaded seeds differ from the expectation first at line {line + 1} (actual dump: {path}):\n expected {Line(e, line)}\n actual   {Line(a, line)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await client.RunAsync(LoaderStatements.DeletePrefix, new Dictionary<string, object?> { ["prefix"] = prefix }, CancellationToken.None);
        client.Dispose();
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "(end)";

    private static GraphDocument ReadSeeds()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Seeds", "seeds.graph.json.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return GraphJson.Read(gzip, "Seeds/seeds.graph.json.gz");
    }

    private static string ReadExpected()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Seeds", "seeds.expected.txt.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Every id gets the test's prefix, so the test never touches the seeds a user loaded.
    private static GraphDocument Prefixed(GraphDocument graph, string prefix)
    {
        Evidence E(Evidence e) => e with { DocumentId = prefix + e.DocumentId };
        return new GraphDocument(
            [.. graph.Documents.Select(d => d with { Id = prefix + d.Id })],
            [.. graph.Nodes.Select(n => n with { Id = prefix + n.Id, Evidence = [.. n.Evidence.Select(E)] })],
            [.. graph.Relationships.Select(r => r with { Id = prefix + r.Id, From = prefix + r.From, To = prefix + r.To, Evidence = [.. r.Evidence.Select(E)] })]);
    }

    // The dump without the run's prefix. Evidence ids hash their subject (prefix included), so each is checked
    // against its own properties and then written as "(stable)"; evidence lines are then sorted anew (the
    // snapshot sorts them by id).
    private static string Normalise(string dump, string prefix)
    {
        var sections = new List<(string Header, List<string> Lines)>();
        foreach (var line in dump.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                sections.Add((line, []));
                continue;
            }

            var section = sections[^1].Header;

            var normalised = line;
            if (section == "# snapshot.evidence")
            {
                using var row = JsonDocument.Parse(line);
                var id = row.RootElement[0].GetString()!;
                var p = row.RootElement[1];
                var stable = StableId.For("Evidence", p.GetProperty("subject").GetString()!, p.GetProperty("document").GetString()!, p.GetProperty("rule").GetString()!,
                    p.GetProperty("spanStart").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    p.GetProperty("spanEnd").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
                id.ShouldBe(stable, "an evidence id is derived from what the evidence says");

                // The order key (written since the expectation was recorded) is derived from what it says too.
                var columns = JsonNode.Parse(line)!.AsArray();
                var properties = columns[1]!.AsObject();
                properties[LoadStatements.EvidenceOrderProperty]!.GetValue<string>().ShouldBe(
                    Evidence.OrderKeyOf(p.GetProperty("document").GetString()!, p.GetProperty("spanStart").GetInt64(), p.GetProperty("rule").GetString()!),
                    "an evidence node's order key is its document, start and rule");
                properties.Remove(LoadStatements.EvidenceOrderProperty);
                normalised = columns.ToJsonString(Readable).Replace("\"" + id + "\"", "\"(stable)\"", StringComparison.Ordinal);
            }

            sections[^1].Lines.Add(normalised.Replace(prefix, string.Empty, StringComparison.Ordinal));
        }

        var text = new StringBuilder();
        foreach (var (header, lines) in sections)
        {
            text.Append(header).Append('\n');
            foreach (var line in header == "# snapshot.evidence" ? lines.Order(StringComparer.Ordinal) : lines.AsEnumerable())
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }
}
