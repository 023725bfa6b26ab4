using System.Globalization;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Fresh Cypher variable names, projection keys and parameter names for one statement. Every value from
/// the request goes through <see cref="Parameter"/>: user input never becomes Cypher text.
/// </summary>
internal sealed class CompilationScope
{
    private readonly Dictionary<string, object?> parameters = new(StringComparer.Ordinal);
    private int variables;
    private int keys;

    public IReadOnlyDictionary<string, object?> Parameters => parameters;

    /// <summary>A new variable name such as v3 (the prefix is a constant of the compiler).</summary>
    public string Variable(string prefix) => prefix + (variables++).ToString(CultureInfo.InvariantCulture);

    /// <summary>A new projection key such as f7.</summary>
    public string Key() => "f" + (keys++).ToString(CultureInfo.InvariantCulture);

    /// <summary>Binds a value to a new parameter and returns its reference ($p4).</summary>
    public string Parameter(object? value)
    {
        var name = "p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters[name] = value;
        return "$" + name;
    }
}
