using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2 Argument Uniqueness, for fields and directives: one error per repeated name, pointing at each use.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is null)
        {
            return true;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                Context.ReportError(new GraphQLError(
                    $"There can be only one argument named \"{group.Key}\".",
                    [.. group.Select(a => (ISyntaxNode)a.Name)]));
            }
        }

        return true;
    }
}
