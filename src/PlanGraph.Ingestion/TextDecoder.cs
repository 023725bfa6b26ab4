using System.Text;

namespace PlanGraph.Ingestion;

/// <summary>Bytes to text: BOMs first, then strict UTF-8, then GB18030; binary input is refused.</summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Encoding) Decode(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(fileName, "the file is empty.");
        }

        (string Text, string Encoding) decoded;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            decoded = (Strict(StrictUtf8, bytes.AsSpan(3), fileName, "UTF-8 (with BOM)"), "utf-8");
        }
        else if (bytes is [0xFF, 0xFE, ..])
        {
            decoded = (Strict(new UnicodeEncoding(false, false, true), bytes.AsSpan(2), fileName, "UTF-16LE"), "utf-16");
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            decoded = (Strict(new UnicodeEncoding(true, false, true), bytes.AsSpan(2), fileName, "UTF-16BE"), "utf-16");
        }
        else if (bytes.AsSpan().Contains((byte)0))
        {
            throw new DocumentReadException(fileName, "the file is binary (it contains NUL bytes), not a text document.");
        }
        else
        {
            try
            {
                decoded = (StrictUtf8.GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                var gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                decoded = (Strict(gb18030, bytes, fileName, "UTF-8 or GB18030"), "gb18030");
            }
        }

        var control = decoded.Text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (control > Math.Max(2, decoded.Text.Length / 200))
        {
            throw new DocumentReadException(fileName, $"the file does not look like text ({control} control characters after decoding as {decoded.Encoding}).");
        }

        return decoded;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string fileName, string what)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(fileName, $"the bytes are not valid {what} text (first bad byte at offset {e.Index}).", e);
        }
    }
}
