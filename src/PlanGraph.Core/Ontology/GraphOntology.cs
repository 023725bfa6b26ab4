namespace PlanGraph.Core.Ontology;

/// <summary>
/// The graph model declared once (docs/ontology.md, "Labels and properties"): every label with the properties
/// its nodes may carry, every relationship type with its ends and properties. <see cref="NodeLabels"/>,
/// <see cref="RelationshipTypes"/>, the loader's schema (cypher/schema.cypher) and the API's model are derived
/// from it or checked against it by tests, and a test fails when extraction writes a property declared here nowhere.
/// </summary>
public static class GraphOntology
{
    private const PropertyKind Text = PropertyKind.String;

    /// <summary>Properties every node has (not repeated in each label's list).</summary>
    public static IReadOnlyList<PropertyDefinition> CommonProperties { get; } =
    [
        new("id", Text, "Stable id, derived from the kind and the canonical key: a re-run yields the same id."),
        new("name", Text, "The Chinese canonical name (Neo4j Browser captions nodes by it)."),
        new("aliases", PropertyKind.StringList, "Other surface forms seen in the documents."),
    ];

    /// <summary>Every label, in model order.</summary>
    public static IReadOnlyList<LabelDefinition> Labels { get; } =
    [
        new(NodeLabels.Document, "A source document: a plan text, an interpretation, an official reply.",
        [
            new("title", Text, "The document's title."),
            new("fileName", Text, "The file it was read from."),
            new("sha256", Text, "SHA-256 of the file's bytes."),
            new("textSha256", Text, "SHA-256 of the normalised text (equal for copies in other encodings)."),
            new("kind", Text, "plan, interpretation, reply, …"),
            new("issuer", Text, "Who issued it."),
            new("date", Text, "Issue date as written (yyyy-MM-dd when known)."),
            new("docNumber", Text, "The document number (文号)."),
            new("rulesVersion", Text, "The extraction rules version it was extracted with."),
        ]),
        new(NodeLabels.Plan, "A plan (five-year plan, sector plan, action plan) or another policy document's subject.",
        [
            new("startYear", PropertyKind.Int, "First year the plan covers."),
            new("endYear", PropertyKind.Int, "Last year the plan covers."),
            new("level", Text, "national, provincial, city or district."),
            new("status", Text, "draft or final."),
            new("date", Text, "The date its text states (yyyy-MM or yyyy-MM-dd)."),
            new("issuer", Text, "Who issued it, where its text says so."),
            new("kind", Text, "plan, measures, regulation, law, opinion, recommendation, decision, notice or work-report."),
            new("docNumber", Text, "The document number (文号) it was issued under."),
            new("publishedDate", Text, "The date a website published it, where that differs from its own date."),
            new("milestoneYears", PropertyKind.IntList, "The milestone years its opening sentences start with (到2020年…、到2035年…)."),
        ]),
        new(NodeLabels.Goal, "A goal or task of a plan; goals nest (sub-goals).",
        [
            new("sectionPath", Text, "Headings from the document root down to the goal."),
            new("numbering", Text, "The numbering of its heading or list item as written (（一）, 1., 第三章)."),
        ]),
        new(NodeLabels.Indicator, "A measurable indicator (e.g. 地区生产总值增速).",
        [
            new("unit", Text, "Unit of measure, as the first table that lists the indicator gives it."),
            new("units", PropertyKind.StringList, "Units of every table and sentence that gives the indicator."),
            new("category", Text, "Category of the indicator table (e.g. 经济发展), as the first table gives it."),
            new("attribute", Text, "约束性 (binding) or 预期性 (anticipatory)."),
        ]),
        new(NodeLabels.Target, "A value a plan sets or reports for an indicator: baseline, target or actual, for a year.",
        [
            new("kind", Text, "baseline, target or actual."),
            new("year", PropertyKind.Int, "The year the value is for."),
            new("value", PropertyKind.Float, "The value as a number, when it is one."),
            new("upper", PropertyKind.Float, "The upper end of a stated range (5-6 → value 5, upper 6)."),
            new("valueText", Text, "The value verbatim from the document."),
            new("unit", Text, "Unit of measure, as this plan's table or sentence gives it."),
            new("category", Text, "Category of the indicator in this plan's table."),
            new("comparator", Text, "How the value bounds the indicator: =, ≈, >, ≥, <, ≤ or range."),
            new("change", Text, "What the value measures: level, growth-rate, increase or decrease."),
            new("column", Text, "The header of the table column the value was read under."),
            new("indicator", Text, "The indicator's name as this plan writes it."),
            new("note", Text, "A note from the document."),
        ]),
        new(NodeLabels.Project, "A project, platform, action, programme, carrier, facility or company named by a plan.",
        [
            new("category", Text, "project, platform, action, programme, box (a 专栏 box listing items under a title that names no programme), field, carrier, facility or company."),
            new("box", Text, "The 专栏 box that lists it (专栏3 重大项目)."),
            new("placed", PropertyKind.Bool, "For a programme box: whether the box found a goal to support."),
        ]),
        new(NodeLabels.Institution, "A government body, research institute, university, enterprise, association or international body.",
        [
            new("type", Text, "government, research, university, enterprise, association or international."),
            new("listedIn", Text, "The 专栏 box that lists it among projects (专栏5 创新平台)."),
        ]),
        new(NodeLabels.Place, "A division, street, area, park, port, business district, region or landmark.",
        [
            new("type", Text, "province, city, district, county, street, area, park, port, business-district, region or landmark."),
            new("code", Text, "Official code (GB/T 2260 and below), where there is one."),
            new("source", Text, "How a place outside the gazetteer was found: the rule id (place.suffix-name, place.zone …), suffix or coordination."),
        ]),
    ];

