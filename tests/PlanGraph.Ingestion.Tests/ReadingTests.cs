using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGraph.Ingestion;
using Shouldly;
using Xunit;

namespace PlanGraph.Ingestion.Tests;

/// <summary>Encodings, .docx, bad input, and offsets that lead back to the original text.</summary>
public sealed class ReadingTests
{
    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_sentence_maps_back_to_the_original_characters_and_lines(string seed)
    {
        var document = Seeds.Read(seed);
        document.Sentences.Count.ShouldBeGreaterThan(60);
        foreach (var sentence in document.Sentences)
        {
            var piece = sentence.Text;
            document.NormalizedText[piece.SpanStart..piece.SpanEnd].ShouldBe(piece.Text);
            for (var k = piece.SpanStart; k < piece.SpanEnd; k++)
            {
                var normalized = document.NormalizedText[k];
                if (normalized == '\n')
                {
                    continue;
                }

                var original = document.OriginalText[document.Map.OriginalOffset(k)];
                Same(original, normalized).ShouldBeTrue($"{seed}: normalised '{normalized}' at {k} came from '{original}'");
                var line = document.Map.LineOf(document.Map.OriginalOffset(k));
                line.ShouldBeInRange(piece.FirstLine, piece.LastLine);
            }
        }
    }

    [Fact]
    public void A_sentence_quotes_its_original_line()
    {
        // D3 wraps prose at about 28 characters with blank lines between: the sentence spans many lines.
        var d3 = Seeds.Read(Seeds.D3);
        var sentence = d3.Sentences.First(s => s.Text.Text.Contains("深圳国际量子研究院", StringComparison.Ordinal));
        sentence.Text.LastLine.ShouldBeGreaterThan(sentence.Text.FirstLine);
        var lines = File.ReadAllLines(Seeds.Path(Seeds.D3));
        string.Concat(lines[(sentence.Text.FirstLine - 1)..sentence.Text.LastLine].Select(l => l.Trim())).ShouldContain(sentence.Text.Text);
    }

