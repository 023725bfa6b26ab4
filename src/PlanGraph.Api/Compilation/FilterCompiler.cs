using System.Globalization;
using PlanGraph.Api.Schema;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Translates <c>where</c> and <c>order</c> arguments into Cypher expressions over one node variable.
/// Field names are looked up in the model (unknown names are errors); values become parameters.
/// Relationship filters use <c>size([pattern WHERE … | 1])</c>, which Neo4j 3.1 and 5 both run.
/// </summary>
internal sealed class FilterCompiler(CompilationScope scope)
{
    /// <summary>A boolean Cypher expression for the filter, or null when it constrains nothing.</summary>
    public string? Where(object? filter, string variable, NodeType? type, IReadOnlyList<string> path)
    {
        if (filter is null)
        {
            return null;
        }

        var map = AsMap(filter, "where", path);
        var parts = new List<string>();
        foreach (var (field, value) in map)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    var all = AsList(value, "and", path).Select(f => Where(f, variable, type, path) ?? "true").ToList();
                    if (all.Count > 0)
                    {
                        parts.Add("(" + string.Join(" AND ", all) + ")");
                    }

                    break;
                case "or":
                    var any = AsList(value, "or", path).Select(f => Where(f, variable, type, path) ?? "true").ToList();
                    parts.Add(any.Count == 0 ? "false" : "(" + string.Join(" OR ", any) + ")");
                    break;
                case "not":
                    parts.Add("NOT (" + (Where(value, variable, type, path) ?? "true") + ")");
                    break;
                default:
                    parts.Add(FieldCondition(field, value, variable, type, path));
                    break;
            }
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>Sort expressions with their directions, always ending with the id so pages are stable.</summary>
    public IReadOnlyList<(string Expression, bool Descending)> Order(object? order, string variable, NodeType? type, IReadOnlyList<string> path)
    {
        var keys = new List<(string, bool)>();
        if (order is not null)
        {
            var list = order is IReadOnlyDictionary<string, object?> single ? [single] : AsList(order, "order", path);
            foreach (var item in list)
            {
                foreach (var (field, direction) in AsMap(item, "order", path))
                {
                    if (direction is null)
                    {
                        continue;
                    }

                    var descending = direction switch
                    {
                        "ASC" => false,
                        "DESC" => true,
                        _ => throw new GraphQueryException($"order.{field}: expected ASC or DESC, got {direction}.", path),
                    };
                    keys.Add((SortExpression(field, variable, type, path), descending));
                }
            }
        }

        if (keys.Count == 0)
        {
            keys.Add(($"{variable}.name", false));
        }

        keys.Add(($"{variable}.id", false));
        return keys;
    }

    private string SortExpression(string field, string variable, NodeType? type, IReadOnlyList<string> path)
    {
        var property = type is null ? PlanGraphModel.CommonProperties.FirstOrDefault(p => p.Field == field) : type.Property(field);
        if (property is not null && property.Scalar != GraphScalar.StringList)
        {
            return $"{variable}.{property.Property}";
        }

        var relation = type?.Relations.FirstOrDefault(r => !r.Single && PlanGraphSdl.CountSortKey(r) == field);
        if (relation is not null)
        {
            return $"size([{relation.Bind(variable, string.Empty, string.Empty)} | 1])";
        }

        throw new GraphQueryException($"order: {type?.Name ?? PlanGraphModel.NodeInterface} cannot be sorted by '{field}'.", path);
    }

    private string FieldCondition(string field, object value, string variable, NodeType? type, IReadOnlyList<string> path)
    {
        var property = type is null ? PlanGraphModel.CommonProperties.FirstOrDefault(p => p.Field == field) : type.Property(field);
        if (property is not null)
        {
            return ScalarCondition($"{variable}.{property.Property}", property.Scalar, value, field, path);
        }

        var relation = type?.Relation(field);
        if (relation is not null)
        {
            return RelationCondition(relation, value, variable, path);
        }

        throw new GraphQueryException($"where: {type?.Name ?? PlanGraphModel.NodeInterface} has no filterable field '{field}'.", path);
    }

