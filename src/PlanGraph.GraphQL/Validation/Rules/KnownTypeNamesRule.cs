using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Utilities;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.2 Fragment Spread Type Existence and §5.8.2 Variables Are Input Types: every named type exists in the schema.</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<string> typeNames = [.. context.Schema.Types.Select(t => t.Name)];

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is NamedTypeNode named && Context.Schema.GetType(named.Name.Value) is null)
        {
            var name = named.Name.Value;
            Context.ReportError(new GraphQLError(
                $"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, typeNames)),
                [named]));
        }

        return true;
    }
}
