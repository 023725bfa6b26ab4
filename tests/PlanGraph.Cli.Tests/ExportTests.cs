using System.Xml.Linq;
using PlanGraph.Core;
using PlanGraph.Cli.Exports;
using PlanGraph.Extraction;
using Shouldly;

namespace PlanGraph.Cli.Tests;

/// <summary>The seeds exported as CSV read back as the same graph; as GraphML they parse with every key declared.</summary>
public sealed class ExportTests
{
    private static readonly Lazy<GraphDocument> Seeds = new(() =>
        GraphExtractor.ExtractFiles(Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "seeds"), "*.txt")).Graph);

    /// <summary>
    /// Read back with an RFC 4180 reader (quoted fields across lines), the CSV files give the same graph:
    /// every node with its label and name, every relationship with its ends, every piece of evidence.
    /// </summary>
    [Fact]
    public void The_csv_export_of_the_seeds_reads_back_as_the_same_graph()
    {
        var graph = Seeds.Value;
        var work = Directory.CreateTempSubdirectory("plangraph-csv-");
        try
        {
            var files = GraphCsv.Write(work.FullName, graph);
            var nodes = new Dictionary<string, (string Labels, string Name)>(StringComparer.Ordinal);
            var relationships = new List<(string From, string To, string Type)>();
            foreach (var file in files)
            {
                var rows = ReadCsv(Path.Combine(work.FullName, file));
                var header = rows[0];
                foreach (var row in rows.Skip(1))
                {
                    row.Length.ShouldBe(header.Length, $"{file}: every row has the header's columns");
                    if (header[0] == "id:ID")
                    {
                        nodes.Add(row[0], (row[1], header.Contains("name") ? row[Array.IndexOf(header, "name")] : ""));
                    }
                    else
                    {
                        relationships.Add((row[0], row[1], row[2]));
                    }
                }
            }

            foreach (var node in graph.Nodes)
            {
                nodes[node.Id].ShouldBe(("Entity;" + node.Label, node.Name));
            }

            graph.Documents.ShouldAllBe(d => nodes[d.Id].Labels == "Document");
            var evidenceCount = graph.Nodes.Sum(n => n.Evidence.Count) + graph.Relationships.Sum(r => r.Evidence.Count);
            nodes.Values.Count(n => n.Labels == "Evidence").ShouldBe(evidenceCount);
            relationships.Count(r => r.Type != "EVIDENCE_FOR").ShouldBe(graph.Relationships.Count);
            relationships.Count(r => r.Type == "EVIDENCE_FOR").ShouldBe(graph.Nodes.Sum(n => n.Evidence.Count));
            relationships.ShouldAllBe(r => nodes.ContainsKey(r.From) && nodes.ContainsKey(r.To));
            relationships.Where(r => r.Type != "EVIDENCE_FOR").Order().ShouldBe(graph.Relationships.Select(r => (r.From, r.To, r.Type)).Order());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path, System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public void Csv_fields_keep_chinese_quotes_commas_and_line_breaks()
    {
        var work = Directory.CreateTempSubdirectory("plangraph-csv-");
        try
        {
            GraphCsv.Write(work.FullName, Seeds.Value);
            var targets = File.ReadAllText(Path.Combine(work.FullName, "nodes-Target.csv"));
            targets.ShouldStartWith("\"id:ID\",\":LABEL\",\"name\",\"aliases:string[]\",\"sources:string[]\"");
            targets.ShouldContain("\"4800左右\"");
            targets.ShouldContain("\"value:double\"");
            targets.ShouldContain("\"year:long\"");

            // Box-item quotes hold line breaks and 、 lists; they stay inside one quoted field.
            var evidence = File.ReadAllText(Path.Combine(work.FullName, "evidence.csv"));
            evidence.ShouldContain("VCSEL光芯片项目");
            (evidence.Count(c => c == '"') % 2).ShouldBe(0);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_graphml_export_declares_every_key_and_every_edge_joins_two_nodes()
    {
        var graph = Seeds.Value;
        using var stream = new MemoryStream();
        GraphMl.Write(stream, graph);
        stream.Position = 0;
        var xml = XDocument.Load(stream);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        xml.Root!.Name.ShouldBe(ns + "graphml");
        var keys = xml.Root.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var nodes = xml.Descendants(ns + "node").ToList();
        var edges = xml.Descendants(ns + "edge").ToList();
        nodes.Count.ShouldBe(graph.Documents.Count + graph.Nodes.Count);
        edges.Count.ShouldBe(graph.Relationships.Count);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        ids.Count.ShouldBe(nodes.Count);
        edges.ShouldAllBe(e => ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!));
        nodes.SelectMany(n => n.Elements(ns + "data")).ShouldAllBe(d => keys[(string)d.Attribute("key")!] == "node");
        edges.SelectMany(e => e.Elements(ns + "data")).ShouldAllBe(d => keys[(string)d.Attribute("key")!] == "edge");
        nodes.ShouldContain(n => n.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "n_name" && d.Value == "深圳证券交易所"));
    }

}
