using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules;

/// <summary>
/// The names each sentence of one document holds, by sentence index: the institutions (lexicon, then suffixes)
/// and the gazetteer's places outside those institutions' names. Found once per document, before the entity
/// rules, and only read by them (docs/extraction.md, "Stages and where a rule lives").
/// </summary>
internal sealed class MentionIndex
{
    private readonly Lazy<IReadOnlyList<InstitutionMention>[]> institutions;
    private readonly Lazy<IReadOnlyList<(GazetteerPlace Place, string Form, int Index)>[]> places;
    private readonly Gazetteer gazetteer;
    private readonly DocumentRegion? region;

    // The gazetteer's matches by text, found once: the place rules read the same sentences again.
    private readonly Dictionary<string, IReadOnlyList<(GazetteerPlace Place, string Form, int Index)>> matches = new(StringComparer.Ordinal);

    public MentionIndex(IngestedDocument document, InstitutionFinder finder, Gazetteer gazetteer, DocumentRegion? region)
    {
        Finder = finder;
        (this.gazetteer, this.region) = (gazetteer, region);
        institutions = new(() => [.. document.Sentences.Select(s => finder.Find(s.Text.Text))]);
        places = new(() => [.. document.Sentences.Select((s, i) => OutsideInstitutions(PlacesIn(s.Text.Text), Institutions[i]))]);
    }

    /// <summary>The finder the index was built with, for texts that are no sentence (box items, signature lines).</summary>
    public InstitutionFinder Finder { get; }

    /// <summary>The institutions named in each sentence.</summary>
    public IReadOnlyList<IReadOnlyList<InstitutionMention>> Institutions => institutions.Value;

    /// <summary>The gazetteer's places named in each sentence, outside institutions' names.</summary>
    public IReadOnlyList<IReadOnlyList<(GazetteerPlace Place, string Form, int Index)>> Places => places.Value;

    /// <summary>Every gazetteer match in a text, read in the document's region (institutions' names included), found once per text.</summary>
    public IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> PlacesIn(string text)
    {
        if (!matches.TryGetValue(text, out var found))
        {
            found = gazetteer.Find(text, region);
            matches[text] = found;
        }

        return found;
    }

    /// <summary>
    /// A place named only inside an institution's name (广州 in 广州中医药大学) is part of that name, not a
    /// mention of the place.
    /// </summary>
    public static IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> OutsideInstitutions(IReadOnlyList<(GazetteerPlace Place, string Form, int Index)> matches, IReadOnlyList<InstitutionMention> names)
        => names.Count == 0 || matches.Count == 0 ? matches
            : [.. matches.Where(m => !names.Any(n => n.Start <= m.Index && m.Index + m.Form.Length <= n.End && n.End - n.Start > m.Form.Length))];
}
