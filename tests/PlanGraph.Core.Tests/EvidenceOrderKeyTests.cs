using PlanGraph.Core;
using Shouldly;
using Xunit;

namespace PlanGraph.Core.Tests;

public sealed class EvidenceOrderKeyTests
{
    [Fact]
    public void Ordinal_order_of_the_keys_is_document_then_start_then_rule()
    {
        // Document ids as StableId makes them; starts of one to seven digits; rules as the extraction names them.
        string[] documents = [StableId.ForDocument("futian-14th-five-year-plan-outline.txt"), StableId.ForDocument("a.txt"), StableId.ForDocument("b.txt")];
        int[] starts = [0, 9, 10, 99, 100, 24012, 39036, 1234567];
        string[] rules = ["goal.task-heading", "goal.index", "endpoint:SUPPORTS", "target.table-cell"];
        var evidence = (from document in documents
                        from start in starts
                        from rule in rules
                        select new Evidence(document, "一、总体要求", 1, 1, start, start + 5, "依托鹏城实验室", rule)).ToList();

        var byFields = evidence.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.SpanStart).ThenBy(e => e.Rule, StringComparer.Ordinal).ToList();
        var byKey = evidence.OrderBy(e => e.OrderKey, StringComparer.Ordinal).ToList();

        byKey.ShouldBe(byFields);
        evidence[1].OrderKey.ShouldBe(documents[0] + " 0000000000 goal.index");
    }
}
