using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness: each repeat is reported against the first use, per object literal.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, NameNode>> outer = new();
    private Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case ObjectValueNode:
                outer.Push(known);
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                break;
            case ObjectFieldNode field:
                var name = field.Name;
                if (known.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError(new GraphQLError($"There can be only one input field named \"{name.Value}\".", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }

                break;
        }

        return true;
    }

    public override void Leave(ISyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            known = outer.Pop();
        }
    }
}
