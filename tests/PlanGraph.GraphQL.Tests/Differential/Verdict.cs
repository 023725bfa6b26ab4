namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>What a GraphQL implementation says about one document: valid, a syntax error, or validation errors.</summary>
public sealed record Verdict(string Kind, IReadOnlyList<VerdictError> Errors)
{
    public const string Valid = "valid";
    public const string ParseError = "parse-error";
    public const string Invalid = "invalid";

    public override string ToString() =>
        Errors.Count == 0 ? Kind : Kind + ": " + string.Join(" | ", Errors);
}
