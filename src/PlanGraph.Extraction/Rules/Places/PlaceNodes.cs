using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>Place nodes the place rules write: gazetteer places with their containment, and named areas inside them.</summary>
internal static class PlaceNodes
{
    // A gazetteer place's properties, made once per place rather than once per mention (the graph copies them).
    private static readonly ConditionalWeakTable<GazetteerPlace, IReadOnlyDictionary<string, object?>> Properties = [];

    /// <summary>A gazetteer place and, once, its chain of containing places (as the legacy gazetteer rule writes them).</summary>
    public static string Known(DocumentContext context, GazetteerPlace place, Evidence evidence)
    {
        var id = context.Graph.Node(NodeLabels.Place, place.Name, evidence, Properties.GetValue(place, static p => new Dictionary<string, object?> { ["type"] = p.Type, ["code"] = p.Code }), aliases: place.Aliases,
            id: place.SharesName ? StableId.For(NodeLabels.Place, Canonical.Key(place.Name), place.Key) : null);
        if (context.Gazetteer.ParentOf(place) is { } parent)
        {
            var containment = evidence with { Rule = "place.gazetteer-containment" };
            context.Graph.Relationship(RelationshipTypes.PartOf, id, Known(context, parent, containment), containment);
        }

        return id;
    }

    /// <summary>A named area that is no division (a key area, a city's 经济技术开发区), PART_OF the place it lies in.</summary>
    public static string Area(DocumentContext context, string name, string type, GazetteerPlace? container, Evidence evidence)
    {
        var id = context.Graph.Node(NodeLabels.Place, name, evidence, new Dictionary<string, object?> { ["type"] = type, ["source"] = evidence.Rule });
        if (container is not null)
        {
            var containment = evidence with { Rule = evidence.Rule + "-containment" };
            context.Graph.Relationship(RelationshipTypes.PartOf, id, Known(context, container, containment with { Rule = evidence.Rule + "-anchor" }), containment);
        }

        return id;
    }

    /// <summary>
    /// The place a heading or a box row names: the division the gazetteer reads as the whole name (（一）浦江镇), else a
    /// named area of the type its suffix gives, PART_OF <paramref name="container"/>.
    /// </summary>
    public static string Named(DocumentContext context, string name, GazetteerPlace? container, Evidence evidence)
        => context.Gazetteer.Find(name, context.Region).FirstOrDefault(f => f.Form.Length == name.Length).Place is { } known
            ? Known(context, known, evidence)
            : Area(context, name, TypeOf(context.Gazetteer, name), container, evidence);

    /// <summary>The type a place-kind suffix gives a name (…商圈 business-district, …园区 park), else area.</summary>
    public static string TypeOf(Gazetteer gazetteer, string name)
        => gazetteer.Words("place-kind").FirstOrDefault(k => name.EndsWith(k, StringComparison.Ordinal)) is { } kind ? gazetteer.WordValue("place-kind", kind) ?? "area" : "area";

    /// <summary>
    /// A name read back from a suffix or a heading without the verbs and adverbs its clause opens with
    /// (Data/verbs.tsv task-lead, action-lead, name-lead): 统筹七宝 → 七宝, 有序拓展 → "" (no name).
    /// </summary>
    public static string WithoutLead(string name) => Lead.Replace(name, "", 1);

    private static readonly Regex Lead = VerbLists.Pattern("^(?:%task-lead%|%action-lead%|%name-lead%)+");
}
