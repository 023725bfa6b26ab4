namespace PlanGraph.Ingestion;

/// <summary>
/// Maps offsets in the normalised text back to the original file's text: every normalised character
/// remembers the offset (UTF-16 code units) of the original character it came from, and the original
/// text's line starts turn offsets into 1-based line numbers.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] originalOffsets;
    private readonly int[] lineStarts;

    internal SourceMap(int[] originalOffsets, string originalText)
    {
        this.originalOffsets = originalOffsets;
        var starts = new List<int> { 0 };
        for (var i = 0; i < originalText.Length; i++)
        {
            if (originalText[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
        OriginalLength = originalText.Length;
    }

    /// <summary>Length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>Number of lines of the original text.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>Original offset of the normalised character at <paramref name="normalizedOffset"/>.</summary>
    public int OriginalOffset(int normalizedOffset)
    {
        if (originalOffsets.Length == 0)
        {
            return 0;
        }

        return originalOffsets[Math.Clamp(normalizedOffset, 0, originalOffsets.Length - 1)];
    }

    /// <summary>1-based line of the original text holding <paramref name="originalOffset"/>.</summary>
    public int LineOf(int originalOffset)
    {
        var index = Array.BinarySearch(lineStarts, originalOffset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>First and last original lines (1-based, inclusive) covered by the normalised span [start, end).</summary>
    public (int First, int Last) Lines(int start, int end)
    {
        if (end <= start)
        {
            var line = LineOf(OriginalOffset(start));
            return (line, line);
        }

        return (LineOf(OriginalOffset(start)), LineOf(OriginalOffset(end - 1)));
    }
}
