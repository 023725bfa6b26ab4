using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>
/// Turns cleaned source lines into normalised blocks: drops blank lines, page numbers and tables of
/// contents, reads 表 tables into rows of cells, and re-joins lines that were wrapped (PDF text) or
/// split at page breaks, without merging headings, list items, boxes or table parts.
/// </summary>
internal static partial class Normalizer
{
    private const string Terminal = "。！？；：!?;:…";

    public static List<NormalizedBlock> Normalize(List<SourceLine> lines)
    {
        var wrapWidth = WrapWidth(lines);
        var blocks = new List<NormalizedBlock>();
        var tables = 0;
        var i = 0;
        // Inside a box typed as a table one cell per line (a header of short cells under the box title), a cell
        // that does not end a sentence is still a cell of its own: no joining until the next structural line.
        var cellTable = false;
        while (i < lines.Count)
        {
            var line = lines[i];
            var value = line.Value.Trim();
            if (value.Length == 0 || PageNumber().IsMatch(value))
            {
                i++;
                continue;
            }

            if (IsStructural(value, allowLongHeading: false) || value == "专栏")
            {
                cellTable = BoxTitle().IsMatch(value.TrimStart('#', ' ')) && CellHeaderFollows(lines, i + 1);
            }
            else if (cellTable)
            {
                blocks.Add(NormalizedBlock.Text(line.Text.Trim(), line.Tabbed) with { Indented = line.Indented });
                i++;
                continue;
            }

            if (TocTitle().IsMatch(value))
            {
                i = SkipTableOfContents(lines, i + 1);
                continue;
            }

            if (IndicatorTableReader.Title(lines, i) is { } title)
            {
                i = IndicatorTableReader.Read(lines, i, title, tables++, blocks);
                continue;
            }

            if (TableTitle().IsMatch(value) || UntitledTable(lines, i, value))
            {
                var before = blocks.Count;
                var after = TableReader.Read(lines, i, tables, blocks);
                if (!blocks.Skip(before).Any(b => b.Kind == BlockKind.TableRow) && IndicatorTableReader.Title(lines, i, numbered: true) is { } numbered)
                {
                    // No rows for TableReader: an indicator table in a layout only the cell-stream reader knows.
                    blocks.RemoveRange(before, blocks.Count - before);
                    after = IndicatorTableReader.Read(lines, i, numbered, tables, blocks);
                }

                tables++;
                i = after;
                continue;
            }

            // A box title or item number a web page's conversion put on lines of their own ("专栏" / "1" / "0" /
            // "重点领域碳达峰行动"; "01" / "汽车") is joined into one line, as the same box reads elsewhere.
            if (value == "专栏" || LoneItemNumber().IsMatch(value))
            {
                var (joined, after) = value == "专栏" ? JoinBoxTitle(lines, i) : JoinItemNumber(lines, i);
                if (after > i + 1)
                {
                    blocks.Add(NormalizedBlock.Text(joined, false) with { Indented = line.Indented });
                    i = after;
                    continue;
                }
            }

            // Join wrapped lines and page-break splits into one paragraph.
            var text = line.Text.Trim();
            var tabbed = line.Tabbed;
            var last = value;
            // Rows of cells typed with spaces ("航空    南京禄口国际机场三期工程") are rows, however they end.
            var row = CellRow().IsMatch(value);
            i++;
            while (NextNonBlank(lines, i) is { } next
                   && IndicatorTableReader.Title(lines, next) is null
                   && !(row && CellRow().IsMatch(lines[next].Value.Trim()))
                   && ((ShouldContinue(text.ToString(), tabbed) && CanJoin(lines[next], tabbed))
                       || (FillsTheLine(last, wrapWidth, tabbed) && ContinuesWrappedLine(lines[next], tabbed))))
            {
                text.Append(lines[next].Text.Trim());
                last = lines[next].Value.Trim();
                i = next + 1;
            }

            blocks.Add(NormalizedBlock.Text(text, tabbed) with { Indented = line.Indented });
        }

        return blocks;
    }

