namespace PlanGraph.Extraction;

/// <summary>
/// One place of the gazetteer. <paramref name="Parent"/> is the containing place's name; <paramref name="Key"/>
/// identifies the place (its GB/T 2260 code, or its name for a place that is no division); <paramref name="Level"/>
/// is 1 province, 2 prefecture, 3 county or district, 4 township or street, 0 no division.
/// </summary>
internal sealed record GazetteerPlace(string Name, string Type, string? Parent, string? Code, IReadOnlyList<string> Aliases)
{
    public string Key { get; init; } = Name;

    public string? ParentKey { get; init; }

    public int Level { get; init; }

    /// <summary>Aliases the local supplement gives a division by hand, read like its full name.</summary>
    public IReadOnlyList<string> HandAliases { get; init; } = [];

    /// <summary>Whether another place of the gazetteer has the same name (27 新华街道): its node id then holds the code.</summary>
    public bool SharesName { get; set; }
}
