using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PlanGraph.Ingestion;

/// <summary>
/// A saved web page (.html, .htm) as plain lines, parsed by AngleSharp: the article (the element whose own paragraphs
/// hold most of the page's paragraph text, with the page heading before it) rather than the site's menus and footers;
/// one line per block element, headings as Markdown "#" markers, table rows as TAB-separated cells (as
/// <see cref="DocxTextReader"/> writes them), so the outline, boxes and tables read as in a text file.
/// </summary>
internal static class HtmlTextReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "form", "select", "option", "button", "svg", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "aside", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "table", "tbody",
        "thead", "tfoot", "caption", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption",
    };

    public static string Read(string html, string fileName)
    {
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is not { } body)
        {
            throw new DocumentReadException(fileName, "the web page has no body.");
        }

        var text = new StringBuilder();
        var article = Article(body);
        if (article is not null && Heading(body, article) is { } heading)
        {
            text.Append("# ").Append(Inline(heading)).Append('\n');
        }

        Write(article ?? body, text);
        return text.ToString();
    }

    /// <summary>
    /// The element whose own paragraphs (p children) hold the most text, when that is at least a third of all paragraph
    /// text on the page (a page may carry the text twice, for desktop and for phones: the first copy is read); null when
    /// the page has no such element (the whole body is read).
    /// </summary>
    private static IElement? Article(IElement body)
    {
        var paragraphs = body.QuerySelectorAll("p").Where(p => !InSkipped(p)).ToList();
        var total = paragraphs.Sum(p => p.TextContent.Length);
        if (total == 0)
        {
            return null;
        }

        var best = paragraphs.Where(p => p.ParentElement is not null).GroupBy(p => p.ParentElement!)
            .Select(g => (Element: g.Key, Length: g.Sum(p => p.TextContent.Length))).MaxBy(g => g.Length);
        return best.Element is not null && best.Length * 3 >= total ? best.Element : null;
    }

    /// <summary>The last h1–h3 before the article and outside it: the page's title of the text.</summary>
    private static IElement? Heading(IElement body, IElement article)
        => body.QuerySelectorAll("h1, h2, h3").Where(h => !article.Contains(h) && !InSkipped(h) && h.TextContent.Trim().Length >= 4)
            .LastOrDefault(h => h.CompareDocumentPosition(article).HasFlag(DocumentPositions.Following));

    private static bool InSkipped(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (Skipped.Contains(e.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(Collapse(t.Data));
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    Break(text);
                    break;
                case IElement { LocalName: "tr" } row:
                    Break(text);
                    text.Append(string.Join('\t', row.Children.Where(c => c.LocalName is "td" or "th").Select(Inline)));
                    Break(text);
                    break;
                case IElement { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } h:
                    Break(text);
                    text.Append('#', h.LocalName[1] - '0').Append(' ').Append(Inline(h));
                    Break(text);
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    Break(text);
                    Write(e, text);
                    Break(text);
                    break;
                case IElement e:
                    Write(e, text);
                    break;
            }
        }
    }

    /// <summary>An element's text on one line: its blocks and line breaks become spaces.</summary>
    private static string Inline(IElement element)
    {
        var text = new StringBuilder();
        Write(element, text);
        return string.Join(' ', text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Ends the current line unless it is empty (no blank lines for nested blocks).</summary>
    private static void Break(StringBuilder text)
    {
        // Trailing spaces of the line go; a web page's indent (　　) at its start is kept, as in text files.
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    /// <summary>HTML white space (spaces, tabs, line ends, no-break spaces) as one space; full-width spaces kept.</summary>
    private static string Collapse(string data)
    {
        var text = new StringBuilder(data.Length);
        foreach (var c in data)
        {
            var space = c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00a0';
            if (!space || (text.Length > 0 && text[^1] != ' '))
            {
                text.Append(space ? ' ' : c);
            }
        }

        return text.ToString();
    }
}
