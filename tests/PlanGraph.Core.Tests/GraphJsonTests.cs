using System.Text;
using PlanGraph.Core;
using Shouldly;
using Xunit;

namespace PlanGraph.Core.Tests;

public sealed class GraphJsonTests
{
    private static readonly Evidence Quote = new(StableId.ForDocument("d.txt"), "一、总体要求", 41, 42, 1200, 1236, "到2025年，地区生产总值达到6600亿元。", "target.table-row");

    private static GraphDocument Sample()
    {
        var doc = new SourceDocument(StableId.ForDocument("d.txt"), "d.txt", "福田区“十四五”规划纲要", new string('a', 64), DocumentKinds.Plan) { Issuer = "福田区人民政府", Date = "2021-06" };
        var indicator = new GraphNode(StableId.For(NodeLabels.Indicator, "地区生产总值"), NodeLabels.Indicator, "地区生产总值", ["GDP"],
            new SortedDictionary<string, object?> { ["unit"] = "亿元", ["attribute"] = "预期性" }, [Quote]);
        var target = new GraphNode(StableId.For(NodeLabels.Target, "gdp", "2025"), NodeLabels.Target, "地区生产总值 2025", [],
            new SortedDictionary<string, object?> { ["value"] = 6600.5, ["year"] = 2025L, ["valueText"] = "6600.5", ["big"] = 9007199254740993L, ["flags"] = new List<object?> { "a", "\"b\\" } }, [Quote]);
        var of = new GraphRelationship(StableId.ForRelationship(RelationshipTypes.Of, target.Id, indicator.Id), RelationshipTypes.Of, target.Id, indicator.Id,
            new SortedDictionary<string, object?>(), [Quote]);
        return new GraphDocument([doc], [indicator, target], [of]);
    }

    [Fact]
    public void Round_trips_to_identical_bytes_with_exact_values()
    {
        var first = Serialize(Sample());
        var read = GraphJson.Read(new MemoryStream(first), "sample.json");
        Encoding.UTF8.GetString(Serialize(read)).ShouldBe(Encoding.UTF8.GetString(first));

        var target = read.Nodes.Single(n => n.Label == NodeLabels.Target);
        target.Properties["big"].ShouldBe(9007199254740993L);
        (read.Documents[0].Issuer, read.Documents[0].Date).ShouldBe(("福田区人民政府", "2021-06"));
        target.Properties["value"].ShouldBe(6600.5);
        target.Evidence.ShouldHaveSingleItem().ShouldBe(Quote);
        Encoding.UTF8.GetString(first).ShouldContain("地区生产总值达到6600亿元");
    }

    [Theory]
    [InlineData("{\"documents\": [}", "not valid JSON (line 1")]
    [InlineData("{\"documents\": [], \"nodes\": [{\"id\": \"x\"}], \"relationships\": []}", "$.nodes[0].label must be a string")]
    [InlineData("{\"documents\": [], \"nodes\": [], \"relationships\": [{\"id\":\"r\",\"type\":\"OF\",\"from\":\"a\",\"to\":\"b\",\"evidence\":[{\"document\":\"d\",\"lines\":[1],\"span\":[0,1],\"quote\":\"q\",\"rule\":\"r\"}]}]}", "$.relationships[0].evidence[0].lines must be an array of two integers")]
    [InlineData("{\"documents\": []}", "$.nodes must be an array")]
    public void Bad_input_names_the_file_and_the_place(string json, string expected)
    {
        var error = Should.Throw<GraphJsonException>(() => GraphJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));
        error.Message.ShouldStartWith("bad.json: ");
        error.Message.ShouldContain(expected);
    }

    private static byte[] Serialize(GraphDocument graph)
    {
        using var stream = new MemoryStream();
        GraphJson.Write(stream, graph);
        return stream.ToArray();
    }
}
