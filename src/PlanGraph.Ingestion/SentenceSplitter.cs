namespace PlanGraph.Ingestion;

/// <summary>Splits text into sentences at 。！？； (and ! ? ;) that stand outside quotes and brackets.</summary>
internal static class SentenceSplitter
{
    public static IEnumerable<(int Start, int End)> Split(string text, int offset = 0)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '‘' or '（' or '(' or '《' or '「' or '『' or '【' or '[')
            {
                depth++;
            }
            else if (c is '”' or '’' or '）' or ')' or '》' or '」' or '』' or '】' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '。' or '！' or '？' or '；' or '!' or '?' or ';')
            {
                // Closing quotes right after the mark belong to the sentence.
                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '’' or '」' or '』')
                {
                    end++;
                }

                if (end > start)
                {
                    yield return (offset + start, offset + end);
                }

                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            yield return (offset + start, offset + text.Length);
        }
    }
}
