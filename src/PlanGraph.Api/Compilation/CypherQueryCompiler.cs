using System.Text;
using PlanGraph.Api.Schema;
using PlanGraph.Api.Search;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Schema;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Compiles the root selection of one GraphQL request into ONE parameterised Cypher statement, the way
/// the Neo4j GraphQL Library does: every root field becomes a chain of OPTIONAL MATCH … WITH … collect()
/// clauses carrying the earlier fields' results, and every nested field becomes a map projection entry or
/// a pattern comprehension. Field names, labels and relationship types come from <see cref="PlanGraphModel"/>;
/// values from the request only ever become parameters. Without a dialect (or on one without full-text
/// indexes) the statement keeps to the common subset of Cypher 3.1 and 5; with a full-text dialect,
/// <c>search</c> goes through the full-text index and the statement is for Neo4j 5 only; with subquery
/// expressions (Neo4j 5.6+) nested connections are sorted and paged by the server (<see cref="ConnectionRead"/>).
/// </summary>
public sealed class CypherQueryCompiler
{
    /// <summary>The name every compiled statement carries (in errors and logs).</summary>
    public const string StatementName = "api.query";

    private readonly QueryLimits limits;

    /// <summary>Creates a compiler enforcing <paramref name="limits"/> (defaults when null).</summary>
    public CypherQueryCompiler(QueryLimits? limits = null)
    {
        this.limits = limits ?? new QueryLimits();
    }

    /// <summary>Compiles the request's root fields (of type Query) for the server speaking <paramref name="dialect"/>.</summary>
    /// <param name="rootFields">The merged root selection.</param>
    /// <param name="dialect">The server's dialect (<see cref="Neo4jDialect.For"/>); null compiles for any server (CONTAINS search).</param>
    /// <param name="search">The in-process search index: when given, <c>search</c> takes its ranked hits from it and the statement only reads their nodes by id.</param>
    /// <exception cref="GraphQueryException">A field, argument or value the plan graph does not have; the message names it and its path.</exception>
    public CompiledQuery Compile(IReadOnlyList<FieldSelection> rootFields, ISchemaDialect? dialect = null, SearchSnapshot? search = null)
    {
        ArgumentNullException.ThrowIfNull(rootFields);
        var scope = new CompilationScope();
        var build = new RootBuilder(scope, limits, dialect?.SupportsFullText == true, dialect?.SupportsSubqueryExpressions == true, search);
        foreach (var field in rootFields)
        {
            build.Add(field);
        }

        return build.Finish();
    }

    /// <summary>Builds the clause chain; one instance per request.</summary>
    private sealed class RootBuilder(CompilationScope scope, QueryLimits limits, bool fullText, bool pagesInCypher, SearchSnapshot? search)
    {
        private readonly StringBuilder cypher = new();
        private readonly List<string> carried = [];
        private readonly List<Shape> shapes = [];
        private readonly FilterCompiler filters = new(scope);
        private readonly ConnectionRenderer renderer = ConnectionRenderer.For(pagesInCypher);
        private string? fingerprint;

        public void Add(FieldSelection field)
        {
            string[] path = [field.ResponseKey];
            if (field.Name == "__typename")
            {
                shapes.Add(new Shape.Typename(field.ResponseKey, "Query"));
                return;
            }

            if (field.Name is "__schema" or "__type")
            {
                throw new GraphQueryException("Introspection queries are not answered here: GET /graphql?sdl returns the schema as SDL.", path);
            }

            var column = scope.Key();
            switch (field.Name)
            {
                case "node":
                    AddNodeById(field, column, path);
                    break;
                case "search":
                    AddSearch(field, column, path);
                    break;
                case "counts":
                    AddCounts(field, column, path);
                    break;
                case "documentText":
                    shapes.Add(DocumentTextQuery.Compile(field, scope, column, With, cypher, path));
                    break;
                default:
                    var type = PlanGraphModel.TypeOfRootField(field.Name)
                        ?? throw new GraphQueryException($"Query has no field '{field.Name}'.", path);
                    AddRootConnection(field, type, column, path);
                    break;
            }

            carried.Add(column);
        }

        public CompiledQuery Finish()
        {
            cypher.Append(carried.Count == 0 ? "RETURN 1 AS empty" : "RETURN " + string.Join(", ", carried));
            var statement = new CypherStatement(StatementName, cypher.ToString());
            return new CompiledQuery(statement.Bind(scope.Parameters), shapes, fingerprint);
        }

