using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>
/// Extracts the plan graph from ingested documents: the plan each document describes and the plans
/// it cites, goals from the outline, indicators and targets from indicator tables, projects and
/// institutions from 专栏 boxes, places from the gazetteer, and the relationships between them, every
/// node and relationship with evidence.
/// </summary>
public static class GraphExtractor
{
    /// <summary>
    /// Version of the rules and data; it changes whenever extraction results may change. Derived, never
    /// bumped by hand: a hash of the extraction assembly's module version id (deterministic builds give the
    /// same id for the same code), the registered rules and every embedded data file.
    /// </summary>
    public static string RulesVersion { get; } = ComputeRulesVersion();

    private static string ComputeRulesVersion()
    {
        var assembly = typeof(GraphExtractor).Assembly;
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Rules.RuleRegistry.All.Select(r => r.Id))));
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(ReadAll(stream));
        }

        return "rules-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];

        static byte[] ReadAll(Stream stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    public static GraphDocument Extract(IReadOnlyList<IngestedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var graph = new GraphAccumulator();
        var sources = new List<SourceDocument>();
        // File-name order, so the result does not depend on the order the documents were given in.
        var ordered = documents.OrderBy(d => d.FileName, StringComparer.Ordinal).ToList();
        foreach (var document in ordered)
        {
            sources.Add(new DocumentExtraction(document, graph, GazetteerData.Value.Value, LexiconData.Value.Value, AliasData.Value.Value).Run());
        }

        MentionExtraction.Run(ordered, sources, graph);
        return BasedOnSupersedesCites(graph.Build(sources));
    }

    /// <summary>
    /// A plan based on another also cites it; the citation adds nothing but its sentences, which become more
    /// evidence of the BASED_ON (D0 lists 《新一代人工智能发展规划》 as a basis, then cites it again when applying it).
    /// </summary>
    private static GraphDocument BasedOnSupersedesCites(GraphDocument graph)
    {
        var basedOn = graph.Relationships.Where(r => r.Type == RelationshipTypes.BasedOn).ToDictionary(r => (r.From, r.To));
        var redundant = graph.Relationships.Where(r => r.Type == RelationshipTypes.Cites && basedOn.ContainsKey((r.From, r.To))).ToList();
        if (redundant.Count == 0)
        {
            return graph;
        }

        var extra = redundant.ToDictionary(r => (r.From, r.To), r => r.Evidence);
        var relationships = graph.Relationships
            .Where(r => !(r.Type == RelationshipTypes.Cites && basedOn.ContainsKey((r.From, r.To))))
            .Select(r => r.Type == RelationshipTypes.BasedOn && extra.TryGetValue((r.From, r.To), out var more) ? r with { Evidence = [.. r.Evidence, .. more] } : r)
            .ToList();
        return graph with { Relationships = relationships };
    }

    /// <summary>Reads and extracts files; files that cannot be read are reported and the rest go on.</summary>
    public static ExtractionResult ExtractFiles(IEnumerable<string> paths, IProgress<string>? progress = null)
    {
        var batch = DocumentIngestor.IngestAll(paths, progress);
        var graph = Extract(batch.Documents);
        return new ExtractionResult(graph, batch.Failures) { Unresolved = UnresolvedMentions.Find(batch.Documents, graph), Warnings = batch.Warnings };
    }

    private static class GazetteerData
    {
        public static readonly Lazy<Gazetteer> Value = new(Gazetteer.Load);
    }

    private static class AliasData
    {
        public static readonly Lazy<AliasTable> Value = new(AliasTable.Load);
    }

    private static class LexiconData
    {
        public static readonly Lazy<InstitutionLexicon> Value = new(InstitutionLexicon.Load);
    }
}
