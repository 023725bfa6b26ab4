using System.Text;
using System.Text.Json;

namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>Finds and reads the corpus under tests/PlanGraph.GraphQL.Tests/Differential.</summary>
public static class DifferentialCorpus
{
    private const string Marker = "#%% ";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory => Path.Combine(RepositoryRoot, "tests", "PlanGraph.GraphQL.Tests", "Differential");

    public static string SchemaPath => Path.Combine(Directory, "schema.graphql");

    public static string SchemaSource => File.ReadAllText(SchemaPath, Encoding.UTF8);

    /// <summary>Every document, in file order: the *.graphql files split at "#%% name" lines, then the JSON files.</summary>
    public static IReadOnlyList<CorpusDocument> Load()
    {
        var corpusDirectory = Path.Combine(Directory, "corpus");
        var documents = new List<CorpusDocument>();
        foreach (var file in System.IO.Directory.GetFiles(corpusDirectory).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".graphql", StringComparison.Ordinal))
            {
                documents.AddRange(Split(File.ReadAllText(file, new UTF8Encoding(false)), Path.GetFileName(file)));
            }
            else if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                documents.AddRange(ReadJson(file));
            }
        }

        var duplicate = documents.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"corpus: the name \"{duplicate.Key}\" is used {duplicate.Count()} times");
        }

        return documents;
    }

    /// <summary>
    /// Reads a JSON array of {name, source}. Sources are unescaped by hand because System.Text.Json
    /// refuses lone surrogates, which some lexer cases need.
    /// </summary>
    private static IEnumerable<CorpusDocument> ReadJson(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        if (json.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: expected a JSON array of {{name, source}}");
        }

        var documents = new List<CorpusDocument>();
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var name = entry.GetProperty("name").GetString() ?? throw new InvalidDataException($"{file}: a document without a name");
            documents.Add(new CorpusDocument(name, Unescape(entry.GetProperty("source").GetRawText())));
        }

        return documents;
    }

    private static string Unescape(string quoted)
    {
        var builder = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = quoted[++i];
            switch (escape)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    builder.Append((char)Convert.ToInt32(quoted.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: builder.Append(escape); break;
            }
        }

        return builder.ToString();
    }

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Splits a file at marker lines; a document is every byte between its marker line and the next.</summary>
    private static IEnumerable<CorpusDocument> Split(string text, string fileName)
    {
        string? name = null;
        var source = new StringBuilder();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text[start..] : text[start..(end + 1)];
            start += line.Length;
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return new CorpusDocument(name, source.ToString());
                }

                name = line[Marker.Length..].TrimEnd('\r', '\n');
                source.Clear();
            }
            else if (name is not null)
            {
                source.Append(line);
            }
            else if (line.Trim().Length > 0)
            {
                throw new InvalidDataException($"{fileName}: text before the first \"{Marker}name\" line");
            }
        }

        if (name is not null)
        {
            yield return new CorpusDocument(name, source.ToString());
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"PlanGraph.sln not found above {AppContext.BaseDirectory}");
    }
}
