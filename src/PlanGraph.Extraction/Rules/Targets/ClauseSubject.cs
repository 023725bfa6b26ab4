namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// The subject a clause of a target sentence shares with the clause before it, which the plan writes once: a bare
/// measure names the previous clause's quantity (地区生产总值超过5万亿元，年均增速保持在5%以上 → 地区生产总值年均增速), and
/// a name without a place stays in the area the previous one named (深汕特别合作区常住人口超32万人，地区生产总值达1100亿元
/// → 深汕特别合作区地区生产总值), unless that area is the document's own region.
/// </summary>
internal static class ClauseSubject
{
    /// <param name="clause">The clause, as written.</param>
    /// <param name="previousName">The indicator the clause before named, if it named one.</param>
    /// <param name="previousClause">The clause before, as written.</param>
    public static string Carry(DocumentContext context, TargetLexicon lexicon, string name, string clause, string? previousName, string? previousClause)
    {
        if (lexicon.BareMeasures.Contains(name))
        {
            if (previousName is null)
            {
                return name;
            }

            var head = lexicon.BareMeasures.Where(m => previousName.EndsWith(m, StringComparison.Ordinal)).MaxBy(m => m.Length) is { } own ? previousName[..^own.Length] : previousName;
            return head.Length >= 2 ? head + name : name;
        }

        var whole = lexicon.WholeRegion.Any(w => clause.StartsWith(w, StringComparison.Ordinal));
        return previousClause is not null && !whole && AreaOf(context, previousClause) is { } area && !context.Gazetteer.StartsWithPlace(name) ? area + name : name;
    }

    /// <summary>
    /// The division or area a clause opens with (深汕特别合作区, 浦东新区, 某某镇) when it lies inside the document's region and is not the
    /// region itself; not a short form (张江), which may open the name of something else there.
    /// </summary>
    private static string? AreaOf(DocumentContext context, string clause)
    {
        if (context.Region is not { } region)
        {
            return null;
        }

        foreach (var (place, form, index) in context.Gazetteer.Find(clause, region))
        {
            if (index == 0 && form.Length < clause.Length && form[^1] is '区' or '县' or '市' or '镇' or '乡' or '道' or '旗' && place != region.Home && place != region.Scope
                && context.Gazetteer.Chain(place).Skip(1).Contains(region.Home))
            {
                return form;
            }
        }

        return null;
    }
}
