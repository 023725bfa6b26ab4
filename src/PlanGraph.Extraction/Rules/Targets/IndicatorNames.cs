using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>Indicator names as the alias table (Data/aliases.tsv) gives them.</summary>
internal static class IndicatorNames
{
    /// <summary>An indicator's canonical name from the alias table, with the name as written kept as an alias.</summary>
    public static (string Name, string[] Aliases) Of(DocumentContext context, string name)
        => context.Aliases.CanonicalOf(NodeLabels.Indicator, name) is { } canonical ? (canonical, [name]) : (name, []);
}
