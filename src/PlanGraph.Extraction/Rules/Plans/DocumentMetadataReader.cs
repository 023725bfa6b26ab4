using System.Text.RegularExpressions;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// Reads <see cref="DocumentMetadata"/> from a document's opening, the way official documents are laid out
/// (GB/T 9704: 发文字号, 标题 "X关于印发《Y》的通知", 主送机关, 正文, 落款 = issuing body and 成文日期): a converter's
/// front matter (标题:/文号:/发布单位:/发布日期: lines or **发布日期**: lines), the notice and what it issues, the
/// signature, a title set over one to three short lines with an adoption line under it ("（2020年10月29日…通过）"),
/// and a work report's opening (各位代表：). Lines a website or converter added are the wrapper.
/// </summary>
internal static partial class DocumentMetadataReader
{
    /// <summary>How far into a document its notice, 文号 and front matter are looked for.</summary>
    private const int HeadLines = 600;

    /// <summary>A title set in book marks on its own line (《“十四五”冷链物流发展规划》) is the title inside them.</summary>
    private static string Unbook(string title)
        => title.Length > 2 && title[0] == '《' && title[^1] == '》' && title.IndexOf('《', 1) < 0 ? title[1..^1] : title;

    /// <summary>The longest line a title set at the top may have.</summary>
    private const int MaxTitleLine = 60;

    /// <summary>How many lines from the first line of the body a title set without a notice is looked for.</summary>
    private const int TitleSearchLines = 12;

    /// <summary>How many lines under the title an adoption line is looked for.</summary>
    private const int AdoptionSearchLines = 80;

    /// <summary>How far into a document a website's information lines (发文字号：…) are read.</summary>
    private const int InfoLines = 60;

    /// <summary>How many lines after a notice's title its signature may stand.</summary>
    private const int SignatureLines = 14;

    public static DocumentMetadata Read(IngestedDocument document, Gazetteer gazetteer)
    {
        var words = MetadataWords.Value;
        var lines = new SourceLines(document);
        var head = Math.Min(lines.Count, HeadLines);
        var wrapper = new List<(int Start, int End)>();
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);

        // Front matter: a "---" block of "key: value" lines at the very top.
        if (lines.Count > 0 && lines[0].Text == "---")
        {
            var close = lines.FindIndex(1, l => l.Text == "---");
            if (close > 0)
            {
                for (var k = 1; k < close; k++)
                {
                    if (FrontMatterLine().Match(lines[k].Text) is { Success: true } fm && words.FrontMatter.TryGetValue(fm.Groups[1].Value, out var field))
                    {
                        fields.TryAdd(field, (fm.Groups[2].Value.Trim(), k));
                    }
                }

                wrapper.Add((lines[0].Start, lines[close].End));
            }
        }

        for (var k = 0; k < head; k++)
        {
            var text = lines[k].Text;
            if (k < InfoLines && KeyValues(text, words) is { Count: > 0 } pairs)
            {
                // A website's or database's information lines: 发文机关：国务院 成文日期：…, 【发文字号】…, **发布日期**: ….
                foreach (var (field, value) in pairs)
                {
                    fields.TryAdd(field, (value, k));
                }

                wrapper.Add((lines[k].Start, lines[k].End));
            }
            else if (words.Wrappers.Any(w => text.StartsWith(w, StringComparison.Ordinal)))
            {
                wrapper.Add((lines[k].Start, lines[k].End));
            }
        }

        bool Wrapped(int k) => wrapper.Any(w => lines[k].Start >= w.Start && lines[k].Start < w.End);
        TextPiece Piece(int first, int last) => PieceOf(document, lines[first].Start, lines[last].End);

