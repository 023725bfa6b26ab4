using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Utilities;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.2 Fragment Spread Type Existence and §5.8.2 Variables Are Input Types: every named type exists in the schema.</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    // Types the document itself defines count as known (they matter when SDL is mixed in).
    private readonly HashSet<string> definedTypes = context.Document.Definitions
        .OfType<TypeDefinitionNode>().Where(d => !d.IsExtension).Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);

    private readonly List<string> typeNames = [.. context.Schema.Types.Select(t => t.Name), .. context.Document.Definitions
        .OfType<TypeDefinitionNode>().Where(d => !d.IsExtension).Select(d => d.Name.Value)];

    private IDefinitionNode? definition;

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (parent is DocumentNode && node is IDefinitionNode enclosing)
        {
            definition = enclosing;
        }

        if (node is NamedTypeNode named && Context.Schema.GetType(named.Name.Value) is null && !definedTypes.Contains(named.Name.Value))
        {
            var name = named.Name.Value;
            var inSdl = definition is TypeDefinitionNode or SchemaDefinitionNode or DirectiveDefinitionNode;
            if (inSdl && StandardTypeNames.Contains(name))
            {
                return true;
            }

            var candidates = inSdl ? StandardTypeNames.Concat(typeNames) : typeNames;
            Context.ReportError(new GraphQLError(
                $"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, candidates)),
                [named]));
        }

        return true;
    }
}
