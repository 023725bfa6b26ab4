using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Utilities;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.1 Field Selections: a selected field exists on the type it is selected on. The message
/// suggests the types to spread on (for an abstract type), else similarly spelled fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        if (node is not FieldNode field || Context.ParentType is not INamedType type || Context.FieldDef is not null)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames((IGraphQLType)type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(SuggestedFieldNames((IGraphQLType)type, fieldName));
        }

        Context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, [field]));
        return true;
    }

    /// <summary>The object types and interfaces under an abstract type that do define the field: most used first, super types before subtypes.</summary>
    private List<string> SuggestedTypeNames(IGraphQLType type, string fieldName)
    {
        if (!TypeRelations.IsAbstract(type))
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<INamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (!possible.Fields.ContainsKey(fieldName))
            {
                continue;
            }

            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }

            usage[possible.Name] = 1;
            foreach (var implemented in possible.Interfaces)
            {
                if (!implemented.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                if (!suggested.Contains(implemented))
                {
                    suggested.Add(implemented);
                }

                usage[implemented.Name] = usage.GetValueOrDefault(implemented.Name) + 1;
            }
        }

        JavaScriptSort.Sort(suggested, (a, b) =>
        {
            var byUsage = usage[b.Name] - usage[a.Name];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is GraphQLInterfaceType && schema.IsSubType((IGraphQLType)a, (IGraphQLType)b))
            {
                return -1;
            }

            if (b is GraphQLInterfaceType && schema.IsSubType((IGraphQLType)b, (IGraphQLType)a))
            {
                return 1;
            }

            return NaturalOrder.Compare(a.Name, b.Name);
        });
        return [.. suggested.Select(t => t.Name)];
    }

    private static IReadOnlyList<string> SuggestedFieldNames(IGraphQLType type, string fieldName) => type switch
    {
        GraphQLObjectType o => Suggestions.For(fieldName, o.Fields.Keys),
        GraphQLInterfaceType i => Suggestions.For(fieldName, i.Fields.Keys),
        _ => [],
    };
}
