using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGraph.Ingestion;

namespace PlanGraph.Cli;

/// <summary>`plangraph outline FILE [--json]`: the outline of a document with original line numbers.</summary>
internal sealed class OutlineVerb : ICliVerb
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "outline";

    public string Summary => "outline FILE [--json] — print a document's sections, boxes and tables with original line numbers";

    public string Help => """
          FILE     a .txt, .md, .docx or .html document
          --json   the outline, boxes and tables as JSON

        exit codes: 0 printed; 1 the file cannot be read; 2 usage error
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => a != "--json").ToList();
        if (files.Count != 1)
        {
            await Console.Error.WriteLineAsync("usage: plangraph outline FILE [--json]");
            return 2;
        }

        IngestedDocument document;
        try
        {
            document = DocumentIngestor.Ingest(files[0]);
        }
        catch (DocumentReadException e)
        {
            await Console.Error.WriteLineAsync($"plangraph outline: {e.Message}");
            return 1;
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(OutlineJson.Of(document), Json));
            return 0;
        }

        Console.WriteLine($"{document.FileName} ({document.Encoding}, {document.Map.LineCount} lines, {document.Sentences.Count} sentences, {document.Boxes.Count} boxes, {document.Tables.Count} tables)");
        foreach (var node in document.Outline.Descendants().Where(n => n.Kind is OutlineKind.Section or OutlineKind.Box or OutlineKind.Table))
        {
            var indent = new string(' ', 2 * node.Level);
            var label = node.Kind switch
            {
                OutlineKind.Box => $"[{node.Numbering}] {node.Heading}",
                OutlineKind.Table => $"[{node.Numbering}] {node.Heading}",
                _ => $"{node.Numbering}{(node.Numbering.Length > 0 && !node.Numbering.EndsWith('、') && !node.Numbering.EndsWith('）') ? " " : "")}{node.Heading}",
            };
            Console.WriteLine($"{node.FirstLine,5}  {indent}{label}");
            if (node.Kind == OutlineKind.Box && document.Boxes.FirstOrDefault(b => b.Header.SpanStart <= node.SpanStart && b.Header.SpanEnd >= node.SpanStart) is { } box)
            {
                foreach (var item in box.Items)
                {
                    Console.WriteLine($"{item.Text.FirstLine,5}  {indent}    {item.Numbering} {Short(item.Text.Text)}{(item.Category is null ? "" : $"  ({item.Category})")}");
                }
            }

            if (node.Kind == OutlineKind.Table && document.Tables.FirstOrDefault(t => t.Header.SpanStart == node.SpanStart) is { } table)
            {
                foreach (var row in table.Rows)
                {
                    Console.WriteLine($"{row.Cells[0].FirstLine,5}  {indent}    | {string.Join(" | ", row.Cells.Select(c => c.Text))}{(row.Category is null ? "" : $"  ({row.Category})")}");
                }

                foreach (var note in table.Footnotes)
                {
                    Console.WriteLine($"{note.FirstLine,5}  {indent}    {Short(note.Text)}");
                }
            }
        }

        return 0;
    }

    private static string Short(string text) => text.Length <= 60 ? text.Replace('\n', ' ') : text[..60].Replace('\n', ' ') + "…";
}
