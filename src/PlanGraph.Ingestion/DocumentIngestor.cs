using System.Security.Cryptography;

namespace PlanGraph.Ingestion;

/// <summary>Reads planning documents (.txt, .md, .docx, .html) into normalised, outlined <see cref="IngestedDocument"/>s.</summary>
public static class DocumentIngestor
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown", ".text"];

    /// <summary>Reads one file.</summary>
    /// <exception cref="DocumentReadException">The file is missing, empty, binary, corrupt or of an unsupported kind.</exception>
    public static IngestedDocument Ingest(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, $"cannot be read ({e.Message})", e);
        }

        return Ingest(bytes, Path.GetFileName(path));
    }

    /// <summary>Reads a file's bytes; the extension of <paramref name="fileName"/> decides the reader.</summary>
    /// <exception cref="DocumentReadException">The bytes are empty, binary, corrupt or of an unsupported kind.</exception>
    public static IngestedDocument Ingest(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        string original;
        string encoding;
        if (extension == ".docx")
        {
            if (bytes.Length == 0)
            {
                throw new DocumentReadException(fileName, "the file is empty.");
            }

            original = DocxTextReader.Read(bytes, fileName);
            encoding = "docx";
        }
        else if (TextExtensions.Contains(extension))
        {
            (original, encoding) = TextDecoder.Decode(bytes, fileName);
        }
        else if (extension is ".html" or ".htm")
        {
            var (html, charset) = TextDecoder.Decode(bytes, fileName);
            original = HtmlTextReader.Read(html, fileName);
            encoding = $"html, {charset}";
        }
        else
        {
            throw new DocumentReadException(fileName, $"unsupported file type '{extension}' (PlanGraph reads .txt, .md, .docx and .html).");
        }

        var blocks = Normalizer.Normalize(LineCleaner.Lines(original));
        if (blocks.Count == 0)
        {
            throw new DocumentReadException(fileName, "the document holds no text.");
        }

        var (normalized, offsets, finish) = new OutlineBuilder().Build(blocks);
        var map = new SourceMap(offsets, original);
        var (outline, boxes, tables, sentences) = finish(map);
        return new IngestedDocument(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), encoding, original, normalized, map, outline, boxes, tables, sentences)
        {
            TextSha256 = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalized))),
        };
    }

    /// <summary>
    /// Reads every file; a bad file is reported in <see cref="IngestionBatch.Failures"/> and the rest go on. A file
    /// whose text equals an earlier one's (the same document saved in another encoding or under another name) is
    /// the same document: it is left out with a warning in <see cref="IngestionBatch.Warnings"/>, so its identity
    /// does not depend on its encoding.
    /// </summary>
    public static IngestionBatch IngestAll(IEnumerable<string> paths, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<IngestedDocument>();
        var failures = new List<DocumentReadException>();
        var warnings = new List<string>();
        var byText = new Dictionary<string, IngestedDocument>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            try
            {
                var document = Ingest(path);
                if (byText.TryGetValue(document.TextSha256, out var first))
                {
                    var warning = $"{path}: the same text as {first.FileName} ({document.Encoding} here, {first.Encoding} there); left out as a copy of it.";
                    warnings.Add(warning);
                    progress?.Report(warning);
                    continue;
                }

                byText.Add(document.TextSha256, document);
                documents.Add(document);
                progress?.Report(path);
            }
            catch (DocumentReadException e)
            {
                failures.Add(e);
                progress?.Report($"{path}: FAILED: {e.Problem}");
            }
        }

        return new IngestionBatch(documents, failures) { Warnings = warnings };
    }
}
