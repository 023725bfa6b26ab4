using FsCheck;
using FsCheck.Fluent;
using PlanGraph.GraphQL.Language;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Properties;

/// <summary>
/// Properties of the language layer over documents FsCheck generates: a generated executable document
/// prints to text that parses back to a document printing the same (print is a fixed point of parse),
/// and arbitrary text either parses or fails with a GraphQLError, never another exception.
/// </summary>
public sealed class LanguagePropertyTests
{
    private static readonly string[] Names = ["a", "b", "node", "plans", "_x", "f1", "on", "query", "true", "null", "Type"];

    private static Gen<NameNode> Name => Gen.Elements(Names).Select(n => new NameNode(n, null));

    private static Gen<IValueNode> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (IValueNode)new IntValueNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture), null)),
            Gen.Elements("1.5", "-0.25e3", "2E-2", "0.0").Select(f => (IValueNode)new FloatValueNode(f, null)),
            Gen.Elements("", "规划", "a\"b", "back\\slash", "line\nbreak", "tab\tx", "é ü", "\u0001ctl", "😀").Select(s => (IValueNode)new StringValueNode(s, false, null)),
            Gen.Elements("block", "two\nlines", "indented\n  more", "ends with \"").Select(s => (IValueNode)new StringValueNode(s, true, null)),
            Gen.Elements(true, false).Select(b => (IValueNode)new BooleanValueNode(b, null)),
            Gen.Constant((IValueNode)new NullValueNode(null)),
            Gen.Elements("ASC", "DESC", "PLAN").Select(e => (IValueNode)new EnumValueNode(e, null)),
            Name.Select(n => (IValueNode)new VariableNode(n, null)));
        if (depth <= 0)
        {
            return scalar;
        }

        var list = Gen.ListOf(Value(depth - 1)).Select(values => (IValueNode)new ListValueNode([.. values.Take(3)], null));
        var fields = Gen.ListOf(Gen.Zip(Name, Value(depth - 1)).Select(p => new ObjectFieldNode(p.Item1, p.Item2, null)));
        var obj = fields.Select(f => (IValueNode)new ObjectValueNode([.. f.DistinctBy(x => x.Name.Value).Take(3)], null));
        return Gen.Frequency((4, scalar), (1, list), (1, obj));
    }

    private static Gen<ArgumentNode> Argument => Gen.Zip(Name, Value(2)).Select(p => new ArgumentNode(p.Item1, p.Item2, null));

    private static Gen<DirectiveNode> Directive => Gen.Zip(Gen.Elements("skip", "include", "tag"), Gen.ListOf(Argument))
        .Select(p => new DirectiveNode(new NameNode(p.Item1, null), [.. p.Item2.Take(2)], null));

    private static Gen<ISelectionNode> Selection(int depth)
    {
        var alias = Gen.OneOf(Gen.Constant((NameNode?)null), Name.Select(n => (NameNode?)n));
        var children = depth > 0 ? Gen.OneOf(Gen.Constant((SelectionSetNode?)null), SelectionSet(depth - 1).Select(s => (SelectionSetNode?)s)) : Gen.Constant((SelectionSetNode?)null);
        var field =
            from a in alias
            from name in Name
            from arguments in Gen.ListOf(Argument)
            from directives in Gen.ListOf(Directive)
            from selectionSet in children
            select (ISelectionNode)new FieldNode(a, name, [.. arguments.DistinctBy(x => x.Name.Value).Take(3)], [.. directives.Take(2)], selectionSet, null);
        if (depth <= 0)
        {
            return field;
        }

        var spread = Name.Select(n => (ISelectionNode)new FragmentSpreadNode(new NameNode("F" + n.Value, null), [], null));
        var inline = Gen.Zip(Gen.OneOf(Gen.Constant((NamedTypeNode?)null), Gen.Constant((NamedTypeNode?)new NamedTypeNode(new NameNode("Plan", null), null))), SelectionSet(depth - 1))
            .Select(p => (ISelectionNode)new InlineFragmentNode(p.Item1, [], p.Item2, null));
        return Gen.Frequency((5, field), (1, spread), (1, inline));
    }

    private static Gen<SelectionSetNode> SelectionSet(int depth) =>
        Gen.NonEmptyListOf(Selection(depth)).Select(s => new SelectionSetNode([.. s.Take(4)], null));

    private static Gen<DocumentNode> Document =>
        from operation in Gen.Elements(OperationType.Query, OperationType.Mutation)
        from name in Gen.OneOf(Gen.Constant((NameNode?)null), Name.Select(n => (NameNode?)n))
        from selectionSet in SelectionSet(2)
        select new DocumentNode([new OperationDefinitionNode(operation, name, [], [], selectionSet, null)], null);

    [Fact]
    public void Printing_a_generated_document_and_parsing_it_back_prints_the_same()
    {
        Prop.ForAll(Document.ToArbitrary(), document =>
        {
            var printed = Printer.Print(document);
            var again = Printer.Print(Parser.Parse(printed));
            return (again == printed).Label(printed + "\n--- printed again ---\n" + again);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_text_parses_or_fails_with_a_graphql_error()
    {
        var fragments = Gen.Elements("{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "...", "$", "@", "!", ":", "=", "|", "&", "#", "\n", " ",
            "query", "fragment", "on", "a", "1", "1.5e", "\\u", "\\uD83D", "\u00e9", "\u0000", "type", "schema", "extend", ",");
        var text = Gen.ListOf(fragments).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(Gen.OneOf(text, ArbMap.Default.GeneratorFor<string>())), source =>
        {
            try
            {
                Parser.Parse(source ?? string.Empty);
            }
            catch (GraphQLError)
            {
                // The documented failure.
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
