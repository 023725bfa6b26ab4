namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// The words of Data/involvement-roles.tsv the involvement rules read, sorted once (longest first): labels that open a
/// list of bodies with their role (责任单位), words after a body that give its role (牵头, 配合), and collective items
/// that name no one body (各市人民政府).
/// </summary>
internal sealed record RoleWords(List<(string Word, string Value)> Labels, List<(string Word, string Value)> After, List<string> Generic)
{
    private static readonly Lazy<RoleWords> Loaded = new(() =>
    {
        var roles = Institutions.InstitutionData.InvolvementRoles;
        return new RoleWords(
            [.. roles.Pairs("label").OrderByDescending(p => p.Word.Length)],
            [.. roles.Pairs("after").OrderByDescending(p => p.Word.Length)],
            [.. roles.Words("generic")]);
    });

    public static RoleWords Value => Loaded.Value;

    /// <summary>
    /// A shared duty (A、B按职责分工负责) leads where no one else in the note or sentence leads, and partners one
    /// that does (A牵头，B、C按职责分工负责): role "shared" in Data/involvement-roles.tsv.
    /// </summary>
    public static List<(T Who, string Role)> Settle<T>(List<(T Who, string Role)> assigned)
    {
        var led = assigned.Any(a => a.Role == "lead");
        return [.. assigned.Select(a => a.Role == "shared" ? (a.Who, led ? "partner" : "lead") : a)];
    }
}
