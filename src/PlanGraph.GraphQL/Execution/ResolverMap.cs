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

    public FieldResolver? GetField(string typeName, string fieldName) => fields.GetValueOrDefault((typeName, fieldName));

    public TypeResolver? GetTypeResolver(string typeName) => typeResolvers.GetValueOrDefault(typeName);

    public CustomScalar? GetScalar(string scalarName) => scalars.GetValueOrDefault(scalarName);
}
