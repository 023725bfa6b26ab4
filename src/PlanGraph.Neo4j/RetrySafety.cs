namespace PlanGraph.Neo4j;

/// <summary>
/// Which failures a request may be repeated after without risking doing its work twice. Timeouts are
/// never retried: a timed-out write may have committed, and a server that hangs rarely recovers within
/// a retry's wait, so waiting (MaxRetries + 1) × RequestTimeout would only delay the error.
/// </summary>
[Flags]
internal enum RetrySafety
{
    /// <summary>A refused connection (or a 503): the request never reached Neo4j, so any request may be repeated.</summary>
    ConnectionFailures = 1,

    /// <summary>Neo.TransientError.* on an autocommit request: Neo4j rolled the whole request back.</summary>
    TransientErrors = 2,
}
