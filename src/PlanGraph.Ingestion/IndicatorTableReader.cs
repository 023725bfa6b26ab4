using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>
/// Reads an indicator table that has no 表 N number: a short title ending in 主要指标 / 指标表 / 指标一览表
/// (after an optional 专栏 label) whose next lines hold a header naming 指标. Layouts differ (one cell per
/// line with blank lines between, TAB or space separated rows, Markdown pipe rows, PDF-wrapped cells), so the
/// reader only cuts the table's lines into cells, one row block per source line, in reading order; the
/// extraction assembles rows from the header's columns (docs/ingestion.md, "Indicator tables").
/// </summary>
internal static partial class IndicatorTableReader
{
    // Counted in lines that hold text: a web page's table as text puts several blank lines between its cells.
    private const int MaxLines = 600;

    /// <summary>The index of the table's title line when <paramref name="i"/> starts an indicator table (the title itself or a 专栏 label before it).</summary>
    public static int? Title(List<SourceLine> lines, int i, bool numbered = false)
    {
        var value = lines[i].Value.Trim();
        var candidate = i;
        if (Normalizer.TableTitle().IsMatch(value))
        {
            // 表 N tables are TableReader's; an indicator table it found no rows in (cells one per line, PDF rows
            // under category lines such as 一、经济强（12 项）) is read again here (Normalizer).
            if (!numbered || !IsTitle(TableLabel().Replace(value, "")))
            {
                return null;
            }
        }
        else if (BoxLabel().IsMatch(value))
        {
            // "专栏" / "1" / "“十五五”时期…主要指标": the label and its number stand on lines of their own.
            candidate = -1;
            var j = i + 1;
            for (var k = 0; k < 2 && Normalizer.NextNonBlank(lines, j) is { } next; k++)
            {
                if (IsTitle(lines[next].Value.Trim()) && !Normalizer.TableTitle().IsMatch(lines[next].Value.Trim()))
                {
                    candidate = next;
                    break;
                }

                j = next + 1;
            }

            if (candidate < 0)
            {
                return IsTitle(BoxLabel().Replace(value, "")) ? i : null;
            }
        }
        else if (!IsTitle(value))
        {
            return null;
        }

        // The header follows within a few lines and names the indicator column.
        var at = candidate + 1;
        for (var k = 0; k < 4 && Normalizer.NextNonBlank(lines, at) is { } h; k++)
        {
            if (HeaderWord().IsMatch(lines[h].Value))
            {
                return candidate;
            }

            at = h + 1;
        }

        return null;
    }

    public static int Read(List<SourceLine> lines, int start, int titleIndex, int table, List<NormalizedBlock> blocks)
    {
        var title = lines[titleIndex].Text.Trim();
        if (BoxLabel().Match(title.ToString()) is { Success: true, Length: > 0 } label)
        {
            title = title.Slice(label.Length, title.Length);
        }

        blocks.Add(new NormalizedBlock(BlockKind.TableTitle, [title], false, table) { CellStream = true });
        string? header = null;
        var i = titleIndex + 1;
        for (var read = 0; i < lines.Count && read < MaxLines; i++)
        {
            var value = lines[i].Value.Trim();
            if (value.Length == 0 || Normalizer.PageNumber().IsMatch(value) || value.All(c => c is '|' or '-' or ':' or ' ' or '\t'))
            {
                continue;
            }

            read++;

            if (Footnote().IsMatch(value) || EndsTable(value) || (SpacedRows(header) && IsWrappedProse(value)))
            {
                break;
            }

            // A header repeated after a page break is no data.
            if (header is null)
            {
                header = value;
            }
            else if (value == header)
            {
                continue;
            }

            var cells = Cells(lines[i].Text.Trim());
            if (value == header)
            {
                cells = HeaderCells(cells);
            }

            if (cells.Count > 0)
            {
                blocks.Add(new NormalizedBlock(BlockKind.TableRow, cells, false, table));
            }
        }

        return ReadFootnotes(lines, i, table, blocks);
    }

