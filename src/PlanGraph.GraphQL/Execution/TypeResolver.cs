using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Execution;

/// <summary>Names the object type of a value of an interface or union type (spec §6.4.3 ResolveAbstractType).</summary>
public delegate string? TypeResolver(object value, GraphQLSchema schema);
