namespace PlanGraph.Api.Search;

/// <summary>Which text of a node a search hit matched (GraphQL enum <c>SearchField</c>).</summary>
public enum SearchField
{
    /// <summary>The node's name.</summary>
    Name,

    /// <summary>One of the node's aliases.</summary>
    Alias,

    /// <summary>A sentence of the node's evidence.</summary>
    Sentence,
}