    /// <summary>Footnotes: 注… lines and the numbered notes that continue them ("2. 根据…").</summary>
    private static int ReadFootnotes(List<SourceLine> lines, int from, int table, List<NormalizedBlock> blocks)
    {
        var i = from;
        var inNotes = false;
        while (Normalizer.NextNonBlank(lines, i) is { } j)
        {
            var value = lines[j].Value.Trim();
            if (Footnote().IsMatch(value) || (inNotes && NumberedNote().IsMatch(value) && value.Length >= 20))
            {
                blocks.Add(new NormalizedBlock(BlockKind.TableFootnote, [lines[j].Text.Trim()], false, table));
                inNotes = true;
                i = j + 1;
                continue;
            }

            if (inNotes && !Normalizer.IsStructural(value, allowLongHeading: true) && value.Length < 60 && !Normalizer.PageNumber().IsMatch(value))
            {
                // A note wrapped over lines (PDF).
                blocks.Add(new NormalizedBlock(BlockKind.TableFootnote, [lines[j].Text.Trim()], false, table));
                i = j + 1;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>A heading of the plan's outline (not a numbered row such as "1. 地区生产总值") or prose.</summary>
    private static bool EndsTable(string value)
    {
        if (RowNumber().IsMatch(value) || CategoryCount().IsMatch(value))
        {
            return false;
        }

        return Normalizer.IsStructural(value, allowLongHeading: true) || Normalizer.TableTitle().IsMatch(value)
            || (value.Length >= 40 && value.Contains('。'));
    }

    /// <summary>A header of PDF rows: several words on one line, separated by spaces.</summary>
    private static bool SpacedRows(string? header)
        => header is not null && !header.Contains('\t') && !header.Contains('|') && header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    /// <summary>In a table of PDF rows, prose that follows it, wrapped before its 。 ("在此基础上再奋斗五年，到 2035 年，…").</summary>
    private static bool IsWrappedProse(string value) => value.Length >= 20 && value.Count(c => c == '，') >= 2;

    /// <summary>Cells of one line: TAB or pipe separated, else separated by spaces (PDF rows, "1. 名称").</summary>
    private static List<MappedText> Cells(MappedText line)
    {
        var text = line.ToString();
        if (text.Contains('\t') || text.Contains('|'))
        {
            return [.. line.Split(text.Contains('\t') ? '\t' : '|').Select(p => p.Trim()).Where(p => p.Length > 0)];
        }

        // A PDF row spaces out what is one cell: "5 左右", "提高 1 个百分点以上", "二、百姓富（7 项）".
        var cells = new List<MappedText>();
        foreach (var part in line.Split(' ').SelectMany(p => p.Split('\u3000')).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var value = part.ToString();
            if (cells.Count > 0 && cells[^1].ToString() is var last
                && ((char.IsAsciiDigit(last[^1]) && ValueTail().IsMatch(value)) || (ValueVerb().IsMatch(last) && char.IsAsciiDigit(value[0]))
                    || (OpenCount().IsMatch(last) && value.StartsWith('项'))))
            {
                cells[^1] = cells[^1].Concat(part);
                continue;
            }

            cells.Add(part);
        }

        return cells;
    }

    /// <summary>
    /// A PDF header spaces out its words ("序号 指 标 2030 年目标 属性"): single characters are one word again,
    /// and a year is one with the 年… that follows it.
    /// </summary>
    private static List<MappedText> HeaderCells(List<MappedText> cells)
    {
        var merged = new List<MappedText>();
        foreach (var cell in cells)
        {
            var text = cell.ToString();
            if (merged.Count > 0 && merged[^1].ToString() is var last
                && ((last.Length == 1 && text.Length == 1 && IsHan(last[0]) && IsHan(text[0])) || (BareYear().IsMatch(last) && text.StartsWith('年'))))
            {
                merged[^1] = merged[^1].Concat(cell);
                continue;
            }

            merged.Add(cell);
        }

        return merged;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsTitle(string value)
        => value.Length is >= 4 and <= 60 && !value.Contains('。') && !value.Contains('，') && TitleWords().IsMatch(value);

    [GeneratedRegex(@"^专栏\s*\d*\s*")]
    private static partial Regex BoxLabel();

    [GeneratedRegex(@"(主要|核心|重点|预期|约束|发展|规划|目标|具体)\S{0,8}指标(体系)?(一览)?表?$|指标(一览)?表$")]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"指\s*标")]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex BareYear();

    /// <summary>What ends a value after its number: 左右, 以上, 个百分点以上.</summary>
    [GeneratedRegex(@"^(?:左右|以上|以下|以内|个百分点)")]
    private static partial Regex ValueTail();

    /// <summary>A change stated before its number: 提高 1 个百分点.</summary>
    [GeneratedRegex(@"^(?:提高|降低|下降|增长|提升|减少|增加)$")]
    private static partial Regex ValueVerb();

    [GeneratedRegex(@"[（(]\d+$")]
    private static partial Regex OpenCount();

    [GeneratedRegex(@"^(注|备注|说明)\s*[:：\d]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]\s*")]
    private static partial Regex NumberedNote();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]?\s*\S")]
    private static partial Regex RowNumber();

    /// <summary>A category line of the table, with its count of indicators: 一、经济强（12 项）.</summary>
    [GeneratedRegex(@"^\S{0,4}[\p{IsCJKUnifiedIdeographs}]{2,10}\s*[（(]\s*\d+\s*项\s*[)）]$")]
    private static partial Regex CategoryCount();

    [GeneratedRegex(@"^表\s*\d+\s*")]
    private static partial Regex TableLabel();
}
