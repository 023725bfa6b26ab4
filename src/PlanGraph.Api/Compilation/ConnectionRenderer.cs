using System.Text;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Renders <see cref="ConnectionRead"/>s for one kind of server, root and nested alike, and says how their items
/// come back (<see cref="ConnectionItems"/>). Two renderers, chosen once per statement from the dialect
/// (<c>ISchemaDialect.SupportsSubqueryExpressions</c>); the class is closed (private constructor, nested sealed kinds).
/// </summary>
internal abstract class ConnectionRenderer
{
    private ConnectionRenderer()
    {
    }

    /// <summary>Neo4j 3.x, 4.4 and 5.0–5.5: pattern comprehensions and clauses, in the common subset of Cypher 3.1 and 5.</summary>
    public static ConnectionRenderer Comprehensions { get; } = new PatternComprehensions();

    /// <summary>Neo4j 5.6 and later: <c>COUNT { }</c> and <c>COLLECT { }</c> subquery expressions; the server sorts and pages.</summary>
    public static ConnectionRenderer Subqueries { get; } = new SubqueryExpressions();

    /// <summary>The renderer for a server with or without subquery expressions.</summary>
    public static ConnectionRenderer For(bool subqueryExpressions) => subqueryExpressions ? Subqueries : Comprehensions;

