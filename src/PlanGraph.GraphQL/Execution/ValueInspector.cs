using System.Collections;
using System.Globalization;

namespace PlanGraph.GraphQL.Execution;

/// <summary>Prints a runtime value for an error message the way graphql-js's inspect() does: "abc", 1.5, { a: 1 }, [1, 2].</summary>
public static class ValueInspector
{
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => System.Text.Json.JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => Number(d),
        float f => Number(f),
        IFormattable n and (int or long or decimal or short or byte) => n.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => map.Any() ? "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Inspect(p.Value))) + " }" : "{}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    internal static string Number(double d) => double.IsNaN(d) ? "NaN"
        : double.IsPositiveInfinity(d) ? "Infinity"
        : double.IsNegativeInfinity(d) ? "-Infinity"
        : d.ToString("R", CultureInfo.InvariantCulture);
}
