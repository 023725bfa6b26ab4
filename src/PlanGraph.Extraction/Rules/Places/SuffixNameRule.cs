using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// Named areas no gazetteer lists and no known place starts (Data/place-words.tsv, name-suffix / name-boundary /
/// generic-stem): "稳步推进仲盛商圈改造", "联动南方商务区", "有序推进常青工业园" → places of the document's region, PART_OF
/// its division. Only 2–8 name characters before the suffix, after a boundary, with no function word, digit or generic
/// word at the start (科创街区, 特色商圈 and 五大商圈 are kinds), and without the verbs the clause opens with (统筹七宝古镇 →
/// 七宝古镇; 加强重点片区 and 有序拓展商务区 name none). Documents of no region give none.
/// </summary>
internal sealed partial class SuffixNameRule : IDocumentRule
{
    public string Id => "place.suffix-name";

    public RuleStage Stage => RuleStage.Entities;

    public void Apply(DocumentContext context)
    {
        if (context.Region is not { } region)
        {
            return;
        }

        var gazetteer = context.Gazetteer;
        var suffixes = gazetteer.Words("name-suffix");
        var boundaries = gazetteer.Words("name-boundary");
        var generic = gazetteer.Words("generic-stem");
        var genericParts = gazetteer.Words("generic-part");
        foreach (var sentence in context.Document.Sentences)
        {
            var text = sentence.Text.Text.Replace("\n", "", StringComparison.Ordinal);
            foreach (var suffix in suffixes)
            {
                for (var at = text.IndexOf(suffix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(suffix, at + suffix.Length, StringComparison.Ordinal))
                {
                    // The clause's opening verbs are no part of the name (统筹七宝古镇 → 七宝古镇; 有序拓展商务区 names none).
                    var stem = Stem(text, at, boundaries) is { } read && !Generic(read, generic, genericParts) ? PlaceNodes.WithoutLead(read) : null;
                    var name = stem + suffix;
                    // A known area plus a bare suffix is the area itself (X商圈 where X片区 is known).
                    if (stem is null || stem.Length < 2 || Generic(stem, generic, genericParts) || boundaries.Any(b => stem.Contains(b, StringComparison.Ordinal))
                        || gazetteer.IsSurfaceForm(name) || Known(gazetteer, stem, region) || Known(gazetteer, stem + "片区", region) || Known(gazetteer, stem + "街道", region)
                        || gazetteer.Find(name, region).Any() || suffixes.Any(s => s != suffix && s.EndsWith(suffix, StringComparison.Ordinal) && text.AsSpan(0, at + suffix.Length).EndsWith(s, StringComparison.Ordinal))
                        || text.LastIndexOf('《', at) > text.LastIndexOf('》', at))
                    {
                        continue;
                    }

                    var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, Id);
                    PlaceNodes.Area(context, name, gazetteer.WordValue("name-suffix", suffix) ?? "area", region.Home, evidence);
                }
            }
        }
    }

    /// <summary>
    /// Whether a stem names a kind, not an area: it starts with a generic word (重点, 城市), holds one anywhere (乡村),
    /// ends in a kind's ending (友好型, 国家级) or in a dash cut from a longer name.
    /// </summary>
    private static bool Generic(string stem, IReadOnlyList<string> generic, IReadOnlyList<string> parts)
        => generic.Any(g => stem.StartsWith(g, StringComparison.Ordinal)) || parts.Any(p => stem.Contains(p, StringComparison.Ordinal))
            || stem[^1] is '型' or '级' or '类' or '—' or '-';

    /// <summary>Whether the gazetteer reads all of <paramref name="text"/> as one place in the region (沧源 elsewhere is no 沧源县).</summary>
    private static bool Known(Gazetteer gazetteer, string text, DocumentRegion region)
        => gazetteer.Find(text, region).Any(f => f.Form.Length == text.Length);

    /// <summary>The 2–8 name characters before the suffix at <paramref name="at"/>, back to a boundary; null when there is none.</summary>
    private static string? Stem(string text, int at, IReadOnlyList<string> boundaries)
    {
        for (var length = 2; length <= 8 && at - length >= 0; length++)
        {
            // Spans, not copies: this runs for every length at every suffix of every sentence.
            var start = at - length;
            var stem = text.AsSpan(start, length);
            if (!NameChars().IsMatch(stem))
            {
                return null;
            }

            if (start == 0 || Punctuation().IsMatch(text.AsSpan(start - 1, 1)) || EndsWithAny(text.AsSpan(0, start), boundaries))
            {
                return FunctionWord().IsMatch(stem) ? null : stem.ToString();
            }
        }

        return null;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z—\-]+$")]
    private static partial Regex NameChars();

    [GeneratedRegex(@"[，。；：、（(“”\s及和与]")]
    private static partial Regex Punctuation();

    [GeneratedRegex("[的之和及与或在从向对把将为以等是并个大]|^[一二三四五六七八九十两多]")]
    private static partial Regex FunctionWord();
}
