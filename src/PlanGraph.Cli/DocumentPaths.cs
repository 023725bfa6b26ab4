namespace PlanGraph.Cli;

/// <summary>Expands command-line paths: files as given, folders to their .txt, .md, .docx and .html files (sorted).</summary>
internal static class DocumentPaths
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".docx", ".html", ".htm"];

    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
