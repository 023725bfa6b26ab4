using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>
/// Reads a 表 N table in the three shapes converted documents give: TAB-separated rows (Word tables
/// saved as text), one cell per TAB-led line with a blank line between rows, and PDF text where each
/// row starts with its sequence number and cells wrap over several lines.
/// </summary>
internal static partial class TableReader
{
    public static int Read(List<SourceLine> lines, int titleIndex, int table, List<NormalizedBlock> blocks)
    {
        var title = lines[titleIndex];
        blocks.Add(new NormalizedBlock(BlockKind.TableTitle, [title.Text.Trim()], title.Tabbed, table));
        if (Normalizer.NextNonBlank(lines, titleIndex + 1) is not { } first)
        {
            return lines.Count;
        }

        var end = SpacedHeader(lines, first) ? ReadNumberedBlocks(lines, first, table, blocks)
            : IsPipeRow(lines[first].Value) ? ReadPipeRows(lines, first, table, blocks)
            : lines[first].Value.TrimStart('\t').Contains('\t') ? ReadTabSeparated(lines, first, table, blocks)
            : lines[first].Tabbed ? ReadCellPerLine(lines, first, table, blocks)
            : AllocationHeaderCells(lines, first) is var headerCells and > 0 ? ReadAllocationCells(lines, first, headerCells, table, blocks)
            : ReadWrapped(lines, first, table, blocks);
        return ReadFootnotes(lines, end, table, blocks);
    }

    private static int ReadTabSeparated(List<SourceLine> lines, int first, int table, List<NormalizedBlock> blocks)
    {
        var rows = new List<List<MappedText>>();
        var i = first;
        for (; i < lines.Count; i++)
        {
            if (lines[i].IsBlank && !lines[i].Value.Contains('\t'))
            {
                continue;
            }

            if (!lines[i].Value.Contains('\t'))
            {
                break;
            }

            rows.Add([.. lines[i].Text.Split('\t').Select(c => c.Trim())]);
        }

        EmitRows(rows, table, blocks, categoryColumn: 0);
        return i;
    }

    /// <summary>A Markdown table row: | 序号 | 重点任务 | 牵头单位 |.</summary>
    internal static bool IsPipeRow(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 2 && trimmed[0] == '|' && trimmed.Count(c => c == '|') >= 3;
    }

    private static int ReadPipeRows(List<SourceLine> lines, int first, int table, List<NormalizedBlock> blocks)
    {
        var rows = new List<List<MappedText>>();
        var i = first;
        for (; i < lines.Count && IsPipeRow(lines[i].Value); i++)
        {
            var trimmed = lines[i].Text.Trim();
            var cells = trimmed.Split('|').Select(c => c.Trim()).ToList();
            // The cells between the outer pipes; the |---|---| line under the header is no row.
            cells = cells.Skip(1).Take(cells.Count - 2).ToList();
            if (cells.All(c => c.ToString().All(ch => ch is '-' or ':' or ' ')))
            {
                continue;
            }

            rows.Add(cells);
        }

        EmitRows(rows, table, blocks, categoryColumn: 0);
        return i;
    }

    /// <summary>
    /// A PDF table whose header is one line of spaced words opening with 序号 ("序号 领域 重大工程") and whose rows each open
    /// with their number alone on a line (附表 “十五五”时期重大工程包).
    /// </summary>
    internal static bool SpacedHeader(List<SourceLine> lines, int at)
    {
        var words = lines[at].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is ["序号", _, _, ..] && words.Length <= 8 && words.All(w => w.Length <= 8 && w.IndexOfAny(['，', '。', '、']) < 0)
            && Normalizer.NextNonBlank(lines, at + 1) is { } next && lines[next].Value.Trim() == "1";
    }

    /// <summary>
    /// Rows of a <see cref="SpacedHeader"/> table: the number alone on its line, then the middle column's words wrapped
    /// into short lines (全国文化 / 中心建设), then the last column's text wrapped over lines (…等7项工程). A page's footer
    /// and the header repeated after a page break are skipped; a heading, a table title or a footnote ends the table.
    /// </summary>
    private static int ReadNumberedBlocks(List<SourceLine> lines, int first, int table, List<NormalizedBlock> blocks)
    {
        var headerText = lines[first].Value.Trim();
        List<MappedText> header = [.. lines[first].Text.Trim().Split(' ').Where(c => c.Length > 0)];
        var rows = new List<List<MappedText>> { header };
        var columns = rows[0].Count;
        List<MappedText>? row = null;
        var expected = 1;
        var i = first + 1;
        for (; i < lines.Count; i++)
        {
            var value = lines[i].Value.Trim();
            if (value.Length == 0 || Normalizer.PageNumber().IsMatch(value) || value == headerText)
            {
                continue;
            }

            if (value == expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                row = [lines[i].Text.Trim(), new MappedText(), new MappedText()];
                rows.Add(row);
                expected++;
                continue;
            }

            if (row is null || Normalizer.IsStructural(value, allowLongHeading: true) || Footnote().IsMatch(value))
            {
                break;
            }

            // The middle column wraps into short lines until the last column's text starts.
            var middle = columns >= 3 && row[2].Length == 0 && value.Length <= 6 && value.IndexOfAny(['、', '，', '。', '；']) < 0;
            row[middle ? 1 : 2].Append(lines[i].Text.Trim());
        }

        EmitRows(rows, table, blocks, categoryColumn: -1);
        return i;
    }

