using System.Globalization;
using System.Text;
using PlanGraph.Core;

namespace PlanGraph.Cli.Exports;

/// <summary>One CSV file being built: a header and rows, every field quoted as RFC 4180 says.</summary>
internal sealed class CsvTable(IReadOnlyList<string> header)
{
    private readonly StringBuilder text = new StringBuilder().AppendJoin(',', header.Select(Quote)).Append('\n');

    public int Rows { get; private set; }

    public void Add(IEnumerable<string?> fields)
    {
        text.AppendJoin(',', fields.Select(f => f is null ? "" : Quote(f))).Append('\n');
        Rows++;
    }

    public void WriteTo(string path) => File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Always quoted: Chinese text, commas, quotes and line breaks all survive; "" stands for ".</summary>
    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A value as neo4j-admin import reads it for the column's type (arrays joined with ;).</summary>
    public static string? Field(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<object?> items => string.Join(';', items.Select(Field)),
        _ => value.ToString(),
    };

    /// <summary>The neo4j-admin column type for a property seen with these values.</summary>
    public static string TypeSuffix(IEnumerable<object?> values)
    {
        var present = values.Where(v => v is not null).ToList();
        return present.Count == 0 ? ""
            : present.All(v => v is long or int) ? ":long"
            : present.All(v => v is long or int or double or float or decimal) ? ":double"
            : present.All(v => v is bool) ? ":boolean"
            : present.All(v => v is IEnumerable<object?>) ? ":string[]"
            : "";
    }
}
