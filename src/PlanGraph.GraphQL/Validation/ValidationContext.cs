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
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ISyntaxNode, IReadOnlyList<VariableUsage>> variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? fragments;

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
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var result = new List<FragmentDefinitionNode>();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (seen.Add(spread.Name.Value))
            {
                names.Add(spread.Name.Value);
            }
        }

        // The list grows while it is read, as a JavaScript Set does while iterated.
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            result.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        referencedFragments[operation] = result;
        return result;
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

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

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
