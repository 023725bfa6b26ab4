using PlanGraph.Core;

namespace PlanGraph.Api.Schema;

/// <summary>
/// The plan graph as the API sees it: every node type, its stored properties and every relationship in
/// both directions (DESIGN.md §3). The SDL and the Cypher compiler are both derived from this one table,
/// so a field that exists in the schema always has a translation.
/// </summary>
public static class PlanGraphModel
{
    /// <summary>The name of the interface every node type implements.</summary>
    public const string NodeInterface = "Node";

    /// <summary>Properties every node has.</summary>
    public static IReadOnlyList<PropertyField> CommonProperties { get; } =
    [
        new("id", "id", GraphScalar.Id, "Stable id, derived from the kind and the canonical key: a re-run yields the same id.", NonNull: true),
        new("name", "name", GraphScalar.String, "The Chinese canonical name.", NonNull: true),
        new("aliases", "aliases", GraphScalar.StringList, "Other surface forms seen in the documents.", NonNull: true),
    ];

    /// <summary>Fields every node has that follow relationships (MENTIONED_IN).</summary>
    public static IReadOnlyList<RelationField> CommonRelations { get; } =
    [
        new("mentionedIn", "({n})-[{r}:MENTIONED_IN]->({m}:Document)", "Document", "Documents that mention this node, with the sentences."),
    ];

    private static readonly PropertyField[] InvolvesEdge = [new("role", "role", GraphScalar.String, "The institution's role in the project (e.g. 牵头, 参与).")];