    /// <summary>A nested connection: the expression of its map entry, and how its items come back.</summary>
    public (string Expression, ConnectionItems Items) Nested(ConnectionRead read, CompilationScope scope)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.CountOnly)
        {
            // Count in Neo4j instead of shipping every related node (ids for transitive fields, made distinct by the shaper).
            return read.Distinct
                ? ($"[{read.Match} | {read.Reached}.id]", new ConnectionItems.Counted(Distinct: true))
                : ($"size([{read.Match} | 1])", new ConnectionItems.Counted(Distinct: false));
        }

        return NestedItems(read, scope);
    }

    /// <summary>A root connection: appends the clauses that bind <paramref name="column"/> (after <paramref name="with"/>'s carried columns).</summary>
    public abstract ConnectionItems Root(ConnectionRead read, CompilationScope scope, Func<string, string> with, StringBuilder cypher, string column);

    private protected abstract (string Expression, ConnectionItems Items) NestedItems(ConnectionRead read, CompilationScope scope);

    /// <summary>The property a sort expression reads from <paramref name="variable"/> ("m3.name" → "name"), or null for a computed key.</summary>
    private static string? PlainProperty(string expression, string variable)
    {
        var prefix = variable + ".";
        if (!expression.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var property = expression[prefix.Length..];
        return property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? property : null;
    }

    private sealed class PatternComprehensions : ConnectionRenderer
    {
        public override ConnectionItems Root(ConnectionRead read, CompilationScope scope, Func<string, string> with, StringBuilder cypher, string column)
        {
            ArgumentNullException.ThrowIfNull(read);
            ArgumentNullException.ThrowIfNull(scope);
            ArgumentNullException.ThrowIfNull(with);
            ArgumentNullException.ThrowIfNull(cypher);
            var all = scope.Variable("c");
            cypher.Append($"OPTIONAL MATCH {read.Match}\n");
            var from = scope.Parameter((long)read.Page.Offset);
            var to = scope.Parameter((long)read.Page.Offset + read.Page.First);
            if (SortedByItsOwnFields(read, scope) is { } reused)
            {
                // Each computed key (a count) is bound once, sorted by and projected from its variable: inside the list
                // comprehension below Neo4j 3.1 would count again, interpreted, per item. The map holds nothing but
                // properties and those keys, so projecting every item before the slice costs a property read each.
                cypher.Append(with($"{read.Reached}, {string.Join(", ", reused.Bound)} ORDER BY {string.Join(", ", reused.Sort)}"));
                cypher.Append(with($"collect({read.Reached} {{{string.Join(", ", reused.Entries)}}}) AS {all}"));
                cypher.Append(with($"{{total: size({all}), items: {all}[{from}..{to}]}} AS {column}"));
                return new ConnectionItems.Paged(WithEdges: false);
            }

            cypher.Append(with($"{read.Reached} ORDER BY {string.Join(", ", read.Sort)}"));
            cypher.Append(with($"collect({read.Reached}) AS {all}"));

            // The reached variable is out of scope after collect(), so the list comprehension binds it again:
            // the node map reads it as the nested reads do (and Neo4j 3.1 needs the node bound by a list for
            // the evidence pattern, docs/api.md).
            cypher.Append(with($"{{total: size({all}), items: [{read.Reached} IN {all}[{from}..{to}] | {read.NodeMap()}]}} AS {column}"));
            return new ConnectionItems.Paged(WithEdges: false);
        }

        /// <summary>
        /// When the root's map holds only properties and computed sort keys (<c>places(order: {projectsCount: DESC})
        /// { nodes { name projects { totalCount } } }</c>): the keys bound to variables, the sort over them, and the
        /// entries with each key read from its variable; otherwise null.
        /// </summary>
        private static (List<string> Bound, List<string> Sort, List<string> Entries)? SortedByItsOwnFields(ConnectionRead read, CompilationScope scope)
        {
            var computed = read.Sort.Where(key => PlainProperty(key.Expression, read.Reached) is null).Select(key => key.Expression).Distinct().ToList();
            if (computed.Count == 0)
            {
                return null;
            }

            // Each entry is a plain property or a computed key; the variables are taken only when one is reused.
            var entries = read.NodeEntries.Distinct().ToList();
            var keyOf = entries.ConvertAll(entry => entry.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && computed.Contains(entry[(colon + 2)..]) ? entry[(colon + 2)..] : null);
            if (keyOf.TrueForAll(key => key is null)
                || entries.Where((entry, i) => keyOf[i] is null).Any(entry => PlainProperty(read.Reached + entry, read.Reached) is null))
            {
                return null;
            }

            var variables = computed.ToDictionary(expression => expression, _ => scope.Variable("k"), StringComparer.Ordinal);
            return ([.. variables.Select(pair => $"{pair.Key} AS {pair.Value}")],
                [.. read.Sort.Select(key => variables.TryGetValue(key.Expression, out var bound) ? new SortKey(bound, key.Descending).ToString() : key.ToString())],
                [.. entries.Select((entry, i) => keyOf[i] is { } key ? $"{entry[..entry.IndexOf(": ", StringComparison.Ordinal)]}: {variables[key]}" : entry)]);
        }

        private protected override (string Expression, ConnectionItems Items) NestedItems(ConnectionRead read, CompilationScope scope)
        {
            // Sort keys that are properties of the related node travel in its map (read by the shaper there)
            // rather than in a list of their own, which costs Neo4j a second read of each.
            var properties = read.Sort.Select(key => PlainProperty(key.Expression, read.Reached)).ToList();
            var descending = read.Sort.Select(key => key.Descending).ToList();
            if (properties.TrueForAll(p => p is not null))
            {
                // The last key is the id, which also makes a transitive relation distinct.
                var keys = properties.ConvertAll(p => p!);
                return ($"[{read.Match} | {{n: {read.NodeMap(keys.Select(p => "." + p))}, e: {read.EdgeMap}}}]", new ConnectionItems.All(descending, keys, read.Distinct));
            }

            // The shaper makes a transitive relation distinct by the id, so it travels then.
            var map = read.Distinct ? read.NodeMap([".id"]) : read.NodeMap();
            return ($"[{read.Match} | {{n: {map}, e: {read.EdgeMap}, s: [{string.Join(", ", read.Sort.Select(k => k.Expression))}]}}]", new ConnectionItems.All(descending, null, read.Distinct));
        }
    }

    private sealed class SubqueryExpressions : ConnectionRenderer
    {
        public override ConnectionItems Root(ConnectionRead read, CompilationScope scope, Func<string, string> with, StringBuilder cypher, string column)
        {
            ArgumentNullException.ThrowIfNull(with);
            ArgumentNullException.ThrowIfNull(cypher);
            cypher.Append(with($"{Paged(read, scope)} AS {column}"));
            return new ConnectionItems.Paged(WithEdges: false);
        }

        private protected override (string Expression, ConnectionItems Items) NestedItems(ConnectionRead read, CompilationScope scope)
            => (Paged(read, scope), new ConnectionItems.Paged(WithEdges: true));

        /// <summary>
        /// <c>{total, items}</c> with the items sorted, made distinct and paged by the server. A node reached twice
        /// keeps the first relationship found, as the shaper does on other servers.
        /// </summary>
        private static string Paged(ConnectionRead read, CompilationScope scope)
        {
            ArgumentNullException.ThrowIfNull(read);
            ArgumentNullException.ThrowIfNull(scope);
            var item = scope.Variable("i");
            var skip = scope.Parameter((long)read.Page.Offset);
            var limit = scope.Parameter((long)read.Page.First);
            var group = read.Via is not { } via ? $"WITH {read.Reached}"
                : read.Distinct ? $"WITH {read.Reached}, head(collect({via})) AS {via}"
                : $"WITH {read.Reached}, {via}";
            var total = read.Distinct
                ? $"size(COLLECT {{ MATCH {read.Match} RETURN DISTINCT {read.Reached}.id AS {item} }})"
                : $"COUNT {{ MATCH {read.Match} }}";
            var projection = read.Via is null ? read.NodeMap() : $"{{n: {read.NodeMap()}, e: {read.EdgeMap}}}";
            return $"{{total: {total}, items: COLLECT {{ MATCH {read.Match} {group} ORDER BY {string.Join(", ", read.Sort)} SKIP {skip} LIMIT {limit} RETURN {projection} AS {item} }}}}";
        }
    }
}
