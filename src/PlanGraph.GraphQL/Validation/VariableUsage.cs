using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation;

/// <summary>
/// A variable used as a value: the input type its position expects, whether that position has a default
/// (an argument or input field default), and the input type enclosing it.
/// </summary>
public sealed record VariableUsage(VariableNode Node, IGraphQLType? Type, bool HasLocationDefaultValue, IGraphQLType? ParentType);
