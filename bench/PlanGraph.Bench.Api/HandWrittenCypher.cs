using PlanGraph.Neo4j;

namespace PlanGraph.Bench.Api;

/// <summary>The baseline: what a developer would write by hand for each research question.</summary>
internal static class HandWrittenCypher
{
    public static readonly CypherStatement ProjectsOfGoalTree = new("bench.projects-of-goal-tree", """
        MATCH (g:Goal) WHERE g.name = $name
        WITH collect(g) AS goals
        RETURN [g IN goals | {goal: g.name,
                projects: [(g)<-[:PART_OF*0..]-(:Goal)<-[r:SUPPORTS]-(p:Project) | {name: p.name,
                  evidence: [(e:Evidence)-[*0..0]-(x) WHERE e.subject = r.id | e.quote]}]}] AS goals
        """);

    public static readonly CypherStatement PlacesByProjects = new("bench.places-by-projects", """
        MATCH (p:Place)
        RETURN p.name AS name, size([(p)<-[:LOCATED_IN]-(:Project) | 1]) AS projects
        ORDER BY projects DESC, p.id
        """);

    public static readonly CypherStatement TargetsAcrossPlans = new("bench.targets-across-plans", """
        MATCH (i:Indicator)<-[:OF]-(t:Target)<-[:SETS]-(plan:Plan) WHERE i.name = $name
        RETURN t.year AS year, t.value AS value, t.valueText AS valueText, plan.name AS plan
        """);

    public static readonly CypherStatement GoalsWithoutProject = new("bench.goals-without-project", """
        MATCH (g:Goal) WHERE size([(g)<-[:SUPPORTS]-(:Project) | 1]) = 0
        RETURN g.name AS name ORDER BY g.name, g.id
        """);

    public static readonly CypherStatement SearchNames = new("bench.search-names", """
        MATCH (n) WHERE (n:Plan OR n:Goal OR n:Indicator OR n:Project OR n:Institution OR n:Place)
          AND (toLower(n.name) CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $text))
        RETURN n.name AS name, [(e:Evidence)-[:EVIDENCE_FOR]->(n) | e.quote][0] AS sentence
        ORDER BY size(n.name) LIMIT 20
        """);

    public static IReadOnlyList<ResearchQuestion> Questions { get; } =
    [
        new("projects of a goal and its sub-goals, with evidence",
            """{ goals(where: {name: {eq: "规划建设好河套深港科技创新合作区"}}) { nodes { name projectsIncludingSubGoals { edges { node { name } evidence { quote } } } } } }""",
            ProjectsOfGoalTree, new Dictionary<string, object?> { ["name"] = "规划建设好河套深港科技创新合作区" }),
        new("places ordered by hosted projects",
            """{ places(order: {projectsCount: DESC}) { nodes { name projects { totalCount } } } }""",
            PlacesByProjects, new Dictionary<string, object?>()),
        new("one indicator's targets across plans",
            """{ indicators(where: {name: {eq: "全社会研发支出占GDP比重"}}) { nodes { targets { nodes { year value valueText plan { name } } } } } }""",
            TargetsAcrossPlans, new Dictionary<string, object?> { ["name"] = "全社会研发支出占GDP比重" }),
        new("goals with no project",
            """{ goals(where: {projects: {none: {}}}) { nodes { name } } }""",
            GoalsWithoutProject, new Dictionary<string, object?>()),
        new("search names and aliases",
            """{ search(text: "河套") { matched sentence node { name } } }""",
            SearchNames, new Dictionary<string, object?> { ["text"] = "河套" }),
    ];
}
