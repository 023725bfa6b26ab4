using System.Globalization;
using PlanGraph.Core;

namespace PlanGraph.Cli.Exports;

/// <summary>
/// Writes a graph as CSV files in neo4j-admin import's format (docs/exports.md), laid out like the loader
/// stores it: every node is :Entity plus its label, documents are :Document, evidence is :Evidence
/// (node evidence linked by EVIDENCE_FOR, relationship evidence naming its relationship by subject).
/// The same files serve LOAD CSV WITH HEADERS.
/// </summary>
public static class GraphCsv
{
    /// <summary>Writes the files into <paramref name="directory"/> (created if missing); returns the file names written.</summary>
    /// <exception cref="IOException">The directory cannot be created or written.</exception>
    public static IReadOnlyList<string> Write(string directory, GraphDocument graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Directory.CreateDirectory(directory);
        var files = new List<string>();

        var documents = new CsvTable(["id:ID", ":LABEL", "fileName", "title", "sha256", "kind", "issuer", "date"]);
        foreach (var document in graph.Documents)
        {
            documents.Add([document.Id, "Document", document.FileName, document.Title, document.Sha256, document.Kind, document.Issuer ?? string.Empty, document.Date ?? string.Empty]);
        }

        Save(documents, "documents.csv");

        var evidence = new CsvTable(["id:ID", ":LABEL", "subject", "document", "sectionPath", "firstLine:long", "lastLine:long", "spanStart:long", "spanEnd:long", "quote", "rule", "orderKey", "relationshipType", "from", "to"]);
        var evidenceFor = new CsvTable([":START_ID", ":END_ID", ":TYPE"]);

        foreach (var group in graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var keys = group.SelectMany(n => n.Properties.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            var types = keys.ToDictionary(k => k, k => CsvTable.TypeSuffix(group.Select(n => n.Properties.GetValueOrDefault(k))));
            var table = new CsvTable(["id:ID", ":LABEL", "name", "aliases:string[]", "sources:string[]", .. keys.Select(k => k + types[k])]);
            foreach (var node in group)
            {
                var sources = node.Evidence.Select(e => e.DocumentId).Distinct().Order(StringComparer.Ordinal);
                table.Add([node.Id, "Entity;" + node.Label, node.Name, string.Join(';', node.Aliases), string.Join(';', sources), .. keys.Select(k => CsvTable.Field(node.Properties.GetValueOrDefault(k)))]);
                foreach (var item in node.Evidence)
                {
                    var id = EvidenceId(item, node.Id);
                    evidence.Add(EvidenceRow(id, item, node.Id, null));
                    evidenceFor.Add([id, node.Id, "EVIDENCE_FOR"]);
                }
            }

            Save(table, $"nodes-{group.Key}.csv");
        }

        foreach (var group in graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var keys = group.SelectMany(r => r.Properties.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            var types = keys.ToDictionary(k => k, k => CsvTable.TypeSuffix(group.Select(r => r.Properties.GetValueOrDefault(k))));
            var table = new CsvTable([":START_ID", ":END_ID", ":TYPE", "id", "sources:string[]", "quote", .. keys.Select(k => k + types[k])]);
            foreach (var relationship in group)
            {
                var sources = relationship.Evidence.Select(e => e.DocumentId).Distinct().Order(StringComparer.Ordinal);
                table.Add([relationship.From, relationship.To, relationship.Type, relationship.Id, string.Join(';', sources), relationship.Evidence.FirstOrDefault()?.Quote,
                    .. keys.Select(k => CsvTable.Field(relationship.Properties.GetValueOrDefault(k)))]);
                foreach (var item in relationship.Evidence)
                {
                    evidence.Add(EvidenceRow(EvidenceId(item, relationship.Id), item, relationship.Id, relationship));
                }
            }

            Save(table, $"relationships-{group.Key}.csv");
        }

        Save(evidence, "evidence.csv");
        Save(evidenceFor, "relationships-EVIDENCE_FOR.csv");
        return files;

        void Save(CsvTable table, string name)
        {
            table.WriteTo(Path.Combine(directory, name));
            files.Add(name);
        }
    }

    /// <summary>The loader's evidence id: derived from what the evidence says, so both routes agree.</summary>
    public static string EvidenceId(Evidence evidence, string subject)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return StableId.For("Evidence", subject, evidence.DocumentId, evidence.Rule,
            evidence.SpanStart.ToString(CultureInfo.InvariantCulture), evidence.SpanEnd.ToString(CultureInfo.InvariantCulture));
    }

    private static string?[] EvidenceRow(string id, Evidence item, string subject, GraphRelationship? relationship) =>
    [
        id, "Evidence", subject, item.DocumentId, item.SectionPath,
        CsvTable.Field(item.FirstLine), CsvTable.Field(item.LastLine), CsvTable.Field(item.SpanStart), CsvTable.Field(item.SpanEnd),
        item.Quote, item.Rule, item.OrderKey, relationship?.Type, relationship?.From, relationship?.To,
    ];
}
