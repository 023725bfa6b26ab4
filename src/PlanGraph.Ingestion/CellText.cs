using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>
/// How plain text marks the cells of a table row: the gap between cells, and the short header cells a box typed
/// one cell per line opens with. Shared by ingestion (rows, headers) and the box rules that read a row's first cell.
/// </summary>
public static partial class CellText
{
    /// <summary>The gap between two cells: a tab, or two spaces or more (ASCII or ideographic) between words.</summary>
    [GeneratedRegex(@"\t|[ \u3000]{2,}")]
    public static partial Regex Gap();

    /// <summary>A header cell on a line of its own: short (≤ 8 characters) and without sentence punctuation.</summary>
    public static bool IsHeaderCell(string text) => text.Length is > 0 and <= 8 && text.IndexOfAny(['，', '。', '；', '：', ',']) < 0;
}
