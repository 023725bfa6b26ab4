using System.Text;

namespace PlanGraph.Ingestion;

/// <summary>Text whose every character remembers its offset in the original file.</summary>
internal sealed class MappedText
{
    private readonly StringBuilder text = new();
    private readonly List<int> offsets = [];

    public int Length => text.Length;

    public IReadOnlyList<int> Offsets => offsets;

    public char this[int index] => text[index];

    public void Append(char c, int originalOffset)
    {
        text.Append(c);
        offsets.Add(originalOffset);
    }

    public void Append(MappedText other, int start = 0, int? end = null)
    {
        var stop = end ?? other.Length;
        for (var i = start; i < stop; i++)
        {
            Append(other.text[i], other.offsets[i]);
        }
    }

    /// <summary>This text followed by <paramref name="other"/>, as a new text (cells a PDF spaced apart, joined again).</summary>
    public MappedText Concat(MappedText other)
    {
        var joined = Slice(0, Length);
        joined.Append(other);
        return joined;
    }

    public MappedText Slice(int start, int end)
    {
        var slice = new MappedText();
        slice.Append(this, start, end);
        return slice;
    }

    /// <summary>Without leading and trailing white space (tabs included).</summary>
    public MappedText Trim()
    {
        var start = 0;
        var end = Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return Slice(start, end);
    }

    /// <summary>Splits at every occurrence of <paramref name="separator"/>.</summary>
    public List<MappedText> Split(char separator)
    {
        var parts = new List<MappedText>();
        var start = 0;
        for (var i = 0; i <= Length; i++)
        {
            if (i == Length || text[i] == separator)
            {
                parts.Add(Slice(start, i));
                start = i + 1;
            }
        }

        return parts;
    }

    public override string ToString() => text.ToString();
}
