using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Utilities;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case DirectiveNode directive:
                if (Context.GetDirectiveShape(directive.Name.Value) is { } definition)
                {
                    var known = definition.ArgumentNames;
                    foreach (var argument in directive.Arguments)
                    {
                        var name = argument.Name.Value;
                        if (!known.Contains(name))
                        {
                            Context.ReportError(new GraphQLError(
                                $"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.For(name, known)),
                                [argument]));
                        }
                    }
                }

                // Directive arguments are settled here; the field check below must not see them.
                return false;
            case ArgumentNode argument when Context.Argument is null && Context.FieldDef is { } field && Context.ParentType is INamedType parentType:
                {
                    var name = argument.Name.Value;
                    Context.ReportError(new GraphQLError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(Suggestions.For(name, field.Arguments.Select(a => a.Name))),
                        [argument]));
                    return true;
                }

            default:
                return true;
        }
    }
}
