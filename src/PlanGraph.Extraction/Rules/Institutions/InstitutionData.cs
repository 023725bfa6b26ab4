namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>The shipped word tables of the institution and involvement rules, read once.</summary>
internal static class InstitutionData
{
    private static readonly Lazy<DataTable> Bodies = new(() => DataTable.Load("government-bodies.tsv"));
    private static readonly Lazy<DataTable> Roles = new(() => DataTable.Load("involvement-roles.tsv"));
    private static readonly Lazy<GovernmentBodyFinder> Finder = new(() => new GovernmentBodyFinder(Bodies.Value));

    public static DataTable GovernmentBodies => Bodies.Value;

    public static DataTable InvolvementRoles => Roles.Value;

    public static GovernmentBodyFinder BodyFinder => Finder.Value;

    /// <summary>Part of the rules version: the two tables' versions.</summary>
    public static string Version => Bodies.Value.Version + "+" + Roles.Value.Version;
}
