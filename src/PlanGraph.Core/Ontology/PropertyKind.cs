namespace PlanGraph.Core.Ontology;

/// <summary>The Neo4j-storable type of a declared property.</summary>
public enum PropertyKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A whole number (Neo4j integer).</summary>
    Int,

    /// <summary>A number (Neo4j float); a whole number is one too.</summary>
    Float,

    /// <summary>A boolean.</summary>
    Bool,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A list of whole numbers.</summary>
    IntList,
}
