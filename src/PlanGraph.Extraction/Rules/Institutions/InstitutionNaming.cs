using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>
/// One node per body and region: a body the text names by its level (省财政厅, 市工信局, 区政府) is the issuing
/// region's, so its node is named with the region (X省财政厅) and keeps the written form as an alias, which
/// is how questions name it. 政府 right after a region is the 人民政府 (省政府 = X省人民政府).
/// </summary>
internal static partial class InstitutionNaming
{
    public static (string Name, IReadOnlyList<string> Aliases) Resolve(string written, IssuingRegion region)
    {
        var name = written;
        var aliases = new List<string>();
        if (LevelPrefix().Match(written) is { Success: true } level && region.Of(LevelOf(level.Groups[1].Value)) is { } place && place.Length > level.Length)
        {
            name = place + written[level.Length..];
        }

        // A district's body named without its city is the city's district's: Z区人民政府 = Y市Z区人民政府 in that city's plans.
        else if (region is { District: { } district, City: { } city } && name.StartsWith(district, StringComparison.Ordinal))
        {
            name = city + name;
        }

        // 市政府办公室 = 市人民政府办公室, 省政府 = 省人民政府.
        if (ShortGovernment().Match(name) is { Success: true } government)
        {
            name = government.Groups[1].Value + "人民政府" + name[government.Length..];
        }

        // Short forms of a body's name (市场监管局, 发展改革委) name the same body as the full form.
        foreach (var (abbreviation, full) in InstitutionData.GovernmentBodies.Pairs("abbreviation"))
        {
            if (name.EndsWith(abbreviation, StringComparison.Ordinal) && name.Length > abbreviation.Length)
            {
                var shortName = name;
                name = name[..^abbreviation.Length] + full;
                if (shortName != written)
                {
                    aliases.Add(shortName);
                }

                break;
            }
        }

        if (name != written)
        {
            aliases.Add(written);
        }

        return (name, aliases);
    }

    private static string LevelOf(string prefix) => prefix switch
    {
        "省" or "自治区" => "province",
        "市" => "city",
        "区" => "district",
        _ => "county",
    };

    // The region the level word stands for replaces it: 省X → X省X, 市委X → Y市委X.
    [GeneratedRegex(@"^(自治区|省|市|区|县)(?!级|属|直|域|内|外|民|场)")]
    private static partial Regex LevelPrefix();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}{0,8}(?:省|市|区|县|旗))政府")]
    private static partial Regex ShortGovernment();
}
