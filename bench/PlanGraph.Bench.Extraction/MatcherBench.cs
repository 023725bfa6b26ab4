using System.Diagnostics;
using System.Globalization;
using PlanGraph.Extraction;

/// <summary>
/// `-- matcher`: the gazetteer look-up alone, in one run: one ordinal IndexOf per surface form (the old gazetteer's
/// way) against the Aho–Corasick phrase matcher, with the 50-name local list and with the whole national gazetteer,
/// on the seed texts at 1× and 10×; and the gazetteer's load (parse + automaton) time.
/// </summary>
internal static class MatcherBench
{
    public static void Run(IReadOnlyList<string> texts)
    {
        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load();
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gazetteer load: {gazetteer.Places.Count} places, {gazetteer.FormCount} forms in {clock.Elapsed.TotalMilliseconds:0} ms"));
        var national = gazetteer.Places.SelectMany(p => p.Aliases.Prepend(p.Name)).Distinct(StringComparer.Ordinal).ToArray();
        var local = gazetteer.Places.Where(p => p.Level == 0 || p.HandAliases.Count > 0).SelectMany(p => p.Aliases.Prepend(p.Name)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var (label, forms) in new[] { ("local list", local), ("national", national) })
        {
            var automaton = new PhraseMatcher<string>(forms.Select(f => (f, f)));
            foreach (var copies in new[] { 1, 10 })
            {
                var corpus = Enumerable.Repeat(texts, copies).SelectMany(t => t).ToList();
                var megabytes = corpus.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1e6;
                var indexOf = Time(() => corpus.Sum(t => forms.Sum(f => Count(t, f))));
                var matcher = Time(() => corpus.Sum(t => automaton.Matches(t).Count));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label,-10} {forms.Length,6} forms {copies,3}×: IndexOf {megabytes / indexOf.Seconds,8:0.00} MB/s ({indexOf.Hits} hits) | matcher {megabytes / matcher.Seconds,8:0.00} MB/s ({matcher.Hits} hits)"));
            }
        }
    }

    private static int Count(string text, string form)
    {
        var n = 0;
        for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static (double Seconds, int Hits) Time(Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        var hits = work();
        return (clock.Elapsed.TotalSeconds, hits);
    }
}
