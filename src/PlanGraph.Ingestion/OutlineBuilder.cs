using System.Text;
using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>
/// Assembles normalised blocks into the normalised text and builds the outline over it: sections nest
/// by numbering style, 专栏 boxes collect numbered items, tables keep their rows and cells.
/// </summary>
internal sealed partial class OutlineBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<int> offsets = [];
    private readonly List<(int Rank, Node Node)> stack = [];
    private readonly Node root = new(OutlineKind.Document, "", "", NumberingStyle.None, 0, 0, 0);
    private readonly List<ContentBox> boxes = [];
    private readonly List<DocumentTable> tables = [];
    private readonly List<(int Start, int End, Node Node)> prose = [];
    private BoxUnderConstruction? box;
    private TableUnderConstruction? table;
    private int lastOriginalOffset;

    public (string Text, int[] Offsets, Func<SourceMap, (OutlineNode, IReadOnlyList<ContentBox>, IReadOnlyList<DocumentTable>, IReadOnlyList<Sentence>)> Finish) Build(IReadOnlyList<NormalizedBlock> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block);
        }

        CloseBox();
        CloseTable();
        return (text.ToString(), [.. offsets], Finish);
    }

    private void Add(NormalizedBlock block)
    {
        var cellSpans = Append(block);
        var start = cellSpans[0].Start;
        var end = cellSpans[^1].End;
        switch (block.Kind)
        {
            case BlockKind.TableTitle:
                CloseBox();
                CloseTable();
                var m = TableNumber().Match(block.Value);
                // An indicator table without 表 N (主要指标) is number 0, titled by its whole title line.
                var number = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                var tableNode = new Node(OutlineKind.Table, block.Value[m.Length..].Trim(), m.Value.Trim(), NumberingStyle.None, stack.Count + 1, start, end);
                table = new TableUnderConstruction(number, tableNode.Heading, tableNode, (start, end)) { CellStream = block.CellStream };
                CurrentNode().Children.Add(tableNode);
                return;
            case BlockKind.TableHeader:
                table?.HeaderRows.Add(cellSpans);
                return;
            case BlockKind.TableRow:
                table?.Rows.Add((block.Category, cellSpans));
                return;
            case BlockKind.TableFootnote:
                table?.Footnotes.Add((start, end));
                return;
        }

        CloseTable();
        var value = block.Value;
        var markdownDepth = value.TakeWhile(c => c == '#').Count();
        var body = value[markdownDepth..].TrimStart();
        var bodyStart = start + (value.Length - body.Length);

        if (BoxTitle().Match(body) is { Success: true } boxTitle)
        {
            CloseBox();
            var boxNode = new Node(OutlineKind.Box, body[boxTitle.Length..].Trim(), boxTitle.Value.Trim(), NumberingStyle.None, stack.Count + 1, bodyStart, end);
            box = new BoxUnderConstruction(int.Parse(boxTitle.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), boxNode.Heading, boxNode, (bodyStart, end), block.Tabbed) { Indented = block.Indented };
            CurrentNode().Children.Add(boxNode);
            return;
        }

        var numbering = HeadingPattern.Numbering(body);
        if (box is not null)
        {
            var rank = numbering is { } n ? HeadingPattern.Rank(n.Style, 0) : 100;
            var isItem = numbering is { Style: NumberingStyle.Arabic or NumberingStyle.ArabicParenthesized };
            // Where the body text is indented with full-width spaces and the box's own lines are not, the first
            // indented line after the box's first line is body text again.
            if (box.Lines.Count == 0 && block.Indented)
            {
                box.Indented = true;
            }

            var leavesBox = (box.Tabbed && !block.Tabbed && !isItem) || markdownDepth > 0 || rank <= HeadingPattern.Rank(NumberingStyle.ChineseParenthesized, 0)
                || (!box.Indented && block.Indented) || ResumesSections(box, numbering, rank, body) || (box.Lines.All(l => l.Style is null) && NextSection(numbering, body));
            if (!leavesBox)
            {
                // Unnumbered prose before the box's first numbered line (a lead-in, or a box with no items at all)
                // belongs to no item, so it is read as sentences of the section that holds the box.
                if (numbering is null && box.Lines.All(l => l.Style is null))
                {
                    prose.Add((bodyStart, end, box.Node));
                }

                box.Lines.Add((numbering?.Style, numbering?.Numbering ?? "", bodyStart, end));
                return;
            }

            CloseBox();
        }

        var isHeading = (numbering is not null && IsHeadingText(body, numbering.Value.Numbering)) || (markdownDepth > 0 && !TocLike(body));
        if (isHeading)
        {
            var style = numbering?.Style ?? NumberingStyle.Markdown;
            var numberingText = numbering?.Numbering.Trim() ?? "";
            var heading = body[(numbering?.Numbering.Length ?? 0)..].Trim();
            var rank = HeadingPattern.Rank(style, markdownDepth);
            while (stack.Count > 0 && stack[^1].Rank >= rank)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var node = new Node(OutlineKind.Section, heading, numberingText, style, stack.Count + 1, bodyStart, end);
            CurrentNode().Children.Add(node);
            stack.Add((rank, node));
            prose.Add((bodyStart, end, node));
            return;
        }

        // A numbered paragraph after a heading of its style with the number before its own (14.利用…。聚焦… after
        // the bare heading 13.开展…推广。) is that heading's sibling, not one of its paragraphs.
        if (numbering is { } sibling && stack.Count > 0 && stack[^1].Node.Style == sibling.Style && NextNumber(stack[^1].Node.Numbering, sibling.Numbering))
        {
            stack.RemoveAt(stack.Count - 1);
        }

        var paragraph = new Node(OutlineKind.Paragraph, body, "", NumberingStyle.None, stack.Count + 1, bodyStart, end);
        CurrentNode().Children.Add(paragraph);
        prose.Add((bodyStart, end, paragraph));
    }

    /// <summary>
    /// A box has no end marker, so a heading after it can look like one of its items. A heading-like line
    /// ("3.加速集聚……", short, no full stop) numbered in a style that ranks above the box's items and that the
    /// box has not used yet (a box may open with "1.医疗科技" categories above （1） items) resumes the sections.
    /// </summary>
    private static bool ResumesSections(BoxUnderConstruction box, (NumberingStyle Style, string Numbering)? numbering, int rank, string body)
    {
        if (numbering is not { } n || box.Lines.Any(l => l.Style == n.Style) || body.Length > 40 || body.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        var itemRanks = box.Lines.Where(l => l.Style is not null).Select(l => HeadingPattern.Rank(l.Style!.Value, 0)).ToList();
        return itemRanks.Count > 0 && rank < itemRanks.Min();
    }

    /// <summary>
    /// A heading-like line numbered in the style of the section that holds the box, with the number after that
    /// section's ("3.培育提升…" after a box of paragraphs inside "2.提升…"), is the next section; a box that numbers
    /// its own items in that style (1. 2. 3. 4.) keeps them.
    /// </summary>
    private bool NextSection((NumberingStyle Style, string Numbering)? numbering, string body)
    {
        if (numbering is not { Style: NumberingStyle.Arabic or NumberingStyle.ArabicDotted or NumberingStyle.ArabicParenthesized } n || stack.Count == 0
            || body.Length > 40 || body.TrimEnd().TrimEnd('。').Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        // The innermost open section of that style: "2." after a box inside "1.3" inside "1." is the next "1.".
        var section = stack.LastOrDefault(s => s.Node.Style == n.Style).Node;
        return section is not null && NextNumber(section.Numbering, n.Numbering);
    }

    /// <summary>Whether Arabic numbering <paramref name="next"/> is the number after <paramref name="current"/> (3. after 2.).</summary>
    private static bool NextNumber(string current, string next)
    {
        return Number(current) is { } at && Number(next) == at + 1;

        static int? Number(string numbering)
            => int.TryParse(new string([.. numbering.Where(char.IsAsciiDigit)]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// A numbered line is a heading when it is short, or when its first sentence is (a run-in heading keeps the line
    /// together); a short line that goes on after its first full stop (3.优化信保服务。扩大…。（…负责）) is a paragraph.
    /// </summary>
    private static bool IsHeadingText(string body, string numbering)
    {
        var text = body[numbering.Length..];
        var stop = text.IndexOf('。', StringComparison.Ordinal);
        return stop < 0 ? body.Length <= 60 : body.Length <= 40 && text[(stop + 1)..].Trim().Length == 0;
    }

    private static bool TocLike(string body) => body.Trim() is "目录" or "目 录";

    private List<(int Start, int End)> Append(NormalizedBlock block)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
            offsets.Add(lastOriginalOffset + 1);
        }

        var spans = new List<(int, int)>();
        for (var c = 0; c < block.Cells.Count; c++)
        {
            var cell = block.Cells[c];
            if (c > 0)
            {
                text.Append('\t');
                offsets.Add(cell.Length > 0 ? cell.Offsets[0] : lastOriginalOffset);
            }

            var start = text.Length;
            for (var i = 0; i < cell.Length; i++)
            {
                text.Append(cell[i]);
                offsets.Add(cell.Offsets[i]);
                lastOriginalOffset = cell.Offsets[i];
            }

            spans.Add((start, text.Length));
        }

        return spans;
    }

    private Node CurrentNode() => stack.Count > 0 ? stack[^1].Node : root;

    private void CloseBox()
    {
        if (box is not null)
        {
            pendingBoxes.Add(box);
            box = null;
        }
    }

    // Boxes and tables are completed in Finish, once the source map exists to give their lines.
    private readonly List<BoxUnderConstruction> pendingBoxes = [];

    private void CloseTable()
    {
        if (table is not null)
        {
            pendingTables.Add(table);
            table = null;
        }
    }

    private readonly List<TableUnderConstruction> pendingTables = [];

    private (OutlineNode, IReadOnlyList<ContentBox>, IReadOnlyList<DocumentTable>, IReadOnlyList<Sentence>) Finish(SourceMap map)
    {
        var normalized = text.ToString();
        var frozen = new Dictionary<Node, OutlineNode>(ReferenceEqualityComparer.Instance);
        var outline = root.Freeze(map, normalized, "", frozen);
        TextPiece Piece((int Start, int End) span)
        {
            var (first, last) = map.Lines(span.Start, span.End);
            return new TextPiece(normalized[span.Start..span.End], span.Start, span.End, first, last);
        }

        foreach (var b in pendingBoxes)
        {
            // With two numbering styles in a box, the outer one names categories and the inner one items.
            var styles = b.Lines.Where(l => l.Style is not null).Select(l => l.Style!.Value).Distinct().ToList();
            var itemStyle = styles.Count > 1 ? styles.MaxBy(s => HeadingPattern.Rank(s, 0)) : styles.FirstOrDefault();
            var items = new List<BoxItem>();
            var categories = new List<TextPiece>();
            string? category = null;
            (string Numbering, int Start, int End)? current = null;
            if (styles.Count == 0 && CellStream(b, normalized) is { } columns)
            {
                // A table typed one cell per line: a header of k short cells, then rows of k cells.
                var rows = b.Lines.Skip(columns.Count).Chunk(columns.Count).Select(row => new BoxItem("", null, Piece((row[0].Start, row[^1].End)))
                {
                    Cells = [.. row.Select(c => Piece((c.Start, c.End)))],
                });
                boxes.Add(new ContentBox(b.Number, b.Title, frozen[b.Node], Piece(b.Header), [.. rows], []) { Columns = columns });
                continue;
            }

            var runIns = styles.Count == 0 ? UnnumberedItems(b, normalized) : [];
            foreach (var line in b.Lines)
            {
                if (runIns.Contains(line.Start))
                {
                    Flush();
                    current = ("", line.Start, line.End);
                }
                else if (line.Style is { } style && style == itemStyle)
                {
                    Flush();
                    current = (line.Numbering.Trim(), line.Start, line.End);
                }
                else if (line.Style is not null && styles.Count > 1)
                {
                    Flush();
                    var piece = Piece((line.Start, line.End));
                    categories.Add(piece);
                    category = piece.Text[line.Numbering.Length..].Trim().TrimEnd('：', ':');
                }
                else if (current is { } c)
                {
                    current = (c.Numbering, c.Start, line.End);
                }
            }

            Flush();
            boxes.Add(new ContentBox(b.Number, b.Title, frozen[b.Node], Piece(b.Header), items, categories)
            {
                Paragraphs = items.Count == 0 ? [.. b.Lines.Where(l => normalized.AsSpan(l.Start, l.End - l.Start).Trim().Length > 0).Select(l => Piece((l.Start, l.End)))] : [],
            });

            void Flush()
            {
                if (current is { } c)
                {
                    // The item's text and span start after its numbering.
                    var start = Math.Min(c.Start + c.Numbering.Length, c.End);
                    while (start < c.End && char.IsWhiteSpace(normalized[start]))
                    {
                        start++;
                    }

                    items.Add(new BoxItem(c.Numbering, category, Piece((start, c.End))));
                    current = null;
                }
            }
        }

        foreach (var t in pendingTables)
        {
            tables.Add(new DocumentTable(
                t.Number, t.Title, frozen[t.Node], Piece(t.Header),
                [.. t.HeaderRows.Select(r => (IReadOnlyList<TextPiece>)[.. r.Select(Piece)])],
                [.. t.Rows.Select(r => new TableRow(r.Category, [.. r.Cells.Select(Piece)]))],
                [.. t.Footnotes.Select(Piece)]) { CellStream = t.CellStream });
        }

        var sentences = new List<Sentence>();
        foreach (var (start, end, node) in prose)
        {
            var holder = frozen[node];
            foreach (var span in SentenceSplitter.Split(normalized[start..end], start))
            {
                sentences.Add(new Sentence(Piece(span), holder));
            }
        }

        return (outline, boxes, tables, sentences);
    }

    /// <summary>
    /// A box without numbering lists its items as run-in lines ("“一城”：常熟市发展…", "续建工程：A，B…") or as rows
    /// of cells ("航空	南京禄口国际机场三期工程" under a header row "类型	项目名称"). The starts of those lines, when
    /// at least two lines read so; lines before the first are the box's lead-in, lines after an item continue it.
    /// </summary>
    private static HashSet<int> UnnumberedItems(BoxUnderConstruction box, string normalized)
    {
        var starts = new HashSet<int>();
        var rows = 0;
        foreach (var (_, _, start, end) in box.Lines)
        {
            var line = normalized[start..end];
            var cells = CellText.Gap().Split(line.Trim());
            if (cells.Length >= 2)
            {
                // The first row may be a header naming the columns: short cells without punctuation.
                var header = rows++ == 0 && cells.All(c => c.Length <= 6 && c.IndexOfAny(['，', '。', '、', '；', '：']) < 0);
                if (!header && cells[0].Length <= 16)
                {
                    starts.Add(start);
                }
            }
            else if (RunInLabel().IsMatch(line))
            {
                starts.Add(start);
            }
        }

        return starts.Count >= 2 ? starts : [];
    }

    /// <summary>
    /// The column headings of a box typed as a table one cell per line: two to six short header cells without
    /// sentence punctuation, then rows of as many cells each, a row's first cell short (a district, a kind).
    /// </summary>
    private static List<string>? CellStream(BoxUnderConstruction box, string normalized)
    {
        var texts = box.Lines.Select(l => normalized[l.Start..l.End].Trim()).ToList();
        var header = texts.TakeWhile(CellText.IsHeaderCell).Count();
        for (var k = Math.Min(header, 6); k >= 2; k--)
        {
            var rest = texts.Count - k;
            if (rest >= k && rest % k == 0 && Enumerable.Range(0, rest / k).All(r => texts[k + (r * k)].Length <= 16)
                && Enumerable.Range(0, rest / k).Any(r => Enumerable.Range(1, k - 1).Any(c => texts[k + (r * k) + c].Length > 16)))
            {
                return [.. texts.Take(k)];
            }
        }

        return null;
    }

    // A short label run in before a colon: "“一城”：", "续建工程：", "重点区域:".
    [GeneratedRegex(@"^[“""]?[^，。；：:“”\t]{1,14}[”""]?[：:](?=\S)")]
    private static partial Regex RunInLabel();

    [GeneratedRegex(@"^专栏\s*(\d+)\s*")]
    private static partial Regex BoxTitle();

    [GeneratedRegex(@"^表\s*(\d+)\s*")]
    private static partial Regex TableNumber();

    private sealed record BoxUnderConstruction(int Number, string Title, Node Node, (int Start, int End) Header, bool Tabbed)
    {
        public bool Indented { get; set; }

        public List<(NumberingStyle? Style, string Numbering, int Start, int End)> Lines { get; } = [];
    }

    private sealed record TableUnderConstruction(int Number, string Title, Node Node, (int Start, int End) Header)
    {
        public bool CellStream { get; init; }

        public List<List<(int Start, int End)>> HeaderRows { get; } = [];

        public List<(string? Category, List<(int Start, int End)> Cells)> Rows { get; } = [];

        public List<(int Start, int End)> Footnotes { get; } = [];
    }

    private sealed class Node(OutlineKind kind, string heading, string numbering, NumberingStyle style, int level, int start, int end)
    {
        public string Heading => heading;

        public string Numbering => numbering;

        public NumberingStyle Style => style;

        public List<Node> Children { get; } = [];

        public string FullHeading => OutlineNode.WithNumbering(numbering, heading);

        public OutlineNode Freeze(SourceMap map, string normalized, string parentPath, Dictionary<Node, OutlineNode> frozen)
        {
            var path = kind switch
            {
                OutlineKind.Document => "",
                OutlineKind.Section => parentPath.Length == 0 ? FullHeading : parentPath + " > " + FullHeading,
                _ => parentPath,
            };
            var (first, last) = kind == OutlineKind.Document ? (1, map.LineCount) : map.Lines(start, end);
            var childPath = kind == OutlineKind.Section ? path : parentPath;
            var node = new OutlineNode(kind, heading, numbering, style, level, path, start, kind == OutlineKind.Document ? normalized.Length : end, first, last,
                [.. Children.Select(c => c.Freeze(map, normalized, childPath, frozen))]);
            foreach (var child in node.Children)
            {
                child.Parent = node;
            }

            frozen[this] = node;
            return node;
        }
    }
}
