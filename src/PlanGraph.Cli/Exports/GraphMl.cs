using System.Text.Json;
using System.Xml;
using PlanGraph.Core;

namespace PlanGraph.Cli.Exports;

/// <summary>
/// Writes a graph as GraphML 1.0 (for Gephi, yEd, Cytoscape): documents and entities are nodes, relationships
/// are directed edges; every attribute has its &lt;key&gt;; properties go as JSON text, and the first piece of
/// evidence goes along (document, lines, quote) with the count of all of them.
/// </summary>
public static class GraphMl
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("n_label", "node", "label", "string"),
        ("n_name", "node", "name", "string"),
        ("n_aliases", "node", "aliases", "string"),
        ("n_properties", "node", "properties", "string"),
        ("n_evidence", "node", "evidenceCount", "int"),
        ("n_document", "node", "document", "string"),
        ("n_lines", "node", "lines", "string"),
        ("n_quote", "node", "quote", "string"),
        ("e_type", "edge", "type", "string"),
        ("e_properties", "edge", "properties", "string"),
        ("e_evidence", "edge", "evidenceCount", "int"),
        ("e_document", "edge", "document", "string"),
        ("e_lines", "edge", "lines", "string"),
        ("e_quote", "edge", "quote", "string"),
    ];

    public static void Write(Stream output, GraphDocument graph)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(graph);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, owner, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "plangraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var document in graph.Documents)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", document.Id);
            Data(xml, "n_label", "Document");
            Data(xml, "n_name", document.Title);
            Data(xml, "n_properties", JsonSerializer.Serialize(new { document.FileName, document.Sha256, document.Kind, document.Issuer, document.Date }));
            xml.WriteEndElement();
        }

        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            Data(xml, "n_label", node.Label);
            Data(xml, "n_name", node.Name);
            Data(xml, "n_aliases", string.Join('|', node.Aliases));
            Data(xml, "n_properties", Json(node.Properties));
            EvidenceData(xml, "n", node.Evidence);
            xml.WriteEndElement();
        }

        foreach (var relationship in graph.Relationships)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", relationship.Id);
            xml.WriteAttributeString("source", relationship.From);
            xml.WriteAttributeString("target", relationship.To);
            Data(xml, "e_type", relationship.Type);
            Data(xml, "e_properties", Json(relationship.Properties));
            EvidenceData(xml, "e", relationship.Evidence);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void EvidenceData(XmlWriter xml, string prefix, IReadOnlyList<Evidence> evidence)
    {
        Data(xml, prefix + "_evidence", evidence.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (evidence.Count > 0)
        {
            Data(xml, prefix + "_document", evidence[0].DocumentId);
            Data(xml, prefix + "_lines", $"{evidence[0].FirstLine}-{evidence[0].LastLine}");
            Data(xml, prefix + "_quote", evidence[0].Quote);
        }
    }

    private static string Json(IReadOnlyDictionary<string, object?> properties)
        => JsonSerializer.Serialize(properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value), JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Data(XmlWriter xml, string key, string value)
    {
        // XML 1.0 cannot carry most control characters; extracted text never needs them.
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(new string([.. value.Where(XmlConvert.IsXmlChar)]));
        xml.WriteEndElement();
    }
}
