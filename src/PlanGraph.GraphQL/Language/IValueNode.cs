namespace PlanGraph.GraphQL.Language;

/// <summary>A value literal (or a variable).</summary>
public interface IValueNode : ISyntaxNode
{
}
