using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;
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

    /// <summary>The institutions and gazetteer places each sentence names, found once (read-only); built after stage <see cref="RuleStage.Document"/>.</summary>
    public MentionIndex Mentions
    {
        get => mentions ?? throw new InvalidOperationException("The mention index is built after stage Document, once the document's region is known.");
        set => mentions = value;
    }

    private MentionIndex? mentions;

    /// <summary>The document's title as read (the file name when none was found).</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>One of <see cref="DocumentKinds"/>.</summary>
    public string Kind { get; set; } = DocumentKinds.Other;

    /// <summary>The plan the document describes, when it describes one.</summary>
    public string? PlanId { get; set; }

    /// <summary>Issue date ("2021-09-02" or "2026-04") and issuer of the document, where its text states them.</summary>
    public string? Date { get; set; }

    public string? Issuer { get; set; }

    /// <summary>The document's 文号 (穗府〔2026〕4号), where it states one.</summary>
    public string? DocNumber { get; set; }

    /// <summary>What the document says about itself: title, issued documents, signature, wrapper spans.</summary>
    public Plans.DocumentMetadata Metadata { get; set; } = Plans.DocumentMetadata.None;

    /// <summary>Every plan the document describes (a notice may issue two); <see cref="PlanId"/> is the main one.</summary>
    public IReadOnlyList<string> DescribedPlanIds { get; set; } = [];

    /// <summary>The goal each 专栏 box supports, as the box rule placed it (null where it found none).</summary>
    public IReadOnlyDictionary<ContentBox, string?> BoxGoals { get; set; } = new Dictionary<ContentBox, string?>(ReferenceEqualityComparer.Instance);

    /// <summary>The projects the box rule made of each box item.</summary>
    public IReadOnlyDictionary<BoxItem, IReadOnlyList<string>> BoxItemProjects { get; set; } = new Dictionary<BoxItem, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);

    /// <summary>The projects the box-row rule made of each row of a box read as a table.</summary>
    public IReadOnlyDictionary<BoxItem, IReadOnlyList<string>> BoxRowProjects { get; set; } = new Dictionary<BoxItem, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);

    /// <summary>The goals the goal rules (stage <see cref="RuleStage.Goals"/>) found: empty before that stage.</summary>
    public GoalIndex Goals { get; set; } = GoalIndex.Empty;

    /// <summary>The indicators of the document's 表 tables, as the table rule read them (stage <see cref="RuleStage.Measures"/>).</summary>
    public Targets.TableIndicators TableIndicators { get; set; } = Targets.TableIndicators.None;

    /// <summary>The goal of each section whose heading is a goal (by outline node), as the goal rules found them.</summary>
    public IReadOnlyDictionary<OutlineNode, string> GoalsBySection => Goals.BySection;

    /// <summary>The region the document speaks for (its issuer's), read once: how its bodies are named.</summary>
    public IssuingRegion IssuingRegion => issuingRegion ??= IssuingRegion.Read(Document, Title);

    private IssuingRegion? issuingRegion;

    /// <summary>The document's own region (its title's and issuer's division), where short names and streets are read.</summary>
    public DocumentRegion? Region { get; set; }
}
