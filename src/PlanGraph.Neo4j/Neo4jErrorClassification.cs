namespace PlanGraph.Neo4j;

/// <summary>The second part of a Neo4j status code (Neo.{Classification}.{Category}.{Title}).</summary>
public enum Neo4jErrorClassification
{
    /// <summary>The code did not have the Neo.X.Y.Z shape (e.g. an HTTP-level failure).</summary>
    Unknown,

    /// <summary>The request was wrong (syntax, constraint violation, unknown transaction…): retrying will not help.</summary>
    ClientError,

    /// <summary>A warning-level status from the server.</summary>
    ClientNotification,

    /// <summary>A temporary failure (deadlock, lock timeout, leader switch…): the transaction was rolled back and may be retried.</summary>
    TransientError,

    /// <summary>The server failed; retrying is unlikely to help.</summary>
    DatabaseError,
}
