using System.Globalization;

namespace PlanGraph.Extraction.Quality;

/// <summary>
/// The annotated expectations of a corpus, read from a folder of TSV files: files.tsv (short key →
/// file name), entities.tsv, relationships.tsv and scope.tsv. Lines starting with # are comments.
/// </summary>
public sealed class ExpectationSet
{
    private ExpectationSet(
        IReadOnlyDictionary<string, string> files,
        IReadOnlyList<ExpectedEntity> entities,
        IReadOnlyList<ExpectedRelationship> relationships,
        IReadOnlyList<ScopeRegion> scope)
    {
        Files = files;
        Entities = entities;
        Relationships = relationships;
        Scope = scope;
    }

    /// <summary>Short document key (D0…) → file name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyList<ExpectedEntity> Entities { get; }

    public IReadOnlyList<ExpectedRelationship> Relationships { get; }

    public IReadOnlyList<ScopeRegion> Scope { get; }

    /// <summary>Reads the four files of <paramref name="folder"/>; a malformed row fails with its file and line.</summary>
    public static ExpectationSet Load(string folder)
    {
        var files = Rows(folder, "files.tsv", 2).ToDictionary(r => r.Cells[0], r => r.Cells[1], StringComparer.Ordinal);
        var entities = Rows(folder, "entities.tsv", 4)
            .Select(r => Entity(r, files))
            .ToList();
        var relationships = Rows(folder, "relationships.tsv", 7)
            .Select(r => new ExpectedRelationship(Key(r, files), Number(r, 1), r.Cells[2], r.Cells[3], r.Cells[4], r.Cells[5], r.Cells[6]))
            .ToList();
        var scope = Rows(folder, "scope.tsv", 4)
            .Select(r => r.Cells[1] == "*lines"
                ? new ScopeRegion(Key(r, files), 0, 0, r.Cells[3])
                : new ScopeRegion(Key(r, files), Number(r, 1), Number(r, 2), r.Cells[3]))
            .ToList();
        return new ExpectationSet(files, entities, relationships, scope);
    }

    private static ExpectedEntity Entity(Row row, IReadOnlyDictionary<string, string> files)
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var aliases = new List<string>();
        var text = row.Cells.Count > 4 ? row.Cells[4] : "";
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw row.Error($"property '{pair}' is not key=value");
            }

            var key = pair[..equals];
            var value = pair[(equals + 1)..];
            if (key == "aliases")
            {
                aliases.AddRange(value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                properties[key] = value;
            }
        }

        return new ExpectedEntity(Key(row, files), Number(row, 1), row.Cells[2], row.Cells[3], aliases, properties);
    }

    private static string Key(Row row, IReadOnlyDictionary<string, string> files)
        => files.ContainsKey(row.Cells[0]) ? row.Cells[0] : throw row.Error($"unknown document '{row.Cells[0]}' (not in files.tsv)");

    private static int Number(Row row, int cell)
        => int.TryParse(row.Cells[cell], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw row.Error($"'{row.Cells[cell]}' is not a line number");

    private static IEnumerable<Row> Rows(string folder, string fileName, int minimumCells)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"expectations: {path} is missing", path);
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var row = new Row(path, lineNumber, line.Split('\t'));
            if (row.Cells.Count < minimumCells)
            {
                throw row.Error($"expected at least {minimumCells} TAB-separated cells, found {row.Cells.Count}");
            }

            yield return row;
        }
    }

    private sealed record Row(string Path, int Line, IReadOnlyList<string> Cells)
    {
        public FormatException Error(string message) => new($"{Path}:{Line}: {message}");
    }
}
