namespace PlanGraph.Neo4j.Loading;

/// <summary>How the loader writes a document's evidence nodes (docs/ontology.md, "Load throughput").</summary>
internal enum EvidenceWrite
{
    /// <summary>In statements of their own after the nodes and relationships, one MERGE per piece (the loader before 2026-12).</summary>
    Separate,

    /// <summary>With the row they support, created: the transaction withdrew the document first, so none exists.</summary>
    Create,

    /// <summary>With the row they support, merged: for parts of a large document that may run twice.</summary>
    Merge,
}
