using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;
using PlanGraph.Extraction.Rules.Items;
using PlanGraph.Ingestion;
using static PlanGraph.Extraction.Rules.Items.ProjectNames;

namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// involves.sentence: a sentence (split on 。；) that introduces an institution by a role verb and then builds a
/// named project links the two: 依托X…建设Y (host), 以X为依托…打造Y (host), 联合X、Z等…共建Y / 与X联合建设Y / X与Z共建Y
/// (partner), X牵头…建设Y (lead), 由X承建Y / Y由X建设 (builder). Only the first thing built after the
/// institution counts, and only when it is a name (so "依托X，…，建设一批…" links nothing).
/// </summary>
internal sealed partial class SentenceInvolvementRule : IDocumentRule
{
    public string Id => "involves.sentence";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        if (context.PlanId is null)
        {
            return;
        }

        var sentences = context.Document.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            // A sentence without a semicolon is one piece, whose institutions the mention index has already found.
            var text = sentences[i].Text.Text;
            if (text.AsSpan().IndexOfAny('；', ';') < 0)
            {
                Involve(context, sentences[i], text, context.Mentions.Institutions[i]);
                continue;
            }

            foreach (var piece in text.Split('；', ';'))
            {
                Involve(context, sentences[i], piece, context.Mentions.Finder.Find(piece));
            }
        }
    }

    private void Involve(DocumentContext context, Sentence sentence, string piece, IReadOnlyList<InstitutionMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (SentenceRole(piece, mention) is not { } role || SentenceProject(piece, mention, role) is not { } name)
            {
                continue;
            }

            var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, Id);
            var project = BodyProjectNode(context, name, sentence);
            var institution = InstitutionNodes.Mentioned(context, mention, context.Evidence.From(sentence.Text, sentence.SectionPath, "institution.text"));
            context.Graph.Relationship(RelationshipTypes.Involves, project, institution, evidence, new Dictionary<string, object?> { ["role"] = role });
        }
    }

    /// <summary>
    /// The role a role verb gives the institution in its clause, or null when no verb introduces it (an
    /// institution merely mentioned next to something built is not said to take part).
    /// </summary>
    private static string? SentenceRole(string text, InstitutionMention mention)
    {
        var clauseStart = text.LastIndexOfAny(['，', ',', '。'], Math.Max(0, mention.Start - 1)) + 1;
        var clauseEnd = text.IndexOfAny(['，', ',', '。'], mention.End) is var end and >= 0 ? end : text.Length;
        var before = text[clauseStart..mention.Start];
        var after = text[mention.End..clauseEnd];
        if (after.StartsWith("牵头", StringComparison.Ordinal))
        {
            return "lead";
        }

        if (before.Contains("依托", StringComparison.Ordinal) || (before.Contains('以', StringComparison.Ordinal) && after.Contains("为依托", StringComparison.Ordinal)))
        {
            return "host";
        }

        if (before.EndsWith('由') && BuilderVerb.IsMatch(after))
        {
            return "builder";
        }

        // 联合/携手 X, or X standing next to 与/同/和 when the clause builds jointly (与X联合建设, X与Z共建).
        return JointCue.IsMatch(before) || (JointBuild.IsMatch(after) && (JointLink().IsMatch(before) || after.StartsWith('与') || after.StartsWith('和')))
            || (before.EndsWith('与') && JointBuild.IsMatch(text[mention.End..]))
            ? "partner" : null;
    }

    /// <summary>
    /// The named project the sentence builds after the institution: the text after the first building verb,
    /// to the end of its clause. For a builder named after the project ("Y由X承建"), the text before 由.
    /// </summary>
    private static string? SentenceProject(string text, InstitutionMention mention, string role)
    {
        // A later clause's building counts only when the institution's own clause names nobody but who takes
        // part ("依托X，聚焦…，打造Y"); "依托X持续扩大…，…，打造Y" relies on X for something else.
        var clauseEnd = text.IndexOfAny(['，', ',', '。'], mention.End) is var own and >= 0 ? own : text.Length;
        if (InvolvedBuildVerb.Match(text, mention.End) is { Success: true } verb
            && (verb.Index < clauseEnd || OnlyParticipants().IsMatch(text[mention.End..clauseEnd])))
        {
            var from = verb.Index + verb.Length;
            var to = text.IndexOfAny(['，', ',', '。'], from) is var end and >= 0 ? end : text.Length;
            if (ProjectNameIn(text[from..to]) is { } built)
            {
                return built;
            }
        }

        if (role != "builder")
        {
            return null;
        }

        var clauseStart = text.LastIndexOfAny(['，', ',', '。'], Math.Max(0, mention.Start - 1)) + 1;
        var by = text.LastIndexOf('由', Math.Max(0, mention.Start - 1));
        return by > clauseStart ? ProjectNameIn(text[clauseStart..by]) : null;
    }

    /// <summary>A single named project in a clause fragment, read like the project.sentence rule but without the proper head: the institution anchors it.</summary>
    private static string? ProjectNameIn(string fragment)
    {
        // A name given in quotes (联合建设“广东省供应链金融创新平台”) is the name.
        var text = fragment.Trim();
        if (text.Length > 2 && text[0] == '“' && text[^1] == '”')
        {
            text = text[1..^1];
        }

        var names = ClauseNames(text, inList: false).ToList();
        return names.Count == 1 && names[0] is var name && !InstitutionSuffix().IsMatch(name) && !NotABodyProject().IsMatch(name)
            && !name.Contains('等', StringComparison.Ordinal) && !name.Contains('、', StringComparison.Ordinal) ? name : null;
    }

    /// <summary>
    /// The project node of a name built in running text. A new one is created like project.sentence (supporting
    /// the section's goal); a known one (from a box or an earlier sentence) is only linked, so its goal stays.
    /// </summary>
    private static string BodyProjectNode(DocumentContext context, string name, Sentence sentence)
    {
        var id = StableId.For(NodeLabels.Project, Canonical.Key(name));
        return context.Graph.HasNode(id) ? id : BodyProjectRule.Project(context, name, sentence);
    }

    private static readonly Regex InvolvedBuildVerb = VerbLists.Pattern(@"(%involved-build%)");

    private static readonly Regex BuilderVerb = VerbLists.Pattern(@"^(负责)?(%builder%)");

    private static readonly Regex JointCue = VerbLists.Pattern(@"(%joint-cue%)");

    private static readonly Regex JointBuild = VerbLists.Pattern(@"(%joint-build%)");

    // The rest of a clause that only goes on listing who takes part ("、Z", "等科研院校", "为依托") or says who leads.
    [GeneratedRegex(@"^(牵头|[、和及与等为][^，,。]*)?$")]
    private static partial Regex OnlyParticipants();

    [GeneratedRegex(@"[与同和、]$")]
    private static partial Regex JointLink();
}
