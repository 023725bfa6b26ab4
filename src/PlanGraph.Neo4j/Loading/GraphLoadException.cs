namespace PlanGraph.Neo4j.Loading;

/// <summary>The graph cannot be loaded as given (an unknown label, a relationship to a missing node…).</summary>
public sealed class GraphLoadException : Exception
{
    public GraphLoadException(string message) : base(message)
    {
    }

    public GraphLoadException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public GraphLoadException()
    {
    }
}