    /// <summary>Every node type, in model order.</summary>
    public static IReadOnlyList<NodeType> Types { get; } =
    [
        Node("Document", NodeLabels.Document, "documents", "A source document: a plan text, an interpretation, an official reply.",
            [
                new("title", "title", GraphScalar.String, "The document's title."),
                new("fileName", "fileName", GraphScalar.String, "The file it was read from."),
                new("sha256", "sha256", GraphScalar.String, "SHA-256 of the file's bytes."),
                new("kind", "kind", GraphScalar.String, "plan, interpretation, reply, …"),
                new("issuer", "issuer", GraphScalar.String, "Who issued it."),
                new("date", "date", GraphScalar.String, "Issue date as written (yyyy-MM-dd when known)."),
                new("docNumber", "docNumber", GraphScalar.String, "The document number (文号), e.g. 穗府〔2026〕4号."),
            ],
            [
                new("describes", "({n})-[{r}:DESCRIBES]->({m}:Plan)", "Plan", "Plans this document is the text of."),
                new("cites", "({n})-[{r}:CITES]->({m}:Plan)", "Plan", "Plans this document cites."),
                new("mentions", "({n})<-[{r}:MENTIONED_IN]-({m})", NodeInterface, "Everything this document mentions, with the sentences."),
            ]),
        Node("Plan", NodeLabels.Plan, "plans", "A plan (five-year plan, sector plan, action plan).",
            [
                new("startYear", "startYear", GraphScalar.Int, "First year the plan covers."),
                new("endYear", "endYear", GraphScalar.Int, "Last year the plan covers."),
                new("level", "level", GraphScalar.String, "national, provincial, city or district."),
                new("status", "status", GraphScalar.String, "draft or final."),
                new("date", "date", GraphScalar.String, "The date its text states (yyyy-MM or yyyy-MM-dd), e.g. a draft's cover date."),
                new("issuer", "issuer", GraphScalar.String, "Who issued it, where its text says so."),
                new("kind", "kind", GraphScalar.String, "plan, measures, regulation, law, opinion, recommendation, decision, notice or work-report (from its title's last word)."),
                new("docNumber", "docNumber", GraphScalar.String, "The document number (文号) it was issued under."),
                new("publishedDate", "publishedDate", GraphScalar.String, "The date a website published it, where that differs from its own date."),
            ],
            [
                new("describedBy", "({n})<-[{r}:DESCRIBES]-({m}:Document)", "Document", "Documents that are the text of this plan."),
                new("citedBy", "({n})<-[{r}:CITES]-({m}:Document)", "Document", "Documents that cite this plan."),
                new("goals", "({n})-[{r}:HAS_GOAL]->({m}:Goal)", "Goal", "The plan's goals."),
                new("targets", "({n})-[{r}:SETS]->({m}:Target)", "Target", "Targets (baselines, target values) the plan sets."),
                new("indicators", "({n})-[:SETS]->(:Target)-[{r}:OF]->({m}:Indicator)", "Indicator", "Indicators the plan sets targets for (through its targets).", Transitive: true),
                new("alignsWith", "({n})-[{r}:ALIGNS_WITH]->({m}:Plan)", "Plan", "Plans this plan aligns with."),
                new("alignedBy", "({n})<-[{r}:ALIGNS_WITH]-({m}:Plan)", "Plan", "Plans that align with this plan."),
                new("basedOn", "({n})-[{r}:BASED_ON]->({m}:Plan)", "Plan", "Plans this plan is based on."),
                new("basisFor", "({n})<-[{r}:BASED_ON]-({m}:Plan)", "Plan", "Plans based on this plan."),
            ]),
        Node("Goal", NodeLabels.Goal, "goals", "A goal or task of a plan; goals nest (sub-goals).",
            [
                new("sectionPath", "sectionPath", GraphScalar.String, "Headings from the document root down to the goal."),
            ],
            [
                new("plan", "({n})-[:PART_OF*0..]->(:Goal)<-[{r}:HAS_GOAL]-({m}:Plan)", "Plan",
                    "The plan this goal belongs to: the plan that has it or, for a sub-goal, the goal it is part of; the edge is HAS_GOAL.", Single: true, Transitive: true),
                new("plans", "({n})-[:PART_OF*0..]->(:Goal)<-[{r}:HAS_GOAL]-({m}:Plan)", "Plan", "Plans this goal belongs to (directly or through the goals it is part of).", Transitive: true),
                new("parentGoals", "({n})-[{r}:PART_OF]->({m}:Goal)", "Goal", "Goals this goal is part of."),
                new("subGoals", "({n})<-[{r}:PART_OF]-({m}:Goal)", "Goal", "Goals that are part of this goal."),
                new("indicators", "({n})-[{r}:MEASURED_BY]->({m}:Indicator)", "Indicator", "Indicators that measure this goal."),
                new("projects", "({n})<-[{r}:SUPPORTS]-({m}:Project)", "Project", "Projects that support this goal directly."),
                new("projectsIncludingSubGoals", "({n})<-[:PART_OF*0..]-(:Goal)<-[{r}:SUPPORTS]-({m}:Project)", "Project",
                    "Projects that support this goal or any of its sub-goals (at any depth); the edge is the SUPPORTS relationship.", Transitive: true),
                new("places", "({n})<-[:PART_OF*0..]-(:Goal)<-[:SUPPORTS]-(:Project)-[{r}:LOCATED_IN]->({m}:Place)", "Place",
                    "Places hosting projects that support this goal or its sub-goals; the edge is the LOCATED_IN relationship.", Transitive: true),
            ]),
        Node("Indicator", NodeLabels.Indicator, "indicators", "A measurable indicator (e.g. 地区生产总值增速).",
            [
                new("unit", "unit", GraphScalar.String, "Unit of measure, as the first table that lists the indicator gives it."),
                new("units", "units", GraphScalar.StringList, "Units of measure of every table and sentence that gives the indicator (plans may differ: 个, 家)."),
                new("category", "category", GraphScalar.String, "Category of the indicator table (e.g. 经济发展), as the first table gives it."),
                new("attribute", "attribute", GraphScalar.String, "约束性 (binding) or 预期性 (anticipatory)."),
            ],
            [
                new("goals", "({n})<-[{r}:MEASURED_BY]-({m}:Goal)", "Goal", "Goals this indicator measures."),
                new("targets", "({n})<-[{r}:OF]-({m}:Target)", "Target", "Targets and baselines set for this indicator, by any plan."),
                new("plans", "({n})<-[:OF]-(:Target)<-[{r}:SETS]-({m}:Plan)", "Plan", "Plans that set a target for this indicator.", Transitive: true),
            ]),
        Node("Target", NodeLabels.Target, "targets", "A value a plan sets or reports for an indicator: baseline, target or actual, for a year.",
            [
                new("kind", "kind", GraphScalar.String, "baseline, target or actual."),
                new("year", "year", GraphScalar.Int, "The year the value is for."),
                new("value", "value", GraphScalar.Float, "The value as a number, when it is one."),
                new("valueText", "valueText", GraphScalar.String, "The value verbatim from the document."),
                new("unit", "unit", GraphScalar.String, "Unit of measure, as this plan's table or sentence gives it."),
                new("category", "category", GraphScalar.String, "Category of the indicator in this plan's table."),
                new("comparator", "comparator", GraphScalar.String, "How the value bounds the indicator (e.g. >=, <=, =)."),
                new("note", "note", GraphScalar.String, "A note from the document."),
            ],
            [
                new("plan", "({n})<-[{r}:SETS]-({m}:Plan)", "Plan", "The plan that sets this target.", Single: true),
                new("indicator", "({n})-[{r}:OF]->({m}:Indicator)", "Indicator", "The indicator this target is for.", Single: true),
                new("plans", "({n})<-[{r}:SETS]-({m}:Plan)", "Plan", "Plans that set this target."),
            ]),
        Node("Project", NodeLabels.Project, "projects", "A project, platform, action, programme, carrier, facility or company named by a plan.",
            [
                new("category", "category", GraphScalar.String, "project, platform, action, programme, carrier, facility or company."),
            ],
            [
                new("goals", "({n})-[{r}:SUPPORTS]->({m}:Goal)", "Goal", "Goals this project supports."),
                new("places", "({n})-[{r}:LOCATED_IN]->({m}:Place)", "Place", "Places the project is located in."),
                new("institutions", "({n})-[{r}:INVOLVES]->({m}:Institution)", "Institution", "Institutions involved, with their role.", EdgeProperties: InvolvesEdge),
                new("parts", "({n})<-[{r}:PART_OF]-({m}:Project)", "Project", "Projects a programme or 专栏 box lists."),
                new("partOf", "({n})-[{r}:PART_OF]->({m}:Project)", "Project", "Programmes or 专栏 boxes that list this project."),
                new("listedPlaces", "({n})<-[{r}:PART_OF]-({m}:Place)", "Place", "Areas a 专栏 box lists by its rows (九大新城发展指引 lists 禄口新城)."),
            ]),
        Node("Institution", NodeLabels.Institution, "institutions", "A government body, research institute, university, enterprise, association or international body.",
            [
                new("type", "type", GraphScalar.String, "government, research, university, enterprise, association or international."),
            ],
            [
                new("projects", "({n})<-[{r}:INVOLVES]-({m}:Project)", "Project", "Projects the institution is involved in, with its role.", EdgeProperties: InvolvesEdge),
            ]),
        Node("Place", NodeLabels.Place, "places", "A district, street, area, park, port, business district or landmark.",
            [
                new("type", "type", GraphScalar.String, "district, street, area, park, port, business-district or landmark."),
                new("code", "code", GraphScalar.String, "Official code, where there is one."),
            ],
            [
                new("projects", "({n})<-[{r}:LOCATED_IN]-({m}:Project)", "Project", "Projects located in this place."),
                new("parentPlaces", "({n})-[{r}:PART_OF]->({m}:Place)", "Place", "Places this place is part of."),
                new("subPlaces", "({n})<-[{r}:PART_OF]-({m}:Place)", "Place", "Places that are part of this place."),
                new("listedIn", "({n})-[{r}:PART_OF]->({m}:Project)", "Project", "专栏 boxes that list this area."),
            ]),
    ];

    /// <summary>The node type named <paramref name="name"/>, or null.</summary>
    public static NodeType? Type(string name) => Types.FirstOrDefault(t => t.Name == name);

    /// <summary>The node type whose root field is <paramref name="rootField"/>, or null.</summary>
    public static NodeType? TypeOfRootField(string rootField) => Types.FirstOrDefault(t => t.RootField == rootField);

    /// <summary>The node type of a Neo4j label, or null.</summary>
    public static NodeType? TypeOfLabel(string label) => Types.FirstOrDefault(t => t.Label == label);

    private static NodeType Node(string name, string label, string rootField, string description, PropertyField[] own, RelationField[] relations)
        => new(name, label, rootField, description, [.. CommonProperties, .. own], [.. relations, .. CommonRelations]);
}
