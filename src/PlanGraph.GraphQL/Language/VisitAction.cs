namespace PlanGraph.GraphQL.Language;

/// <summary>What a visitor callback tells the walk to do next (graphql-js visit: undefined, false, BREAK).</summary>
public enum VisitAction
{
    /// <summary>Go on: into the node's children (on enter), or to the next node (on leave).</summary>
    Continue,

    /// <summary>Do not visit this node's children (on enter only); its leave is not called either.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
