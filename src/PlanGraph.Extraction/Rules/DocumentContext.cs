using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules;

/// <summary>What a rule may read and write while one document is extracted.</summary>
internal sealed class DocumentContext(IngestedDocument document, GraphAccumulator graph, Gazetteer gazetteer, InstitutionLexicon lexicon, AliasTable aliases, string documentId)
{
    public IngestedDocument Document { get; } = document;

    public GraphAccumulator Graph { get; } = graph;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public InstitutionLexicon Lexicon { get; } = lexicon;

    public AliasTable Aliases { get; } = aliases;

    public string DocumentId { get; } = documentId;

    public EvidenceFactory Evidence { get; } = new(documentId, document.Map);

    /// <summary>The document's title as read (the file name when none was found).</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>One of <see cref="DocumentKinds"/>.</summary>
    public string Kind { get; set; } = DocumentKinds.Other;

    /// <summary>The plan the document describes, when it describes one.</summary>
    public string? PlanId { get; set; }

    /// <summary>Issue date ("2021-09-02" or "2026-04") and issuer of the document, where its text states them.</summary>
    public string? Date { get; set; }

    public string? Issuer { get; set; }

    /// <summary>The document's own region (its title's and issuer's division), where short names and streets are read.</summary>
    public DocumentRegion? Region { get; set; }
}