        // The notice: the first "X关于印发Y的通知" line followed by its addressees (各区人民政府，…：), or one at the top.
        var notice = -1;
        var firstBody = Enumerable.Range(0, lines.Count).FirstOrDefault(k => !Wrapped(k), -1);
        for (var k = 0; k < head && notice < 0; k++)
        {
            if (Wrapped(k) || !IsNotice(lines[k].Text))
            {
                continue;
            }

            var next = Enumerable.Range(k + 1, Math.Max(0, Math.Min(6, lines.Count - k - 1))).Where(j => !Wrapped(j)).Take(5);
            if (next.Any(j => Addressees().IsMatch(lines[j].Text)) || k - firstBody < 3)
            {
                notice = k;
            }
        }

        string? title = null;
        string? source = null;
        TextPiece? titlePiece = null;
        string? issuer = null;
        string? noticeIssuer = null;
        string? kind = null;
        var issued = new List<(string Title, TextPiece Piece)>();
        var noticeText = notice >= 0 ? lines[notice].Text : fields.TryGetValue("title", out var fmTitle) ? fmTitle.Value : null;
        if (noticeText is not null && NoticeLine().Match(noticeText) is { Success: true } nm)
        {
            if (notice > 0)
            {
                // Everything above the official text's first line is the website's (menus, breadcrumbs, crawler notes).
                wrapper.Add((0, lines[notice].Start));
            }

            noticeIssuer = nm.Groups["issuer"].Value.Trim() is { Length: >= 2 } by ? by : null;
            var noticePiece = notice >= 0 ? Piece(notice, notice) : Piece(fields["title"].Line, fields["title"].Line);
            foreach (var name in PlanNaming.IssuedTitles(nm.Groups["what"].Value))
            {
                // The issued document's own title line names it (the notice may write its period differently).
                issued.Add(TitleLine(lines, Math.Max(notice, 0) + 1, name) is { } at
                    ? (Unbook(Canonical.Display(string.Concat(Enumerable.Range(at.First, at.Last - at.First + 1).Select(j => lines[j].Text)))), Piece(at.First, at.Last))
                    : (name, noticePiece));
            }

            (title, titlePiece) = issued.Count == 1 ? issued[0] : (Canonical.Display(noticeText), noticePiece);
            source = notice >= 0 ? "notice" : "front-matter";
        }
        else if (fields.TryGetValue("title", out var plain))
        {
            title = Canonical.Display(plain.Value);
            titlePiece = TitleLine(lines, plain.Line + 1, title) is { } at ? Piece(at.First, at.Last) : Piece(plain.Line, plain.Line);
            issued.Add((title, titlePiece));
            source = "front-matter";
        }

        // The signature: a date line (and the issuing body on the line above it) after the notice's text.
        string? date = null;
        TextPiece? datePiece = null;
        if (notice >= 0)
        {
            var stop = issued.Where(i => i.Piece.SpanStart > lines[notice].End).Select(i => i.Piece.SpanStart).DefaultIfEmpty(int.MaxValue).Min();
            for (var k = notice + 1; k < Math.Min(lines.Count, notice + SignatureLines) && lines[k].Start < stop; k++)
            {
                if (ChineseDate.ParseAtStart(lines[k].Text) is { } d && d.Length == lines[k].Text.Length)
                {
                    date = d.Iso;
                    var body = k > notice + 1 && IssuingBody().IsMatch(lines[k - 1].Text);
                    datePiece = Piece(body ? k - 1 : k, k);
                    if (body)
                    {
                        issuer = lines[k - 1].Text;
                    }

                    break;
                }
            }
        }

