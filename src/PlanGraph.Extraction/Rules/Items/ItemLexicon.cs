using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// The words of Data/items.tsv: programme-title suffixes of 专栏 boxes, run-in task markers, task verbs, the
/// counters of counted names (三大, 五个) and context headings. Versioned like the other lexicons.
/// </summary>
internal sealed class ItemLexicon
{
    private static readonly Lazy<ItemLexicon> Shared = new(Load);

    private ItemLexicon(string version, ILookup<string, string> words)
    {
        Version = version;
        ProgrammeSuffixes = [.. words["programme"].OrderByDescending(w => w.Length)];
        TaskVerbs = [.. words["task-verb"]];
        Counters = [.. words["counter"]];
        ContextWords = [.. words["context"]];
        PlaceSuffixes = [.. words["place-suffix"]];
        ListLeads = [.. words["list-lead"].OrderByDescending(w => w.Length)];
        NameColumns = [.. words["name-column"]];
        StageLabel = new Regex(@"^(?:" + string.Join('|', words["stage"]) + @")(?:类|推进|实施)?(?:工程|项目|重点项目|工程项目)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Marker = new Regex(@"^\s*(?:" + string.Join('|', words["marker"]) + @")\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var cores = string.Join('|', words["layout-core"].OrderByDescending(w => w.Length).Select(Regex.Escape));
        LayoutLead = new Regex(
            $@"^(?<field>[\p{{IsCJKUnifiedIdeographs}}A-Za-z0-9]{{2,14}}?)(?:以[^，。；]{{2,40}}?为(?:{cores})|(?:{string.Join('|', words["layout-verb"].OrderByDescending(w => w.Length).Select(Regex.Escape))})[^，。；]{{2}}|聚焦[^，。；]{{2,40}}?(?:{cores}))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static ItemLexicon Value => Shared.Value;

    /// <summary>A field and the words that lay it out over places (集成电路以A、B为核心…, 生物医药重点布局A、B…): group `field`.</summary>
    public Regex LayoutLead { get; }

    public string Version { get; }

    public IReadOnlyList<string> ProgrammeSuffixes { get; }

    public IReadOnlyList<string> TaskVerbs { get; }

    public IReadOnlyList<string> Counters { get; }

    public IReadOnlyList<string> ContextWords { get; }

    /// <summary>Endings of area names (片区, 街道…): a box item titled so is a place, not a part of a programme.</summary>
    public IReadOnlyList<string> PlaceSuffixes { get; }

    /// <summary>Words before a list's first item that are not part of it (通过建设, 突出, 以), longest first.</summary>
    public IReadOnlyList<string> ListLeads { get; }

    /// <summary>Column headings of a box read as a table whose cells list named projects (特色平台, 重点项目).</summary>
    public IReadOnlyList<string> NameColumns { get; }

    /// <summary>A label naming a stage ("续建工程", "新建项目", "谋划类项目"): a category over the names after it.</summary>
    public Regex StageLabel { get; }

    /// <summary>The counters of a counted name as one regex alternation (大|个|项…), longest first.</summary>
    public string CounterPattern => string.Join('|', Counters.OrderByDescending(c => c.Length));

    /// <summary>The numbering that opens a run-in task (（一）, 1., 1﹒, 一、), with the spaces after it.</summary>
    public Regex Marker { get; }

    public bool StartsWithTaskVerb(string text) => TaskVerbs.Any(v => text.StartsWith(v, StringComparison.Ordinal));

    /// <summary>The programme suffix a title ends with, or null.</summary>
    public string? ProgrammeSuffix(string title) => ProgrammeSuffixes.FirstOrDefault(s => title.EndsWith(s, StringComparison.Ordinal));

    public bool IsContext(string heading) => ContextWords.Any(w => heading.Contains(w, StringComparison.Ordinal));

    private static ItemLexicon Load()
    {
        var table = DataTable.Load("items.tsv");
        return new ItemLexicon(table.Version, table.Rows.ToLookup(r => r.Kind, r => r.Word, StringComparer.Ordinal));
    }
}
