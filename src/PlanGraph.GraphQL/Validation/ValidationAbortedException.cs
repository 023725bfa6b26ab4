namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// Thrown by a rule whose work budget ran out on a pathological document (graphql-js's
/// "Validation aborted."); the validator stops and reports that as one more error.
/// </summary>
public sealed class ValidationAbortedException : Exception
{
    public const string Text = "Validation aborted.";

    public ValidationAbortedException()
        : base(Text)
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
