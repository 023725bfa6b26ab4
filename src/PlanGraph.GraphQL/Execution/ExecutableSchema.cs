using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Execution;

/// <summary>A schema with the resolvers that give its fields values: what the executor and the HTTP endpoint run.</summary>
public sealed class ExecutableSchema(GraphQLSchema schema, ResolverMap resolvers)
{
    public GraphQLSchema Schema => schema;

    public ResolverMap Resolvers => resolvers;

    /// <summary>Builds the schema from SDL (spec §3) and binds the resolvers by type and field name.</summary>
    public static ExecutableSchema FromSdl(string sdl, ResolverMap resolvers) => new(SchemaBuilder.Build(sdl), resolvers);
}
