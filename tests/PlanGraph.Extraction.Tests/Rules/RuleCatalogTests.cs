using PlanGraph.Extraction.Rules;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules;

/// <summary>The registry and the rule catalog of docs/extraction.md agree, and rule ids are unique.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void Every_registered_rule_is_in_the_stage_table_of_the_docs_and_ids_are_unique()
    {
        var root = Path.GetDirectoryName(SeedGraph.SeedsFolder())!;
        var docs = File.ReadAllText(Path.Combine(root, "docs", "extraction.md"));
        var stages = docs[docs.IndexOf("## Stages and where a rule lives", StringComparison.Ordinal)..];
        foreach (var rule in RuleRegistry.All)
        {
            var row = stages.Split('\n').FirstOrDefault(l => l.StartsWith($"| `{rule.Stage}`", StringComparison.Ordinal));
            row.ShouldNotBeNull($"docs/extraction.md has no row for stage {rule.Stage}");
            row.ShouldContain(rule.GetType().Name, customMessage: $"{rule.GetType().Name} runs in stage {rule.Stage} but the docs' stage table does not say so");
            docs.ShouldContain($"`{rule.Id}`", customMessage: $"rule id {rule.Id} is not described in docs/extraction.md");
        }

        RuleRegistry.All.Select(r => r.Id).ShouldBeUnique();
    }

    [Fact]
    public void Registered_rules_keep_no_state_between_documents()
    {
        // One instance of each rule serves every extraction, concurrent ones included: a field set in Apply would
        // leak one document's state (a source map, a goal) into another's evidence.
        foreach (var rule in RuleRegistry.All)
        {
            var fields = rule.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);
            // A captured primary-constructor parameter (<lexicon>P) is a field the compiler does not mark read-only.
            fields.Where(f => !f.IsInitOnly && !f.Name.EndsWith(">P", StringComparison.Ordinal)).Select(f => f.Name).ShouldBeEmpty($"{rule.GetType().Name} has mutable fields");
        }
    }
}
