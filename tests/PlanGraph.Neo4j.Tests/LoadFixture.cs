using PlanGraph.Core;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// A small planning graph shaped like the seeds: an outline plan and a special plan that share a
/// place, an indicator and a project, each fact with evidence from the document that states it.
/// Every id starts with the test's prefix so tests never touch each other's data.
/// </summary>
internal sealed class LoadFixture
{
    private readonly string prefix;
    private readonly List<GraphNode> nodes = [];
    private readonly List<GraphRelationship> relationships = [];

    public LoadFixture(string prefix)
    {
        this.prefix = prefix;
        OutlineDoc = new SourceDocument(prefix + "doc:outline", "outline.txt", "福田区国民经济和社会发展第十四个五年规划纲要", "sha-outline-1", DocumentKinds.Plan);
        SciTechDoc = new SourceDocument(prefix + "doc:scitech", "scitech.txt", "福田区科技创新“十四五”规划", "sha-scitech-1", DocumentKinds.Plan);
    }

    public SourceDocument OutlineDoc { get; private set; }

    public SourceDocument SciTechDoc { get; }

    public string Id(string local) => prefix + local;

    /// <summary>The base graph: both documents.</summary>
    public GraphDocument Build(bool outlineChanged = false)
    {
        nodes.Clear();
        relationships.Clear();
        var o = OutlineDoc.Id;
        var s = SciTechDoc.Id;
        Node("plan:outline", NodeLabels.Plan, "福田区“十四五”规划纲要", [("startYear", 2021L), ("endYear", 2025L), ("level", "district")], o);
        Node("plan:scitech", NodeLabels.Plan, "福田区科技创新“十四五”规划", [("startYear", 2021L), ("endYear", 2025L), ("status", "final")], s);
        Node("goal:central-innovation", NodeLabels.Goal, "打造中央创新区", [("sectionPath", "第二篇 > 第三章")], o);
        Node("place:hetao", NodeLabels.Place, "河套深港科技创新合作区", [("type", "area")], o, s);
        Node("place:futian", NodeLabels.Place, "福田区", [("type", "district"), ("code", "440304")], o, s);
        Node("indicator:rnd", NodeLabels.Indicator, "全社会研发投入", [("unit", "亿元")], o, s);
        Node("target:rnd-2025-outline", NodeLabels.Target, "全社会研发投入 2025 目标", [("year", 2025L), ("value", 200.0), ("valueText", "200"), ("kind", "target")], o);
        Node("target:rnd-2025-scitech", NodeLabels.Target, "全社会研发投入 2025 目标", [("year", 2025L), ("value", 250.0), ("valueText", "250"), ("kind", "target")], s);
        Node("project:quantum", NodeLabels.Project, "深圳国际量子研究院", [("category", "platform")], o, s);
        Node("institution:pcl", NodeLabels.Institution, "鹏城实验室", [("type", "research")], s);
        if (!outlineChanged)
        {
            Node("project:computing", NodeLabels.Project, "湾区数字经济算力中心", [("category", "facility")], o);
            Rel(RelationshipTypes.Supports, "project:computing", "goal:central-innovation", o);
        }
        else
        {
            Node("project:future-net", NodeLabels.Project, "未来网络试验设施", [("category", "facility")], o);
            Rel(RelationshipTypes.Supports, "project:future-net", "goal:central-innovation", o);
        }

        Node("goal:hetao", NodeLabels.Goal, "高标准规划建设河套深港科技创新合作区", [("sectionPath", "第二篇 > 第三章 > 第一节")], o);
        Node("goal:water", NodeLabels.Goal, "着力建设碧水空间", [("sectionPath", "第四篇 > 第十一章")], o);
        Node("project:hku", NodeLabels.Project, "香港大学深圳研究院", [("category", "platform")], s);
        Rel(RelationshipTypes.PartOf, "goal:hetao", "goal:central-innovation", o);
        Rel(RelationshipTypes.HasGoal, "plan:outline", "goal:water", o);
        Rel(RelationshipTypes.Supports, "project:hku", "goal:hetao", s);
        Rel(RelationshipTypes.LocatedIn, "project:hku", "place:hetao", s);
        Rel(RelationshipTypes.Involves, "project:hku", "institution:pcl", s, role: "联合共建");
        Mention("place:hetao", o);
        Mention("place:hetao", s);
        Mention("project:quantum", o);
        Mention("project:quantum", s);
        Mention("institution:pcl", s);
        Rel(RelationshipTypes.HasGoal, "plan:outline", "goal:central-innovation", o);
        Rel(RelationshipTypes.Supports, "project:quantum", "goal:central-innovation", o);
        Rel(RelationshipTypes.LocatedIn, "project:quantum", "place:hetao", o, s);
        Rel(RelationshipTypes.PartOf, "place:hetao", "place:futian", o, s);
        Rel(RelationshipTypes.Involves, "project:quantum", "institution:pcl", s, role: "依托");
        Rel(RelationshipTypes.Sets, "plan:outline", "target:rnd-2025-outline", o);
        Rel(RelationshipTypes.Of, "target:rnd-2025-outline", "indicator:rnd", o);
        Rel(RelationshipTypes.Sets, "plan:scitech", "target:rnd-2025-scitech", s);
        Rel(RelationshipTypes.Of, "target:rnd-2025-scitech", "indicator:rnd", s);
        Rel(RelationshipTypes.Cites, "plan:scitech", "plan:outline", s);
        var documents = outlineChanged
            ? [OutlineDoc with { Sha256 = "sha-outline-2" }, SciTechDoc]
            : new[] { OutlineDoc, SciTechDoc };
        return new GraphDocument(documents, [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. relationships.OrderBy(r => r.Id, StringComparer.Ordinal)]);
    }

    private void Mention(string local, string document)
        => relationships.Add(new GraphRelationship(prefix + StableId.ForRelationship(RelationshipTypes.MentionedIn, Id(local), document), RelationshipTypes.MentionedIn,
            Id(local), document, new Dictionary<string, object?>(), [Evidence(document, local)]));

    private void Node(string local, string label, string name, (string Key, object? Value)[] properties, params string[] documents)
        => nodes.Add(new GraphNode(Id(local), label, name, [name + "（简称）"], properties.ToDictionary(p => p.Key, p => p.Value), [.. documents.Select(d => Evidence(d, name))]));

    private void Rel(string type, string from, string to, string document, string? other = null, string? role = null)
    {
        var docs = other is null ? new[] { document } : [document, other];
        var properties = new Dictionary<string, object?>();
        if (role is not null)
        {
            properties["role"] = role;
        }

        relationships.Add(new GraphRelationship(prefix + StableId.ForRelationship(type, Id(from), Id(to)), type, Id(from), Id(to), properties,
            [.. docs.Select(d => Evidence(d, $"{from} {type} {to}"))]));
    }

    private static Evidence Evidence(string document, string about)
        => new(document, "一、总体要求 > （一）发展目标", 12, 13, 340, 380, $"依托鹏城实验室，建设{about}。", "fixture.rule");
}
