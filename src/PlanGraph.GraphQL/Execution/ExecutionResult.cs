using System.Text.Json;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// A response (spec §7.1): <see cref="Data"/> is absent when the request failed before execution
/// (<see cref="IsRequestError"/>), and null when a non-null root field failed.
/// </summary>
public sealed record ExecutionResult(IReadOnlyDictionary<string, object?>? Data, IReadOnlyList<ResponseError> Errors, bool HasData)
{
    /// <summary>Parse, validation, limit or variable errors: nothing was executed.</summary>
    public bool IsRequestError => !HasData;

    public static ExecutionResult RequestError(IEnumerable<ResponseError> errors) => new(null, [.. errors], false);

    public static ExecutionResult RequestError(GraphQLError error) => RequestError([ResponseError.From(error)]);

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ResultJsonWriter.Write(writer, this);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
