namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// What the directive rules need to know of a directive, whether the schema defines it or the document
/// does: where it may appear (spec spelling), its argument names, its required arguments with their
/// printed types, and whether it may repeat.
/// </summary>
public sealed record DirectiveShape(
    string Name,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> ArgumentNames,
    IReadOnlyList<(string Name, string Type)> RequiredArguments,
    bool IsRepeatable);
