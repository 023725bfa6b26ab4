using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>
/// What a document says about itself (docs/extraction.md, "Document metadata"): its title, the documents
/// it issues (a 印发…的通知 may issue two), its 文号, issuer and date with the text that states them, and the
/// spans a website or converter wrapped around the official text.
/// </summary>
internal sealed record DocumentMetadata
{
    public static DocumentMetadata None { get; } = new();

    /// <summary>The document's title: the one document a notice issues, else the notice's title, else the heading.</summary>
    public string? Title { get; init; }

    public TextPiece? TitlePiece { get; init; }

    /// <summary>Where the title was read: notice, front-matter, heading or work-report.</summary>
    public string? TitleSource { get; init; }

    /// <summary>The documents the text holds, each with the line that titles it (the notice line when none does).</summary>
    public IReadOnlyList<(string Title, TextPiece Piece)> Issued { get; init; } = [];

    /// <summary>The kind read from the text rather than the title (a work report has no title line).</summary>
    public string? Kind { get; init; }

    public string? DocNumber { get; init; }

    public TextPiece? DocNumberPiece { get; init; }

    public string? Issuer { get; init; }

    /// <summary>The signature's date (成文日期), else an adoption date under the title, else the front matter's.</summary>
    public string? Date { get; init; }

    public TextPiece? DatePiece { get; init; }

    /// <summary>The date a website published the text (front matter 发布日期), when it differs from <see cref="Date"/>.</summary>
    public string? Published { get; init; }

    /// <summary>Normalised spans [Start, End) that a website, database or converter added: no facts come from them.</summary>
    public IReadOnlyList<(int Start, int End)> Wrapper { get; init; } = [];

    public bool InWrapper(int offset) => Wrapper.Any(w => offset >= w.Start && offset < w.End);
}
