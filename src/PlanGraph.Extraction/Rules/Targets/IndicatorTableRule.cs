using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// Indicator tables read as a cell stream (主要指标 tables without 表 N, in any layout: one cell per line,
/// space- or TAB-separated rows, pipe rows, PDF-wrapped cells). The header words give the columns (序号, 类别,
/// 指标, 单位, baseline and target columns with their years, 属性); rows start at their sequence number (1, 1.,
/// "1. 名称") or, in tables without one, at each line. Within a row: the name (a group label before it is
/// dropped where a unit column follows; a PDF-wrapped name is joined), the unit (its column, else the name's
/// brackets), the values (a value wrapped over cells is joined), the attribute, sub-rows (a further name with
/// its own values: 食品安全抽检合格率 / 药品抽检合格率), and the category of the rows that follow. Each value
/// becomes a Target of the plan (year from the value's own text, else its column, else the plan's end year)
/// with number, comparator and change kind; its evidence is the row under the header.
/// </summary>
internal sealed partial class IndicatorTableRule(TargetLexicon lexicon) : IDocumentRule
{
    public string Id => "target.indicator-table";

    public RuleStage Stage => RuleStage.Measures;

    public void Apply(DocumentContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => t.CellStream))
        {
            var cells = table.Rows.Select((r, line) => r.Cells.Select(c => new Cell(c, line))).SelectMany(c => c).ToList();
            var (columns, first) = Header(cells);
            if (columns.Count(c => c.Role == "name") == 0 || columns.Count(c => c.Role == "value") == 0)
            {
                continue;
            }

            var endYear = lexicon.PeriodEnd(table.Title) ?? lexicon.PeriodEnd(context.Title) ?? PeriodEndOf(context.Title);
            var valueColumns = columns.Where(c => c.Role == "value").ToList();
            for (var v = 0; v < valueColumns.Count; v++)
            {
                var column = valueColumns[v];
                // A column named by its year alone: the latest year is the target's (2020年 | 2025年 | 年均/累计), else the last column.
                var latest = valueColumns.Max(c => c.Year);
                var kind = column.Kind ?? (column.Year is { } y ? (y == latest ? "target" : "baseline") : v == valueColumns.Count - 1 ? "target" : "baseline");
                var year = column.Year ?? (kind == "target" ? endYear : null);
                valueColumns[v] = column with { Kind = kind, Year = year };
            }

            var header = string.Join(" | ", columns.Where(c => c.Role is not ("sequence" or "category" or "group")).Select(c => c.Text));
            var rows = HasSequence(cells, first) ? StreamRows(cells, first, columns) : LineRows(cells, first, columns);
            foreach (var row in rows)
            {
                Emit(context, table, row, valueColumns, header);
            }
        }
    }

    private sealed record Cell(TextPiece Piece, int Line)
    {
        public string Text { get; } = Piece.Text.Trim();
    }

    private sealed record Column(string Role, string Text, string? Kind, long? Year, int Line = -1);

    private sealed class Row
    {
        public List<Cell> Cells { get; } = [];

        public string Name { get; set; } = "";

        public string? Unit { get; set; }

        public string? Attribute { get; set; }

        public string? Category { get; set; }

        public int Sequence { get; init; }

        public List<(string Text, List<Cell> Cells)> Values { get; } = [];

        public bool ValueOpen { get; set; }
    }

    /// <summary>The header's columns, from the cells before the first row; and where the data starts.</summary>
    private (List<Column> Columns, int First) Header(List<Cell> cells)
    {
        var columns = new List<Column>();
        var i = 0;
        for (; i < cells.Count && i < 40; i++)
        {
            var text = Squeeze(cells[i].Text);
            var at = i;
            while (text.EndsWith('/') && at + 1 < cells.Count && cells[at + 1].Line != cells[i].Line)
            {
                // A header word wrapped after its slash: "年均/" / "累计".
                text += Squeeze(cells[++at].Text);
            }

            var year = Year(text);
            var role = ColumnOf(text);
            if (role is null && year is null)
            {
                break;
            }

            i = at;

            // "2025年" / "完成值" on lines of their own make one column (cells of one header line are columns of their own).
            if (columns.Count > 0 && columns[^1] is { Role: "value" } last && last.Line != cells[i].Line
                && ((last.Kind is null && role is "target" or "baseline" && year is null && !HasColumnWord(last.Text))
                    || (last.Kind is not null && last.Year is null && role is null && year is not null && !HasColumnWord(text))))
            {
                columns[^1] = last with { Text = last.Text + text, Kind = last.Kind ?? role, Year = last.Year ?? year, Line = cells[i].Line };
                continue;
            }

            columns.Add(role is "target" or "baseline" || (role is null && year is not null)
                ? new Column("value", text, role, year, cells[i].Line)
                : new Column(role!, text, null, null, cells[i].Line));
        }

        // A period's target column over its own sub-columns ("“十五五”目标" / "2030年" / "年均［累计］") holds no values.
        for (var k = columns.Count - 3; k >= 0; k--)
        {
            if (columns[k] is { Role: "value", Kind: "target" } && columns[k + 1] is { Role: "value", Kind: null, Year: not null } && columns[k + 2].Role == "value"
                && columns[k + 1].Line != columns[k].Line)
            {
                columns.RemoveAt(k);
            }
        }

        return (columns, i);
    }

    private bool HasColumnWord(string text) => lexicon.Columns.Any(c => c.Column is "target" or "baseline" && text.Contains(c.Word, StringComparison.Ordinal));

    private string? ColumnOf(string text)
    {
        if (text.Length > 12)
        {
            return null;
        }

        var stripped = lexicon.PeriodPattern.Replace(YearWord().Replace(text, ""), "");
        if (stripped.Length == 0)
        {
            return null;
        }

        foreach (var (word, column) in lexicon.Columns)
        {
            if (stripped == word || (column is "target" or "baseline" && stripped.EndsWith(word, StringComparison.Ordinal) && stripped.Length <= word.Length + 2))
            {
                return column;
            }
        }

        return null;
    }

    private long? Year(string text)
        => YearWord().Match(text) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : text.Length <= 12 ? lexicon.PeriodEnd(text) : null;

    private static bool HasSequence(List<Cell> cells, int first)
        => cells.Skip(first).Any(c => SequenceCell().IsMatch(c.Text) && SequenceCell().Match(c.Text).Groups[1].Value == "1");

    /// <summary>Rows that start at their sequence number, in reading order over lines and cells.</summary>
    private List<Row> StreamRows(List<Cell> cells, int first, List<Column> columns)
    {
        var hasUnitColumn = columns.Any(c => c.Role == "unit");
        var unitAfterName = hasUnitColumn;
        var attributeLast = columns.FindLastIndex(c => c.Role == "attribute") > columns.FindLastIndex(c => c.Role == "value");
        var rows = new List<Row>();
        var category = new List<string>();
        var expected = 1;
        Row? row = null;
        var nameDone = false;
        for (var i = first; i < cells.Count; i++)
        {
            var cell = cells[i];
            var text = cell.Text;
            if (SequenceStart(cells, i, expected) is { } rest)
            {
                Close();
                expected++;
                row = new Row { Category = category.Count > 0 ? string.Concat(category) : rows.LastOrDefault()?.Category, Sequence = expected - 1 };
                category.Clear();
                row.Cells.Add(cell);
                nameDone = false;
                if (rest.Length > 0)
                {
                    row.Name = rest;
                }

                continue;
            }

            if (row is null || CountNote().Replace(text, "").Length == 0)
            {
                // Before the first row, and a category's count note ("(5项)"): category words.
                AddCategory(text);
                continue;
            }

            if (!nameDone)
            {
                if (row.Name.Length == 0)
                {
                    row.Name = text;
                    row.Cells.Add(cell);
                    continue;
                }

                // A bracket left open inside the name ("细颗粒物（PM" / "2.5" / "）年均浓度").
                if (Open(row.Name))
                {
                    row.Name += text;
                    row.Cells.Add(cell);
                    continue;
                }

                if (IsNameLike(text) && !IsUnitLike(text))
                {
                    // A PDF-wrapped name continues; a group label (一级指标, 每千人口拥有医护人员数) gives way to the name.
                    // A name that starts with a number a PDF spaced off ("3" / "岁以下婴幼儿入托率") is joined too, and so is one
                    // holding a figure, which no group label does ("社区公共服务设施15分钟步行" / "可达覆盖率").
                    row.Name = (!hasUnitColumn && row.Name.Length >= 14 && !columns.Any(c => c.Role == "group")) || HasDigit(row.Name) ? row.Name + text : text;
                    row.Cells.Add(cell);
                    continue;
                }

                nameDone = true;
                if (unitAfterName && IsUnitLike(text))
                {
                    row.Unit = text;
                    row.Cells.Add(cell);
                    while (row.Unit.EndsWith('/') && i + 1 < cells.Count)
                    {
                        row.Unit += cells[++i].Text;
                        row.Cells.Add(cells[i]);
                    }

                    continue;
                }
            }

            if (CategoryLine().IsMatch(text))
            {
                // 三、环境美（6项）: the category of the rows that follow, never a value.
                AddCategory(text);
                row.ValueOpen = false;
                continue;
            }

            if (IsAttribute(text))
            {
                row.Attribute = text;
                row.Cells.Add(cell);
                row.ValueOpen = false;
                continue;
            }

            if (row.Values.Count > 0 && IsNameLike(text) && !IsPhrase(text) && text.Length >= 4 && !HasDigit(text)
                && i + 1 < cells.Count && SequenceStart(cells, i + 1, expected) is null && (IsUnitLike(cells[i + 1].Text) || HasDigit(cells[i + 1].Text)))
            {
                // A sub-row: a further indicator with its own values inside the numbered row.
                var attribute = row.Attribute;
                Close();
                row = new Row { Category = rows.LastOrDefault()?.Category, Name = text, Attribute = attribute, Sequence = expected - 1 };
                row.Cells.Add(cell);
                nameDone = !hasUnitColumn;
                if (hasUnitColumn && IsUnitLike(cells[i + 1].Text))
                {
                    row.Unit = cells[++i].Text;
                    row.Cells.Add(cells[i]);
                    nameDone = true;
                }

                continue;
            }

            // A value wrapped over cells continues while it is open ("“十五五”年均增长" / "5.0左右"; "4.5-5," / "努力争取");
            // words that are no value continue it only before a last 属性 column.
            var continues = row.ValueOpen && row.Values.Count > 0 && text.Length <= 8 && Incomplete(row.Values[^1].Text);
            if (IsValueLike(text) || (continues && attributeLast && row.Attribute is null))
            {
                if (continues)
                {
                    var (joined, parts) = row.Values[^1];
                    parts.Add(cell);
                    row.Values[^1] = (joined + text, parts);
                }
                else
                {
                    row.Values.Add((text, [cell]));
                }

                row.Cells.Add(cell);
                row.ValueOpen = !IsPlaceholder(text);
                continue;
            }

            // Words after the row's values: the category of the rows that follow ("科技创新", "开放" "发展" "(4项)").
            AddCategory(text);
            row.ValueOpen = false;
        }

        Close();
        return rows;

        void Close()
        {
            if (row is not null && row.Name.Length > 0)
            {
                // An attribute stated once for a numbered row holds for its sub-rows.
                for (var r = rows.Count - 1; r >= 0 && rows[r].Sequence == row.Sequence && rows[r].Attribute is null; r--)
                {
                    rows[r].Attribute = row.Attribute;
                }

                rows.Add(row);
            }

            row = null;
        }

        void AddCategory(string text)
        {
            var label = CountNote().Replace(text, "");
            if (label.Length > 0 && !HasDigit(label) && !IsAttribute(label))
            {
                category.Add(label);
            }
        }
    }

    /// <summary>Rows of a table without sequence numbers: one per line, cells in the header's order.</summary>
    private List<Row> LineRows(List<Cell> cells, int first, List<Column> columns)
    {
        var rows = new List<Row>();
        string? category = null;
        foreach (var line in cells.Skip(first).GroupBy(c => c.Line))
        {
            var lineCells = line.ToList();
            if (lineCells.Count < 2)
            {
                continue;
            }

            var row = new Row();
            var roles = lineCells.Count == columns.Count ? columns : columns.Where(c => c.Role != "category").ToList();
            var offset = 0;
            for (var c = 0; c < lineCells.Count && c - offset < roles.Count; c++)
            {
                var text = lineCells[c].Text;
                row.Cells.Add(lineCells[c]);
                switch (roles[c - offset].Role)
                {
                    case "category":
                        category = text.Length > 0 ? CountNote().Replace(text, "") : category;
                        break;
                    case "name":
                        row.Name = text;
                        break;
                    case "unit":
                        row.Unit = text;
                        break;
                    case "attribute":
                        row.Attribute = text;
                        break;
                    case "value":
                        row.Values.Add((text, [lineCells[c]]));
                        break;
                }
            }

            row.Category = category;
            if (row.Name.Length > 0 && Cjk().IsMatch(row.Name))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private void Emit(DocumentContext context, DocumentTable table, Row row, List<Column> valueColumns, string header)
    {
        var name = Squeeze(Stars().Replace(SequencePrefix().Replace(row.Name, ""), ""));
        var unit = row.Unit;
        if (TrailingBrackets(name) is { } bracket && (unit is null || unit.Length == 0))
        {
            // "城中村整体改造项目认定数量（个）", "新增供应保障性租赁住房数量（万套（间））".
            var inner = name[(bracket + 1)..^1];
            if (!HasDigit(inner) && inner.Length <= 8 && !inner.StartsWith('含'))
            {
                unit = inner;
                name = name[..bracket];
            }
        }

        unit = unit?.Replace('％', '%');
        if (unit is "—" or "-" or "/")
        {
            unit = null;
        }

        if (name.Length < 2 || !Cjk().IsMatch(name))
        {
            return;
        }

        var path = table.SectionPath;
        var first = row.Cells.MinBy(c => c.Piece.SpanStart)!.Piece;
        var last = row.Cells.MaxBy(c => c.Piece.SpanEnd)!.Piece;
        var rowText = string.Join(" | ", new[] { name, unit ?? "" }.Concat(row.Values.Select(v => v.Text)).Append(row.Attribute ?? "").Where(t => t.Length > 0));
        var quote = $"{header}\n{rowText}";
        var evidence = new Evidence(context.DocumentId, path, first.FirstLine, last.LastLine, first.SpanStart, last.SpanEnd, quote, "indicator.indicator-table");
        var canonical = context.Aliases.CanonicalOf(NodeLabels.Indicator, name);
        var indicator = context.Graph.Node(NodeLabels.Indicator, canonical ?? name, evidence, new Dictionary<string, object?>
        {
            ["unit"] = unit, ["category"] = row.Category, ["attribute"] = row.Attribute,
        }, aliases: canonical is null ? null : new[] { name });
        context.Graph.AddToList(indicator, "units", unit);
        name = canonical ?? name;

        // Values align with the value columns from the right: a row that leaves its baseline empty still has its target.
        var values = row.Values.Count > valueColumns.Count ? row.Values.Skip(row.Values.Count - valueColumns.Count).ToList() : row.Values;
        var shift = valueColumns.Count - values.Count;
        for (var v = 0; v < values.Count; v++)
        {
            var column = valueColumns[v + shift];
            var (text, parts) = values[v];
            if (IsPlaceholder(text))
            {
                continue;
            }

            var stated = StatedValueReader.Read(text, lexicon);
            if (stated.Change == "level" && NameChange(name) is { } change)
            {
                // "地区生产总值年均增速 | 5-6": the name says what the number is.
                stated = stated with { Change = change };
            }

            // The value's own year counts when a number is stated for it (2027年60%), not for a dated task description.
            var year = stated.Value is not null ? stated.Year ?? column.Year : column.Year;
            var kind = column.Kind!;
            var cellFirst = parts[0].Piece;
            var cellLast = parts[^1].Piece;
            var targetEvidence = new Evidence(context.DocumentId, path, cellFirst.FirstLine, cellLast.LastLine, cellFirst.SpanStart, cellLast.SpanEnd, quote, Id);
            var owner = context.PlanId ?? context.DocumentId;
            var target = context.Graph.Node(NodeLabels.Target, $"{name} {(year is null ? "" : year + "年")}{(kind == "target" ? "目标" : "基数")}", targetEvidence, new Dictionary<string, object?>
            {
                ["kind"] = kind, ["year"] = year, ["value"] = stated.Value, ["valueText"] = stated.Text, ["comparator"] = stated.Comparator,
                ["change"] = stated.Change, ["upper"] = stated.Upper, ["note"] = stated.Note, ["column"] = column.Text,
                ["unit"] = unit, ["category"] = row.Category, ["indicator"] = name,
            }, id: StableId.For(NodeLabels.Target, indicator, owner, kind, year?.ToString(CultureInfo.InvariantCulture) ?? ""));
            if (context.PlanId is { } plan)
            {
                context.Graph.Relationship(RelationshipTypes.Sets, plan, target, targetEvidence);
            }

            context.Graph.Relationship(RelationshipTypes.Of, target, indicator, targetEvidence);
        }
    }

    /// <summary>A row's sequence number at cell <paramref name="i"/> ("3", "3.", "3. 名称"): the name part when it is one, else null.</summary>
    private string? SequenceStart(List<Cell> cells, int i, int expected)
    {
        if (SequenceCell().Match(cells[i].Text) is not { Success: true } m || m.Groups[1].Value != expected.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }

        var rest = m.Groups[2].Value.Trim();
        if (rest.Length > 0)
        {
            return Cjk().IsMatch(rest) ? rest : null;
        }

        // A bare number is a row's only when a name follows (not a value such as the target "2" before row 2).
        var next = i + 1 < cells.Count ? cells[i + 1].Text : "";
        if (next.Length is 1 or 2 && next.All(char.IsAsciiDigit) && cells[i + 1].Line == cells[i].Line && i + 2 < cells.Count)
        {
            // A name that starts with a number a PDF spaced off: "16" / "3" / "岁以下婴幼儿入托率（%）".
            next = cells[i + 2].Text;
        }

        return Cjk().IsMatch(next) && !IsAttribute(next) && !IsUnitLike(next) && !(IsPhrase(next) && next.Length <= 8) ? "" : null;
    }

    private bool IsAttribute(string text) => lexicon.Attributes.Contains(text.Trim());

    private bool IsPhrase(string text) => lexicon.Phrases.Any(p => text.Contains(p, StringComparison.Ordinal));

    private bool IsNameLike(string text)
        => Cjk().IsMatch(text) && !IsAttribute(text) && !HasDigit(text) && !IsPhrase(text) && !ValueStart().IsMatch(text) && lexicon.PeriodPattern.Match(text) is not { Success: true };

    /// <summary>A unit cell: short, no digits, ending like a unit ("万元/人", "人/百亿元", "％", "万人次/").</summary>
    private bool IsUnitLike(string text)
    {
        var t = text.Trim();
        if (t.Length is 0 or > 7 || HasDigit(t))
        {
            return false;
        }

        var core = t.TrimEnd('/').Replace("（", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal);
        return t is "%" or "％" or "‰" || lexicon.Units.Any(u => core.EndsWith(u, StringComparison.Ordinal) && core.Length <= u.Length + 3);
    }

    private bool IsValueLike(string text) => HasDigit(text) || IsPlaceholder(text) || IsPhrase(text) || ValueStart().IsMatch(text) || lexicon.PeriodPattern.IsMatch(text);

    private static bool IsPlaceholder(string text) => text.Trim() is "-" or "—" or "/" or "－" or "——" or "";

    private static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);

    /// <summary>The change an indicator's name sets: a growth rate anywhere in it (年均增长, 增速), a decrease or increase at its end (排放降低, 入托率提高).</summary>
    private string? NameChange(string name)
    {
        var change = lexicon.Changes.FirstOrDefault(c => c.Kind == "growth-rate" && name.Contains(c.Word, StringComparison.Ordinal)).Kind
            ?? lexicon.Changes.FirstOrDefault(c => c.Kind is "decrease" or "increase" && name.EndsWith(c.Word, StringComparison.Ordinal)).Kind;
        return change;
    }

    /// <summary>A value cut by a wrap: it ends in a comma, or has no number yet ("“十五五”年均增长", "达到国家").</summary>
    private static bool Incomplete(string text) => !IsPlaceholder(text) && (text[^1] is ',' or '，' or '、' or '/' || !HasDigit(text));


    private static bool Open(string name) => name.Count(c => c is '（' or '(') > name.Count(c => c is '）' or ')');

    private static int? TrailingBrackets(string name)
    {
        if (name.Length == 0 || name[^1] is not ('）' or ')'))
        {
            return null;
        }

        var depth = 0;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            depth += name[i] is '）' or ')' ? 1 : name[i] is '（' or '(' ? -1 : 0;
            if (depth == 0)
            {
                return i > 0 ? i : null;
            }
        }

        return null;
    }

    private static long? PeriodEndOf(string title)
        => YearRange().Match(title) is { Success: true } m ? long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;

    private static string Squeeze(string text) => Spaces().Replace(text, "");

    // "4.8左右" is a value, not row 4.
    [GeneratedRegex(@"^(\d{1,2})(?:\s*[.．、]\s*(?!\d)(.*))?$")]
    private static partial Regex SequenceCell();

    [GeneratedRegex(@"^\d{1,2}\s*[.．、]\s*")]
    private static partial Regex SequencePrefix();

    [GeneratedRegex(@"((?:19|20)\d\d)\s*年")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"((?:19|20)\d\d)\s*[-—–~～至]\s*((?:19|20)\d\d)")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^\S{0,2}、|[（(]\s*\d+\s*项\s*[)）]")]
    private static partial Regex CountNote();

    [GeneratedRegex(@"^\S{0,2}、?[\p{IsCJKUnifiedIdeographs}]{0,10}[（(]\s*\d+\s*项\s*[)）]$")]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"[*＊∗]+$")]
    private static partial Regex Stars();

    [GeneratedRegex(@"^[<>≤≥＜＞~～约〔【\[“""]")]
    private static partial Regex ValueStart();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
