using PlanGraph.Core;
using PlanGraph.Neo4j.Loading;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>The loader against the real server: evidence, idempotence, reload, unload, bad input.</summary>
public sealed class GraphLoaderTests : IAsyncDisposable
{
    private readonly Neo4jHttpClient client = TestServer.CreateClient();
    private readonly string prefix = TestServer.NewRunId() + "/";
    private readonly LoadOptions options = new("test-rules-1");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_node_and_relationship_is_loaded_with_its_evidence()
    {
        var fixture = new LoadFixture(prefix);
        var graph = fixture.Build();
        var report = await new GraphLoader(client).LoadAsync(graph, options, null, Ct);

        report.Loaded.ShouldBe([fixture.OutlineDoc.Id, fixture.SciTechDoc.Id]);
        var names = (await client.RunAsync(LoaderStatements.NodeNames, P(), Ct)).Column<string>("name");
        names.Count.ShouldBe(graph.Nodes.Count + graph.Documents.Count);
        names.ShouldContain("河套深港科技创新合作区");

        var hetao = (await client.RunAsync(LoaderStatements.NodeById, P(("id", fixture.Id("place:hetao"))), Ct));
        hetao.Single<string>("name").ShouldBe("河套深港科技创新合作区");
        hetao.Single<string[]>("sources")!.Order(StringComparer.Ordinal).ShouldBe([fixture.OutlineDoc.Id, fixture.SciTechDoc.Id]);
        hetao.Single<string[]>("labels")!.ShouldBe(["Entity", "Place"], ignoreOrder: true);
        hetao.Single<string[]>("aliases")!.ShouldBe(["河套深港科技创新合作区（简称）"]);
        hetao.Single<string>("searchText").ShouldBe("河套深港科技创新合作区\n河套深港科技创新合作区（简称）");
        (await client.RunAsync(LoaderStatements.NodeById, P(("id", fixture.OutlineDoc.Id)), Ct)).Single<string>("searchText").ShouldNotBeNullOrEmpty();

        // A node written before the loader kept search text gets it on the next load's schema step.
        await client.RunAsync(LoaderStatements.ForgetSearchText, P(("id", fixture.Id("place:hetao"))), Ct);
        await new GraphLoader(client).EnsureSchemaAsync(Ct);
        (await client.RunAsync(LoaderStatements.NodeById, P(("id", fixture.Id("place:hetao"))), Ct)).Single<string>("searchText")
            .ShouldBe("河套深港科技创新合作区\n河套深港科技创新合作区（简称）");

        var evidence = await client.RunAsync(LoaderStatements.EvidenceOf, P(("subject", fixture.Id("place:hetao"))), Ct);
        evidence.Rows.Count.ShouldBe(2);
        evidence.Column<string>("quote").ShouldAllBe(q => q!.Contains("河套深港科技创新合作区"));
        evidence.Column<string>("rule").ShouldAllBe(r => r == "fixture.rule");

        var involves = graph.Relationships.First(r => r.Type == RelationshipTypes.Involves);
        var relEvidence = await client.RunAsync(LoaderStatements.EvidenceOf, P(("subject", involves.Id)), Ct);
        relEvidence.Single<string>("document").ShouldBe(fixture.SciTechDoc.Id);

        (await client.RunAsync(LoaderStatements.FactsWithoutEvidence, P(), Ct)).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Evidence_carries_its_order_key_and_evidence_an_older_loader_wrote_gets_it_on_the_next_load()
    {
        var graph = new LoadFixture(prefix).Build();
        await new GraphLoader(client).LoadAsync(graph, options, null, Ct);

        // The keys' ordinal order is the order of (document, start, rule), and each is the evidence's own.
        var keys = (await client.RunAsync(LoaderStatements.EvidenceOrderKeys, P(), Ct)).Column<string>("key");
        keys.Count.ShouldBeGreaterThan(10);
        keys.ShouldBe(keys.Order(StringComparer.Ordinal).ToList());
        // (A node a document names only as a relationship's end gets that evidence under the rule "endpoint:…".)
        var given = graph.Nodes.SelectMany(n => n.Evidence).Concat(graph.Relationships.SelectMany(r => r.Evidence)).ToList();
        var written = given.Concat(given.Select(e => e with { Rule = "endpoint:" + e.Rule })).Select(e => e.OrderKey).ToHashSet(StringComparer.Ordinal);
        keys.ShouldAllBe(key => written.Contains(key!));

        // Without keys (as an older loader wrote it), the schema step computes the same ones in Cypher.
        (await client.RunAsync(LoaderStatements.ForgetEvidenceOrder, P(), Ct)).Single<long>("evidence").ShouldBe(keys.Count);
        await new GraphLoader(client).EnsureSchemaAsync(Ct);
        (await client.RunAsync(LoaderStatements.EvidenceOrderKeys, P(), Ct)).Column<string>("key").ShouldBe(keys);
    }

    [Fact]
    public async Task Loading_unchanged_input_twice_leaves_the_same_database()
    {
        var graph = new LoadFixture(prefix).Build();
        var loader = new GraphLoader(client);
        await loader.LoadAsync(graph, options, null, Ct);
        var first = await GraphSnapshot.CaptureAsync(client, prefix, Ct);

        var again = await loader.LoadAsync(graph, options, null, Ct);
        again.Skipped.Count.ShouldBe(2);
        again.Loaded.ShouldBeEmpty();
        (await GraphSnapshot.CaptureAsync(client, prefix, Ct)).ShouldBe(first);

        var forced = await loader.LoadAsync(graph, options with { Force = true }, null, Ct);
        forced.Loaded.Count.ShouldBe(2);
        (await GraphSnapshot.CaptureAsync(client, prefix, Ct)).ShouldBe(first);
        first.ShouldContain("河套深港科技创新合作区");
    }

    [Fact]
    public async Task A_changed_document_replaces_exactly_its_own_facts()
    {
        var fixture = new LoadFixture(prefix);
        var loader = new GraphLoader(client);
        await loader.LoadAsync(fixture.Build(), options, null, Ct);
        var report = await loader.LoadAsync(fixture.Build(outlineChanged: true), options, null, Ct);

        report.Loaded.ShouldBe([fixture.OutlineDoc.Id]);
        report.Skipped.ShouldBe([fixture.SciTechDoc.Id]);
        var names = (await client.RunAsync(LoaderStatements.NodeNames, P(), Ct)).Column<string>("name");
        names.ShouldNotContain("湾区数字经济算力中心");   // only the old outline supported it
        names.ShouldContain("未来网络试验设施");          // the new outline states it
        names.ShouldContain("深圳国际量子研究院");        // both documents support it

        // The same state as loading the changed input into an empty database.
        var afterReload = await GraphSnapshot.CaptureAsync(client, prefix, Ct);
        await client.RunAsync(LoaderStatements.DeletePrefix, P(), Ct);
        await loader.LoadAsync(fixture.Build(outlineChanged: true), options, null, Ct);
        (await GraphSnapshot.CaptureAsync(client, prefix, Ct)).ShouldBe(afterReload);
    }

    [Fact]
    public async Task Unloading_a_document_keeps_what_other_documents_support()
    {
        var fixture = new LoadFixture(prefix);
        var loader = new GraphLoader(client);
        await loader.LoadAsync(fixture.Build(), options, null, Ct);
        await loader.UnloadAsync(fixture.SciTechDoc.Id, options, Ct);

        var names = (await client.RunAsync(LoaderStatements.NodeNames, P(), Ct)).Column<string>("name");
        names.ShouldNotContain("鹏城实验室");
        names.ShouldNotContain("福田区科技创新“十四五”规划");
        names.ShouldContain("河套深港科技创新合作区");
        var hetao = await client.RunAsync(LoaderStatements.NodeById, P(("id", fixture.Id("place:hetao"))), Ct);
        hetao.Single<string[]>("sources").ShouldBe([fixture.OutlineDoc.Id]);
        (await client.RunAsync(LoaderStatements.EvidenceOf, P(("subject", fixture.Id("place:hetao"))), Ct)).Rows.Count.ShouldBe(1);

        var error = await Should.ThrowAsync<GraphLoadException>(() => loader.UnloadAsync(fixture.SciTechDoc.Id, options, Ct));
        error.Message.ShouldContain("is not loaded");
    }

    [Fact]
    public async Task Bad_input_is_refused_before_anything_is_written()
    {
        var fixture = new LoadFixture(prefix);
        var graph = fixture.Build();
        var loader = new GraphLoader(client);

        var unknownLabel = graph with { Nodes = [.. graph.Nodes, graph.Nodes[0] with { Id = prefix + "x", Label = "Person) DETACH DELETE (n" }] };
        (await Should.ThrowAsync<GraphLoadException>(() => loader.LoadAsync(unknownLabel, options, null, Ct))).Message.ShouldContain("not in the graph model");

        var dangling = graph with { Relationships = [.. graph.Relationships, graph.Relationships[0] with { Id = prefix + "r", To = prefix + "missing" }] };
        (await Should.ThrowAsync<GraphLoadException>(() => loader.LoadAsync(dangling, options, null, Ct))).Message.ShouldContain("'" + prefix + "missing'");

        var unevidenced = graph with { Nodes = [graph.Nodes[0] with { Evidence = [] }, .. graph.Nodes.Skip(1)] };
        (await Should.ThrowAsync<GraphLoadException>(() => loader.LoadAsync(unevidenced, options, null, Ct))).Message.ShouldContain("has no evidence");

        (await client.RunAsync(LoaderStatements.NodeNames, P(), Ct)).Rows.ShouldBeEmpty();
    }

    public async ValueTask DisposeAsync()
    {
        await client.RunAsync(LoaderStatements.DeletePrefix, P(), CancellationToken.None);
        client.Dispose();
    }

    private Dictionary<string, object?> P(params (string Key, object? Value)[] extra)
    {
        var parameters = new Dictionary<string, object?> { ["prefix"] = prefix };
        foreach (var (key, value) in extra)
        {
            parameters[key] = value;
        }

        return parameters;
    }
}
