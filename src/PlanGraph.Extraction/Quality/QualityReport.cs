using System.Globalization;
using System.Text;

namespace PlanGraph.Extraction.Quality;

/// <summary>The scorer's result: one row per label and relationship type, printable as a Markdown table.</summary>
public sealed record QualityReport(IReadOnlyList<QualityRow> Rows)
{
    public QualityRow Row(string name) => Rows.Single(r => r.Name == name);

    /// <summary>The table for the README: expected, extracted in scope, matched, P, R, F1 and property accuracy.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| kind | label / type | expected | extracted (in scope) | matched | precision | recall | F1 | property accuracy |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Kind} | {row.Name} | {row.Expected} | {(row.PrecisionMeasured ? row.Extracted.ToString(CultureInfo.InvariantCulture) : "n/a")} | {row.Matched} | {(row.PrecisionMeasured ? row.Precision.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} | {row.Recall:0.00} | {(row.PrecisionMeasured ? row.F1.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} | {(row.PropertiesChecked == 0 ? "–" : row.PropertyAccuracy.ToString("0.00", CultureInfo.InvariantCulture))} |");
        }

        return text.ToString();
    }

    /// <summary>Missed and spurious facts per row, for whoever improves the rules.</summary>
    public string ToDetails(int perRow = 20)
    {
        var text = new StringBuilder();
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {row.Name}: {row.Missed.Count} missed, {row.Spurious.Count} spurious");
            foreach (var missed in row.Missed.Take(perRow))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  missed   {missed}");
            }

            foreach (var spurious in row.Spurious.Take(perRow))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  spurious {spurious}");
            }
        }

        return text.ToString();
    }
}
