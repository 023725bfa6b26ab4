namespace PlanGraph.Core;

/// <summary>
/// Where a fact comes from: the document, the section, the original file's lines, the character
/// span in the normalised text, the quoted sentence and the rule that produced it.
/// </summary>
/// <param name="DocumentId">Id of the <see cref="SourceDocument"/>.</param>
/// <param name="SectionPath">Headings from the document root down to the section holding the quote, joined by " > ".</param>
/// <param name="FirstLine">First line (1-based) of the original file the quote covers.</param>
/// <param name="LastLine">Last line (1-based, inclusive) of the original file the quote covers.</param>
/// <param name="SpanStart">Start offset (UTF-16 code units) in the normalised text.</param>
/// <param name="SpanEnd">End offset (exclusive) in the normalised text.</param>
/// <param name="Quote">The supporting sentence, verbatim from the normalised text.</param>
/// <param name="Rule">Id of the extraction rule, e.g. "project.box-item".</param>
public sealed record Evidence(
    string DocumentId,
    string SectionPath,
    int FirstLine,
    int LastLine,
    int SpanStart,
    int SpanEnd,
    string Quote,
    string Rule)
{
    /// <summary>
    /// One string whose ordinal order is the order evidence is listed in (document, then position, then rule):
    /// see <see cref="OrderKeyOf"/>. The loader stores it on every evidence node as <c>orderKey</c>.
    /// </summary>
    public string OrderKey => OrderKeyOf(DocumentId, SpanStart, Rule);

    /// <summary>
    /// The document id, a space, the span start as ten digits, a space, the rule: comparing two keys ordinally
    /// compares the document ids, then the starts, then the rules, because a space sorts before every character
    /// of an id (<see cref="StableId"/>: lower-case letters, digits, ':') and the starts have one width.
    /// </summary>
    public static string OrderKeyOf(string documentId, long spanStart, string rule)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{documentId} {spanStart:D10} {rule}");
}
