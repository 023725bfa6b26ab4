using PlanGraph.Api.Schema;
using PlanGraph.GraphQL;
using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Validation;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// Checks a request against the plan-graph schema with the engine's parser and the specification's
/// validation rules (spec §5) before anything is compiled, so a bad request gets the standard error
/// messages with line and column and never reaches Neo4j.
/// </summary>
public sealed class RequestValidator
{
    private readonly GraphQLSchema schema = SchemaBuilder.Build(PlanGraphSdl.Text);

    /// <summary>The errors of the document (empty when it is valid).</summary>
    public IReadOnlyList<GraphQLError> Validate(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLError syntax)
        {
            return [syntax];
        }

        return DocumentValidator.Validate(schema, document);
    }
}
