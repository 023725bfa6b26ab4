namespace PlanGraph.Neo4j.Local;

/// <summary>The state of the local Neo4j for one port pair.</summary>
/// <param name="Running">True when our process is alive and HTTP answers.</param>
/// <param name="ProcessId">The pid from the pid file, when that process is alive.</param>
/// <param name="HttpUrl">The HTTP root.</param>
/// <param name="BoltUrl">The Bolt address.</param>
/// <param name="Version">The version HTTP reports, when it answers.</param>
/// <param name="Detail">What was found, in words (e.g. "stale pid file removed", "starting: HTTP does not answer yet").</param>
public sealed record LocalNeo4jStatus(bool Running, int? ProcessId, Uri HttpUrl, Uri BoltUrl, string? Version, string Detail)
{
    /// <summary>Neo4j Browser's address.</summary>
    public Uri BrowserUrl => new(HttpUrl, "/browser/");
}
