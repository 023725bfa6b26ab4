namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>One document with graphql-js's verdict and ours.</summary>
public sealed record DocumentComparison(CorpusDocument Document, Verdict Theirs, Verdict Ours)
{
    public bool ErrorsIdentical =>
        Ours.Kind == Theirs.Kind
        && Ours.Errors.Count == Theirs.Errors.Count
        && Ours.Errors.Zip(Theirs.Errors).All(e => e.First.SameAs(e.Second));
}
