using System.Globalization;
using System.Text;

namespace PlanGraph.Api.Compilation;

/// <summary>Opaque Relay cursors: the base64 of the position in the ordered list.</summary>
public static class ConnectionCursor
{
    private const string Prefix = "plangraph:";

    /// <summary>The cursor of the item at <paramref name="position"/> (0-based).</summary>
    public static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor stands for, or null when it is not one of ours.</summary>
    public static int? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                ? position
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
