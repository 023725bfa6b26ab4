using PlanGraph.Neo4j.Loading;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// What a user of `plangraph load` relies on when something is wrong with one document: it is named and
/// rolled back while the others load, progress shows rows inside a document, and a copy of a loaded
/// document's text under another name is pointed out.
/// </summary>
public sealed class LoaderReliabilityTests : IAsyncDisposable
{
    private readonly Neo4jHttpClient client = TestServer.CreateClient();
    private readonly string prefix = TestServer.NewRunId() + "/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_document_neo4j_refuses_is_named_and_rolled_back_and_the_others_load()
    {
        var fixture = new LoadFixture(prefix);
        var graph = fixture.Build();
        // Neo4j refuses a list of mixed types as a property value; only the outline states this goal.
        var water = fixture.Id("goal:water");
        graph = graph with
        {
            Nodes = [.. graph.Nodes.Select(n => n.Id == water ? n with { Properties = new Dictionary<string, object?> { ["mixed"] = new List<object?> { "a", 1L } } } : n)],
        };
        var reports = new List<LoadProgress>();

        var report = await new GraphLoader(client).LoadAsync(
            graph, new LoadOptions("test-rules-1") { ContinueAfterFailedDocument = true, RowsPerRequest = 5 }, new Recorder(reports), Ct);

        var failure = report.Failed.ShouldHaveSingleItem();
        failure.FileName.ShouldBe("outline.txt");
        failure.DocumentId.ShouldBe(fixture.OutlineDoc.Id);
        failure.RowsTotal.ShouldBeGreaterThan(0);
        report.Loaded.ShouldBe([fixture.SciTechDoc.Id]);
        var names = (await client.RunAsync(LoaderStatements.NodeNames, new Dictionary<string, object?> { ["prefix"] = prefix }, Ct)).Column<string>("name");
        names.ShouldNotContain("着力建设碧水空间", "the refused document was rolled back");
        names.ShouldContain("鹏城实验室", "the other document loaded");

        // Progress names files, and inside a document counts rows up to its total.
        reports.ShouldContain(p => p.Outcome == "failed" && p.FileName == "outline.txt");
        var writing = reports.Where(p => p.Outcome == "writing" && p.FileName == "scitech.txt").ToList();
        writing.Count.ShouldBeGreaterThan(2);
        writing.Select(p => p.RowsWritten).ShouldBeInOrder(SortDirection.Ascending);
        writing[^1].RowsWritten.ShouldBe(writing[^1].RowsTotal);
        reports.ShouldContain(p => p.Outcome == "loaded" && p.FileName == "scitech.txt");
    }

    [Fact]
    public async Task Without_continuing_a_refused_document_still_throws()
    {
        var fixture = new LoadFixture(prefix);
        var graph = fixture.Build();
        var water = fixture.Id("goal:water");
        graph = graph with
        {
            Nodes = [.. graph.Nodes.Select(n => n.Id == water ? n with { Properties = new Dictionary<string, object?> { ["mixed"] = new List<object?> { "a", 1L } } } : n)],
        };

        await Should.ThrowAsync<Neo4jException>(() => new GraphLoader(client).LoadAsync(graph, new LoadOptions("test-rules-1"), null, Ct));
    }

    [Fact]
    public async Task A_copy_of_a_loaded_documents_text_under_another_name_is_pointed_out()
    {
        var fixture = new LoadFixture(prefix);
        var graph = fixture.Build();
        var text = prefix + "text-of-the-outline";
        var loader = new GraphLoader(client);
        var first = await loader.LoadAsync(
            graph with { Documents = [.. graph.Documents.Select(d => d.Id == fixture.OutlineDoc.Id ? d with { TextSha256 = text } : d)] },
            new LoadOptions("test-rules-1"), null, Ct);
        first.Warnings.ShouldBeEmpty();

        // The special plan arrives again with the outline's text (e.g. a GB18030 copy saved under another name).
        var copy = await loader.LoadAsync(
            graph with { Documents = [.. graph.Documents.Select(d => d.Id == fixture.SciTechDoc.Id ? d with { TextSha256 = text } : d with { TextSha256 = text })] },
            new LoadOptions("test-rules-1") { Force = true }, null, Ct);

        var warning = copy.Warnings.ShouldHaveSingleItem();
        warning.ShouldContain("scitech.txt");
        warning.ShouldContain("outline.txt");
    }

    [Fact]
    public async Task A_document_over_the_transaction_bound_is_written_in_parts_and_ends_as_one_written_at_once()
    {
        var fixture = new LoadFixture(prefix);
        var graph = fixture.Build();
        var loader = new GraphLoader(client);
        await loader.LoadAsync(graph, new LoadOptions("test-rules-1"), null, Ct);
        var atOnce = await GraphSnapshot.CaptureAsync(client, prefix, Ct);

        var reports = new List<LoadProgress>();
        var bounded = new LoadOptions("test-rules-1", BatchSize: 3) { MaxRowsPerTransaction = 7, RowsPerRequest = 4 };
        var report = await loader.LoadAsync(graph, bounded with { Force = true }, new Recorder(reports), Ct);

        report.Loaded.Count.ShouldBe(2);
        (await GraphSnapshot.CaptureAsync(client, prefix, Ct)).ShouldBe(atOnce);
        reports.Count(p => p.Outcome == "writing" && p.FileName == "outline.txt").ShouldBeGreaterThan(3, "one report per bounded transaction");

        // Unchanged now: skipped. A document whose last part never committed has no hash, so it is written again.
        (await loader.LoadAsync(graph, bounded, null, Ct)).Skipped.Count.ShouldBe(2);
        await client.RunAsync(LoaderStatements.ForgetDocumentHash, new Dictionary<string, object?> { ["id"] = fixture.OutlineDoc.Id }, Ct);
        var resumed = await loader.LoadAsync(graph, bounded, null, Ct);
        resumed.Loaded.ShouldBe([fixture.OutlineDoc.Id]);
        (await GraphSnapshot.CaptureAsync(client, prefix, Ct)).ShouldBe(atOnce);
    }

    public async ValueTask DisposeAsync()
    {
        await client.RunAsync(LoaderStatements.DeletePrefix, new Dictionary<string, object?> { ["prefix"] = prefix }, CancellationToken.None);
        client.Dispose();
    }

    private sealed class Recorder(List<LoadProgress> reports) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => reports.Add(value);
    }
}
