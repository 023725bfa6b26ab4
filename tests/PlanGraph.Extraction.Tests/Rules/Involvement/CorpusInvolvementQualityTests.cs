using PlanGraph.Extraction.Quality;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Involvement;

/// <summary>
/// Institutions and who does what on corpus/ (plans of other places), scored against ExpectedCorpus/ (annotated
/// from the text before the rules were written: C1 anhui's 49 责任单位 notes, C2 baotou's 牵头考核单位, issuers of
/// C1, C2, C5, C8). Floors sit a little under today's F1 (Institution 0.94, INVOLVES 0.97).
/// </summary>
public sealed class CorpusInvolvementQualityTests(ITestOutputHelper output)
{
    private static Lazy<QualityReport> Report => CorpusGraph.Report;

    [Theory]
    [InlineData("Institution", 0.90)]
    [InlineData("INVOLVES", 0.92)]
    public void Institutions_and_involvement_stay_above_their_corpus_floor(string name, double floor)
    {
        var row = Report.Value.Row(name);
        output.WriteLine($"{name}: P={row.Precision:0.00} R={row.Recall:0.00} F1={row.F1:0.00}");
        foreach (var line in row.Missed.Take(10).Select(m => "missed " + m).Concat(row.Spurious.Take(10).Select(s => "spurious " + s)))
        {
            output.WriteLine(line);
        }

        row.F1.ShouldBeGreaterThanOrEqualTo(floor, $"{name} fell below its corpus floor");
    }
}