        // No notice: a title set over one to three short lines at the top (天津市国民经济和社会发展 / 第十五个五年规划纲要).
        var titleEnd = -1;
        // A converted file may open with the tail of its notice and the signature ("…纲要》已经…批准，现印发给你们…" /
        // 杭州市人民政府 / 2026年3月19日): the title then sits a few lines lower, before the table of contents.
        for (var top = firstBody; title is null && top >= 0 && top < Math.Min(lines.Count, firstBody + TitleSearchLines) && !TableOfContents().IsMatch(lines[top].Text); top++)
        {
            for (var count = 3; count >= 1 && title is null; count--)
            {
                if (top + count > lines.Count || lines[top].Text.StartsWith('（') || Enumerable.Range(top, count).Any(j => Wrapped(j) || lines[j].Text.Length > MaxTitleLine || SentencePunctuation().IsMatch(lines[j].Text) || ChineseDate.ParseAtStart(lines[j].Text.TrimStart('（', '(')) is not null))
                {
                    continue;
                }

                var joined = Canonical.Display(string.Concat(Enumerable.Range(top, count).Select(j => lines[j].Text)));
                joined = Unbook(joined);

                if (count == 1 && SiteSuffix().Match(joined) is { Success: true } site && site.Index >= 4)
                {
                    // A web page's title: "“十四五”数字经济发展规划_国务院文件_中国政府网".
                    joined = joined[..site.Index].Trim();
                }

                if (PlanNaming.Kind(joined) is not null)
                {
                    (title, titlePiece, titleEnd, source) = (joined, Piece(top, top + count - 1), top + count - 1, "heading");
                    issued.Add((title, titlePiece));
                    issuer ??= PlanNaming.IssuerOf(title);
                }
            }
        }

        // An adoption or issue line under the title: 2026年1月20日天津市…会议批准, （2020年10月29日…通过）, （2018年1月2日）.
        var afterTitle = titleEnd >= 0 ? titleEnd + 1 : issued.Count > 0 && issued[^1].Piece.SpanStart > 0 ? lines.FindIndex(0, l => l.Start >= issued[^1].Piece.SpanEnd && l.End > l.Start) : -1;
        if (date is null && afterTitle >= 0 && afterTitle < lines.Count)
        {
            var text = lines[afterTitle].Text.Trim('（', '）', '(', ')');
            var lastLine = afterTitle;
            if (afterTitle + 1 < lines.Count && !words.Approvals.Any(a => text.EndsWith(a, StringComparison.Ordinal)) && ChineseDate.ParseAtStart(text) is { } started && started.Length < text.Length)
            {
                // An adoption line wrapped in two (2026年1月20日天津市第十八届 / 人民代表大会第五次会议批准).
                var joined = (text + lines[afterTitle + 1].Text).Trim('（', '）', '(', ')');
                if (words.Approvals.Any(a => joined.EndsWith(a, StringComparison.Ordinal)))
                {
                    (text, lastLine) = (joined, afterTitle + 1);
                }
            }

            if (ChineseDate.ParseAtStart(text) is { } d)
            {
                var rest = text[d.Length..].Trim();
                if (rest.Length == 0 || words.Approvals.Any(a => rest.EndsWith(a, StringComparison.Ordinal)))
                {
                    (date, datePiece) = (d.Iso, Piece(afterTitle, lastLine));
                }
            }
        }

        // A signature under a title set without a notice: 苏州市人民政府 / 二〇二六年四月.
        if (date is null && afterTitle >= 0 && afterTitle + 1 < lines.Count && IssuingBody().IsMatch(lines[afterTitle].Text)
            && ChineseDate.ParseAtStart(lines[afterTitle + 1].Text) is { } signed && signed.Length == lines[afterTitle + 1].Text.Length)
        {
            (date, datePiece) = (signed.Iso, Piece(afterTitle, afterTitle + 1));
            issuer ??= lines[afterTitle].Text;
        }

        // An adoption line further down, under the title repeated after a web page's header:
        // 2026年2月7日上海市第十六届人民代表大会第四次会议批准.
        for (var k = Math.Max(0, afterTitle); date is null && afterTitle >= 0 && k < Math.Min(lines.Count, afterTitle + AdoptionSearchLines); k++)
        {
            var text = lines[k].Text.Trim('（', '）', '(', ')');
            if (text.Length <= MaxTitleLine && ChineseDate.ParseAtStart(text) is { } adopted && adopted.Length < text.Length
                && words.Adoptions.Any(a => text.EndsWith(a, StringComparison.Ordinal)))
            {
                (date, datePiece) = (adopted.Iso, Piece(k, k));
            }
        }

