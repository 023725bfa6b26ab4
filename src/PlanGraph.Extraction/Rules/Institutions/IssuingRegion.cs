using System.Text.RegularExpressions;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>
/// The region a document speaks for, read from who issues it: the front matter's 发布单位, the notice line
/// (X省人民政府办公厅关于印发…), the title's leading place (Y市2022年…). A 省/市/区 body the text names
/// without its place (省财政厅, 市工信局) is that region's.
/// </summary>
internal sealed partial record IssuingRegion(string? Province, string? City, string? District, IReadOnlyList<string> Issuers)
{
    public static IssuingRegion None { get; } = new(null, null, null, []);

    /// <summary>How much of the text's head is read (pkulaw headers and front matter come first).</summary>
    private const int HeadCharacters = 1500;

    public static IssuingRegion Read(IngestedDocument document, string title)
    {
        // Converted texts can run their first lines together, so the head is read as one text.
        var head = document.NormalizedText[..Math.Min(document.NormalizedText.Length, HeadCharacters)];
        var issuers = new List<string>();
        if (FrontMatterIssuer().Match(head) is { Success: true } front)
        {
            issuers.Add(front.Groups[1].Value.Trim());
        }
        else if (NoticeLine().Match(head) is { Success: true } notice)
        {
            issuers.AddRange(notice.Groups["issuer"].Value.Split([' ', '　', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        var source = issuers.Count > 0 ? issuers[0] : title;
        var place = LeadingPlace().Match(source);
        return place.Groups["p"].Success || place.Groups["c"].Success || place.Groups["d"].Success
            ? new IssuingRegion(Group(place, "p"), Group(place, "c"), Group(place, "d"), issuers)
            : new IssuingRegion(null, null, null, issuers);
    }

    private static string? Group(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value : null;

    /// <summary>The region a prefix word (省, 市, 区, 县) stands for in this document, if the document names it.</summary>
    public string? Of(string level) => level switch
    {
        "province" => Province,
        "city" => City,
        "district" or "county" => District is null ? null : City + District,
        _ => null,
    };

    // Front matter lines can run together in the text ("发布单位: Y市Z区人民政府办公室发布日期: …").
    [GeneratedRegex(@"(?:发布单位|发布机构|发文机关|发文单位)\s*[:：]\s*(\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}（）()、 ]{1,60}?)(?=\s*(?:$|\n|发布日期|成文日期|层级|类型|分类|状态|官方链接|文号|标题|---))", RegexOptions.Multiline)]
    private static partial Regex FrontMatterIssuer();

    // "X省人民政府办公厅关于印发…", "X局印发《…》的通知", "中共中央 国务院关于实施…的意见".
    [GeneratedRegex(@"(?<![《\p{IsCJKUnifiedIdeographs} 、])(?<issuer>[\p{IsCJKUnifiedIdeographs}][\p{IsCJKUnifiedIdeographs} 、]{1,40}?)(?:印发《|关于(?:印发|[^，。\n]{2,60}?的(?:意见|通知|决定|建议|办法|方案|规划)))")]
    private static partial Regex NoticeLine();

    [GeneratedRegex(@"^(?:(?<p>\p{IsCJKUnifiedIdeographs}{2,6}?(?:省|自治区)))?(?:(?<c>(?:(?!区|县|省)\p{IsCJKUnifiedIdeographs}){2,5}?市))?(?:(?<d>\p{IsCJKUnifiedIdeographs}{1,5}?(?:区|县|旗)))?")]
    private static partial Regex LeadingPlace();
}
