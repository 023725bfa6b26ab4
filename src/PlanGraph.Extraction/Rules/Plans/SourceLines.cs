using System.Collections;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// The source's non-empty lines, trimmed, without Markdown heading marks, each with the span of its text in
/// the normalised text. The source's lines, not the normalised ones: normalisation joins short lines it
/// takes for wrapped text (a notice's title with its 文号 and addressees, front-matter lines), which are
/// exactly the lines metadata is read from. A line is placed by the first occurrence of its text after the line
/// before it; the texts are read at once, the spans only as far as a reader asks (metadata sits at the top, and a
/// line normalisation changed is searched for to the end of the text).
/// </summary>
internal sealed class SourceLines : IReadOnlyList<(string Text, int Start, int End)>
{
    private readonly string normalized;
    private readonly List<string> texts = [];
    private readonly List<(int Start, int End)> spans = [];
    private int cursor;

    public SourceLines(IngestedDocument document)
    {
        normalized = document.NormalizedText;
        foreach (var raw in document.OriginalText.Split('\n'))
        {
            var trimmed = raw.Trim().Trim('\u3000').Trim().TrimStart('#').Trim();
            if (trimmed.Length > 0)
            {
                texts.Add(trimmed);
            }
        }
    }

    public int Count => texts.Count;

    public (string Text, int Start, int End) this[int index]
    {
        get
        {
            while (spans.Count <= index)
            {
                spans.Add(Place(texts[spans.Count]));
            }

            var (start, end) = spans[index];
            return (texts[index], start, end);
        }
    }

    /// <summary>A line's text, without placing it.</summary>
    public string TextOf(int index) => texts[index];

    /// <summary>The first line from <paramref name="from"/> on that <paramref name="match"/> accepts, or -1.</summary>
    public int FindIndex(int from, Predicate<(string Text, int Start, int End)> match)
    {
        for (var k = from; k < Count; k++)
        {
            if (match(this[k]))
            {
                return k;
            }
        }

        return -1;
    }

    public IEnumerator<(string Text, int Start, int End)> GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return this[k];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The line's text from the cursor on, else its first eight characters; a line not found keeps an empty span there.
    // Where the eight are missing the whole line is too, so they are looked for first: one search, not two, to the end.
    private (int Start, int End) Place(string line)
    {
        var at = -1;
        if (line.Length <= 8)
        {
            at = normalized.IndexOf(line, cursor, StringComparison.Ordinal);
        }
        else if (normalized.AsSpan(cursor).IndexOf(line.AsSpan(0, 8), StringComparison.Ordinal) is var head and >= 0)
        {
            var whole = normalized.IndexOf(line, cursor + head, StringComparison.Ordinal);
            at = whole >= 0 ? whole : cursor + head;
        }

        if (at < 0)
        {
            return (cursor, cursor);
        }

        var end = Math.Min(normalized.Length, at + line.Length);
        cursor = end;
        return (at, end);
    }
}