    private static int ReadCellPerLine(List<SourceLine> lines, int first, int table, List<NormalizedBlock> blocks)
    {
        var rows = new List<List<MappedText>>();
        var current = new List<MappedText>();
        var i = first;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Tabbed)
            {
                current.Add(line.Text.Trim());
                continue;
            }

            if (!line.IsBlank)
            {
                // A header cell wrapped onto a line of its own without the TAB ("2020年" / "预计值").
                if (current.Count > 0 && line.Value.Trim().Length <= 12)
                {
                    var joined = current[^1];
                    joined.Append(line.Text.Trim());
                    continue;
                }

                break;
            }

            if (current.Count > 0)
            {
                rows.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            rows.Add(current);
        }

        EmitRows(rows, table, blocks, categoryColumn: 0);
        return i;
    }

    /// <summary>
    /// How many header cells a task allocation table laid out one cell per line opens with (序号 / 重点任务 / 牵头单位 /
    /// 配合单位 / 完成时限, each on its own line, a web page's table as text), or 0: three to eight short cells without
    /// sentence punctuation, one naming who does the work, then a row's sequence number 1.
    /// </summary>
    internal static int AllocationHeaderCells(List<SourceLine> lines, int first)
    {
        var cells = 0;
        var allocates = false;
        for (var n = first; n < lines.Count && cells <= 8; n++)
        {
            var value = lines[n].Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (value == "1" || value == "1.")
            {
                return allocates && cells >= 3 ? cells : 0;
            }

            if (value.Length > 10 || value.IndexOfAny(['，', '。', '；', '：', '、']) >= 0 || lines[n].Tabbed)
            {
                return 0;
            }

            allocates |= WorkColumn().IsMatch(value);
            cells++;
        }

        return 0;
    }

    /// <summary>Rows of a one-cell-per-line allocation table: each opens with its sequence number and holds at most the header's count of cells.</summary>
    private static int ReadAllocationCells(List<SourceLine> lines, int first, int headerCells, int table, List<NormalizedBlock> blocks)
    {
        var header = new List<MappedText>();
        var i = first;
        for (; header.Count < headerCells; i++)
        {
            if (!lines[i].IsBlank)
            {
                header.Add(lines[i].Text.Trim());
            }
        }

        blocks.Add(new NormalizedBlock(BlockKind.TableHeader, header, false, table));
        var number = 1;
        List<MappedText>? row = null;
        for (; i < lines.Count; i++)
        {
            var value = lines[i].Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (value == number.ToString(System.Globalization.CultureInfo.InvariantCulture) || value == number + ".")
            {
                Flush();
                row = [lines[i].Text.Trim()];
                number++;
                continue;
            }

            // After a full row, anything but the next number ends the table.
            if (row is null || row.Count >= headerCells)
            {
                break;
            }

            row.Add(lines[i].Text.Trim());
        }

        Flush();
        return i;

        void Flush()
        {
            if (row is { Count: > 1 })
            {
                blocks.Add(new NormalizedBlock(BlockKind.TableRow, row, false, table));
            }

            row = null;
        }
    }

    /// <summary>Header rows until the first row with a sequence number in its first two cells; categories carry down.</summary>
    private static void EmitRows(List<List<MappedText>> rows, int table, List<NormalizedBlock> blocks, int categoryColumn)
    {
        var dataStarted = false;
        string? category = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var hasSequence = cells.Take(2).Any(c => SequenceNumber().IsMatch(c.ToString()));
            var hasValue = cells.Skip(1).Any(c => Value().IsMatch(c.ToString()));
            if (!dataStarted && !hasSequence && !(r > 0 && hasValue))
            {
                blocks.Add(new NormalizedBlock(BlockKind.TableHeader, cells, false, table));
                continue;
            }

            dataStarted = true;
            var label = categoryColumn >= 0 && cells.Count > categoryColumn && !SequenceNumber().IsMatch(cells[categoryColumn].ToString())
                ? Spaces().Replace(cells[categoryColumn].ToString(), "")
                : "";
            if (label.Length == 1 && r + 1 < rows.Count && rows[r + 1].Count > categoryColumn)
            {
                // A category label broken across two rows ("创" / "新活跃度").
                var rest = Spaces().Replace(rows[r + 1][categoryColumn].ToString(), "");
                label += rest;
                category = label;
                blocks.Add(new NormalizedBlock(BlockKind.TableRow, cells, false, table, category));
                r++;
                blocks.Add(new NormalizedBlock(BlockKind.TableRow, rows[r], false, table, category));
                continue;
            }

            if (label.Length > 0)
            {
                category = label;
            }

            blocks.Add(new NormalizedBlock(BlockKind.TableRow, cells, false, table, category));
        }
    }

    private static int ReadWrapped(List<SourceLine> lines, int first, int table, List<NormalizedBlock> blocks)
    {
        var header = new List<MappedText>();
        var fragments = new List<string>();
        string? category = null;
        List<MappedText>? row = null;
        var i = first;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var value = line.Value.Trim();
            if (value.Length == 0 || Normalizer.PageNumber().IsMatch(value))
            {
                continue;
            }

            if (Normalizer.IsStructural(value, allowLongHeading: true) && !RowStart().IsMatch(value))
            {
                break;
            }

            if (RowStart().IsMatch(value))
            {
                Flush();
                if (fragments.Count > 0)
                {
                    category = string.Concat(fragments);
                    fragments.Clear();
                }

                row = [];
                row.AddRange(Tokens(line.Text.Trim()));
            }
            else if (CategoryFragment().IsMatch(value) && (row is null || fragments.Count > 0 || row.Count > 2))
            {
                Flush();
                fragments.Add(value);
            }
            else if (row is not null)
            {
                row.AddRange(Tokens(line.Text.Trim()));
            }
            else
            {
                header.Add(line.Text.Trim());
            }
        }

        Flush();
        if (header.Count > 0)
        {
            blocks.Insert(blocks.FindLastIndex(b => b.Kind == BlockKind.TableTitle && b.Table == table) + 1, new NormalizedBlock(BlockKind.TableHeader, header, false, table));
        }

        return i;

        void Flush()
        {
            if (row is null || row.Count == 0)
            {
                row = null;
                return;
            }

            // Sequence number, then the name (every token up to the trailing values), then baseline and target.
            var values = new List<MappedText>();
            var end = row.Count;
            while (end > 1 && Value().IsMatch(row[end - 1].ToString()))
            {
                values.Insert(0, row[--end]);
            }

            var name = Join(row.Skip(1).Take(end - 1), separator: null);
            var numbers = values.Where(v => !YearNote().IsMatch(v.ToString())).ToList();
            var target = numbers.Count > 0 ? numbers[^1] : new MappedText();
            var baseline = Join(values.Where(v => !ReferenceEquals(v, target)), separator: ' ');
            blocks.Add(new NormalizedBlock(BlockKind.TableRow, [row[0], name, baseline, target], false, table, category));
            row = null;
        }
    }

    private static int ReadFootnotes(List<SourceLine> lines, int from, int table, List<NormalizedBlock> blocks)
    {
        var i = from;
        while (Normalizer.NextNonBlank(lines, i) is { } j && Footnote().IsMatch(lines[j].Value.Trim()))
        {
            blocks.Add(new NormalizedBlock(BlockKind.TableFootnote, [lines[j].Text.Trim()], false, table));
            i = j + 1;
        }

        return i;
    }

    private static IEnumerable<MappedText> Tokens(MappedText line)
        => line.Split(' ').Select(t => t.Trim()).Where(t => t.Length > 0);

    private static MappedText Join(IEnumerable<MappedText> parts, char? separator)
    {
        var joined = new MappedText();
        foreach (var part in parts)
        {
            if (joined.Length > 0 && separator is { } s && part.Length > 0)
            {
                joined.Append(s, part.Offsets[0]);
            }

            joined.Append(part);
        }

        return joined;
    }

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex SequenceNumber();

    // A column of who does the work: 牵头单位, 责任部门, 配合单位, 主责单位 (the note labels of docs/extraction.md).
    [GeneratedRegex(@"(牵头|责任|配合|协同|参与|主责|负责)(单位|部门)")]
    private static partial Regex WorkColumn();

    [GeneratedRegex(@"^(?:[≤≥<>~约]?-?\d[\d.,]*(?:%|\*|＊)?|[（(]\d{4}[)）]|-|—|/)$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^[（(]\d{4}[)）]$")]
    private static partial Regex YearNote();

    [GeneratedRegex(@"^\d{1,2}\s+[^\d\s]")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,2}$")]
    private static partial Regex CategoryFragment();

    [GeneratedRegex(@"^(注|备注|说明|\*|＊)")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
