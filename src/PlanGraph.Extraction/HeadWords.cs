using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// Head words of Data/head-words.tsv as the patterns the legacy rules match with: what a target sentence's
/// indicator or a restated quantity starts with, and the proper heads of projects, institutions and
/// government bodies. District and company names live in that file, never in code.
/// </summary>
internal sealed class HeadWords
{
    private HeadWords(string version, IReadOnlyList<(string Kind, string Word)> entries)
    {
        Version = version;
        string Alternation(string kind) => string.Join('|', entries.Where(e => e.Kind == kind).Select(e => Regex.Escape(e.Word)));
        TargetLead = new Regex($"^({Alternation("target-lead")})+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        QuantityEdges = new Regex(
            $"^({Alternation("quantity-lead")})+|(数量|总额|规模|总?营收|额|数)?(力争|达到|达|突破|超过|超|增至|提高到|提升至|不低于|不少于|控制在|从)*$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        ProperProjectHead = new Regex($"^({Alternation("project-head")})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        ProperInstitutionHead = new Regex($"^({Alternation("institution-head")})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        GovernmentHead = new Regex($@"^({Alternation("government-head")})\p{{IsCJKUnifiedIdeographs}}{{2,16}}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static HeadWords Value { get; } = Load();

    public string Version { get; }

    /// <summary>Subjects and stances before an indicator's name in a dated target sentence.</summary>
    public Regex TargetLead { get; }

    /// <summary>Around a clause's quantity: leading subjects, adverbs and verbs, trailing comparison verbs and measure words.</summary>
    public Regex QuantityEdges { get; }

    /// <summary>A project named after a place, a region or a proper name, not a kind of facility.</summary>
    public Regex ProperProjectHead { get; }

    /// <summary>An institution's name that starts like a proper name.</summary>
    public Regex ProperInstitutionHead { get; }

    /// <summary>A government body: a level or region, then its own name.</summary>
    public Regex GovernmentHead { get; }

    private static HeadWords Load()
    {
        var table = DataTable.Load("head-words.tsv");
        return new HeadWords(table.Version, [.. table.Rows.Select(r => (r.Kind, r.Word))]);
    }
}
