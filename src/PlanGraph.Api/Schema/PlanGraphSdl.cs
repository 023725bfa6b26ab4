using System.Text;

namespace PlanGraph.Api.Schema;

/// <summary>
/// Writes the plan-graph schema as GraphQL SDL from <see cref="PlanGraphModel"/>. Naming follows the
/// conventions users know from Hot Chocolate (<c>XFilterInput</c>, <c>XSortInput</c>, <c>SortEnumType</c>,
/// <c>StringOperationFilterInput</c>) and the Neo4j GraphQL Library (relationship connections whose edges
/// carry the relationship's properties, <c>caseInsensitive</c> string filters).
/// </summary>
public static class PlanGraphSdl
{
    /// <summary>The SDL text, built once.</summary>
    public static string Text { get; } = Build();

    /// <summary>The connection type name of a relation field, e.g. GoalProjectsConnection.</summary>
    public static string RelationConnectionName(NodeType owner, RelationField field) => owner.Name + Pascal(field.Field) + "Connection";

    /// <summary>The edge type name of a relation field, e.g. GoalProjectsEdge.</summary>
    public static string RelationEdgeName(NodeType owner, RelationField field) => owner.Name + Pascal(field.Field) + "Edge";

    /// <summary>The name of the sort key ordering by how many nodes a relation field reaches.</summary>
    public static string CountSortKey(RelationField field) => field.Field + "Count";

    private static string Build()
    {
        var sdl = new StringBuilder();
        Line(sdl, """
            "The plan graph: Chinese planning documents as plans, goals, indicators, targets, projects, institutions and places, with the sentence that supports every fact."
            schema { query: Query }

            "Sort direction."
            enum SortEnumType { ASC DESC }

            "Where a fact comes from: the document, the section, the lines, the character span of the normalised text, the sentence and the extraction rule."
            type Evidence {
              "Id of the source document."
              documentId: String!
              "Headings from the document root down to the section holding the sentence, joined by ' > '."
              sectionPath: String
              "First line (1-based) of the original file."
              firstLine: Int
              "Last line (1-based, inclusive) of the original file."
              lastLine: Int
              "Start offset (UTF-16 code units) in the normalised text."
              spanStart: Int
              "End offset (exclusive) in the normalised text."
              spanEnd: Int
              "The supporting sentence, verbatim."
              quote: String!
              "The extraction rule that produced the fact."
              rule: String
            }

            "Relay page information."
            type PageInfo {
              hasNextPage: Boolean!
              hasPreviousPage: Boolean!
              startCursor: String
              endCursor: String
            }

            "Operations on a String field. Strings compare by code point."
            input StringOperationFilterInput {
              eq: String
              neq: String
              in: [String]
              nin: [String]
              contains: String
              ncontains: String
              startsWith: String
              nstartsWith: String
              endsWith: String
              nendsWith: String
              gt: String
              gte: String
              lt: String
              lte: String
              "The same operations ignoring letter case (Latin letters; Chinese has none)."
              caseInsensitive: CaseInsensitiveStringFilterInput
            }

            "String operations that ignore letter case."
            input CaseInsensitiveStringFilterInput {
              eq: String
              neq: String
              in: [String]
              contains: String
              startsWith: String
              endsWith: String
            }

            "Operations on an ID field."
            input IdOperationFilterInput {
              eq: ID
              neq: ID
              in: [ID]
              nin: [ID]
              "Ids are prefixed by kind (plan:, goal:, …), so a prefix selects a kind or a namespace."
              startsWith: ID
            }

            "Operations on an Int field."
            input IntOperationFilterInput {
              eq: Int
              neq: Int
              in: [Int]
              nin: [Int]
              gt: Int
              gte: Int
              lt: Int
              lte: Int
            }

            "Operations on a Float field."
            input FloatOperationFilterInput {
              eq: Float
              neq: Float
              in: [Float]
              nin: [Float]
              gt: Float
              gte: Float
              lt: Float
              lte: Float
            }

            "Operations on a Boolean field."
            input BooleanOperationFilterInput {
              eq: Boolean
              neq: Boolean
            }

            "Operations on a list of strings (aliases)."
            input ListStringOperationFilterInput {
              "The list holds exactly this string."
              includes: String
              "Some element matches."
              some: StringOperationFilterInput
              "No element matches."
              none: StringOperationFilterInput
              "Every element matches."
              all: StringOperationFilterInput
            }

            "Every node of the plan graph."
            interface Node {
              id: ID!
              name: String!
              aliases: [String!]!
              "Where the node comes from."
              evidence: [Evidence!]!
            }

            "Filter on any node by its common fields."
            input NodeFilterInput {
              and: [NodeFilterInput!]
              or: [NodeFilterInput!]
              not: NodeFilterInput
              id: IdOperationFilterInput
              name: StringOperationFilterInput
              aliases: ListStringOperationFilterInput
            }

            "Order of any nodes by their common fields."
            input NodeSortInput {
              id: SortEnumType
              name: SortEnumType
            }

            "A page of nodes of any type, e.g. what a document mentions."
            type NodeConnection {
              edges: [NodeEdge!]!
              nodes: [Node!]!
              pageInfo: PageInfo!
              totalCount: Int!
            }

            "A node of any type with the evidence of the relationship that reached it."
            type NodeEdge {
              cursor: String!
              node: Node!
              evidence: [Evidence!]!
            }

            "Filter on relationships to nodes of any type."
            input NodeRelationshipFilterInput {
              some: NodeFilterInput
              none: NodeFilterInput
              all: NodeFilterInput
              count: IntOperationFilterInput
            }

            "Which text of a node a search matched."
            enum SearchField {
              "The node's name."
              NAME
              "One of the node's aliases."
              ALIAS
              "A sentence of the node's evidence."
              SENTENCE
            }

            "One hit of a search over names, aliases and evidence sentences."
            type SearchHit {
              node: Node!
              "The name, alias or sentence that contains the searched text (which one: matchedField)."
              matched: String!
              "The field of the node that matched."
              matchedField: SearchField!
              "This hit's place in the ranking, for search(after:)."
              cursor: String!
              "The first supporting sentence that contains the searched text, else the node's first sentence."
              sentence: String
              "The node's evidence whose sentence contains the searched text (all of it when none does)."
              evidence: [Evidence!]!
            }

            "Lines of a document's original text (the lines evidence's firstLine and lastLine count)."
            type DocumentText {
              documentId: ID!
              title: String
              fileName: String
              "Lines in the whole document (0 when its text is not stored: load it again)."
              lineCount: Int!
              "The first line asked for (1-based)."
              fromLine: Int!
              "The last line returned: toLine as asked, or the document's last line."
              toLine: Int!
              lines: [DocumentLine!]!
            }

            "One line of a document's original text."
            type DocumentLine {
              "1-based line number."
              number: Int!
              text: String!
            }

            "How many nodes carry a label."
            type LabelCount { label: String! count: Int! }

            "How many relationships have a type."
            type RelationshipCount { type: String! count: Int! }

            "Sizes of the graph."
            type GraphCounts {
              nodes: [LabelCount!]!
              relationships: [RelationshipCount!]!
            }
            """);

        foreach (var type in PlanGraphModel.Types)
        {
            WriteType(sdl, type);
        }

        sdl.AppendLine("\"The plan graph's entry points.\"");
        sdl.AppendLine("type Query {");
        sdl.AppendLine("  \"The node with this id, of any type.\"");
        sdl.AppendLine("  node(id: ID!): Node");
        foreach (var type in PlanGraphModel.Types)
        {
            sdl.AppendLine($"  \"{type.Description}\"");
            sdl.AppendLine($"  {type.RootField}(where: {type.Name}FilterInput, order: [{type.Name}SortInput!], first: Int, after: String): {type.Name}Connection!");
        }

        sdl.AppendLine("  \"Nodes whose name, an alias or a supporting sentence contains the text (case-insensitive), ranked: the whole name or alias, its prefix, inside it, inside a sentence; then shorter names, then nodes more documents support. after: a hit's cursor.\"");
        sdl.AppendLine("  search(text: String!, first: Int, after: String): [SearchHit!]!");
        sdl.AppendLine("  \"Lines fromLine..toLine (1-based, inclusive, at most 500) of a document's original text, to read a fact's sentence in place; null when there is no such document.\"");
        sdl.AppendLine("  documentText(documentId: ID!, fromLine: Int!, toLine: Int!): DocumentText");
        sdl.AppendLine("  \"How many nodes per label and relationships per type.\"");
        sdl.AppendLine("  counts: GraphCounts!");
        sdl.AppendLine("}");
        return sdl.ToString();
    }