        private string With(string rest) => "WITH " + (carried.Count == 0 ? rest : string.Join(", ", carried) + ", " + rest) + "\n";

        private void AddRootConnection(FieldSelection field, NodeType type, string column, string[] path)
        {
            // The same read model and renderer as nested connections (ConnectionRead, ConnectionRenderer).
            var page = Page(field, path);
            var node = scope.Variable("v");
            var condition = filters.Where(field.Argument("where"), node, type, path);
            var order = filters.Order(field.Argument("order"), node, type, path);
            var parts = new Projector(scope, filters, limits, renderer).Connection(field, type, node, path, depth: 0, $"{type.Name}Connection", $"{type.Name}Edge");
            var read = new ConnectionRead(
                $"({node}:{type.Label})",
                condition,
                [.. order.Select(o => new SortKey(o.Expression, o.Descending))],
                page,
                Distinct: false,
                node,
                Via: null,
                parts.NodeEntries,
                parts.EdgeMap,
                CountOnly: false);
            var items = renderer.Root(read, scope, With, cypher, column);
            shapes.Add(new Shape.Connection(field.ResponseKey, column, page, items, parts.Children));
        }

        private void AddNodeById(FieldSelection field, string column, string[] path)
        {
            if (field.Argument("id") is not string id)
            {
                throw new GraphQueryException("node: the argument id (a string) is required.", path);
            }

            var node = scope.Variable("v");
            var found = scope.Variable("h");
            var labels = string.Join(" OR ", PlanGraphModel.Types.Select(t => $"{node}:{t.Label}"));
            var projection = new Projector(scope, filters, limits, renderer);
            var (map, children) = projection.Node(found, null, field.Selections, path, depth: 0, withLabels: true);
            cypher.Append($"OPTIONAL MATCH ({node}) WHERE {node}.id = {scope.Parameter(id)} AND ({labels})\n");
            cypher.Append(With($"head(collect({node})) AS {found}"));
            cypher.Append(With($"CASE WHEN {found} IS NULL THEN null ELSE {map} END AS {column}"));
            shapes.Add(new Shape.NodeById(field.ResponseKey, column, children));
        }

        private void AddSearch(FieldSelection field, string column, string[] path)
        {
            var text = (field.Argument("text") as string)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                throw new GraphQueryException("search: the argument text must be a non-empty string.", path);
            }

            var first = field.Argument("first") is { } f ? ToInt(f, "first", path) : Math.Min(20, limits.MaxSearchResults);
            if (first < 0 || first > limits.MaxSearchResults)
            {
                throw new GraphQueryException($"search: first must be between 0 and {limits.MaxSearchResults}, got {first}.", path);
            }

            var offset = 0;
            if (field.Argument("after") is { } after)
            {
                offset = (after is string cursor ? ConnectionCursor.Decode(cursor) : null) is { } position
                    ? position + 1
                    : throw new GraphQueryException("search: after is not a cursor this API issued.", path);
            }

            var node = scope.Variable("v");
            var alias = scope.Variable("a");
            var all = scope.Variable("c");
            var item = scope.Variable("x");
            var needle = scope.Parameter(text.ToLowerInvariant());
            var labels = string.Join(" OR ", PlanGraphModel.Types.Select(t => $"{node}:{t.Label}"));
            var hitChildren = new List<Shape>();
            var entries = new List<string> { ".id", ".name", ".aliases", $"__labels: labels({item})" };
            var evidence = field.Selections.Any(f => f.Name == "evidence")
                ? $"__evidence: {StoredEvidence.OfNodeQuoting(item, scope.Variable("e"), needle)}"
                : $"__evidence: {StoredEvidence.OfNodeQuoting(item, scope.Variable("e"), needle, (scope.Variable("b"), scope.Variable("m")))}";
            var wantsSentence = field.Selections.Any(f => f.Name is "sentence" or "evidence");

            var projection = new Projector(scope, filters, limits, renderer);
            foreach (var hitField in field.Selections)
            {
                string[] hitPath = [.. path, hitField.ResponseKey];
                switch (hitField.Name)
                {
                    case "__typename":
                        hitChildren.Add(new Shape.Typename(hitField.ResponseKey, "SearchHit"));
                        break;
                    case "node":
                        var (nodeEntries, nodeChildren) = projection.NodeEntries(item, null, hitField.Selections, hitPath, depth: 0);
                        entries.AddRange(nodeEntries);
                        hitChildren.Add(new Shape.HitNode(hitField.ResponseKey, nodeChildren));
                        break;
                    case "matched":
                        hitChildren.Add(new Shape.HitMatched(hitField.ResponseKey));
                        break;
                    case "matchedField":
                        hitChildren.Add(new Shape.HitMatchedField(hitField.ResponseKey));
                        break;
                    case "cursor":
                        hitChildren.Add(new Shape.HitCursor(hitField.ResponseKey));
                        break;
                    case "sentence":
                        hitChildren.Add(new Shape.HitSentence(hitField.ResponseKey));
                        break;
                    case "evidence":
                        hitChildren.Add(new Shape.HitEvidence(hitField.ResponseKey, Projector.EvidenceFields(hitField, hitPath)));
                        break;
                    default:
                        throw new GraphQueryException($"SearchHit has no field '{hitField.Name}'.", hitPath);
                }
            }

