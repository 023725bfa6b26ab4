using System.Text.Json.Nodes;
using PlanGraph.Api.Compilation;
using PlanGraph.GraphQL.Execution;

namespace PlanGraph.Api.Hosting;

/// <summary>The root value a plan produces: the shaped data per response key, and the root fields that failed.</summary>
public sealed class PlannedRoot
{
    private readonly Dictionary<string, Exception> failures = new(StringComparer.Ordinal);

    public JsonObject Data { get; set; } = [];

    /// <summary>The response key's value, or the error that field ends with (the engine turns it into a field error).</summary>
    /// The shaper already followed the field's selection (aliases, __typename, nested paging), so the value
    /// goes to the response as it is (<see cref="CompletedValue"/>): the engine does not walk it field by field.
    public object? Read(string responseKey) => failures.TryGetValue(responseKey, out var failure) ? failure : new CompletedValue(Data[responseKey]);

    public void FailAll(IEnumerable<FieldSelection> fields, Exception failure)
    {
        foreach (var field in fields)
        {
            failures[field.ResponseKey] = failure;
        }
    }
}
