namespace PlanGraph.Core.Ontology;

/// <summary>A property a label or relationship type declares: its name, type and meaning (docs/ontology.md).</summary>
public sealed record PropertyDefinition(string Name, PropertyKind Kind, string Description)
{
    /// <summary>Whether <paramref name="value"/> is of this property's type; null (absent) always is.</summary>
    public bool Accepts(object? value) => value is null || Kind switch
    {
        PropertyKind.String => value is string,
        PropertyKind.Int => value is long or int,
        PropertyKind.Float => value is double or float or long or int,
        PropertyKind.Bool => value is bool,
        PropertyKind.StringList => value is IEnumerable<string>,
        PropertyKind.IntList => value is IEnumerable<long> or IEnumerable<int>,
        _ => false,
    };
}
