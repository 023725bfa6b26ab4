namespace PlanGraph.Ingestion;

/// <summary>How a heading or item is numbered, from the outermost style of Chinese plans inwards.</summary>
public enum NumberingStyle
{
    None,
    Markdown,
    Part,
    Chapter,
    Section,
    ChineseComma,
    ChineseParenthesized,
    Arabic,
    ArabicDotted,
    ArabicParenthesized,
    Highlight,
}