    [Fact]
    public void A_GB18030_copy_gives_the_same_outline()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = Seeds.Read(Seeds.D2);
        var gb = DocumentIngestor.Ingest(Encoding.GetEncoding(54936).GetBytes(File.ReadAllText(Seeds.Path(Seeds.D2))), "reply.txt");
        gb.Encoding.ShouldBe("gb18030");
        utf8.Encoding.ShouldBe("utf-8");
        Seeds.Render(gb).ShouldBe(Seeds.Render(utf8));
        gb.NormalizedText.ShouldBe(utf8.NormalizedText);
    }

    [Fact]
    public void A_copy_in_another_encoding_is_the_same_document_and_is_left_out_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var folder = Directory.CreateTempSubdirectory("plangraph-copies");
        try
        {
            var utf8 = Path.Combine(folder.FullName, "a-reply.txt");
            var gb = Path.Combine(folder.FullName, "b-reply-gb18030.txt");
            var text = File.ReadAllText(Seeds.Path(Seeds.D2));
            File.WriteAllText(utf8, text.ReplaceLineEndings("\r\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            File.WriteAllBytes(gb, Encoding.GetEncoding(54936).GetBytes(text));

            var batch = DocumentIngestor.IngestAll([utf8, gb]);

            batch.Documents.ShouldHaveSingleItem().FileName.ShouldBe("a-reply.txt");
            batch.Failures.ShouldBeEmpty();
            var warning = batch.Warnings.ShouldHaveSingleItem();
            warning.ShouldContain("b-reply-gb18030.txt");
            warning.ShouldContain("a-reply.txt");
            warning.ShouldContain("gb18030");
            DocumentIngestor.Ingest(gb).TextSha256.ShouldBe(batch.Documents[0].TextSha256);
            DocumentIngestor.Ingest(gb).Sha256.ShouldNotBe(batch.Documents[0].Sha256, "the file hash still tells the files apart");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_docx_built_from_a_seed_gives_the_same_outline()
    {
        var text = Seeds.Read(Seeds.D4);
        var docx = DocxFrom(File.ReadAllLines(Seeds.Path(Seeds.D4)));
        var fromDocx = DocumentIngestor.Ingest(docx, "cbd.docx");
        fromDocx.Encoding.ShouldBe("docx");
        Seeds.Render(fromDocx).ShouldBe(Seeds.Render(text));
        fromDocx.Tables.ShouldHaveSingleItem().Rows.Count.ShouldBe(23);
        fromDocx.Boxes.Count.ShouldBe(22);
    }

    [Fact]
    public void Word_heading_styles_become_headings()
    {
        var docx = DocxFrom(["规划", "#总体要求", "坚持创新驱动。"], headingStyles: true);
        var document = DocumentIngestor.Ingest(docx, "styled.docx");
        var heading = document.Outline.Descendants().Single(n => n.Kind == OutlineKind.Section);
        heading.Heading.ShouldBe("总体要求");
        heading.Style.ShouldBe(NumberingStyle.Markdown);
    }

    [Fact]
    public void A_web_page_built_from_a_seed_gives_the_same_outline_without_the_sites_menus()
    {
        var text = Seeds.Read(Seeds.D4);
        var html = HtmlFrom(File.ReadAllLines(Seeds.Path(Seeds.D4)));
        var fromHtml = DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(html), "cbd.html");
        fromHtml.Encoding.ShouldBe("html, utf-8");
        // The page has no blank lines, so only the line numbers differ.
        static List<string> WithoutLines(IEnumerable<string> rendered) => [.. rendered.Select(r => r[..r.LastIndexOf('|')])];
        WithoutLines(Seeds.Render(fromHtml)).ShouldBe(WithoutLines(Seeds.Render(text)));
        fromHtml.Tables.ShouldHaveSingleItem().Rows.Count.ShouldBe(23);
        fromHtml.OriginalText.ShouldNotContain("网站首页");
        fromHtml.OriginalText.ShouldNotContain("版权所有");
    }

    [Fact]
    public void A_gb18030_web_page_with_headings_line_breaks_and_entities_reads_as_text()
    {
        var html = string.Join("\n",
            "<html><head><meta charset=\"gb2312\"><title>某市规划_政府文件</title><style>p{color:red}</style></head><body>",
            "<ul class=\"menu\"><li><a href=\"/\">首页</a></li><li><a href=\"/zw\">政务公开</a></li></ul>",
            "<h2>某市“十五五”交通发展规划</h2>",
            "<div id=\"zoom\">",
            "<p><strong>一、总体要求</strong></p>",
            "<p>　　到2030年，轨道交通运营里程达到&nbsp;300公里。<br>全市公交分担率达到60%。</p>",
            "<p>二、重点任务</p>",
            "<p>建设综合交通枢纽。</p>",
            "</div><script>var x = '不是正文';</script></body></html>");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var document = DocumentIngestor.Ingest(Encoding.GetEncoding(54936).GetBytes(html), "plan.htm");

        document.Encoding.ShouldBe("html, gb18030");
        var lines = document.OriginalText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("# 某市“十五五”交通发展规划", document.OriginalText);
        lines.ShouldContain("全市公交分担率达到60%。");
        document.OriginalText.ShouldContain("轨道交通运营里程达到 300公里");
        document.OriginalText.ShouldNotContain("不是正文");
        document.OriginalText.ShouldNotContain("color:red");
        document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section && n.Style == NumberingStyle.ChineseComma).Select(n => n.Heading).ShouldBe(["总体要求", "重点任务"]);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "the file is empty")]
    [InlineData("binary.txt", new byte[] { 0x50, 0x4B, 0x00, 0x01, 0xFF }, "binary")]
    [InlineData("plan.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, "unsupported file type '.pdf'")]
    [InlineData("broken.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "corrupt or truncated")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x0A }, "holds no text")]
    public void Bad_input_gets_a_clear_error_naming_the_file(string name, byte[] bytes, string problem)
    {
        var error = Should.Throw<DocumentReadException>(() => DocumentIngestor.Ingest(bytes, name));
        error.Message.ShouldStartWith(name + ": ");
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Random_and_truncated_input_only_ever_raises_the_documented_error()
    {
        var random = new Random(20261122);
        var seedBytes = File.ReadAllBytes(Seeds.Path(Seeds.D3));
        var docx = DocxFrom(File.ReadAllLines(Seeds.Path(Seeds.D2)));
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 400; i++)
        {
            var (bytes, name) = (i % 4) switch
            {
                0 => (RandomBytes(random, random.Next(0, 2000)), "random.txt"),
                1 => (seedBytes[..random.Next(0, seedBytes.Length)], "truncated.txt"),
                2 => (docx[..random.Next(0, docx.Length)], "truncated.docx"),
                _ => (Mutate(random, seedBytes), "mutated.txt"),
            };
            try
            {
                DocumentIngestor.Ingest(bytes, name);
                outcomes["read"] = outcomes.GetValueOrDefault("read") + 1;
            }
            catch (DocumentReadException e)
            {
                e.Message.ShouldStartWith(name + ": ");
                outcomes["refused"] = outcomes.GetValueOrDefault("refused") + 1;
            }
        }

        outcomes.GetValueOrDefault("read").ShouldBeGreaterThan(0);
        outcomes.GetValueOrDefault("refused").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_batch_reports_a_bad_file_and_reads_the_rest()
    {
        var folder = Directory.CreateTempSubdirectory("plangraph-batch");
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.txt");
            File.WriteAllBytes(bad, [0, 1, 2, 3]);
            var batch = DocumentIngestor.IngestAll([Seeds.Path(Seeds.D2), bad, Seeds.Path(Seeds.D0)]);
            batch.Documents.Select(d => d.FileName).ShouldBe([Seeds.D2, Seeds.D0]);
            batch.Failures.ShouldHaveSingleItem().FileName.ShouldBe("bad.txt");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static TheoryData<string> AllSeeds() => [.. Seeds.All];

    // Normalisation maps full-width digits and letters, dashes and odd spaces 1:1; everything else is kept.
    private static bool Same(char original, char normalized)
        => original == normalized
           || (original is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' && original - 0xFEE0 == normalized)
           || (original is '．' && normalized == '.')
           || (original is '－' or '‐' or '‑' or '–' or '−' && normalized == '-')
           || (original is '―' && normalized == '—')
           || (char.IsWhiteSpace(original) && normalized is ' ' or '\t');

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 50; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    /// <summary>A web page around the lines: a site menu and footer, one paragraph per line, TAB rows as a table.</summary>
    private static string HtmlFrom(IEnumerable<string> lines)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>规划_政府网</title><script>var menu = 1;</script></head><body>");
        html.Append("<nav><ul><li><a href=\"/\">网站首页</a></li><li><a href=\"/gk\">信息公开</a></li></ul></nav><div class=\"main\"><div class=\"article\">");
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.Contains('\t'))
            {
                html.Append(inTable ? "" : "<table>").Append("<tr>");
                foreach (var cell in line.Split('\t'))
                {
                    html.Append("<td>").Append(System.Net.WebUtility.HtmlEncode(cell)).Append("</td>");
                }

                html.Append("</tr>\n");
                inTable = true;
                continue;
            }

            html.Append(inTable ? "</table>" : "").Append("<p>").Append(System.Net.WebUtility.HtmlEncode(line)).Append("</p>\n");
            inTable = false;
        }

        html.Append(inTable ? "</table>" : "").Append("</div></div><footer><p>版权所有：某市人民政府办公厅</p></footer></body></html>");
        return html.ToString();
    }

    private static byte[] DocxFrom(IEnumerable<string> lines, bool headingStyles = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in lines)
            {
                var paragraph = new Paragraph();
                var text = line;
                if (headingStyles && text.StartsWith('#'))
                {
                    paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" });
                    text = text.TrimStart('#');
                }

                paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
