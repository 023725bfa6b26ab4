using PlanGraph.GraphQL.Language;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Language;

/// <summary>
/// What the parser builds (the differential test checks only what it rejects): literal values after
/// escapes and dedent, and node locations.
/// </summary>
public sealed class ParserTests
{
    private static IValueNode ArgumentValue(string literal)
    {
        var document = Parser.Parse("{ f(a: " + literal + ") }");
        var operation = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>();
        var field = operation.SelectionSet.Selections.ShouldHaveSingleItem().ShouldBeOfType<FieldNode>();
        return field.Arguments.ShouldHaveSingleItem().Value;
    }

    [Fact]
    public void Block_strings_lose_common_indentation_and_blank_edge_lines()
    {
        var value = ArgumentValue("\"\"\"\n    Indented\n      more\n    back\n\n\"\"\"").ShouldBeOfType<StringValueNode>();
        value.Block.ShouldBeTrue();
        value.Value.ShouldBe("Indented\n  more\nback");
    }

    [Fact]
    public void Escaped_triple_quotes_stay_in_a_block_string()
    {
        ArgumentValue("\"\"\"a \\\"\"\" b\"\"\"").ShouldBeOfType<StringValueNode>().Value.ShouldBe("a \"\"\" b");
    }

    [Fact]
    public void Unicode_escapes_decode_including_surrogate_pairs_and_braced_forms()
    {
        ArgumentValue("\"caf\\u00E9 \\uD83D\\uDE00 \\u{1F600} \\u{41}\"").ShouldBeOfType<StringValueNode>().Value
            .ShouldBe("café 😀 😀 A");
    }

    [Fact]
    public void Numbers_keep_their_written_form_and_kind()
    {
        ArgumentValue("-0").ShouldBeOfType<IntValueNode>().Value.ShouldBe("-0");
        ArgumentValue("1.5e10").ShouldBeOfType<FloatValueNode>().Value.ShouldBe("1.5e10");
        ArgumentValue("2E-3").ShouldBeOfType<FloatValueNode>().Value.ShouldBe("2E-3");
    }

    [Fact]
    public void Locations_count_lines_after_crlf_and_columns_in_utf16_units()
    {
        var document = Parser.Parse("# c\r\n{ echo(s: \"😀\") nope }");
        var operation = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>();
        var nope = operation.SelectionSet.Selections[1].ShouldBeOfType<FieldNode>();
        // graphql-js: start 21, line 2, column 17 (the emoji counts as two code units).
        nope.Location.ShouldBe(new SourceLocation(21, 2, 17));
    }

    [Fact]
    public void A_syntax_error_says_what_was_expected_and_where()
    {
        var error = Should.Throw<GraphQLError>(() => Parser.Parse("{ plan {\n  id:\n} }"));
        error.Message.ShouldBe("Syntax Error: Expected Name, found \"}\".");
        error.Locations.ShouldHaveSingleItem().ShouldBe(new SourceLocation(15, 3, 1));
    }

    [Fact]
    public void Schema_definition_language_parses_with_descriptions_and_extensions()
    {
        var document = Parser.Parse("\"\"\"Doc\"\"\" type A implements B & C @x { \"f\" f(a: Int = 1 @deprecated): [A!]! }\nextend type A { g: Int }\ndirective @d(x: Int) repeatable on FIELD | QUERY");
        document.Definitions.Count.ShouldBe(3);
        var type = document.Definitions[0].ShouldBeOfType<TypeDefinitionNode>();
        type.Description!.Value.ShouldBe("Doc");
        type.Interfaces.Select(i => i.Name.Value).ShouldBe(["B", "C"]);
        type.Fields.ShouldHaveSingleItem().Arguments.ShouldHaveSingleItem().DefaultValue.ShouldBeOfType<IntValueNode>();
        document.Definitions[1].ShouldBeOfType<TypeDefinitionNode>().IsExtension.ShouldBeTrue();
        var directive = document.Definitions[2].ShouldBeOfType<DirectiveDefinitionNode>();
        directive.Repeatable.ShouldBeTrue();
        directive.Locations.Select(l => l.Value).ShouldBe(["FIELD", "QUERY"]);
    }
}
