using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGraph.Ingestion;

/// <summary>
/// A .docx as plain lines: one line per paragraph, Word heading styles as Markdown "#" markers (so the
/// outline sees the same headings), table rows as TAB-separated cells.
/// </summary>
internal static class DocxTextReader
{
    public static string Read(byte[] bytes, string fileName)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(fileName, "the .docx has no document body.");
            var text = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        text.Append(HeadingMarker(paragraph)).Append(ParagraphText(paragraph)).Append('\n');
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Table table:
                        foreach (var row in table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
                        {
                            text.Append(string.Join('\t', row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(ParagraphText))))).Append('\n');
                        }

                        break;
                }
            }

            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new DocumentReadException(fileName, $"the .docx is corrupt or truncated ({e.Message})", e);
        }
    }

    private static string HeadingMarker(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        return style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(style.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 6
            ? new string('#', level) + " "
            : "";
    }

    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break: text.Append(' '); break;
            }
        }

        return text.ToString();
    }
}
