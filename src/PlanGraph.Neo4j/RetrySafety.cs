namespace PlanGraph.Neo4j;

/// <summary>Which failures a request may be repeated after without risking doing its work twice.</summary>
[Flags]
internal enum RetrySafety
{
    /// <summary>A refused connection (or a 503): the request never reached Neo4j, so any request may be repeated.</summary>
    ConnectionFailures = 1,

    /// <summary>Neo.TransientError.* on an autocommit request: Neo4j rolled the whole request back.</summary>
    TransientErrors = 2,

    /// <summary>A timeout: only for reads with no effect (discovery); a timed-out write may have committed.</summary>
    Timeouts = 4,
}
