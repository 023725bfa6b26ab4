using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): all rules in one walk. As graphql-js,
/// stops after <see cref="DefaultMaxErrors"/> errors and reports a rule's exhausted work budget as a final error.
/// </summary>
public static class DocumentValidator
{
    public const int DefaultMaxErrors = 100;

    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) =>
        Validate(schema, document, SpecifiedRules.All, DefaultMaxErrors);

    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, IReadOnlyList<Func<ValidationContext, ValidationRule>> rules, int maxErrors)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
                throw new TooManyErrors();
            }

            errors.Add(error);
        });
        try
        {
            new DocumentWalker(typeInfo, [.. rules.Select(create => create(context))]).Walk(document);
        }
        catch (TooManyErrors)
        {
            // The limit error is already the last one.
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }

        return errors;
    }

    private sealed class TooManyErrors : Exception
    {
        public TooManyErrors()
        {
        }

        public TooManyErrors(string message)
            : base(message)
        {
        }

        public TooManyErrors(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
