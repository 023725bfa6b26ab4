using PlanGraph.Api.Compilation;
using PlanGraph.GraphQL.Execution;

namespace PlanGraph.Api.Hosting;

/// <summary>The root value a plan produces: the shaped data per response key, and the root fields that failed.</summary>
public sealed class PlannedRoot
{
    private readonly Dictionary<string, Exception> failures = new(StringComparer.Ordinal);

    public ShapedData Data { get; set; } = ShapedData.Empty;

    /// <summary>The response key's value, or the error that field ends with (the engine turns it into a field error).</summary>
    /// The shaper already followed the field's selection (aliases, __typename, nested paging) and wrote it as
    /// JSON, so the bytes go to the response as they are (<see cref="SerializedValue"/>): the engine does not walk
    /// them field by field. A null value is completed by the engine (a non-null field then fails).
    public object? Read(string responseKey)
        => failures.TryGetValue(responseKey, out var failure) ? failure
            : Data.TryGet(responseKey, out var json) ? new SerializedValue(json)
            : new CompletedValue(null);

    /// <summary>Whether a root field failed (refused by the compiler, or the database's error).</summary>
    public bool HasFailures => failures.Count > 0;

    public void FailAll(IEnumerable<FieldSelection> fields, Exception failure)
    {
        foreach (var field in fields)
        {
            failures[field.ResponseKey] = failure;
        }
    }
}
