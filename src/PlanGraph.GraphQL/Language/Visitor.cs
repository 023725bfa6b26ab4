namespace PlanGraph.GraphQL.Language;

/// <summary>
/// Depth-first walk of an AST (graphql-js visit): <c>enter</c> before a node's children, <c>leave</c>
/// after them, each with the node's ancestors (root first); either may skip a subtree or stop the walk.
/// Children come in source order, the order graphql-js's QueryDocumentKeys gives.
/// </summary>
public static class Visitor
{
    public delegate VisitAction Callback(ISyntaxNode node, IReadOnlyList<ISyntaxNode> ancestors);

    /// <summary>Walks <paramref name="root"/>; returns false when a callback broke the walk off.</summary>
    public static bool Visit(ISyntaxNode root, Callback? enter = null, Callback? leave = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var ancestors = new List<ISyntaxNode>();
        return Walk(root, ancestors, enter, leave);
    }

    /// <summary>Every node of the tree in visiting order, the root first.</summary>
    public static IEnumerable<ISyntaxNode> Descendants(ISyntaxNode root)
    {
        var nodes = new List<ISyntaxNode>();
        Visit(root, (node, _) =>
        {
            nodes.Add(node);
            return VisitAction.Continue;
        });
        return nodes;
    }

    private static bool Walk(ISyntaxNode node, List<ISyntaxNode> ancestors, Callback? enter, Callback? leave)
    {
        switch (enter?.Invoke(node, ancestors) ?? VisitAction.Continue)
        {
            case VisitAction.Break:
                return false;
            case VisitAction.Skip:
                return true;
        }

        ancestors.Add(node);
        foreach (var child in Children(node))
        {
            if (!Walk(child, ancestors, enter, leave))
            {
                return false;
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
        return (leave?.Invoke(node, ancestors) ?? VisitAction.Continue) != VisitAction.Break;
    }

    /// <summary>A node's children in source order.</summary>
    public static IEnumerable<ISyntaxNode> Children(ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        IEnumerable<ISyntaxNode?> children = node switch
        {
            DocumentNode d => d.Definitions,
            OperationDefinitionNode o => [o.Description, o.Name, .. o.VariableDefinitions, .. o.Directives, o.SelectionSet],
            VariableDefinitionNode v => [v.Description, v.Variable, v.Type, v.DefaultValue, .. v.Directives],
            VariableNode v => [v.Name],
            SelectionSetNode s => s.Selections,
            FieldNode f => [f.Alias, f.Name, .. f.Arguments, .. f.Directives, f.SelectionSet],
            ArgumentNode a => [a.Name, a.Value],
            FragmentSpreadNode s => [s.Name, .. s.Directives],
            InlineFragmentNode i => [i.TypeCondition, .. i.Directives, i.SelectionSet],
            FragmentDefinitionNode f => [f.Description, f.Name, f.TypeCondition, .. f.Directives, f.SelectionSet],
            ListValueNode l => l.Values,
            ObjectValueNode o => o.Fields,
            ObjectFieldNode f => [f.Name, f.Value],
            DirectiveNode d => [d.Name, .. d.Arguments],
            NamedTypeNode t => [t.Name],
            ListTypeNode t => [t.Type],
            NonNullTypeNode t => [t.Type],
            SchemaDefinitionNode s => [s.Description, .. s.Directives, .. s.OperationTypes],
            OperationTypeDefinitionNode o => [o.Type],
            TypeDefinitionNode t => [t.Description, t.Name, .. t.Interfaces, .. t.Directives, .. t.Fields, .. t.UnionMembers, .. t.EnumValues, .. t.InputFields],
            FieldDefinitionNode f => [f.Description, f.Name, .. f.Arguments, f.Type, .. f.Directives],
            InputValueDefinitionNode i => [i.Description, i.Name, i.Type, i.DefaultValue, .. i.Directives],
            EnumValueDefinitionNode e => [e.Description, e.Name, .. e.Directives],
            DirectiveDefinitionNode d => [d.Description, d.Name, .. d.Arguments, .. d.Locations],
            _ => [],
        };
        return children.OfType<ISyntaxNode>();
    }
}
