namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// A field's value that its resolver already completed for the field's whole sub-selection and wrote as JSON
/// (UTF-8, with <see cref="ResultJsonWriter.Options"/>), typically an operation planner's shaped answer: the
/// engine copies the bytes into the response as they are, with no per-field completion and no tree of nodes in
/// between (spec §6.4.3 is then the resolver's job). A null field value is not one of these: return null (or
/// <c>new CompletedValue(null)</c>) so a non-null field still ends in a field error.
/// </summary>
/// <param name="Utf8">One complete JSON value; the engine does not check it.</param>
public sealed record SerializedValue(ReadOnlyMemory<byte> Utf8);
