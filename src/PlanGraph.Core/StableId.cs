using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PlanGraph.Core;

/// <summary>
/// Ids derived from a node's kind and canonical key, so that re-running extraction on the same
/// input yields the same ids (DESIGN.md §3).
/// </summary>
public static class StableId
{
    private const char Separator = '\u001f';

    /// <summary>"label:" followed by 16 hex digits of SHA-1 over the label and the key parts.</summary>
    public static string For(string label, params string[] keyParts)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Span<byte> digest = stackalloc byte[20];
        Hash(label, [], keyParts, digest);
        Span<char> id = label.Length <= 64 ? stackalloc char[label.Length + 17] : new char[label.Length + 17];
        label.AsSpan().ToLowerInvariant(id);
        id[label.Length] = ':';
        Convert.TryToHexStringLower(digest[..8], id[(label.Length + 1)..], out _);
        return new string(id);
    }

    /// <summary>Id of a source document: derived from its file name, so a changed file keeps its id.</summary>
    public static string ForDocument(string fileName) => For(NodeLabels.Document, fileName);

    /// <summary>Id of a relationship: type, endpoints and any distinguishing parts (e.g. a role).</summary>
    public static string ForRelationship(string type, string from, string to, params string[] distinguishing)
    {
        Span<byte> digest = stackalloc byte[20];
        Hash(type, [from, to], distinguishing, digest);
        Span<char> id = stackalloc char[20];
        "rel:".CopyTo(id);
        Convert.TryToHexStringLower(digest[..8], id[4..], out _);
        return new string(id);
    }

    /// <summary>
    /// SHA-1 over the UTF-8 of head␟middle…␟tail joined by ␟ (the separator), no tail counting as one empty part:
    /// encoded part by part into one buffer rather than joined into a string first, because an extraction makes an
    /// id for every node and relationship it meets (docs/extraction.md, "Throughput").
    /// </summary>
    private static void Hash(string head, ReadOnlySpan<string> middle, ReadOnlySpan<string> tail, Span<byte> digest)
    {
        var length = Encoding.UTF8.GetByteCount(head) + middle.Length + Math.Max(tail.Length, 1);
        foreach (var part in middle)
        {
            length += Encoding.UTF8.GetByteCount(part ?? "");
        }

        foreach (var part in tail)
        {
            length += Encoding.UTF8.GetByteCount(part ?? "");
        }

        byte[]? rented = null;
        Span<byte> buffer = length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var at = Encoding.UTF8.GetBytes(head, buffer);
        foreach (var part in middle)
        {
            buffer[at++] = (byte)Separator;
            at += Encoding.UTF8.GetBytes(part ?? "", buffer[at..]);
        }

        buffer[at++] = (byte)Separator;
        for (var i = 0; i < tail.Length; i++)
        {
            if (i > 0)
            {
                buffer[at++] = (byte)Separator;
            }

            at += Encoding.UTF8.GetBytes(tail[i] ?? "", buffer[at..]);
        }

        SHA1.HashData(buffer[..at], digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
