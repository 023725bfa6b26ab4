namespace PlanGraph.Neo4j;

/// <summary>What endpoint discovery found out about a Neo4j server.</summary>
/// <param name="Version">The version string the server reports, e.g. "3.1.1" or "5.26.0".</param>
/// <param name="Edition">"community" or "enterprise" (lower case, as the server reports it).</param>
/// <param name="TransactionEndpoint">
/// Where transactions begin: /db/data/transaction on 3.x, /db/{database}/tx on 4.x and 5.x.
/// Autocommit requests go to its "/commit" child.
/// </param>
/// <param name="Database">The database the endpoint addresses on 4.x/5.x; null on 3.x (one database per server).</param>
public sealed record Neo4jServerInfo(string Version, string Edition, Uri TransactionEndpoint, string? Database)
{
    /// <summary>The major version number (3, 4, 5…), 0 when the version string does not start with a number.</summary>
    public int MajorVersion => ParsePart(0);

    /// <summary>The minor version number.</summary>
    public int MinorVersion => ParsePart(1);

    private int ParsePart(int index)
    {
        var parts = Version.Split('.', '-');
        return parts.Length > index && int.TryParse(parts[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
