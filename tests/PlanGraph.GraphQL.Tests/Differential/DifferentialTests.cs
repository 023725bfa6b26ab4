using Shouldly;
using Xunit;
namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>
/// Every corpus document through graphql-js (one node process) and through PlanGraph.GraphQL against the
/// same SDL: verdicts, error counts, and error messages with locations must agree.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private static readonly Lazy<Comparison> Result = new(Compare);

    [Fact]
    public void Corpus_is_large_and_covers_every_kind_of_verdict()
    {
        var corpus = DifferentialCorpus.Load();
        corpus.Count.ShouldBeGreaterThanOrEqualTo(300);
        var verdicts = Result.Value.Pairs.Select(p => p.Theirs.Kind).ToHashSet();
        verdicts.ShouldBe([Verdict.Valid, Verdict.ParseError, Verdict.Invalid], ignoreOrder: true);
    }

    [Fact]
    public void Verdicts_agree_with_graphql_js()
    {
        var comparison = Result.Value;
        output.WriteLine(comparison.Summary);
        var disagreements = comparison.Pairs.Where(p => p.Ours.Kind != p.Theirs.Kind).Select(Describe).ToList();
        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
    }

    [Fact]
    public void Error_counts_agree_with_graphql_js()
    {
        var comparison = Result.Value;
        var disagreements = comparison.Pairs.Where(p => p.Ours.Errors.Count != p.Theirs.Errors.Count).Select(Describe).ToList();
        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
    }

    [Fact]
    public void Error_messages_and_locations_agree_with_graphql_js()
    {
        var comparison = Result.Value;
        output.WriteLine(comparison.Summary);
        var disagreements = comparison.Pairs.Where(p => !p.ErrorsIdentical).Select(Describe).ToList();
        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
    }

    [Fact]
    public void Mutated_documents_agree_with_graphql_js()
    {
        var comparison = Result.Value;
        output.WriteLine(comparison.MutatedSummary);
        comparison.Mutated.Count.ShouldBeGreaterThan(500);
        var disagreements = comparison.Mutated.Where(p => !p.ErrorsIdentical).Select(Describe).ToList();
        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
    }

    private static string Describe(DocumentComparison pair) =>
        $"{pair.Document.Name}\n  graphql-js: {pair.Theirs}\n  ours:       {pair.Ours}";

    private static Comparison Compare()
    {
        var corpus = DifferentialCorpus.Load();
        var mutated = MutatedCorpus.Generate(corpus, seed: 20211026, perDocument: 3);

        // One node process judges the corpus and its mutations together.
        var (version, theirs) = GraphQLJsOracle.Judge(DifferentialCorpus.SchemaPath, [.. corpus, .. mutated]);
        var engine = new OurVerdicts(DifferentialCorpus.SchemaSource);
        var pairs = corpus.Select(d => new DocumentComparison(d, theirs[d.Name], engine.Judge(d.Source))).ToList();
        var mutatedPairs = mutated.Select(d => new DocumentComparison(d, theirs[d.Name], engine.Judge(d.Source))).ToList();
        var summary = Summarise($"differential vs graphql-js {version}", "documents", pairs);
        var mutatedSummary = Summarise($"differential vs graphql-js {version}", "mutated documents", mutatedPairs);
        Console.WriteLine(summary);
        Console.WriteLine(mutatedSummary);
        return new Comparison(pairs, summary, mutatedPairs, mutatedSummary);
    }

    private static string Summarise(string prefix, string what, IReadOnlyList<DocumentComparison> pairs) =>
        $"{prefix}: {pairs.Count} {what} " +
        $"(graphql-js: {pairs.Count(p => p.Theirs.Kind == Verdict.Valid)} valid, {pairs.Count(p => p.Theirs.Kind == Verdict.Invalid)} invalid, " +
        $"{pairs.Count(p => p.Theirs.Kind == Verdict.ParseError)} syntax errors; {pairs.Sum(p => p.Theirs.Errors.Count)} errors), " +
        $"verdicts agree {pairs.Count(p => p.Ours.Kind == p.Theirs.Kind)}, " +
        $"error counts agree {pairs.Count(p => p.Ours.Errors.Count == p.Theirs.Errors.Count)}, " +
        $"messages and locations agree {pairs.Count(p => p.ErrorsIdentical)}";

    private sealed record Comparison(
        IReadOnlyList<DocumentComparison> Pairs, string Summary, IReadOnlyList<DocumentComparison> Mutated, string MutatedSummary);
}
