namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Resolvers by type and field name, type resolvers for interfaces and unions, and custom scalars.
/// Fields without a resolver read the parent value (dictionary key, JSON property or CLR property).
/// </summary>
public sealed class ResolverMap
{
    private readonly Dictionary<(string Type, string Field), FieldResolver> fields = [];
    private readonly Dictionary<string, TypeResolver> typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomScalar> scalars = new(StringComparer.Ordinal);

    public ResolverMap Field(string typeName, string fieldName, FieldResolver resolver)
    {
        fields[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>A synchronous resolver.</summary>
    public ResolverMap Field(string typeName, string fieldName, Func<ResolveInfo, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Field(typeName, fieldName, info => ValueTask.FromResult(resolver(info)));
    }

    public ResolverMap AbstractType(string typeName, TypeResolver resolver)
    {
        typeResolvers[typeName] = resolver;
        return this;
    }

    public ResolverMap Scalar(string scalarName, CustomScalar scalar)
    {
        scalars[scalarName] = scalar;
        return this;
    }

    /// <summary>The resolver of fields that have none of their own (graphql-js execute's fieldResolver); <see cref="DefaultResolver"/> when unset.</summary>
    public FieldResolver? DefaultField { get; private set; }

    /// <summary>The operation planner, called once per operation before the root fields resolve.</summary>
    public OperationPlanner? Planner { get; private set; }

    /// <summary>Replaces the resolver of fields without one of their own.</summary>
    public ResolverMap Default(FieldResolver resolver)
    {
        DefaultField = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Sets the planner that sees the whole root selection first and supplies the root value.</summary>
    public ResolverMap Plan(OperationPlanner planner)
    {
        Planner = planner ?? throw new ArgumentNullException(nameof(planner));
        return this;
    }

    public FieldResolver? GetField(string typeName, string fieldName) => fields.GetValueOrDefault((typeName, fieldName));

    public TypeResolver? GetTypeResolver(string typeName) => typeResolvers.GetValueOrDefault(typeName);

    public CustomScalar? GetScalar(string scalarName) => scalars.GetValueOrDefault(scalarName);
}