            if (search is not null)
            {
                // The index ranks and pages; the statement reads the page's nodes by id (the Entity.id
                // uniqueness index) and the graph's fingerprint, so a stale index is noticed (PlanGraphPlanner).
                var page = search.Find(text, offset, first);
                if (fingerprint is null)
                {
                    fingerprint = scope.Variable("g");
                    cypher.Append(SearchStatements.FingerprintClauses(carried.Count == 0 ? string.Empty : string.Join(", ", carried) + ", ", fingerprint, scope.Variable("z"), scope.Variable("r")));
                    carried.Add(fingerprint);
                }

                // A hit by sentence knows its sentence: its node's evidence is read only when asked for.
                var named = page.Hits.Where(h => h.Field != SearchField.Sentence).Select(h => (object?)h.NodeId).ToList();
                var quoted = page.Hits.Where(h => h.Field == SearchField.Sentence).Select(h => (object?)h.NodeId).ToList();
                var quotedNode = scope.Variable("v");
                var quotedAll = scope.Variable("c");
                var wantsEvidence = field.Selections.Any(f => f.Name == "evidence");
                cypher.Append($"OPTIONAL MATCH ({node}:Entity) WHERE {node}.id IN {scope.Parameter(named)}\n");
                cypher.Append(With($"collect({node}) AS {all}"));
                cypher.Append($"OPTIONAL MATCH ({quotedNode}:Entity) WHERE {quotedNode}.id IN {scope.Parameter(quoted)}\n");
                cypher.Append(With($"{all}, collect({quotedNode}) AS {quotedAll}"));
                cypher.Append(With($"[{item} IN {all} | {item} {{{string.Join(", ", (wantsSentence ? entries.Append(evidence) : entries).Distinct())}}}]"
                    + $" + [{item} IN {quotedAll} | {item} {{{string.Join(", ", (wantsEvidence ? entries.Append(evidence) : entries).Distinct())}}}] AS {column}"));
                shapes.Add(new Shape.Search(field.ResponseKey, column, text, page, offset, hitChildren));
                return;
            }

            var matches = $"({labels}) AND (toLower({node}.name) CONTAINS {needle} OR any({alias} IN coalesce({node}.aliases, []) WHERE toLower({alias}) CONTAINS {needle}))";
            if (fullText && FullTextQuery.CanAnswer(text))
            {
                // Neo4j 5 only. The index proposes candidates; the CONTAINS re-check keeps exactly the nodes the
                // 3.1 path would find (bigram phrases can also match across words or lines). The unit subquery
                // always yields one row (collect), so the root fields before and after it keep theirs.
                var score = scope.Variable("s");
                var ranking = Ranking(node, needle);
                var index = scope.Parameter(LoaderSchema.FullTextIndexName);
                var query = scope.Parameter(FullTextQuery.Phrase(text));
                cypher.Append("CALL {\n");
                cypher.Append($"  CALL db.index.fulltext.queryNodes({index}, {query}) YIELD node AS {node}, score AS {score}\n");
                cypher.Append($"  WHERE {matches}\n");
                cypher.Append($"  WITH {node}, {score} ORDER BY {ranking}\n");
                cypher.Append($"  RETURN collect({node})[{scope.Parameter((long)offset)}..{scope.Parameter((long)offset + first)}] AS {all}\n");
                cypher.Append("}\n");
            }
            else
            {
                cypher.Append($"OPTIONAL MATCH ({node}) WHERE {matches}\n");
                cypher.Append(With($"{node} ORDER BY {Ranking(node, needle)}"));
                cypher.Append(With($"collect({node})[{scope.Parameter((long)offset)}..{scope.Parameter((long)offset + first)}] AS {all}"));
            }