    private static void WriteType(StringBuilder sdl, NodeType type)
    {
        sdl.AppendLine($"\"{type.Description}\"");
        sdl.AppendLine($"type {type.Name} implements Node {{");
        foreach (var property in type.Properties)
        {
            sdl.AppendLine($"  \"{property.Description}\"");
            sdl.AppendLine($"  {property.Field}: {OutputType(property)}");
        }

        sdl.AppendLine("  \"Where the node comes from.\"");
        sdl.AppendLine("  evidence: [Evidence!]!");
        foreach (var relation in type.Relations)
        {
            sdl.AppendLine($"  \"{relation.Description}\"");
            if (relation.Single)
            {
                sdl.AppendLine($"  {relation.Field}: {relation.TargetType}");
            }
            else
            {
                var target = relation.TargetType;
                sdl.AppendLine($"  {relation.Field}(where: {target}FilterInput, order: [{target}SortInput!], first: Int, after: String): {RelationConnectionName(type, relation)}!");
            }
        }

        sdl.AppendLine("}").AppendLine();

        foreach (var relation in type.Relations.Where(r => !r.Single))
        {
            sdl.AppendLine($"\"A page of {type.Name}.{relation.Field}.\"");
            sdl.AppendLine($"type {RelationConnectionName(type, relation)} {{");
            sdl.AppendLine($"  edges: [{RelationEdgeName(type, relation)}!]!");
            sdl.AppendLine($"  nodes: [{relation.TargetType}!]!");
            sdl.AppendLine("  pageInfo: PageInfo!");
            sdl.AppendLine("  totalCount: Int!");
            sdl.AppendLine("}").AppendLine();
            sdl.AppendLine($"\"One {type.Name}.{relation.Field} relationship: the node reached and the relationship's evidence and properties.\"");
            sdl.AppendLine($"type {RelationEdgeName(type, relation)} {{");
            sdl.AppendLine("  cursor: String!");
            sdl.AppendLine($"  node: {relation.TargetType}!");
            sdl.AppendLine("  \"The sentences supporting this relationship.\"");
            sdl.AppendLine("  evidence: [Evidence!]!");
            foreach (var edge in relation.EdgeFields)
            {
                sdl.AppendLine($"  \"{edge.Description}\"");
                sdl.AppendLine($"  {edge.Field}: {OutputType(edge)}");
            }

            sdl.AppendLine("}").AppendLine();
        }

        sdl.AppendLine($"\"A page of {type.Name} nodes.\"");
        sdl.AppendLine($"type {type.Name}Connection {{");
        sdl.AppendLine($"  edges: [{type.Name}Edge!]!");
        sdl.AppendLine($"  nodes: [{type.Name}!]!");
        sdl.AppendLine("  pageInfo: PageInfo!");
        sdl.AppendLine("  totalCount: Int!");
        sdl.AppendLine("}").AppendLine();
        sdl.AppendLine($"\"A {type.Name} in a page.\"");
        sdl.AppendLine($"type {type.Name}Edge {{ cursor: String! node: {type.Name}! }}").AppendLine();

        sdl.AppendLine($"\"Filter on {type.Name} nodes: field operations, and/or/not, and some/none/all/count over relationships.\"");
        sdl.AppendLine($"input {type.Name}FilterInput {{");
        sdl.AppendLine($"  and: [{type.Name}FilterInput!]");
        sdl.AppendLine($"  or: [{type.Name}FilterInput!]");
        sdl.AppendLine($"  not: {type.Name}FilterInput");
        foreach (var property in type.Properties)
        {
            sdl.AppendLine($"  {property.Field}: {FilterType(property.Scalar)}");
        }

        foreach (var relation in type.Relations)
        {
            sdl.AppendLine($"  {relation.Field}: {relation.TargetType}RelationshipFilterInput");
        }

        sdl.AppendLine("}").AppendLine();

        sdl.AppendLine($"\"Filter on relationships to {type.Name} nodes.\"");
        sdl.AppendLine($"input {type.Name}RelationshipFilterInput {{");
        sdl.AppendLine($"  \"At least one related {type.Name} matches ({{}} matches any).\"");
        sdl.AppendLine($"  some: {type.Name}FilterInput");
        sdl.AppendLine($"  \"No related {type.Name} matches ({{}}: there is none).\"");
        sdl.AppendLine($"  none: {type.Name}FilterInput");
        sdl.AppendLine($"  \"Every related {type.Name} matches.\"");
        sdl.AppendLine($"  all: {type.Name}FilterInput");
        sdl.AppendLine("  \"How many are related.\"");
        sdl.AppendLine("  count: IntOperationFilterInput");
        sdl.AppendLine("}").AppendLine();

        sdl.AppendLine($"\"Order of {type.Name} nodes: by a field or by how many nodes a relationship reaches (…Count).\"");
        sdl.AppendLine($"input {type.Name}SortInput {{");
        foreach (var property in type.Properties.Where(p => p.Scalar != GraphScalar.StringList))
        {
            sdl.AppendLine($"  {property.Field}: SortEnumType");
        }

        foreach (var relation in type.Relations.Where(r => !r.Single))
        {
            sdl.AppendLine($"  {CountSortKey(relation)}: SortEnumType");
        }

        sdl.AppendLine("}").AppendLine();
    }

    private static string OutputType(PropertyField property)
    {
        var type = property.Scalar switch
        {
            GraphScalar.Id => "ID",
            GraphScalar.String => "String",
            GraphScalar.Int => "Int",
            GraphScalar.Float => "Float",
            GraphScalar.Boolean => "Boolean",
            GraphScalar.StringList => "[String!]",
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Scalar, "Unknown scalar."),
        };
        return property.NonNull ? type + "!" : type;
    }

    private static string FilterType(GraphScalar scalar) => scalar switch
    {
        GraphScalar.Id => "IdOperationFilterInput",
        GraphScalar.String => "StringOperationFilterInput",
        GraphScalar.Int => "IntOperationFilterInput",
        GraphScalar.Float => "FloatOperationFilterInput",
        GraphScalar.Boolean => "BooleanOperationFilterInput",
        GraphScalar.StringList => "ListStringOperationFilterInput",
        _ => throw new ArgumentOutOfRangeException(nameof(scalar), scalar, "Unknown scalar."),
    };

    private static string Pascal(string field) => char.ToUpperInvariant(field[0]) + field[1..];

    private static void Line(StringBuilder sdl, string text) => sdl.AppendLine(text).AppendLine();
}
