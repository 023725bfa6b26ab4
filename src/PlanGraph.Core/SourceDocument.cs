namespace PlanGraph.Core;

/// <summary>One input file: its stable id, name, title, content hash and kind.</summary>
/// <param name="Id">Stable id, <see cref="StableId.ForDocument"/>.</param>
/// <param name="FileName">File name without folders.</param>
/// <param name="Title">Title as stated in, or inferred from, the document.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Kind">plan, interpretation, reply, … (see <see cref="DocumentKinds"/>).</param>
public sealed record SourceDocument(string Id, string FileName, string Title, string Sha256, string Kind)
{
    /// <summary>Who issued the document, where the text says so (a reply's signature); null otherwise.</summary>
    public string? Issuer { get; init; }

    /// <summary>The document's date as stated, ISO style: yyyy-MM-dd or yyyy-MM; null when it states none.</summary>
    public string? Date { get; init; }

    /// <summary>The document's 文号 (发文字号, e.g. 穗府〔2026〕4号) where it states one; null otherwise.</summary>
    public string? DocNumber { get; init; }

    /// <summary>
    /// Lower-case hex SHA-256 of the document's normalised text: equal for copies of one document in different
    /// encodings (unlike <see cref="Sha256"/>); null in graph.json files written before it existed.
    /// </summary>
    public string? TextSha256 { get; init; }

    /// <summary>
    /// The decoded text of the file, whose lines the evidence's firstLine and lastLine count (for .docx: one
    /// paragraph per line), kept so a reader can see a fact's sentence in place; null in graph.json files
    /// written before it existed.
    /// </summary>
    public string? Text { get; init; }
}
