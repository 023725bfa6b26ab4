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
    private const int MaxLines = 600;

    /// <summary>The index of the table's title line when <paramref name="i"/> starts an indicator table (the title itself or a 专栏 label before it).</summary>
    public static int? Title(List<SourceLine> lines, int i)
    {
        var value = lines[i].Value.Trim();
        var candidate = i;
        if (Normalizer.TableTitle().IsMatch(value))
        {
            // 表 N tables are TableReader's.
            return null;
        }

        if (BoxLabel().IsMatch(value))
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
        for (; i < lines.Count && i < titleIndex + MaxLines; i++)
        {
            var value = lines[i].Value.Trim();
            if (value.Length == 0 || Normalizer.PageNumber().IsMatch(value) || value.All(c => c is '|' or '-' or ':' or ' ' or '\t'))
            {
                continue;
            }

            if (Footnote().IsMatch(value) || EndsTable(value))
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
        if (RowNumber().IsMatch(value))
        {
            return false;
        }

        return Normalizer.IsStructural(value, allowLongHeading: true) || Normalizer.TableTitle().IsMatch(value)
            || (value.Length >= 40 && value.Contains('。'));
    }

    /// <summary>Cells of one line: TAB or pipe separated, else separated by spaces (PDF rows, "1. 名称").</summary>
    private static List<MappedText> Cells(MappedText line)
    {
        var text = line.ToString();
        var parts = text.Contains('\t') ? line.Split('\t')
            : text.Contains('|') ? line.Split('|')
            : line.Split(' ').SelectMany(p => p.Split('\u3000')).ToList();
        return [.. parts.Select(p => p.Trim()).Where(p => p.Length > 0)];
    }

    private static bool IsTitle(string value)
        => value.Length is >= 4 and <= 60 && !value.Contains('。') && !value.Contains('，') && TitleWords().IsMatch(value);

    [GeneratedRegex(@"^专栏\s*\d*\s*")]
    private static partial Regex BoxLabel();

    [GeneratedRegex(@"(主要|核心|重点|预期|约束|发展|规划|目标|具体)\S{0,8}指标(体系)?(一览)?表?$|指标(一览)?表$")]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"指标")]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"^(注|备注|说明)\s*[:：\d]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]\s*")]
    private static partial Regex NumberedNote();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]?\s*\S")]
    private static partial Regex RowNumber();
}