    /// <summary>
    /// The width text extracted from a PDF was wrapped at, when the document has one: the most common
    /// display width (CJK characters 1, others ½) of its longer lines, if a fifth of them share it.
    /// Lines typed by hand vary too much to have one.
    /// </summary>
    internal static int? WrapWidth(List<SourceLine> lines)
    {
        var widths = new Dictionary<int, int>();
        var counted = 0;
        foreach (var line in lines)
        {
            var width = (int)Math.Round(DisplayWidth(line.Value.Trim()));
            if (width >= 10)
            {
                counted++;
                widths[width] = widths.GetValueOrDefault(width) + 1;
            }
        }

        if (counted < 100)
        {
            return null;
        }

        var (mode, count) = widths.MaxBy(w => w.Value);
        return count * 5 >= counted ? mode : null;
    }

    private static double DisplayWidth(string text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += c >= '\u2E80' ? 1 : 0.5;
        }

        return width;
    }

    /// <summary>
    /// A line about as wide as the document's wrap width (first lines are indented by two characters, and
    /// half-width runs round unevenly) that stops mid-sentence was cut by the wrap, even when it starts like
    /// a heading or list item ("（一）……打造科" + "技创新新引擎").
    /// </summary>
    private static bool FillsTheLine(string line, int? wrapWidth, bool tabbed)
        => wrapWidth is { } width && !tabbed && line.Length > 0 && DisplayWidth(line) >= width - 3
           && !Terminal.Contains(line[^1], StringComparison.Ordinal) && line[^1] is not ('）' or ')' or '”' or '」');

    /// <summary>What may follow a wrapped line: anything but the start of a new structure.</summary>
    private static bool ContinuesWrappedLine(SourceLine next, bool tabbed)
    {
        var value = next.Value.Trim();
        return next.Tabbed == tabbed && !IsStructural(value, allowLongHeading: true) && !TocTitle().IsMatch(value) && !TocEntry().IsMatch(value)
            && !PageNumber().IsMatch(value) && !value.StartsWith('#') && !value.StartsWith("- ", StringComparison.Ordinal) && !value.StartsWith("——", StringComparison.Ordinal);
    }

    /// <summary>A line that ends mid-sentence and is long enough to be wrapped prose (short lines are titles, signatures, dates).</summary>
    private static bool ShouldContinue(string text, bool tabbed)
        => !tabbed && text.Length >= 15 && !Terminal.Contains(text[^1], StringComparison.Ordinal)
           && !IsStructural(text, allowLongHeading: false);

    private static bool CanJoin(SourceLine next, bool tabbed)
    {
        var value = next.Value.Trim();

        // A short line that does not end a sentence is a title, a date or a signature, not a continuation.
        // A short line ending in a colon is a salutation or a lead-in ("尊敬的…代表：").
        var continues = value.Length >= 15 || (Terminal.Contains(value[^1], StringComparison.Ordinal) && value[^1] is not ('：' or ':'));
        return continues && !TocTitle().IsMatch(value) && !TocEntry().IsMatch(value) && next.Tabbed == tabbed && !IsStructural(value, allowLongHeading: true) && !PageNumber().IsMatch(value)
            && !value.StartsWith("——", StringComparison.Ordinal) && !value.StartsWith('#') && !value.StartsWith("- ", StringComparison.Ordinal);
    }

    /// <summary>Headings, box and table titles start a block of their own.</summary>
    internal static bool IsStructural(string value, bool allowLongHeading)
    {
        var text = value.TrimStart('#', ' ');
        if (BoxTitle().IsMatch(text) || TableTitle().IsMatch(text))
        {
            return true;
        }

        return HeadingPattern.Numbering(text) is not null && (allowLongHeading || text.Length <= 40);
    }

    /// <summary>
    /// "专栏" alone on its line, then the box number (its digits possibly on lines of their own) and the title
    /// in fragments up to the first item number ("01"); without an item number within six lines, the title is
    /// the first fragment only. Returns the joined line and the index after it.
    /// </summary>
    private static (MappedText Text, int After) JoinBoxTitle(List<SourceLine> lines, int at)
    {
        var text = lines[at].Text.Trim();
        var i = at + 1;
        var digits = 0;
        while (NextNonBlank(lines, i) is { } next && lines[next].Value.Trim() is { Length: 1 or 2 } d && d.All(char.IsAsciiDigit) && digits + d.Length <= 2)
        {
            text.Append(lines[next].Text.Trim());
            digits += d.Length;
            i = next + 1;
        }

        if (digits == 0)
        {
            return (text, at + 1);
        }

        var fragments = new List<int>();
        var j = i;
        while (fragments.Count < 6 && NextNonBlank(lines, j) is { } next)
        {
            var value = lines[next].Value.Trim();
            if (LoneItemNumber().IsMatch(value))
            {
                break;
            }

            fragments.Add(next);
            j = next + 1;
        }

        var endsAtItem = NextNonBlank(lines, j) is { } item && LoneItemNumber().IsMatch(lines[item].Value.Trim());
        var take = endsAtItem ? fragments : fragments.Take(1).ToList();
        foreach (var f in take.Where(f => lines[f].Value.Trim().Length <= 30 && !lines[f].Value.Contains('。', StringComparison.Ordinal)))
        {
            text.Append(lines[f].Text.Trim());
            i = f + 1;
        }

        return (text, i);
    }

    /// <summary>A zero-padded item number alone on its line ("01") and the short title line after it.</summary>
    private static (MappedText Text, int After) JoinItemNumber(List<SourceLine> lines, int at)
    {
        var text = lines[at].Text.Trim();
        if (NextNonBlank(lines, at + 1) is { } next && lines[next].Value.Trim() is { Length: > 0 and <= 30 } title && !title.Contains('。', StringComparison.Ordinal)
            && !lines[next].Indented && !IsStructural(title, allowLongHeading: false))
        {
            text.Append(lines[next].Text.Trim());
            var i = next + 1;

            // A title broken over short lines ("环某山" / "—" / "某湖…示范区", "中新" / "某城" / "知识城…功能区") runs on
            // while the next line is short and carries no sentence: the item's text is the first long line.
            while (NextNonBlank(lines, i) is { } more && lines[more].Value.Trim() is { Length: > 0 and <= 20 } part
                   && !part.Contains('。', StringComparison.Ordinal) && !part.Contains('，', StringComparison.Ordinal) && !LoneItemNumber().IsMatch(part)
                   && !lines[more].Indented && !IsStructural(part, allowLongHeading: false) && !part.All(char.IsAsciiDigit) && part != "专栏")
            {
                text.Append(lines[more].Text.Trim());
                i = more + 1;
            }

            return (text, i);
        }

        return (text, at + 1);
    }

    internal static int? NextNonBlank(List<SourceLine> lines, int from)
    {
        for (var j = from; j < lines.Count; j++)
        {
            var value = lines[j].Value.Trim();
            if (value.Length > 0 && !PageNumber().IsMatch(value))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// A table of contents without page numbers (前 言 / 第一章 … / 第一节 …) ends where its first entry comes
    /// again as the body's first heading: the line where it does, when every line before it is a short one.
    /// </summary>
    private static int? RepeatedEntries(List<SourceLine> lines, int from)
    {
        if (NextNonBlank(lines, from) is not { } first)
        {
            return null;
        }

        var entry = Squeezed(lines[first].Value);
        if (entry.Length is 0 or > 40 || TocEntry().IsMatch(lines[first].Value.Trim()) || TocPage().IsMatch(lines[first].Value.Trim()))
        {
            return null;
        }

        for (var j = first + 1; j < lines.Count && j < first + MaxTocLines; j++)
        {
            var value = lines[j].Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (Squeezed(value) == entry)
            {
                return j;
            }

            if (value.Length > 40 || value.Contains('。', StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private static string Squeezed(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// Skips the entries of a table of contents: lines with dot leaders or ending in a page number, and
    /// short lines continued by such a line (wrapped entries, entries without a page).
    /// </summary>
    private static int SkipTableOfContents(List<SourceLine> lines, int from)
    {
        if (RepeatedEntries(lines, from) is { } body)
        {
            return body;
        }

        var i = from;
        while (NextNonBlank(lines, i) is { } j)
        {
            var value = lines[j].Value.Trim();
            if (TocEntry().IsMatch(value) || TocPage().IsMatch(value) || RomanPage().IsMatch(value) || value is "-" or "- ")
            {
                i = j + 1;
                continue;
            }

            if (value.Length <= 40 && NextNonBlank(lines, j + 1) is { } k && (TocEntry().IsMatch(lines[k].Value.Trim()) || TocPage().IsMatch(lines[k].Value.Trim())))
            {
                i = j + 1;
                continue;
            }

            break;
        }

        return i;
    }

    [GeneratedRegex(@"^[—\-–]\s*\d{1,4}\s*[—\-–]$")]
    internal static partial Regex PageNumber();

    // 目录, and a plan's lists of its boxes (重大工程专栏目录).
    [GeneratedRegex(@"^#*\s*(?:[\p{IsCJKUnifiedIdeographs}]{0,8}专栏)?目\s*录\s*$")]
    private static partial Regex TocTitle();

    /// <summary>The most lines a table of contents without page numbers is looked through for its end.</summary>
    private const int MaxTocLines = 600;

    /// <summary>Inside a table of contents, an entry whose page number follows a space (第一篇 … 1, 第三节  发展目标    12).</summary>
    [GeneratedRegex(@"\S\s+\d{1,3}$")]
    private static partial Regex TocPage();

    /// <summary>A front-matter page number under contents (I, II, … XII).</summary>
    [GeneratedRegex(@"^[IVX]{1,5}$")]
    private static partial Regex RomanPage();

    [GeneratedRegex(@"(\.{2,}|…{2,}|·{3,}|\.\s*\d{1,3}$|\t\s*[-—]?\s*\d{1,3}\s*[-—]?\s*$|-\s*\d{1,3}\s*-\s*$)")]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"^表\s*\d+\s*\S")]
    internal static partial Regex TableTitle();

    [GeneratedRegex(@"^专栏\s*\d+")]
    internal static partial Regex BoxTitle();

    [GeneratedRegex(@"^0[1-9]$|^1[0-9]$")]
    private static partial Regex LoneItemNumber();

    // A row of cells: a short first cell, then two spaces or more (ASCII or ideographic) before the next.
    [GeneratedRegex(@"^[^\s，。；：]{1,16}[ \u3000]{2,}\S")]
    private static partial Regex CellRow();

    /// <summary>
    /// A table titled without a 表 number ("重点任务分工表", "重点项目清单") whose first row is TAB-separated cells:
    /// read like a 表 N table (number 0).
    /// </summary>
    private static bool UntitledTable(List<SourceLine> lines, int at, string value)
        => value.Length <= 40 && (value.EndsWith('表') || value.EndsWith("清单", StringComparison.Ordinal)) && value.IndexOfAny(['，', '。', '；', '：']) < 0
           && NextNonBlank(lines, at + 1) is { } next
           && (lines[next].Value.Trim('\t', ' ').Split('\t', StringSplitOptions.RemoveEmptyEntries).Length >= 3 || TableReader.IsPipeRow(lines[next].Value)
               || TableReader.AllocationHeaderCells(lines, next) > 0)
           || (value.Length <= 40 && value.IndexOfAny(['，', '。', '；', '：']) < 0 && NextNonBlank(lines, at + 1) is { } header && TableReader.SpacedHeader(lines, header));

    /// <summary>Two to six short cells without sentence punctuation on lines of their own: a table's header row, one cell per line.</summary>
    private static bool CellHeaderFollows(List<SourceLine> lines, int at)
    {
        var cells = 0;
        for (var n = at; n < lines.Count && cells < 7; n++)
        {
            var value = lines[n].Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (!CellText.IsHeaderCell(value) || IsStructural(value, allowLongHeading: false))
            {
                break;
            }

            cells++;
        }

        return cells is >= 2 and <= 6;
    }
}
