using System.IO.Compression;
using System.Text;
using PlanGraph.Core;
using PlanGraph.Extraction;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Cli.Tests;

/// <summary>
/// The CLI's file inputs mutated from good ones (fixed seed, bounded count): documents in every format the
/// readers take and graph.json files. Each is read, extracted or refused with a clear error naming the file;
/// no other exception escapes, the CLI prints no stack trace, and a previous output stays as it was when
/// nothing could be read.
/// </summary>
public sealed class FileInputFuzzTests : IDisposable
{
    private const int DocumentCases = 60;
    private const int GraphCases = 60;

    private readonly string folder = Directory.CreateTempSubdirectory("plangraph-fuzz-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Mutated_documents_are_extracted_or_refused_with_a_clear_error()
    {
        var random = new Random(20261207);
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "seeds", "futian-industrial-parks-suggestion-reply-2021.txt"), TestContext.Current.CancellationToken);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[][] originals =
        [
            Encoding.UTF8.GetBytes(text),
            Encoding.GetEncoding(54936).GetBytes(text),
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            Docx(text.Split('\n')),
        ];
        string[] extensions = [".txt", ".txt", ".md", ".docx"];
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < DocumentCases; i++)
        {
            var which = random.Next(originals.Length);
            var path = Path.Combine(folder, $"case-{i:000}{extensions[which]}");
            await File.WriteAllBytesAsync(path, Mutate(originals[which], random), TestContext.Current.CancellationToken);

            // Only DocumentReadException is an expected refusal; ExtractFiles reports those and goes on.
            var result = GraphExtractor.ExtractFiles([path]);
            if (result.Failures.Count > 0)
            {
                var failure = result.Failures.ShouldHaveSingleItem();
                failure.Message.ShouldContain(Path.GetFileName(path));
                failure.Problem.ShouldNotBeNullOrWhiteSpace();
                outcomes["refused"] = outcomes.GetValueOrDefault("refused") + 1;
            }
            else
            {
                result.Graph.Documents.ShouldHaveSingleItem().FileName.ShouldBe(Path.GetFileName(path));
                outcomes["read"] = outcomes.GetValueOrDefault("read") + 1;
            }
        }

        outcomes.GetValueOrDefault("read").ShouldBeGreaterThan(0);
        outcomes.GetValueOrDefault("refused").ShouldBeGreaterThan(0);

        // The same folder through the CLI: exit 0 or 1, every refusal named, no stack trace.
        var (exit, _, stderr) = await CliProcess.RunAsync(["extract", folder, "--out", Path.Combine(folder, "out.json")]);
        exit.ShouldBeOneOf(0, 1);
        stderr.ShouldNotContain("   at ");
        stderr.ShouldNotContain("Unhandled");
    }

    [Fact]
    public async Task Mutated_graph_json_files_are_read_or_refused_with_the_place_of_the_problem()
    {
        var random = new Random(20261208);
        var graph = GraphExtractor.ExtractFiles([Path.Combine(RepositoryFiles.Root, "seeds", "futian-industrial-parks-suggestion-reply-2021.txt")]).Graph;
        using var buffer = new MemoryStream();
        GraphJson.Write(buffer, graph);
        var original = buffer.ToArray();
        var refused = 0;
        for (var i = 0; i < GraphCases; i++)
        {
            var path = Path.Combine(folder, $"graph-{i:000}.json");
            await File.WriteAllBytesAsync(path, Mutate(original, random), TestContext.Current.CancellationToken);
            try
            {
                await using var stream = File.OpenRead(path);
                GraphJson.Read(stream, path);
            }
            catch (GraphJsonException e)
            {
                e.Message.ShouldContain(path);
                refused++;
            }
        }

        refused.ShouldBeGreaterThan(0);

        // Loading them names each refused file and exits 1 without a trace (the files that parse find no Neo4j
        // at this address, which is also a clear error).
        var files = Directory.GetFiles(folder, "graph-*.json").Order(StringComparer.Ordinal).Take(20).ToArray();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["load", .. files], environment: new Dictionary<string, string> { ["NEO4J_URL"] = $"http://127.0.0.1:{CliProcess.FreePort()}" });
        exit.ShouldBe(1);
        (stdout + stderr).ShouldNotContain("   at ");
        (stdout + stderr).ShouldNotContain("Unhandled");
    }

    /// <summary>One to four edits: flip, insert or delete bytes, truncate, duplicate a run, or insert NULs.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    for (var k = random.Next(1, 20); k > 0; k--)
                    {
                        bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    }

                    break;
                case 1:
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 50)).Select(_ => (byte)random.Next(256)));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 500)));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4 when bytes.Count > 0:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 2000))));
                    break;
                default:
                    bytes.Insert(at, 0);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A minimal .docx: one paragraph per line.</summary>
    private static byte[] Docx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = string.Concat(lines.Select(l => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(l.TrimEnd('\r'))}</w:t></w:r></w:p>"));
            Write(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }

        return stream.ToArray();

        static void Write(ZipArchive zip, string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
    }
}
