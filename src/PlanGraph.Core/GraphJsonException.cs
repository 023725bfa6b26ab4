namespace PlanGraph.Core;

/// <summary>A graph.json that cannot be read; the message names the input and the JSON path.</summary>
public sealed class GraphJsonException : Exception
{
    public GraphJsonException(string message) : base(message)
    {
    }

    public GraphJsonException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public GraphJsonException()
    {
    }
}
