using System.Security.Cryptography;
using System.Text;

namespace PlanGraph.Core;

/// <summary>
/// Ids derived from a node's kind and canonical key, so that re-running extraction on the same
/// input yields the same ids (DESIGN.md §3).
/// </summary>
public static class StableId
{
    /// <summary>"label:" followed by 16 hex digits of SHA-1 over the label and the key parts.</summary>
    public static string For(string label, params string[] keyParts)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        var prefix = label.ToLowerInvariant();
        return prefix + ":" + Hash(label + "\u001f" + string.Join("\u001f", keyParts));
    }

    /// <summary>Id of a source document: derived from its file name, so a changed file keeps its id.</summary>
    public static string ForDocument(string fileName) => For(NodeLabels.Document, fileName);

    /// <summary>Id of a relationship: type, endpoints and any distinguishing parts (e.g. a role).</summary>
    public static string ForRelationship(string type, string from, string to, params string[] distinguishing)
        => "rel:" + Hash(type + "\u001f" + from + "\u001f" + to + "\u001f" + string.Join("\u001f", distinguishing));

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[20];
        SHA1.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}
