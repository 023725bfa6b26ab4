namespace PlanGraph.Neo4j.Local;

/// <summary>The local Neo4j could not be provisioned, started or stopped; the message says why and what to do.</summary>
public sealed class LocalNeo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LocalNeo4jException()
        : base("The local Neo4j failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public LocalNeo4jException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public LocalNeo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
