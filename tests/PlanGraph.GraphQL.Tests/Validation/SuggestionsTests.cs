using Shouldly;
using Xunit;
using PlanGraph.GraphQL.Utilities;

namespace PlanGraph.GraphQL.Tests.Validation;

/// <summary>Expected values are graphql-js 16.15's suggestionList/didYouMean on the same inputs.</summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void Nearest_first_and_a_case_change_counts_as_one_edit()
    {
        Suggestions.For("plann", ["plan", "plans", "place", "planet", "node", "plann2", "Plann"])
            .ShouldBe(["Plann", "plan", "plann2", "plans", "place", "planet"]);
    }

    [Fact]
    public void Ties_are_broken_in_natural_order()
    {
        Suggestions.For("abc", ["ab2", "ab10", "ab1", "abd", "ABC", "xyz"])
            .ShouldBe(["ABC", "ab1", "ab2", "abd", "ab10"]);
    }

    [Fact]
    public void Did_you_mean_lists_at_most_five_with_or()
    {
        Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]).ShouldBe(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?");
        Suggestions.DidYouMean("the enum value", ["X", "Y"]).ShouldBe(" Did you mean the enum value \"X\" or \"Y\"?");
        Suggestions.DidYouMean(["only"]).ShouldBe(" Did you mean \"only\"?");
        Suggestions.DidYouMean([]).ShouldBe(string.Empty);
    }

    [Fact]
    public void Natural_order_compares_digit_runs_by_value()
    {
        NaturalOrder.Compare("ab10", "ab2").ShouldBeGreaterThan(0);
        NaturalOrder.Compare("ab2", "abd").ShouldBeLessThan(0);
        NaturalOrder.Compare("a", "a1").ShouldBeLessThan(0);
    }

    [Fact]
    public void JavaScript_sort_keeps_v8_order_for_an_inconsistent_comparator()
    {
        // A comparator that says "less" for every pair: V8 reverses the leading descending run.
        var items = new List<int> { 1, 2, 3, 4 };
        JavaScriptSort.Sort(items, (_, _) => -1);
        items.ShouldBe([4, 3, 2, 1]);
    }
}