            cypher.Append(With($"[{item} IN {all} | {item} {{{string.Join(", ", (wantsSentence ? entries.Append(evidence) : entries).Distinct())}}}] AS {column}"));
            shapes.Add(new Shape.Search(field.ResponseKey, column, text, null, offset, hitChildren));
        }

        /// <summary>
        /// The search ranking as ORDER BY keys (the in-process index ranks the same way, <see cref="SearchSnapshot"/>):
        /// the whole name or an alias, then a prefix, then inside; shorter names; more supporting documents; name, id.
        /// </summary>
        private string Ranking(string node, string needle)
        {
            var alias = scope.Variable("a");
            var evidence = scope.Variable("e");
            var seen = scope.Variable("u");
            var document = scope.Variable("d");
            string Any(string test) => $"toLower({node}.name) {test} {needle} OR any({alias} IN coalesce({node}.aliases, []) WHERE toLower({alias}) {test} {needle})";
            var rank = $"CASE WHEN {Any("=")} THEN 0 WHEN {Any("STARTS WITH")} THEN 1 ELSE 2 END";
            var documents = $"size(reduce({seen} = [], {document} IN [({evidence}:Evidence)-[:EVIDENCE_FOR]->({node}) | {evidence}.document] | CASE WHEN {document} IN {seen} THEN {seen} ELSE {seen} + {document} END))";
            return $"{rank}, size({node}.name), {documents} DESC, {node}.name, {node}.id";
        }

        private void AddCounts(FieldSelection field, string column, string[] path)
        {
            var children = new List<Shape>();
            foreach (var part in field.Selections)
            {
                string[] partPath = [.. path, part.ResponseKey];
                if (part.Name == "__typename")
                {
                    children.Add(new Shape.Typename(part.ResponseKey, "GraphCounts"));
                    continue;
                }

                var ofNodes = part.Name switch
                {
                    "nodes" => true,
                    "relationships" => false,
                    _ => throw new GraphQueryException($"GraphCounts has no field '{part.Name}'.", partPath),
                };
                var itemType = ofNodes ? "LabelCount" : "RelationshipCount";
                var leaves = part.Selections.Select(leaf => leaf.Name switch
                {
                    "__typename" => new Shape.Typename(leaf.ResponseKey, itemType),
                    "label" when ofNodes => new Shape.CountName(leaf.ResponseKey),
                    "type" when !ofNodes => new Shape.CountName(leaf.ResponseKey),
                    "count" => (Shape)new Shape.CountValue(leaf.ResponseKey),
                    _ => throw new GraphQueryException($"{itemType} has no field '{leaf.Name}'.", [.. partPath, leaf.ResponseKey]),
                }).ToList();
                children.Add(new Shape.CountList(part.ResponseKey, ofNodes, leaves));
            }

            var node = scope.Variable("v");
            var label = scope.Variable("l");
            var count = scope.Variable("k");
            var nodes = scope.Variable("n");
            var relationship = scope.Variable("r");
            var type = scope.Variable("t");
            var relationships = scope.Variable("k");
            var labels = scope.Parameter(PlanGraphModel.Types.Select(t => (object?)t.Label).ToList());
            var types = scope.Parameter(PlanGraph.Core.RelationshipTypes.All.Select(t => (object?)t).ToList());
            cypher.Append($"OPTIONAL MATCH ({node}) WHERE any({label} IN labels({node}) WHERE {label} IN {labels})\n");
            var nodeLabel = scope.Variable("b");
            cypher.Append(With($"head([{label} IN labels({node}) WHERE {label} IN {labels}]) AS {nodeLabel}, count({node}) AS {count}"));
            cypher.Append(With($"collect({{label: {nodeLabel}, count: {count}}}) AS {nodes}"));
            cypher.Append($"OPTIONAL MATCH ()-[{relationship}]->() WHERE type({relationship}) IN {types}\n");
            cypher.Append(With($"{nodes}, type({relationship}) AS {type}, count({relationship}) AS {relationships}"));
            var relationshipList = scope.Variable("q");
            cypher.Append(With($"{nodes}, collect({{type: {type}, count: {relationships}}}) AS {relationshipList}"));
            cypher.Append(With($"{{nodes: {nodes}, relationships: {relationshipList}}} AS {column}"));
            shapes.Add(new Shape.Counts(field.ResponseKey, column, children));
        }

        private PageRequest Page(FieldSelection field, string[] path) => Projector.Page(field, path, limits);

        private static int ToInt(object value, string argument, string[] path) => value switch
        {
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            int i => i,
            _ => throw new GraphQueryException($"{argument}: expected an Int.", path),
        };
    }
}
