using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// What an <see cref="OperationPlanner"/> sees: the operation, its root type and the merged root fields with
/// fragments expanded, @skip/@include applied and arguments coerced; each field descends through
/// <see cref="SelectedField.SelectedFields(GraphQLObjectType)"/>.
/// </summary>
public sealed class OperationPlan
{
    private readonly ExecutionContext context;
    private readonly Dictionary<string, List<FieldNode>> collected;
    private IReadOnlyList<SelectedField>? rootFields;

    internal OperationPlan(ExecutionContext context, GraphQLObjectType rootType, Dictionary<string, List<FieldNode>> collected)
    {
        this.context = context;
        this.collected = collected;
        RootType = rootType;
    }

    public GraphQLObjectType RootType { get; }

    public OperationDefinitionNode Operation => context.Operation;

    public GraphQLSchema Schema => context.Schema.Schema;

    public IReadOnlyDictionary<string, object?> Variables => context.Variables;

    /// <summary>The application object given with the request.</summary>
    public object? Context => context.Request.Context;

    /// <summary>The root value the request brought, which the planner may wrap or replace.</summary>
    public object? RootValue => context.Request.RootValue;

    public CancellationToken CancellationToken => context.CancellationToken;

    /// <summary>The root fields in document order, introspection fields included (a planner usually skips names starting with "__").</summary>
    /// <exception cref="GraphQLError">An argument value cannot be coerced.</exception>
    public IReadOnlyList<SelectedField> RootFields => rootFields ??= context.SelectedFields(RootType, collected);
}
