namespace PlanGraph.Neo4j;

/// <summary>Neo4j could not be reached: the connection was refused (after retrying) or a request timed out.</summary>
public sealed class Neo4jUnavailableException : Exception
{
    /// <summary>Creates the exception; the message names the URL and what was tried.</summary>
    public Neo4jUnavailableException(Uri url, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Url = url;
    }

    /// <summary>Creates the exception for the default address.</summary>
    public Neo4jUnavailableException()
        : this(Neo4jOptions.DefaultUrl, $"Neo4j at {Neo4jOptions.DefaultUrl} is not reachable.")
    {
    }

    /// <summary>Creates the exception for the default address.</summary>
    public Neo4jUnavailableException(string message)
        : this(Neo4jOptions.DefaultUrl, message)
    {
    }

    /// <summary>Creates the exception for the default address.</summary>
    public Neo4jUnavailableException(string message, Exception innerException)
        : this(Neo4jOptions.DefaultUrl, message, innerException)
    {
    }

    /// <summary>The server address that could not be reached.</summary>
    public Uri Url { get; }
}
