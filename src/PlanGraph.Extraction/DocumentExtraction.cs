using PlanGraph.Core;
using PlanGraph.Extraction.Rules;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>
/// One document's extraction: the registered rules (Rules/RuleRegistry) stage by stage, in the order
/// Rules/RuleStage fixes; each rule id names what produced a fact (docs/extraction.md, "Stages and where a rule lives").
/// </summary>
internal sealed class DocumentExtraction(IngestedDocument document, GraphAccumulator graph, Gazetteer gazetteer, InstitutionLexicon lexicon, AliasTable aliases)
{
    public SourceDocument Run()
    {
        var context = new DocumentContext(document, graph, gazetteer, lexicon, aliases, StableId.ForDocument(document.FileName));
        RuleRegistry.Run(RuleStage.Document, context);

        // The mentions are read in the document's region, which the Document stage found.
        context.Mentions = new MentionIndex(document, new InstitutionFinder(lexicon, gazetteer), gazetteer, context.Region);
        RuleRegistry.Run(RuleStage.Plan, context);
        RuleRegistry.Run(RuleStage.Goals, context);
        RuleRegistry.Run(RuleStage.Measures, context);
        RuleRegistry.Run(RuleStage.Items, context);
        RuleRegistry.Run(RuleStage.Entities, context);
        RuleRegistry.Run(RuleStage.Relations, context);
        return new SourceDocument(context.DocumentId, document.FileName, context.Title, document.Sha256, context.Kind) { Date = context.Date, Issuer = context.Issuer, DocNumber = context.DocNumber, TextSha256 = document.TextSha256, Text = document.OriginalText };
    }
}