    private string RelationCondition(RelationField relation, object value, string variable, IReadOnlyList<string> path)
    {
        var target = relation.TargetType == PlanGraphModel.NodeInterface ? null : PlanGraphModel.Type(relation.TargetType);
        var parts = new List<string>();
        foreach (var (quantifier, filter) in AsMap(value, relation.Field, path))
        {
            if (filter is null)
            {
                continue;
            }

            var other = scope.Variable("w");
            var pattern = relation.Bind(variable, string.Empty, other);
            switch (quantifier)
            {
                case "some":
                case "none":
                    var condition = Where(filter, other, target, path);
                    var matches = condition is null ? $"[{pattern} | 1]" : $"[{pattern} WHERE {condition} | 1]";
                    parts.Add(quantifier == "some" ? $"size({matches}) > 0" : $"size({matches}) = 0");
                    break;
                case "all":
                    var every = Where(filter, other, target, path);
                    if (every is not null)
                    {
                        parts.Add($"size([{pattern} WHERE NOT ({every}) | 1]) = 0");
                    }

                    break;
                case "count":
                    parts.Add(ScalarCondition($"size([{pattern} | 1])", GraphScalar.Int, filter, relation.Field + ".count", path));
                    break;
                default:
                    throw new GraphQueryException($"where.{relation.Field}: expected some, none, all or count, got '{quantifier}'.", path);
            }
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    private string ScalarCondition(string expression, GraphScalar scalar, object value, string field, IReadOnlyList<string> path)
    {
        var operations = AsMap(value, field, path);
        var parts = new List<string>();
        foreach (var (operation, operand) in operations)
        {
            if (scalar == GraphScalar.StringList)
            {
                if (operand is null)
                {
                    continue;
                }

                var element = scope.Variable("a");
                var list = $"coalesce({expression}, [])";
                parts.Add(operation switch
                {
                    "includes" => $"{scope.Parameter(Text(operand, field, path))} IN {list}",
                    "some" => $"any({element} IN {list} WHERE {ScalarCondition(element, GraphScalar.String, operand, field, path)})",
                    "none" => $"none({element} IN {list} WHERE {ScalarCondition(element, GraphScalar.String, operand, field, path)})",
                    "all" => $"all({element} IN {list} WHERE {ScalarCondition(element, GraphScalar.String, operand, field, path)})",
                    _ => throw Unknown(field, operation, path),
                });
                continue;
            }

            if (operation == "caseInsensitive" && scalar == GraphScalar.String)
            {
                if (operand is not null)
                {
                    parts.Add(CaseInsensitive(expression, operand, field, path));
                }

                continue;
            }

            if (operand is null)
            {
                // eq: null and neq: null ask whether the property is there; other operators ignore null.
                if (operation == "eq")
                {
                    parts.Add($"{expression} IS NULL");
                }
                else if (operation == "neq")
                {
                    parts.Add($"{expression} IS NOT NULL");
                }

                continue;
            }

            var allowed = scalar switch
            {
                GraphScalar.String => StringOperations,
                GraphScalar.Id => IdOperations,
                GraphScalar.Boolean => BooleanOperations,
                _ => NumberOperations,
            };
            if (!allowed.Contains(operation))
            {
                throw Unknown(field, operation, path);
            }

            var parameter = scope.Parameter(operation is "in" or "nin"
                ? AsList(operand, field + "." + operation, path).Select(v => Scalar(v, scalar, field, path)).ToList()
                : Scalar(operand, scalar, field, path));
            parts.Add(operation switch
            {
                "eq" => $"{expression} = {parameter}",
                "neq" => $"{expression} <> {parameter}",
                "in" => $"{expression} IN {parameter}",
                "nin" => $"NOT {expression} IN {parameter}",
                "contains" => $"{expression} CONTAINS {parameter}",
                "ncontains" => $"NOT {expression} CONTAINS {parameter}",
                "startsWith" => $"{expression} STARTS WITH {parameter}",
                "nstartsWith" => $"NOT {expression} STARTS WITH {parameter}",
                "endsWith" => $"{expression} ENDS WITH {parameter}",
                "nendsWith" => $"NOT {expression} ENDS WITH {parameter}",
                "gt" => $"{expression} > {parameter}",
                "gte" => $"{expression} >= {parameter}",
                "lt" => $"{expression} < {parameter}",
                "lte" => $"{expression} <= {parameter}",
                _ => throw Unknown(field, operation, path),
            });
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    private string CaseInsensitive(string expression, object value, string field, IReadOnlyList<string> path)
    {
        var parts = new List<string>();
        foreach (var (operation, operand) in AsMap(value, field + ".caseInsensitive", path))
        {
            if (operand is null)
            {
                continue;
            }

            var lowered = $"toLower({expression})";
            if (operation == "in")
            {
                var values = AsList(operand, field + ".caseInsensitive.in", path).Select(v => Text(v ?? string.Empty, field, path).ToLowerInvariant()).ToList();
                parts.Add($"{lowered} IN {scope.Parameter(values)}");
                continue;
            }

            var parameter = scope.Parameter(Text(operand, field, path).ToLowerInvariant());
            parts.Add(operation switch
            {
                "eq" => $"{lowered} = {parameter}",
                "neq" => $"{lowered} <> {parameter}",
                "contains" => $"{lowered} CONTAINS {parameter}",
                "startsWith" => $"{lowered} STARTS WITH {parameter}",
                "endsWith" => $"{lowered} ENDS WITH {parameter}",
                _ => throw Unknown(field + ".caseInsensitive", operation, path),
            });
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    private static readonly HashSet<string> StringOperations =
        ["eq", "neq", "in", "nin", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "gt", "gte", "lt", "lte"];

    private static readonly HashSet<string> IdOperations = ["eq", "neq", "in", "nin", "startsWith"];

    private static readonly HashSet<string> BooleanOperations = ["eq", "neq"];

    private static readonly HashSet<string> NumberOperations = ["eq", "neq", "in", "nin", "gt", "gte", "lt", "lte"];

    private static object? Scalar(object? value, GraphScalar scalar, string field, IReadOnlyList<string> path) => scalar switch
    {
        GraphScalar.Int => value switch
        {
            null => null,
            long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            _ => throw new GraphQueryException($"where.{field}: expected an Int, got {Describe(value)}.", path),
        },
        GraphScalar.Float => value switch
        {
            null => null,
            long or int or double or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ => throw new GraphQueryException($"where.{field}: expected a Float, got {Describe(value)}.", path),
        },
        GraphScalar.Boolean => value is null or bool ? value : throw new GraphQueryException($"where.{field}: expected a Boolean, got {Describe(value)}.", path),
        _ => value is null ? null : Text(value, field, path),
    };

    private static string Text(object value, string field, IReadOnlyList<string> path)
        => value as string ?? throw new GraphQueryException($"where.{field}: expected a String, got {Describe(value)}.", path);

    private static GraphQueryException Unknown(string field, string operation, IReadOnlyList<string> path)
        => new($"where.{field}: unknown operation '{operation}'.", path);

    internal static IReadOnlyDictionary<string, object?> AsMap(object? value, string what, IReadOnlyList<string> path)
        => value as IReadOnlyDictionary<string, object?> ?? throw new GraphQueryException($"{what}: expected an input object, got {Describe(value)}.", path);

    internal static IReadOnlyList<object?> AsList(object? value, string what, IReadOnlyList<string> path) => value switch
    {
        IReadOnlyList<object?> list => list,
        null => [],
        // GraphQL input coercion: a single value where a list is expected is a list of one.
        _ => [value],
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.GetType().Name,
    };
}
