using System.Text;
using System.Text.Json;
using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging: fields with the same response name must be the same field with
/// the same arguments (unless their parents can never both apply) and must have compatible result shapes,
/// recursively. Following graphql-js, work is shared and bounded: the fields of a selection set are
/// collected once per parent type, fragment pairs and field-to-fragment comparisons are remembered (with
/// whether the parents were mutually exclusive), the overlap of two field maps, each pair's verdict and
/// each argument value's canonical form are cached, and a work budget aborts validation on documents
/// built to explode.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private static readonly object UnknownType = new();

    private readonly Dictionary<string, Dictionary<string, bool>> comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<object, Dictionary<SelectionSetNode, FieldsAndFragments>> collected = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IValueNode, string> canonicalValues = new(ReferenceEqualityComparer.Instance);
    private int remainingBudget = MaxComplexityBudget;

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is not SelectionSetNode selectionSet || parent is InlineFragmentNode)
        {
            return true;
        }

        // One field alone cannot conflict; an inline fragment may still hide several.
        if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
        {
            return true;
        }

        foreach (var conflict in FindConflictsWithin(Context.ParentType, selectionSet))
        {
            Context.ReportError(new GraphQLError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]));
        }

        return true;
    }

    private List<Conflict> FindConflictsWithin(IGraphQLType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = CollectFields(parentType, selectionSet);

        // (A) Conflicts among the fields selected directly (inline fragments included).
        CollectConflictsWithin(conflicts, fields.Grouped);

        // (B) and (C): each spread fragment against those fields and against the other spreads.
        if (fields.FragmentNames.Count != 0 && (fields.Grouped.Count != 0 || fields.FragmentNames.Count > 1))
        {
            for (var i = 0; i < fields.FragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fields.FragmentNames[i]);
                for (var j = i + 1; j < fields.FragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fields.FragmentNames[i], fields.FragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments fields, string fragmentName)
    {
        Spend(1);
        if (fields.Grouped.Count == 0)
        {
            return;
        }

        // A comparison made with overlapping parents also settles the mutually exclusive case, not the reverse.
        fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
        {
            return;
        }

        fields.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        // (D) The fields against the fragment's own fields, then (E) against the fragments it spreads.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2 || PairCompared(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        AddComparedPair(fragmentName1, fragmentName2, mutuallyExclusive);
        var fragment1 = Context.GetFragment(fragmentName1);
        var fragment2 = Context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);

        // (F) The two fragments' fields, then (G) each against the fragments the other spreads.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, IGraphQLType? parentType1, SelectionSetNode selectionSet1, IGraphQLType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fields2 = CollectFields(parentType2, selectionSet2);

        // (H) Field against field, (I) fields against the other side's fragments, (J) fragment against fragment.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, OrderedFields grouped)
    {
        foreach (var (responseName, fields) in grouped.Entries)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentsMutuallyExclusive, FieldsAndFragments fields1, FieldsAndFragments fields2)
    {
        if (fields1.Grouped.Count == 0 || fields2.Grouped.Count == 0)
        {
            return;
        }

        foreach (var (responseName, list1, list2) in OverlappingFields(fields1, fields2))
        {
            foreach (var field1 in list1)
            {
                foreach (var field2 in list2)
                {
                    if (FindConflict(parentsMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(FieldsAndFragments fields1, FieldsAndFragments fields2)
    {
        fields1.Overlaps ??= new Dictionary<FieldsAndFragments, List<(string, List<FieldDetails>, List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
        if (fields1.Overlaps.TryGetValue(fields2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, list1) in fields1.Grouped.Entries)
        {
            Spend(1);
            if (fields2.Grouped.TryGet(responseName) is { } list2)
            {
                overlapping.Add((responseName, list1, list2));
            }
        }

        fields1.Overlaps[fields2] = overlapping;
        return overlapping;
    }

    /// <summary>Whether two fields with one response name conflict, and why.</summary>
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields on two different object types can never both be in one result, so only shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is GraphQLObjectType && field2.ParentType is GraphQLObjectType);
        Spend(2);

        var node1 = field1.Node;
        var node2 = field2.Node;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf
            && TypeRelations.AreEqual(field1.Definition?.Type, field2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            field1.Info.TypeString ??= TypeRelations.Print(type1);
            field2.Info.TypeString ??= TypeRelations.Print(type2);
            return new Conflict(
                responseName,
                $"they return conflicting types \"{field1.Info.TypeString}\" and \"{field2.Info.TypeString}\"",
                [node1],
                [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive, field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        if (arguments1.Count == 0)
        {
            return true;
        }

        var values2 = new Dictionary<string, IValueNode>(StringComparer.Ordinal);
        foreach (var argument in arguments2)
        {
            values2[argument.Name.Value] = argument.Value;
        }

        foreach (var argument in arguments1)
        {
            Spend(1);
            if (!values2.TryGetValue(argument.Name.Value, out var value2) || Canonical(argument.Value) != Canonical(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value's identity for comparison: kind and content, object fields in name order, variables by name.</summary>
    private string Canonical(IValueNode value)
    {
        if (canonicalValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        Write(builder, value);
        var result = builder.ToString();
        canonicalValues[value] = result;
        return result;

        static void Write(StringBuilder builder, IValueNode value)
        {
            switch (value)
            {
                case VariableNode v:
                    builder.Append("V").Append(JsonSerializer.Serialize(v.Name.Value));
                    break;
                case ObjectValueNode o:
                    builder.Append("O{");
                    foreach (var field in o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(JsonSerializer.Serialize(field.Name.Value)).Append(':');
                        Write(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
                case ListValueNode l:
                    builder.Append("L[");
                    foreach (var item in l.Values)
                    {
                        Write(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case StringValueNode s:
                    builder.Append(s.Block ? "B" : "S").Append(JsonSerializer.Serialize(s.Value));
                    break;
                case IntValueNode i:
                    builder.Append("I").Append(i.Value);
                    break;
                case FloatValueNode f:
                    builder.Append("F").Append(f.Value);
                    break;
                case BooleanValueNode b:
                    builder.Append(b.Value ? "T" : "X");
                    break;
                case NullValueNode:
                    builder.Append("N");
                    break;
                case EnumValueNode e:
                    builder.Append("E").Append(e.Value);
                    break;
            }
        }
    }

    /// <summary>Two result shapes conflict when a value could not be both: list against non-list, nullability, or different leaf types.</summary>
    private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
    {
        while (true)
        {
            if (TypeRelations.AreEqual(type1, type2))
            {
                return false;
            }

            Spend(1);
            switch (type1, type2)
            {
                case (GraphQLList list1, GraphQLList list2):
                    type1 = list1.OfType;
                    type2 = list2.OfType;
                    continue;
                case (GraphQLList, _) or (_, GraphQLList):
                    return true;
                case (GraphQLNonNull nonNull1, GraphQLNonNull nonNull2):
                    type1 = nonNull1.OfType;
                    type2 = nonNull2.OfType;
                    continue;
                case (GraphQLNonNull, _) or (_, GraphQLNonNull):
                    return true;
            }

            return (TypeRelations.IsLeaf(type1) || TypeRelations.IsLeaf(type2)) && !ReferenceEquals(type1, type2);
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, c => c.Fields1),
            ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    /// <summary>The enclosing field, then the conflicting subfields, at most twenty nodes, keeping the innermost of each.</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void Spend(int cost)
    {
        remainingBudget -= cost;
        if (remainingBudget < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    private bool PairCompared(string a, string b, bool mutuallyExclusive) =>
        PairComparedOneWay(a, b, mutuallyExclusive) || PairComparedOneWay(b, a, mutuallyExclusive);

    private bool PairComparedOneWay(string a, string b, bool mutuallyExclusive) =>
        comparedFragmentPairs.TryGetValue(a, out var inner) && inner.TryGetValue(b, out var exclusive)
        && (mutuallyExclusive || !exclusive);

    private void AddComparedPair(string a, string b, bool mutuallyExclusive)
    {
        if (!comparedFragmentPairs.TryGetValue(a, out var inner))
        {
            comparedFragmentPairs[a] = inner = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        inner[b] = mutuallyExclusive;
    }

    private FieldsAndFragments CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeRelations.FromAst(Context.Schema, fragment.TypeCondition), fragment.SelectionSet);

    /// <summary>The fields of a selection set by response name (inline fragments flattened) and the fragments it spreads, once per parent type.</summary>
    private FieldsAndFragments CollectFields(IGraphQLType? parentType, SelectionSetNode selectionSet)
    {
        var key = (object?)parentType ?? UnknownType;
        if (!collected.TryGetValue(key, out var bySelectionSet))
        {
            collected[key] = bySelectionSet = new Dictionary<SelectionSetNode, FieldsAndFragments>(ReferenceEqualityComparer.Instance);
        }

        if (bySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var result = new FieldsAndFragments();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, result, fragmentNames);
        bySelectionSet[selectionSet] = result;
        return result;

        void Collect(IGraphQLType? type, SelectionSetNode set, FieldsAndFragments into, HashSet<string> names)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        {
                            var definition = type switch
                            {
                                GraphQLObjectType o => o.Fields.GetValueOrDefault(field.Name.Value),
                                GraphQLInterfaceType i => i.Fields.GetValueOrDefault(field.Name.Value),
                                _ => null,
                            };
                            var responseName = field.Alias?.Value ?? field.Name.Value;
                            into.Grouped.Add(responseName, new FieldDetails(type, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                            break;
                        }

                    case FragmentSpreadNode spread:
                        if (names.Add(spread.Name.Value))
                        {
                            into.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inline:
                        {
                            var inlineType = inline.TypeCondition is { } condition ? TypeRelations.FromAst(Context.Schema, condition) : type;
                            Collect(inlineType, inline.SelectionSet, into, names);
                            break;
                        }
                }
            }
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>A selected field with the type it is selected on and its definition there (null when unknown).</summary>
    private sealed class FieldDetails(IGraphQLType? parentType, FieldNode node, GraphQLField? definition, bool isSimpleLeaf)
    {
        private FieldInfo? info;

        public IGraphQLType? ParentType => parentType;

        public FieldNode Node => node;

        public GraphQLField? Definition => definition;

        public bool IsSimpleLeaf => isSimpleLeaf;

        /// <summary>Built only when the field overlaps another.</summary>
        public FieldInfo Info => info ??= new FieldInfo(TypeRelations.NamedType(definition?.Type));
    }

    private sealed class FieldInfo(IGraphQLType? namedType)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public IGraphQLType? NamedType => namedType;

        public string? TypeString { get; set; }
    }

    private sealed class FieldsAndFragments
    {
        public OrderedFields Grouped { get; } = new();

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<FieldsAndFragments, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlaps { get; set; }
    }

    /// <summary>Fields grouped by response name, in the order names first appear.</summary>
    private sealed class OrderedFields
    {
        private readonly Dictionary<string, List<FieldDetails>> byName = new(StringComparer.Ordinal);
        private readonly List<(string, List<FieldDetails>)> entries = [];

        public int Count => entries.Count;

        public IReadOnlyList<(string ResponseName, List<FieldDetails> Fields)> Entries => entries;

        public List<FieldDetails>? TryGet(string responseName) => byName.GetValueOrDefault(responseName);

        public void Add(string responseName, FieldDetails field)
        {
            if (!byName.TryGetValue(responseName, out var list))
            {
                byName[responseName] = list = [];
                entries.Add((responseName, list));
            }

            list.Add(field);
        }
    }
}
