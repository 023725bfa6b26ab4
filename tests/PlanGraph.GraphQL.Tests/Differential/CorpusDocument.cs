namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>One document of the differential corpus; <see cref="Name"/> is "rule/case".</summary>
public sealed record CorpusDocument(string Name, string Source)
{
    public override string ToString() => Name;
}
