using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// What a rule may ask while the document is walked: the schema, the document, the types in scope
/// (from <see cref="TypeInfo"/>), fragments and variable usages (computed once, shared by all rules);
/// and where to report an error.
/// </summary>
public sealed class ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
{
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> referencedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<IReadOnlyList<FragmentDefinitionNode>, IReadOnlyList<VariableUsage>> fragmentVariableUsages = new(ReferenceEqualityComparer.Instance);
    private int remainingFragmentWork = 50_000;
    private readonly Dictionary<ISyntaxNode, IReadOnlyList<VariableUsage>> variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? fragments;
    private Dictionary<string, DirectiveShape>? directiveShapes;

    public GraphQLSchema Schema => schema;

    public DocumentNode Document => document;

    public IGraphQLType? Type => typeInfo.Type;

    public IGraphQLType? ParentType => typeInfo.ParentType;

    public IGraphQLType? InputType => typeInfo.InputType;

    public IGraphQLType? ParentInputType => typeInfo.ParentInputType;

    public GraphQLField? FieldDef => typeInfo.FieldDef;

    public GraphQLDirective? Directive => typeInfo.Directive;

    public GraphQLArgument? Argument => typeInfo.Argument;

    public void ReportError(GraphQLError error) => onError(error);

    /// <summary>
    /// A directive by name: one defined in the document itself wins over the schema's (graphql-js lets SDL
    /// mixed into a document declare directives), so its locations, arguments and repeatability apply.
    /// </summary>
    public DirectiveShape? GetDirectiveShape(string name)
    {
        directiveShapes ??= BuildDirectiveShapes();
        return directiveShapes.GetValueOrDefault(name);
    }

    private Dictionary<string, DirectiveShape> BuildDirectiveShapes()
    {
        var shapes = new Dictionary<string, DirectiveShape>(StringComparer.Ordinal);
        foreach (var directive in schema.Directives)
        {
            shapes[directive.Name] = new DirectiveShape(
                directive.Name,
                [.. directive.Locations.Select(DirectiveLocations.Name)],
                [.. directive.Arguments.Select(a => a.Name)],
                [.. directive.Arguments.Where(a => a.Type is GraphQLNonNull && !a.HasDefaultValue).Select(a => (a.Name, TypeRelations.Print(a.Type)))],
                directive.IsRepeatable);
        }

        foreach (var definition in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            shapes[definition.Name.Value] = new DirectiveShape(
                definition.Name.Value,
                [.. definition.Locations.Select(l => l.Value)],
                [.. definition.Arguments.Select(a => a.Name.Value)],
                [.. definition.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null).Select(a => (a.Name.Value, PrintTypeNode(a.Type)))],
                definition.Repeatable);
        }

        return shapes;
    }

    private static string PrintTypeNode(ITypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintTypeNode(list.Type) + "]",
        NonNullTypeNode nonNull => PrintTypeNode(nonNull.Type) + "!",
        _ => string.Empty,
    };

    /// <summary>The first fragment definition with that name (duplicates are UniqueFragmentNames' concern).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (fragments is null)
        {
            fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // The last definition wins, as a JavaScript object keyed by name does.
                    fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads inside a selection set at any depth (not following spreads), in graphql-js's
    /// order: a selection set's own spreads first, then nested sets last-first.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(selectionSet);
        while (toVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } nested }:
                        toVisit.Push(nested);
                        break;
                    case InlineFragmentNode inline:
                        toVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragments([operation]);

    /// <summary>
    /// Every fragment some of the operations use, each once, in discovery order. Cached by the set of
    /// fragments the operations spread directly, so operations spreading the same ones share the work.
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var key = string.Join(",", names.Order(StringComparer.Ordinal));
        if (referencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        SpendFragmentWork(names.Count);
        var result = new List<FragmentDefinitionNode>();

        // The list grows while it is read, as a JavaScript Set does while iterated.
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            result.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        referencedFragments[key] = result;
        return result;
    }

    /// <summary>
    /// Charges fragment and variable bookkeeping against a fixed budget (graphql-js's 50,000 units), so a
    /// document built to make these walks explode ends validation with "Validation aborted." instead.
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        remainingFragmentWork -= cost;
        if (remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    /// <summary>The variables used as values inside an operation or fragment (not in variable definitions), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ISyntaxNode operationOrFragment)
    {
        if (variableUsages.TryGetValue(operationOrFragment, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>();
        var localTypes = new TypeInfo(schema);
        var collector = new VariableUsageCollector(this, localTypes, usages);
        new DocumentWalker(localTypes, [collector]).Walk(operationOrFragment);
        variableUsages[operationOrFragment] = usages;
        return usages;
    }

    /// <summary>The variable usages of an operation and of every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var collected = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                collected.AddRange(local);
            }

            fragmentVariableUsages[fragments] = fragmentUsages = collected;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(ValidationContext context, TypeInfo types, List<VariableUsage> usages) : ValidationRule(context)
    {
        public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return false;
                case VariableNode variable:
                    usages.Add(new VariableUsage(variable, types.InputType, types.HasDefaultValue, types.ParentInputType));
                    break;
            }

            return true;
        }
    }
}
