namespace PlanGraph.Api.Compilation;

/// <summary>Named GraphQL queries that together exercise every construct of the compiler (for the Cypher lint and the tests).</summary>
public static class RepresentativeSelections
{
    /// <summary>The samples as GraphQL text.</summary>
    public static IReadOnlyList<(string Name, string Query)> Queries { get; } =
    [
        ("root-connection-scalar-filters", """
            { plans(where: {and: [{name: {contains: "规划", ncontains: "x", startsWith: "福", nstartsWith: "y", endsWith: "划", nendsWith: "z"}},
                                  {startYear: {gte: 2021, lte: 2025, gt: 2000, lt: 2100, in: [2021], nin: [1], neq: 1}}],
                            or: [{status: {eq: null}}, {status: {neq: null}}, {level: {in: ["district"], nin: ["x"]}}],
                            not: {id: {eq: "x", neq: "y", in: ["a"], nin: ["b"], startsWith: "plan"}},
                            aliases: {includes: "a", some: {contains: "b"}, none: {eq: "c"}, all: {neq: "d"}},
                            name: {caseInsensitive: {eq: "a", neq: "b", in: ["c"], contains: "d", startsWith: "e", endsWith: "f"}, gt: "a", gte: "a", lt: "z", lte: "z"}},
                    order: [{endYear: DESC}, {name: ASC}], first: 10, after: "cGxhbmdyYXBoOjA=")
              { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name aliases startYear evidence { quote } } } } }
            """),
        ("relationship-filters-and-count-order", """
            { goals(where: {projects: {none: {}}, subGoals: {some: {name: {contains: "设施"}}, all: {aliases: {includes: "x"}}, count: {gte: 1}}},
                    order: [{projectsCount: DESC}, {subGoalsCount: ASC}]) { totalCount nodes { name projects { totalCount } projectsIncludingSubGoals(where: {category: {eq: "platform"}}) { totalCount } } } }
            """),
        ("root-sorted-by-a-count-it-returns", """
            { places(where: {name: {contains: "区"}}, order: [{projectsCount: DESC}, {name: ASC}], first: 3) { totalCount nodes { id name projects { totalCount } } } }
            """),
        ("nested-connections-with-edge-evidence", """
            { projects { nodes { name evidence { documentId sectionPath firstLine lastLine spanStart spanEnd quote rule }
                institutions(where: {type: {eq: "university"}}, order: [{name: DESC}], first: 5) { totalCount edges { cursor role evidence { quote } node { name } } pageInfo { hasNextPage } }
                goals { nodes { name plan { name } parentGoals { nodes { name } } } } } } }
            """),
        ("transitive-research-fields", """
            { goals { nodes { projectsIncludingSubGoals { totalCount edges { evidence { quote } node { name } } } places { nodes { name } } } }
              plans { nodes { indicators { nodes { name targets { nodes { year value valueText plan { name } } } } } } } }
            """),
        ("node-by-id-with-fragments", """
            { node(id: "goal:x") { __typename id name evidence { quote } ... on Goal { sectionPath projects { totalCount edges { role: cursor evidence { quote } } } }
                ... on Document { mentions(where: {name: {contains: "区"}}, order: [{name: ASC}]) { totalCount nodes { __typename id name ... on Place { type } } } } } }
            """),
        ("search-and-counts", """
            { search(text: "河套", first: 5) { matched sentence evidence { quote documentId } node { __typename id name ... on Project { category } } }
              counts { nodes { label count } relationships { type count } } }
            """),
        ("search-between-root-fields", """
            { plans(first: 2) { totalCount } han: search(text: "科技创新", first: 3) { matched sentence node { id name } }
              latin: search(text: "VCSEL") { matched } one: search(text: "区") { matched } counts { nodes { label count } } }
            """),
        ("document-text-between-root-fields", """
            { plans(first: 1) { totalCount } documentText(documentId: "document:x", fromLine: 10, toLine: 40) { __typename documentId title fileName lineCount fromLine toLine lines { number text } } counts { nodes { label count } } }
            """),
        ("every-root-field", """
            { documents { totalCount } plans { totalCount } goals { totalCount } indicators { totalCount } targets { totalCount }
              projects { totalCount } institutions { totalCount } places { totalCount } }
            """),
    ];

    /// <summary>Each sample's name and root selection.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<FieldSelection> Root)> All =>
        Queries.Select(q => (q.Name, Hosting.PlanGraphExecutableSchema.Selections(q.Query))).ToList();
}
