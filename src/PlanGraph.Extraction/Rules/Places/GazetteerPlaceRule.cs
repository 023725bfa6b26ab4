using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// place.gazetteer: every gazetteer place a sentence or a 专栏 box names (outside institutions' names), with its
/// chain of containing places; and place.context-alias: an alias valid only beside its place's name (合作区 in a
/// document that names the zone in full) where no longer gazetteer name covers it.
/// </summary>
internal sealed class GazetteerPlaceRule : IDocumentRule
{
    public string Id => "place.gazetteer";

    public RuleStage Stage => RuleStage.Entities;

    public void Apply(DocumentContext context)
    {
        var document = context.Document;
        var named = new HashSet<string>(StringComparer.Ordinal);
        var matches = context.Mentions.Places;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            foreach (var (place, _, _) in matches[i])
            {
                PlaceNodes.Known(context, place, context.Evidence.From(sentence.Text, sentence.SectionPath, Id));
                named.Add(place.Name);
            }
        }

        // Places a 专栏 box names in its items, which are not sentences of the body.
        foreach (var box in document.Boxes)
        {
            foreach (var piece in box.Items.Select(i => i.Text).Prepend(box.Header))
            {
                var found = context.Gazetteer.Find(piece.Text, context.Region);
                foreach (var (place, _, _) in MentionIndex.OutsideInstitutions(found, context.Mentions.Finder.Find(piece.Text)))
                {
                    PlaceNodes.Known(context, place, context.Evidence.From(piece, box.SectionPath, Id));
                    named.Add(place.Name);
                }
            }
        }

        foreach (var (_, alias, canonicalName, _) in context.Aliases.Entries.Where(e => e.Label == NodeLabels.Place && e.Context == "same-document" && named.Contains(e.Canonical)))
        {
            ContextAlias(context, context.Gazetteer.Named(canonicalName)!, alias, matches);
        }
    }

    private static void ContextAlias(DocumentContext context, GazetteerPlace place, string alias, IReadOnlyList<IReadOnlyList<(GazetteerPlace Place, string Form, int Index)>> matches)
    {
        for (var i = 0; i < context.Document.Sentences.Count; i++)
        {
            var sentence = context.Document.Sentences[i];
            var text = sentence.Text.Text;
            if (!text.Contains(alias, StringComparison.Ordinal))
            {
                continue;
            }

            var covered = new bool[text.Length];
            // Only a longer name wins (X特别合作区 over 合作区); a shorter one inside the alias (a city in its X园区) does not.
            foreach (var (_, form, index) in matches[i].Where(m => m.Form.Length > alias.Length))
            {
                covered.AsSpan(index, form.Length).Fill(true);
            }

            for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                if (!covered.AsSpan(at, alias.Length).Contains(true))
                {
                    PlaceNodes.Known(context, place, context.Evidence.From(sentence.Text, sentence.SectionPath, "place.context-alias"));
                    break;
                }
            }
        }
    }
}
