using System.Text.RegularExpressions;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// The areas a 专栏 box lists (docs/extraction.md, `place.box-area`): rows or paragraphs that open with a name
/// ending like an area that is no division (Data/items.tsv place-suffix: 新城, 片区, 新区, 板块…). Read by the box
/// rule (an area row's projects are no parts of the box) and by Rules/Places/BoxAreaRule (the areas as places).
/// </summary>
internal static partial class BoxAreas
{
    /// <summary>The longest area name a row opens with.</summary>
    private const int MaxArea = 12;

    /// <summary>Per item, the area its row opens with (禄口新城    建设…, 梅林片区：…), or null; all null unless two rows or more do.</summary>
    public static IReadOnlyList<string?> Rows(ContentBox box)
    {
        var areas = box.Items.Select(i => Opening(i.Cells is { Count: > 1 } cells ? cells[0].Text : i.Text.Text, anyVerb: false)).ToList();
        return areas.Count(a => a is not null) >= 2 ? areas : [.. areas.Select(_ => (string?)null)];
    }

    /// <summary>
    /// The paragraphs of a box of prose that open with an area, with it. Two that run the name into a task verb
    /// (嘉定新城强化…) show the box lists areas; then a name may be followed by any verb (南汇新城放大…).
    /// </summary>
    public static IReadOnlyList<(TextPiece Paragraph, string Area)> Paragraphs(ContentBox box)
        => box.Items.Count == 0 && box.Paragraphs.Count(p => Opening(p.Text, anyVerb: false) is not null) >= 2
            ? [.. box.Paragraphs.Select(p => (Paragraph: p, Area: Opening(p.Text, anyVerb: true))).Where(p => p.Area is not null).Select(p => (p.Paragraph, p.Area!))]
            : [];

    /// <summary>
    /// The area a row or paragraph opens with: its first cell (a cell of its own, or the words before a gap of
    /// spaces), a label before a colon, or a name run into the verb of its first clause (a task verb unless
    /// <paramref name="anyVerb"/>); null when it opens otherwise.
    /// </summary>
    private static string? Opening(string text, bool anyVerb)
    {
        var lexicon = ItemLexicon.Value;
        var line = text.Split('\n')[0].Trim();
        var name = CellText.Gap().Split(line, 2) is [var cell, _] ? cell
            : line.IndexOfAny(['：', ':']) is var colon and > 0 ? line[..colon]
            : lexicon.PlaceSuffixes.Select(s => (Suffix: s, At: line.IndexOf(s, StringComparison.Ordinal))).Where(f => f.At > 0 && f.At + f.Suffix.Length <= MaxArea)
                .Select(f => line[..(f.At + f.Suffix.Length)]).FirstOrDefault(n => anyVerb || lexicon.StartsWithTaskVerb(line[n.Length..]));
        name = name is null ? null : Canonical.Display(name.Trim().Trim('“', '”'));
        // A name that opens with a verb (推进各新城) is a clause, not an area.
        return name is { Length: >= 3 and <= MaxArea } && AreaName().IsMatch(name) && !lexicon.StartsWithTaskVerb(name)
            && lexicon.PlaceSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? name : null;
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}—\-]+$")]
    private static partial Regex AreaName();
}