    /// <summary>Every relationship type, in model order.</summary>
    public static IReadOnlyList<RelationshipDefinition> Relationships { get; } =
    [
        Relationship(RelationshipTypes.Describes, [NodeLabels.Document], [NodeLabels.Plan], "The document is the text of the plan."),
        Relationship(RelationshipTypes.Cites, [NodeLabels.Document, NodeLabels.Plan], [NodeLabels.Plan], "The document, or the plan it describes, cites the plan."),
        Relationship(RelationshipTypes.HasGoal, [NodeLabels.Plan], [NodeLabels.Goal], "A top goal of the plan."),
        Relationship(RelationshipTypes.PartOf, [NodeLabels.Goal, NodeLabels.Place, NodeLabels.Project], [NodeLabels.Goal, NodeLabels.Place, NodeLabels.Project],
            "A sub-goal of a goal, a place inside a place, a part of a programme or box; a place a box lists by its rows (禄口新城 PART_OF 九大新城发展指引) is the one Place PART_OF a Project."),
        Relationship(RelationshipTypes.MeasuredBy, [NodeLabels.Goal], [NodeLabels.Indicator], "The indicator measures the goal."),
        Relationship(RelationshipTypes.Sets, [NodeLabels.Plan], [NodeLabels.Target], "The plan sets or reports the target."),
        Relationship(RelationshipTypes.Of, [NodeLabels.Target], [NodeLabels.Indicator], "The target is a value of the indicator."),
        Relationship(RelationshipTypes.Supports, [NodeLabels.Project], [NodeLabels.Goal], "The project serves the goal."),
        Relationship(RelationshipTypes.LocatedIn, [NodeLabels.Project], [NodeLabels.Place], "The project is in the place."),
        Relationship(RelationshipTypes.Involves, [NodeLabels.Project, NodeLabels.Goal, NodeLabels.Plan], [NodeLabels.Institution], "The institution takes part.",
            [new("role", Text, "lead, partner, host, builder, operator or participant (a task's 牵头单位 is its lead); issuer for a plan's issuing body.")]),
        Relationship(RelationshipTypes.AlignsWith, [NodeLabels.Plan], [NodeLabels.Plan], "The plan aligns with the other plan."),
        Relationship(RelationshipTypes.BasedOn, [NodeLabels.Plan], [NodeLabels.Plan], "The plan is made on the basis of the other plan."),
        Relationship(RelationshipTypes.MentionedIn, [.. Labels.Select(l => l.Label).Where(l => l != NodeLabels.Document)], [NodeLabels.Document],
            "The node is named in the document."),
    ];

    /// <summary>The definition of a label, or null.</summary>
    public static LabelDefinition? Label(string label) => Labels.FirstOrDefault(l => l.Label == label);

    /// <summary>The definition of a relationship type, or null.</summary>
    public static RelationshipDefinition? Relationship(string type) => Relationships.FirstOrDefault(r => r.Type == type);

    private static RelationshipDefinition Relationship(string type, string[] from, string[] to, string description, PropertyDefinition[]? properties = null)
        => new(type, from, to, description, properties ?? []);
}
