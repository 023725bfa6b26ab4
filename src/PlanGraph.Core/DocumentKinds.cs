namespace PlanGraph.Core;

/// <summary>The kinds of source document.</summary>
public static class DocumentKinds
{
    public const string Plan = "plan";
    public const string Interpretation = "interpretation";
    public const string Reply = "reply";
    public const string Other = "other";
}
