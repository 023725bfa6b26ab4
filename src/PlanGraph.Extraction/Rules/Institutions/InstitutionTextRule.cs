using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>
/// institution.text: institutions named in sentences (the lexicon, then institution suffixes; the document's
/// <see cref="MentionIndex"/>) and in short paragraphs without a sentence end (a reply's signature lines).
/// </summary>
internal sealed class InstitutionTextRule : IDocumentRule
{
    public string Id => "institution.text";

    public RuleStage Stage => RuleStage.Entities;

    public void Apply(DocumentContext context)
    {
        var document = context.Document;
        var names = context.Mentions.Institutions;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            foreach (var mention in names[i])
            {
                InstitutionNodes.Mentioned(context, mention, context.Evidence.From(sentence.Text, sentence.SectionPath, Id));
            }
        }

        foreach (var paragraph in document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Paragraph && n.Heading.Length <= 30))
        {
            var piece = new TextPiece(document.NormalizedText[paragraph.SpanStart..paragraph.SpanEnd], paragraph.SpanStart, paragraph.SpanEnd, paragraph.FirstLine, paragraph.LastLine);
            foreach (var mention in context.Mentions.Finder.Find(paragraph.Heading))
            {
                InstitutionNodes.Mentioned(context, mention, context.Evidence.From(piece, paragraph.SectionPath, Id));
            }
        }
    }
}
