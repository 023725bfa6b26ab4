namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Thrown after a non-null position failed and its error was recorded: the nearest nullable parent
/// catches it and becomes null (spec §6.4.4 Handling Field Errors).
/// </summary>
internal sealed class NullPropagation : Exception
{
    public NullPropagation()
        : base("A non-null field failed; its parent becomes null.")
    {
    }

    public NullPropagation(string message)
        : base(message)
    {
    }

    public NullPropagation(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