        // A cover date: a line that is only a date, right above the table of contents (2026年5月 / 目 录).
        for (var k = Math.Max(0, afterTitle); date is null && afterTitle >= 0 && k + 1 < Math.Min(lines.Count, afterTitle + AdoptionSearchLines); k++)
        {
            if (TableOfContents().IsMatch(lines[k + 1].Text) && ChineseDate.ParseAtStart(lines[k].Text) is { } cover && cover.Length == lines[k].Text.Length)
            {
                (date, datePiece) = (cover.Iso, Piece(k, k));
            }
        }

        // A government work report has no title line: it opens with 各位代表： and reviews the year before. A web page's
        // report is titled by its kind, with a dateline, the speaker or the page's date and source around it
        // (新华社北京3月13日电 / 政府工作报告; 龚正市长在…的政府工作报告（2026年）): it is named the same way.
        var untitled = title is null && firstBody >= 0 && words.WorkReportOpenings.Any(w => lines[firstBody].Text.StartsWith(w, StringComparison.Ordinal));
        // Only a title that ends in the kind: 关于印发2026年《政府工作报告》重点工作分工方案的通知 is another document.
        var bareReport = title is not null && ReportTitleEnd().IsMatch(title) && !title.Contains("关于", StringComparison.Ordinal) && !title.Contains('《')
            && !(NamedReport().Match(title) is { Success: true } report && TitleYear().IsMatch(title) && gazetteer.Named(report.Groups["place"].Value) is not null);
        if (untitled || bareReport)
        {
            kind = "work-report";
            source ??= kind;
            var text = document.NormalizedText;
            var year = (title is not null && TitleYear().Match(title) is { Success: true } ty ? int.Parse(ty.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null)
                ?? (ReviewYear().Match(text) is { Success: true } rv ? int.Parse(rv.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1
                : PlanYear().Match(text) is { Success: true } py ? int.Parse(py.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null);
            var represented = Represented().Match(text);
            // 我代表上海市人民政府 names the place; 我代表市人民政府 leaves it to the text's most named city.
            var place = !represented.Success || represented.Groups["unit"].Value == "国务院" ? null
                : represented.Groups["place"].Value is { Length: > 0 } own && gazetteer.Named(own + represented.Groups["unit"].Value) is { } known ? known.Name
                : PlaceOf(gazetteer, text, represented.Groups["unit"].Value);
            var named = $"{place}{(year is null ? "" : $"{year}年")}{WorkReport}";
            if (bareReport)
            {
                issued.RemoveAll(i => i.Title == title);
                issued.Add((named, titlePiece!));
            }
            else
            {
                titlePiece = represented.Success ? PieceOf(document, LineStart(text, represented.Index), LineEnd(text, represented.Index)) : Piece(firstBody, firstBody);
                issued.Add((named, titlePiece));
            }

            title = named;
            if (place is not null)
            {
                issuer = place + "人民政府";
            }
            else if (represented.Success && represented.Groups["unit"].Value == "国务院")
            {
                issuer = "国务院";
            }
        }

        // The signature's body, else the front matter's (a full name: 成都市锦江区人民政府), else the notice title's.
        issuer ??= fields.TryGetValue("issuer", out var fmIssuer) ? fmIssuer.Value : null;
        issuer ??= noticeIssuer;
        issuer ??= title is null ? null : PlanNaming.IssuerOf(title);
        if (date is null && fields.TryGetValue("date", out var fmDate) && ChineseDate.ParseIso(fmDate.Value) is { } written)
        {
            (date, datePiece) = (written, Piece(fmDate.Line, fmDate.Line));
        }

        var published = fields.TryGetValue("published", out var fmPublished) ? ChineseDate.ParseIso(fmPublished.Value) : null;
        if (date is null && published is not null)
        {
            (date, datePiece) = (published, Piece(fmPublished.Line, fmPublished.Line));
        }

        // 文号: the front matter's, else a line of its own near the top (穗府〔2026〕4号, （皖政办秘〔2021〕82号）).
        string? docNumber = null;
        TextPiece? docNumberPiece = null;
        if (fields.TryGetValue("docNumber", out var fmNumber) && DocNumber().Match(fmNumber.Value) is { Success: true } fn)
        {
            (docNumber, docNumberPiece) = (fn.Value, Piece(fmNumber.Line, fmNumber.Line));
        }
        else
        {
            var end = Math.Min(head, Math.Max(notice, 0) + SignatureLines);
            for (var k = 0; k < end; k++)
            {
                if (DocNumberLine().Match(lines[k].Text) is { Success: true } dn)
                {
                    (docNumber, docNumberPiece) = (dn.Groups[1].Value, Piece(k, k));
                    break;
                }
            }
        }

        return new DocumentMetadata
        {
            Title = title, TitlePiece = titlePiece, TitleSource = source, Issued = issued, Kind = kind, DocNumber = docNumber, DocNumberPiece = docNumberPiece,
            Issuer = issuer, Date = date, DatePiece = datePiece, Published = published != date ? published : null, Wrapper = wrapper,
        };
    }

    /// <summary>
    /// The known key-value pairs a line holds ("发文机关：国务院 成文日期：2021年12月12日", "【发文字号】 国发〔2021〕29号",
    /// "**发布日期**: 2025-08-12"), or none when the line does not start with a known key.
    /// </summary>
    private static List<(string Field, string Value)> KeyValues(string line, MetadataWords words)
    {
        var keys = new List<(int At, int ValueAt, string Field)>();
        foreach (Match m in KeyPattern.Value.Matches(line))
        {
            var key = SpaceInKey().Replace(m.Groups["k"].Value, "");
            if (words.FrontMatter.TryGetValue(key, out var field))
            {
                keys.Add((m.Index, m.Index + m.Length, field));
            }
        }

        if (keys.Count == 0 || keys[0].At != 0)
        {
            return [];
        }

        var pairs = new List<(string, string)>();
        for (var i = 0; i < keys.Count; i++)
        {
            var end = i + 1 < keys.Count ? keys[i + 1].At : line.Length;
            var value = line[keys[i].ValueAt..end].Trim();
            if (keys[i].Field != "ignore" && value.Length > 0)
            {
                pairs.Add((keys[i].Field, value));
            }
        }

        return pairs;
    }

    // A known key: 【发文字号】, **发布日期**:, 发文机关：, 标　　题：, 索 引 号： (spaces inside keys are a website's layout).
    private static readonly Lazy<Regex> KeyPattern = new(() =>
    {
        var keys = string.Join("|", MetadataWords.Value.FrontMatter.Keys.OrderByDescending(k => k.Length).Select(k => string.Join(@"[ \u3000]*", k.Select(c => Regex.Escape(c.ToString())))));
        return new Regex($@"【(?<k>{keys})】\s*[:：]?|\*\*(?<k>{keys})\*\*\s*[:：]|(?<k>{keys})\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    [GeneratedRegex(@"[ \u3000]")]
    private static partial Regex SpaceInKey();

    /// <summary>The line (or two or three consecutive lines) after <paramref name="from"/> that is exactly the title.</summary>
    private static (int First, int Last)? TitleLine(SourceLines lines, int from, string title)
    {
        var key = Canonical.Key(PlanNaming.Core(title));
        for (var k = from; k < lines.Count; k++)
        {
            var joined = "";
            for (var last = k; last < Math.Min(lines.Count, k + 3); last++)
            {
                joined += lines.TextOf(last);
                var lineKey = Canonical.Key(PlanNaming.Core(joined));
                if (lineKey == key && !IsNotice(joined))
                {
                    return (k, last);
                }

                if (!key.StartsWith(lineKey, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The city, province or district the report speaks for: the place of that kind the text names most.</summary>
    private static string? PlaceOf(Gazetteer gazetteer, string text, string unit)
    {
        var type = unit switch { "市" => "city", "省" => "province", _ => "district" };
        return gazetteer.Places.Where(p => p.Type == type)
            .Select(p => (p.Name, Count: new[] { p.Name }.Concat(p.Aliases).Where(f => f.Length >= 2).Max(f => Count(text, f))))
            .Where(c => c.Count >= 3)
            .OrderByDescending(c => c.Count)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int Count(string text, string form)
    {
        var count = 0;
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int LineStart(string text, int at) => text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;

    private static int LineEnd(string text, int at) => text.IndexOf('\n', at) is var end and >= 0 ? end : text.Length;

    private static TextPiece PieceOf(IngestedDocument document, int start, int end) => document.Piece(start, end);

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{2,6})\s*[:：]\s*(.+)$")]
    private static partial Regex FrontMatterLine();

    /// <summary>Whether a line is a notice's title; most lines lack the 印发 the pattern needs, and are passed over without it.</summary>
    private static bool IsNotice(string line) => line.Contains("印发", StringComparison.Ordinal) && NoticeLine().IsMatch(line);

    // A website may append its name to the title it shows ("…的通知 - 某市人民政府门户网站", "…的通知_政策文件").
    [GeneratedRegex(@"^(?<issuer>[^《》，。：]{0,60}?)(?:关于)?印发\s*(?<what>.{2,160}?)的通知(?:\s*[-_|–—]+\s*[^《》]{0,40})?$")]
    private static partial Regex NoticeLine();

    // 主送机关: "各区人民政府，市政府各部门、各直属机构：", "各有关单位：".
    [GeneratedRegex(@"^[^。]{2,80}[：:]$")]
    private static partial Regex Addressees();

    [GeneratedRegex(@"\s*(?:_|\s-\s|\s?[|｜]\s?).*$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"[。，；：,;:]")]
    internal static partial Regex SentencePunctuation();

    // A government body's name alone on a line: 湖南省人民政府办公厅, 成都市锦江区人民政府办公室, 中共中央 国务院.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）() 　]{2,80}(?:局|委员会|委|人民政府|政府|办公室|办公厅|厅|署|办|部|中央|国务院|院)$")]
    private static partial Regex IssuingBody();

    // 穗府〔2026〕4号, 工信部联规〔2021〕207号, 国发[2021]29号, 京政发［2022］3号.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,10}\s*[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d{1,4}\s*号")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"^[（(]?([\p{IsCJKUnifiedIdeographs}]{1,10}\s*[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d{1,4}\s*号)[）)]?$")]
    private static partial Regex DocNumberLine();

    [GeneratedRegex(@"((?:19|20)\d{2})年(?:和[“""]?十[三四五六]五[”""]?)?(?:工作回顾|主要工作)")]
    private static partial Regex ReviewYear();

    [GeneratedRegex(@"((?:19|20)\d{2})年(?:工作安排|主要预期目标|政府工作的总体要求|重点工作|目标任务)")]
    private static partial Regex PlanYear();

    private const string WorkReport = "政府工作报告";

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"政府工作报告(?:[（(](?:19|20)\d{2}年?[)）])?$")]
    private static partial Regex ReportTitleEnd();

    /// <summary>A work report's full title: its place and year around the kind (上海市2026年政府工作报告, 2026年杭州市政府工作报告).</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年)?(?<place>\p{IsCJKUnifiedIdeographs}{2,10}?)(?:(?:19|20)\d{2}年)?政府工作报告$")]
    private static partial Regex NamedReport();

    [GeneratedRegex(@"我代表(?<place>\p{IsCJKUnifiedIdeographs}{2,8}?)?(?:(?<unit>市|省|区|县|自治区)人民政府|(?<unit>国务院))")]
    private static partial Regex Represented();

    [GeneratedRegex(@"^目\s*录$")]
    private static partial Regex TableOfContents();
}
