using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2.1 Required Arguments: a non-null argument without a default is given, on fields and on directives.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void Leave(ISyntaxNode node)
    {
        switch (node)
        {
            case FieldNode field when Context.FieldDef is { } definition:
                {
                    var provided = field.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
                    foreach (var argument in definition.Arguments)
                    {
                        if (!provided.Contains(argument.Name) && IsRequired(argument))
                        {
                            Context.ReportError(new GraphQLError(
                                $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{TypeRelations.Print(argument.Type)}\" is required, but it was not provided.",
                                [field]));
                        }
                    }

                    break;
                }

            case DirectiveNode directive when Context.GetDirectiveShape(directive.Name.Value) is { } definition:
                {
                    var provided = directive.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
                    foreach (var (name, type) in definition.RequiredArguments)
                    {
                        if (!provided.Contains(name))
                        {
                            Context.ReportError(new GraphQLError(
                                $"Directive \"@{definition.Name}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                                [directive]));
                        }
                    }

                    break;
                }
        }
    }

    private static bool IsRequired(GraphQLArgument argument) => argument.Type is GraphQLNonNull && !argument.HasDefaultValue;
}
