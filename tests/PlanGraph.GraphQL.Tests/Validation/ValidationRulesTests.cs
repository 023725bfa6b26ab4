using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Tests.Differential;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;
using PlanGraph.GraphQL.Validation.Rules;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Validation;

/// <summary>Behaviour of the rules beyond what the differential corpus pins down: scale, caching, limits.</summary>
public sealed class ValidationRulesTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(DifferentialCorpus.SchemaSource);

    private static IReadOnlyList<GraphQLError> Validate(string source) => DocumentValidator.Validate(Schema, Parser.Parse(source));

    [Fact]
    public void Overlap_check_shares_work_between_fragments_that_multiply()
    {
        // Each fragment spreads the next twice: 2^40 paths if expanded naively.
        var fragments = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"fragment X{i} on Plan {{ parent {{ ...X{i + 1} ...X{i + 1} }} a: id }}"));
        var errors = Validate("{ plan { ...X0 } }\n" + fragments + "\nfragment X40 on Plan { name }");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Overlap_conflict_deep_in_multiplying_fragments_is_found()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment X{i} on Plan {{ parent {{ ...X{i + 1} ...Y{i + 1} }} }}"));
        var leaves = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"fragment Y{i} on Plan {{ x: id }}"));
        var errors = Validate("{ plan { ...X0 } }\n" + fragments + "\n" + leaves + "\nfragment X30 on Plan { x: name }");
        errors.ShouldHaveSingleItem().Message.ShouldBe(
            "Fields \"x\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.");
    }

    [Fact]
    public void Overlap_check_gives_up_with_validation_aborted_when_its_budget_runs_out()
    {
        var errors = Validate("{ plan { " + string.Join(" ", Enumerable.Repeat("a: id", 1200)) + " } }");
        errors.ShouldHaveSingleItem().Message.ShouldBe("Validation aborted.");
    }

    [Fact]
    public void A_long_fragment_cycle_is_one_error_naming_every_fragment_on_it()
    {
        const int length = 200;
        var fragments = string.Join("\n", Enumerable.Range(0, length).Select(i => $"fragment F{i} on Plan {{ ...F{(i + 1) % length} }}"));
        var errors = Validate("{ plan { ...F0 } }\n" + fragments);
        var error = errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",");
        error.Message.ShouldEndWith($"\"F{length - 1}\".");
        error.Locations.Count.ShouldBe(length);
    }

    [Fact]
    public void Validation_stops_at_the_error_limit_with_a_final_error()
    {
        var document = Parser.Parse("{ plan { " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"f{i}")) + " } }");
        var errors = DocumentValidator.Validate(Schema, document, SpecifiedRules.All, maxErrors: 3);
        errors.Count.ShouldBe(4);
        errors[^1].Message.ShouldBe("Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void Type_info_tracks_parent_field_and_input_types()
    {
        var document = Parser.Parse("query Q($w: Float) { plan { goals(where: { level: CITY, minWeight: $w }) { id } } }");
        var typeInfo = new TypeInfo(Schema);
        var seen = new List<string>();
        var probe = new TypeProbe(new ValidationContext(Schema, document, typeInfo, _ => { }), typeInfo, seen);
        new DocumentWalker(typeInfo, [probe]).Walk(document);
        seen.ShouldContain("field goals on Plan: [Goal!]!");
        seen.ShouldContain("enum CITY expects Level in GoalFilter");
        seen.ShouldContain("variable $w expects Float (default given) in GoalFilter");
    }

    [Fact]
    public void Every_rule_reports_some_corpus_document_on_its_own()
    {
        var documents = DifferentialCorpus.Load()
            .Select(d => TryParse(d.Source))
            .OfType<DocumentNode>()
            .ToList();
        foreach (var rule in SpecifiedRules.All)
        {
            var reporting = documents.Count(d => DocumentValidator.Validate(Schema, d, [rule], 100).Count > 0);
            reporting.ShouldBeGreaterThan(0, $"{rule(new ValidationContext(Schema, documents[0], new TypeInfo(Schema), _ => { })).GetType().Name} reports nothing on the corpus");
        }
    }

    [Fact]
    public void Comparison_flags_a_difference_in_locations_alone()
    {
        var theirs = new Verdict(Verdict.Invalid, [new VerdictError("m", [new VerdictLocation(1, 2)])]);
        var ours = new Verdict(Verdict.Invalid, [new VerdictError("m", [new VerdictLocation(1, 3)])]);
        new DocumentComparison(new CorpusDocument("d", "{ a }"), theirs, ours).ErrorsIdentical.ShouldBeFalse();
        new DocumentComparison(new CorpusDocument("d", "{ a }"), theirs, theirs).ErrorsIdentical.ShouldBeTrue();
    }

    private static DocumentNode? TryParse(string source)
    {
        try
        {
            return Parser.Parse(source);
        }
        catch (GraphQLError)
        {
            return null;
        }
    }

    private sealed class TypeProbe(ValidationContext context, TypeInfo typeInfo, List<string> seen) : ValidationRule(context)
    {
        public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
        {
            switch (node)
            {
                case FieldNode field when typeInfo.Type is { } type && typeInfo.ParentType is INamedType parentType:
                    seen.Add($"field {field.Name.Value} on {parentType.Name}: {TypeRelations.Print(type)}");
                    break;
                case EnumValueNode value when typeInfo.InputType is { } input && typeInfo.ParentInputType is INamedType enclosing:
                    seen.Add($"enum {value.Value} expects {TypeRelations.Print(input)} in {enclosing.Name}");
                    break;
                case VariableNode variable when parent is ObjectFieldNode && typeInfo.InputType is { } input && typeInfo.ParentInputType is INamedType enclosing:
                    seen.Add($"variable ${variable.Name.Value} expects {TypeRelations.Print(input)}{(typeInfo.HasDefaultValue ? " (default given)" : string.Empty)} in {enclosing.Name}");
                    break;
            }

            return true;
        }
    }
}
