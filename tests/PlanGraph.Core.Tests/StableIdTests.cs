using PlanGraph.Core;
using Shouldly;
using Xunit;

namespace PlanGraph.Core.Tests;

/// <summary>
/// Ids are the graph's keys in Neo4j and in every export: a faster way of making them must give the same values.
/// The expected ids were made by the first implementation (SHA-1 over the UTF-8 of the ␟-joined string).
/// </summary>
public sealed class StableIdTests
{
    [Theory]
    [InlineData("place:b82abf44c05ea927", "Place", new[] { "福田区" })]
    [InlineData("goal:911eaf3d0e9c4c26", "Goal", new[] { "plan:0123", "建设现代化国际化中心城区" })]
    [InlineData("target:193006655265e980", "Target", new string[0])]
    public void Node_ids_keep_their_values(string expected, string label, string[] keyParts)
        => StableId.For(label, keyParts).ShouldBe(expected);

    [Fact]
    public void A_lone_surrogate_is_hashed_as_its_replacement_character()
        => StableId.For(NodeLabels.Place, "\ud800x").ShouldBe("place:2c065d0608b67587");

    [Fact]
    public void A_key_longer_than_the_stack_buffer_keeps_its_value()
        => StableId.For(NodeLabels.Indicator, new string('指', 200)).ShouldBe("indicator:2594884fa2f9c048");

    [Fact]
    public void Document_ids_keep_their_values()
        => StableId.ForDocument("futian-14th-five-year-plan-outline.txt").ShouldBe("document:7fa43d2d7428c61a");

    [Fact]
    public void Relationship_ids_keep_their_values_with_and_without_a_role()
    {
        StableId.ForRelationship("INVOLVES", "project:1", "institution:2").ShouldBe("rel:26773dd9116da3cf");
        StableId.ForRelationship("INVOLVES", "project:1", "institution:2", "lead").ShouldBe("rel:695d4a2408c77142");
    }
}
