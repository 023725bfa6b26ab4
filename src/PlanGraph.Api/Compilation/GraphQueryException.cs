namespace PlanGraph.Api.Compilation;

/// <summary>A request the plan graph cannot answer as asked; the message says what and where (the field path).</summary>
public sealed class GraphQueryException : Exception
{
    /// <summary>Creates the error for the field at <paramref name="path"/>.</summary>
    public GraphQueryException(string message, IReadOnlyList<string> path)
        : base(message)
    {
        Path = path;
    }

    /// <summary>Creates an error without a path.</summary>
    public GraphQueryException()
        : this("The request cannot be answered.", [])
    {
    }

    /// <summary>Creates an error without a path.</summary>
    public GraphQueryException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates an error without a path.</summary>
    public GraphQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = [];
    }

    /// <summary>Response keys from the root to the field the error is about.</summary>
    public IReadOnlyList<string> Path { get; }
}
