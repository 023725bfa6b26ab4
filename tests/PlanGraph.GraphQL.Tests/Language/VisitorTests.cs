using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Tests.Differential;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Language;

/// <summary>The AST visitor: order, ancestors, skip and break, on real documents.</summary>
public sealed class VisitorTests
{
    private const string Query = "query Q($id: ID = \"x\") { a: node(id: $id) { id ... on T @skip(if: true) { b(x: [1, {y: 2}]) } ...F } } fragment F on T { c }";

    [Fact]
    public void Enter_and_leave_pair_up_in_source_order_with_ancestors()
    {
        var events = new List<string>();
        var depthOfField = new Dictionary<string, int>();
        Visitor.Visit(Parser.Parse(Query),
            (node, ancestors) =>
            {
                events.Add("enter " + node.GetType().Name);
                if (node is FieldNode field)
                {
                    depthOfField[field.Name.Value] = ancestors.Count(a => a is FieldNode);
                }

                return VisitAction.Continue;
            },
            (node, _) =>
            {
                events.Add("leave " + node.GetType().Name);
                return VisitAction.Continue;
            });

        events[0].ShouldBe("enter DocumentNode");
        events[^1].ShouldBe("leave DocumentNode");
        events.Count(e => e.StartsWith("enter", StringComparison.Ordinal)).ShouldBe(events.Count(e => e.StartsWith("leave", StringComparison.Ordinal)));
        depthOfField.ShouldBe(new Dictionary<string, int> { ["node"] = 0, ["id"] = 1, ["b"] = 1, ["c"] = 0 });
        Visitor.Descendants(Parser.Parse(Query)).OfType<NameNode>().Select(n => n.Value).Take(6).ShouldBe(["Q", "id", "ID", "a", "node", "id"]);
    }

    [Fact]
    public void Skip_leaves_out_a_subtree_and_break_stops_the_walk()
    {
        var document = Parser.Parse(Query);
        var fields = new List<string>();
        Visitor.Visit(document, (node, _) =>
        {
            if (node is InlineFragmentNode)
            {
                return VisitAction.Skip;
            }

            if (node is FieldNode f)
            {
                fields.Add(f.Name.Value);
            }

            return VisitAction.Continue;
        });
        fields.ShouldBe(["node", "id", "c"]);

        var seen = 0;
        Visitor.Visit(document, (node, _) => ++seen == 5 ? VisitAction.Break : VisitAction.Continue).ShouldBeFalse();
        seen.ShouldBe(5);
    }

    [Fact]
    public void Every_literal_and_variable_of_every_corpus_document_is_reached()
    {
        // Each number and string token becomes a value node (or a description), each $ a variable: the walk
        // must reach as many of them as the lexer saw, wherever they sit (arguments, defaults, lists,
        // objects, directives, descriptions of SDL definitions).
        var checkedDocuments = 0;
        foreach (var document in DifferentialCorpus.Load().Append(new CorpusDocument("schema", DifferentialCorpus.SchemaSource)))
        {
            DocumentNode parsed;
            try
            {
                parsed = Parser.Parse(document.Source);
            }
            catch (GraphQLError)
            {
                continue;
            }

            var lexer = new Lexer(document.Source);
            var literals = 0;
            var dollars = 0;
            for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
            {
                literals += token.Kind is TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString ? 1 : 0;
                dollars += token.Kind == TokenKind.Dollar ? 1 : 0;
            }

            var nodes = Visitor.Descendants(parsed).ToList();
            nodes.Count(n => n is IntValueNode or FloatValueNode or StringValueNode).ShouldBe(literals, document.Name);
            nodes.Count(n => n is VariableNode).ShouldBe(dollars, document.Name);
            checkedDocuments++;
        }

        checkedDocuments.ShouldBeGreaterThan(200);
    }
}
