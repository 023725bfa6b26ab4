using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// On Neo4j 3.x search answers from an index the host read from the graph; a node written after that is
/// found by the next search, because the statement reports the graph's changed fingerprint.
/// </summary>
public sealed class SearchIndexRefreshTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Id = "apitest:search-index-refresh";
    private const string Name = "搜索索引刷新测试园区";

    private static readonly CypherStatement Create = new("test.search-index.create", "CREATE (p:Entity:Place {id: $id, name: $name, aliases: []})");
    private static readonly CypherStatement Delete = new("test.search-index.delete", "MATCH (p:Entity {id: $id}) DETACH DELETE p");

    [Fact]
    public async Task A_node_written_after_the_index_was_read_is_found_by_the_next_search()
    {
        using var neo4j = new Neo4jHttpClient(Neo4jOptions.FromEnvironment());
        var query = $$"""{ search(text: "{{Name}}") { matched matchedField node { id } } }""";
        (await api.DataAsync(query))["search"]!.AsArray().ShouldBeEmpty();
        try
        {
            await neo4j.RunAsync(Create, new Dictionary<string, object?> { ["id"] = Id, ["name"] = Name }, TestContext.Current.CancellationToken);
            var hit = (await api.DataAsync(query))["search"]!.AsArray().ShouldHaveSingleItem()!;
            (hit["node"]!["id"]!.GetValue<string>(), hit["matchedField"]!.GetValue<string>(), hit["matched"]!.GetValue<string>()).ShouldBe((Id, "NAME", Name));
        }
        finally
        {
            await neo4j.RunAsync(Delete, new Dictionary<string, object?> { ["id"] = Id }, CancellationToken.None);
        }

        (await api.DataAsync(query))["search"]!.AsArray().ShouldBeEmpty();
    }
}
