using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>Institution nodes of mentions in running text, named as the document's region names its bodies.</summary>
internal static class InstitutionNodes
{
    /// <summary>
    /// An institution node. "区科技创新局" in a district's document is that district's bureau: it takes the
    /// district's name (X区科技创新局) and keeps the short form as an alias; elsewhere the issuing region names
    /// a government body (省财政厅 in a province's plan: <see cref="InstitutionNaming"/>).
    /// </summary>
    public static string Mentioned(DocumentContext context, InstitutionMention mention, Evidence evidence)
    {
        var name = mention.Name;
        var aliases = mention.Aliases;
        if (mention.Type == "government" && name.Length > 3 && (name[0] == '区' || name[0] == '市') && HomeRegion(context, name[0] == '区' ? "district" : "city") is { } region)
        {
            (name, aliases) = (region + name[1..], [name, .. aliases]);
        }
        else if (mention.Type == "government")
        {
            var (resolved, written) = InstitutionNaming.Resolve(name, context.IssuingRegion);
            (name, aliases) = (resolved, [.. written, .. aliases]);
        }

        return context.Graph.Node(NodeLabels.Institution, name, evidence, new Dictionary<string, object?> { ["type"] = mention.Type }, aliases: aliases);
    }

    /// <summary>The district (or city) the document's title names, from the gazetteer.</summary>
    private static string? HomeRegion(DocumentContext context, string type)
    {
        var places = context.Gazetteer.Find(context.Title, context.Region).Select(f => f.Place).ToList();
        return places.FirstOrDefault(p => p.Type == type) is { } place ? place.Name
            : type == "city" && places.FirstOrDefault(p => p.Type == "district") is { Parent: { } parent } ? parent : null;
    }
}
