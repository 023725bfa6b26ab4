using PlanGraph.Extraction.Rules;
using PlanGraph.Extraction.Rules.Targets;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Targets;

/// <summary>Values as tables and sentences state them: numbers, bounds, ranges, changes, years and words.</summary>
public sealed class StatedValueReaderTests
{
    [Theory]
    [InlineData("6600", 6600d, "=", "level")]
    [InlineData("4800左右", 4800d, "≈", "level")]
    [InlineData("<5000", 5000d, "<", "level")]
    [InlineData("≤2%", 2d, "≤", "level")]
    [InlineData(">90%", 90d, ">", "level")]
    [InlineData("10以上", 10d, "≥", "level")]
    [InlineData("不超过3", 3d, "≤", "level")]
    [InlineData("下降10%", 10d, "=", "decrease")]
    [InlineData("年均增长7%左右", 7d, "≈", "growth-rate")]
    [InlineData("〔3000—4000〕", 3000d, "range", "level")]
    public void Reads_number_comparator_and_change(string text, double value, string comparator, string change)
    {
        var stated = StatedValueReader.Read(text, Lexicons.Targets);
        (stated.Value, stated.Comparator, stated.Change).ShouldBe((value, comparator, change));
        stated.Text.ShouldBe(text);
    }

    [Fact]
    public void Keeps_words_verbatim_and_reads_the_years_a_value_names()
    {
        StatedValueReader.Read("以市下达任务为准", Lexicons.Targets).Value.ShouldBeNull();
        var cumulative = StatedValueReader.Read("2021-2024年累计降低8.2", Lexicons.Targets);
        (cumulative.Value, cumulative.Year, cumulative.Change).ShouldBe((8.2, 2024L, "decrease"));
        var period = StatedValueReader.Read("“十五五”年均增长5.0左右", Lexicons.Targets);
        (period.Value, period.Year, period.Change).ShouldBe((5.0, 2030L, "growth-rate"));
        StatedValueReader.Read("〔150〕", Lexicons.Targets).Note.ShouldBe("累计数");
    }
}
