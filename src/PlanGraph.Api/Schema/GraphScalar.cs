namespace PlanGraph.Api.Schema;

/// <summary>The GraphQL scalar a stored node property is exposed as; it also picks the filter input type.</summary>
public enum GraphScalar
{
    /// <summary>ID (the node's stable id).</summary>
    Id,

    /// <summary>String.</summary>
    String,

    /// <summary>Int.</summary>
    Int,

    /// <summary>Float.</summary>
    Float,

    /// <summary>Boolean.</summary>
    Boolean,

    /// <summary>[String!] (aliases).</summary>
    StringList,
}
