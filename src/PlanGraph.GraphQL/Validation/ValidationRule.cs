using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// One validation rule of spec §5, given every node of the document in depth-first order. Returning
/// false from <see cref="Enter"/> skips that node's children for this rule only; the other rules and
/// the type tracking still see them (graphql-js's visitInParallel).
/// </summary>
public abstract class ValidationRule(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    public virtual bool Enter(ISyntaxNode node, ISyntaxNode? parent) => true;

    public virtual void Leave(ISyntaxNode node)
    {
    }
}
