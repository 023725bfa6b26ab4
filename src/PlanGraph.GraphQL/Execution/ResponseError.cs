using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Execution;

/// <summary>An entry of a response's "errors" (spec §7.1.2): message, locations, the response path of the field, extensions.</summary>
public sealed record ResponseError(string Message, IReadOnlyList<SourceLocation> Locations, IReadOnlyList<object>? Path, IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static ResponseError From(GraphQLError error, IReadOnlyList<object>? path = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ResponseError(error.Message, error.Locations, path);
    }
}
