using System.Text.RegularExpressions;

namespace PlanGraph.Neo4j.Schema;

/// <summary>Checks identifiers going into DDL and derives stable schema object names from them.</summary>
internal static partial class SchemaNames
{
    /// <summary>Labels and properties must be plain identifiers: DDL cannot take them as parameters.</summary>
    public static string Identifier(string value, string what)
    {
        if (string.IsNullOrEmpty(value) || !IdentifierPattern().IsMatch(value))
        {
            throw new ArgumentException($"'{value}' is not a valid {what} for schema DDL (letters, digits and _ only, not starting with a digit).", what);
        }

        return value;
    }

    /// <summary>Full-text analyzer names ("cjk", "standard-no-stop-words"): lower-case letters, digits and hyphens.</summary>
    public static string AnalyzerName(string value)
    {
        if (string.IsNullOrEmpty(value) || !AnalyzerPattern().IsMatch(value))
        {
            throw new ArgumentException($"'{value}' is not a valid full-text analyzer name (lower-case letters, digits and - only).", nameof(value));
        }

        return value;
    }

    /// <summary>"{label}_{property}_unique" / "_index": stable, so IF NOT EXISTS finds the object again.</summary>
    public static string For(string label, string property, string kind)
        => $"{Identifier(label, "label")}_{Identifier(property, "property")}_{kind}".ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex AnalyzerPattern();
}
