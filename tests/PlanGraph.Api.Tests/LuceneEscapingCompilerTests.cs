using PlanGraph.Api.Compilation;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>The Lucene phrase the full-text search path sends, and when that path is taken (no server needed).</summary>
public sealed class LuceneEscapingCompilerTests
{
    [Theory]
    [InlineData("河套", "\"河套\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"a\b", @"""a\\b""")]
    [InlineData("a+b-c", @"""a\+b\-c""")]
    [InlineData("a && b || !c", @"""a \&\& b \|\| \!c""")]
    [InlineData("(x) {y} [z]", @"""\(x\) \{y\} \[z\]""")]
    [InlineData("a^2~0.5", @"""a\^2\~0.5""")]
    [InlineData("wild*card?", @"""wild\*card\?""")]
    [InlineData("field:value", @"""field\:value""")]
    [InlineData("a/b", @"""a\/b""")]
    [InlineData("two  spaces ", "\"two  spaces \"")]
    [InlineData("南开大学-牛津大学（深圳）", @"""南开大学\-牛津大学（深圳）""")]
    [InlineData("AND OR NOT", "\"AND OR NOT\"")]
    public void Every_special_character_is_escaped_inside_one_phrase(string text, string phrase)
        => FullTextQuery.Phrase(text).ShouldBe(phrase);

    [Fact]
    public void No_special_character_is_left_unescaped()
    {
        const string specials = "+-&&||!(){}[]^\"~*?:\\/";
        var phrase = FullTextQuery.Phrase(specials);

        phrase[0].ShouldBe('"');
        phrase[^1].ShouldBe('"');
        var body = phrase[1..^1];
        for (var i = 0; i < body.Length; i += 2)
        {
            body[i].ShouldBe('\\', $"position {i} of {body}");
        }

        body.Length.ShouldBe(specials.Length * 2);
    }

    [Theory]
    [InlineData("河套", true)]
    [InlineData("高标准建设河套深港科技创新合作区", true)]
    [InlineData("\U00020000\U00020001", true)]
    [InlineData("河", false)]
    [InlineData("", false)]
    [InlineData("oxford", false)]
    [InlineData("VCSEL光芯片", false)]
    [InlineData("河套 合作区", false)]
    [InlineData("合作区（深圳）", false)]
    [InlineData("カタカナ", false)]
    public void Only_texts_of_two_or_more_Han_characters_take_the_full_text_path(string text, bool fullText)
        => FullTextQuery.CanAnswer(text).ShouldBe(fullText);
}
