using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>PlanGraph.GraphQL's verdict on a document: parse, then validate with the specified rules.</summary>
public sealed class OurVerdicts(string schemaSdl)
{
    private readonly GraphQLSchema schema = SchemaBuilder.Build(schemaSdl);

    public Verdict Judge(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLError error)
        {
            return new Verdict(Verdict.ParseError, [ToVerdictError(error)]);
        }

        var errors = DocumentValidator.Validate(schema, document);
        return new Verdict(errors.Count == 0 ? Verdict.Valid : Verdict.Invalid, [.. errors.Select(ToVerdictError)]);
    }

    private static VerdictError ToVerdictError(GraphQLError error) =>
        new(error.Message, [.. error.Locations.Select(l => new VerdictLocation(l.Line, l.Column))]);
}
