namespace PlanGraph.Bench.Soak;

/// <summary>The research questions the soak asks in turn: the README's, and the kinds analysts ask most.</summary>
internal static class SoakQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        """{ goals(where: {name: {eq: "规划建设好河套深港科技创新合作区"}}) { nodes { plan { name } projectsIncludingSubGoals(first: 2) { totalCount edges { node { name } evidence { documentId firstLine } } } places { nodes { name } } } } }""",
        """{ indicators(where: {name: {eq: "全社会研发支出占GDP比重"}}) { nodes { unit targets(where: {kind: {eq: "target"}}) { nodes { year value valueText plan { name } evidence { firstLine } } } } } }""",
        """{ search(text: "深交所", first: 2) { matched sentence node { __typename name } } }""",
        """{ plans(first: 10) { totalCount nodes { name goals(first: 5) { totalCount nodes { name } } } } }""",
        """{ places(first: 5) { nodes { name projects(first: 5) { totalCount nodes { name } } } } }""",
        """{ projects(first: 20) { totalCount nodes { name places { nodes { name } } } } }""",
        """{ institutions(first: 10) { totalCount nodes { name } } }""",
        """{ search(text: "人工智能", first: 10) { matched node { __typename name } } }""",
    ];
}
