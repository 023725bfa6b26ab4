namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// A zone named after a division (Data/place-words.tsv, zone): a province, city or county name followed at once by
/// 新城, 经济技术开发区, 高新区, 科学城, 商务区… names a place inside that division ("推动X新城…" → X新城, PART_OF
/// X区; Y经济技术开发区 PART_OF Y市). Inside an institution's name or a 《…》 title it names nothing.
/// </summary>
internal sealed class ZoneRule : IDocumentRule
{
    public string Id => "place.zone";

    public RuleStage Stage => RuleStage.Entities;

    public void Apply(DocumentContext context)
    {
        var gazetteer = context.Gazetteer;
        var zones = gazetteer.Words("zone");
        foreach (var sentence in context.Document.Sentences)
        {
            var text = sentence.Text.Text.Replace("\n", "", StringComparison.Ordinal);
            foreach (var (place, form, index) in context.Mentions.PlacesIn(text))
            {
                var end = index + form.Length;
                if (place.Level is < 1 or > 3 || text.LastIndexOf('《', index) > text.LastIndexOf('》', index)
                    || ZoneAt(text, end, zones) is not { } zone)
                {
                    continue;
                }

                // A zone is a name of its own only where no longer name follows (奉贤新城建设 yes; 新城区 is no 新城).
                var after = end + zone.Length;
                if (after < text.Length && text[after] is '区' or '域' or '市')
                {
                    continue;
                }

                PlaceNodes.Area(context, form + zone, "zone", place, context.Evidence.From(sentence.Text, sentence.SectionPath, Id));
            }
        }
    }

    /// <summary>The first zone word the text holds at <paramref name="at"/>, if any.</summary>
    private static string? ZoneAt(string text, int at, IReadOnlyList<string> zones)
    {
        foreach (var zone in zones)
        {
            if (text.AsSpan(at).StartsWith(zone, StringComparison.Ordinal))
            {
                return zone;
            }
        }

        return null;
    }
}
