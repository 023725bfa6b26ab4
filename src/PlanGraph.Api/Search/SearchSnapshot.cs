using System.Text.Json;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Search;

/// <summary>
/// An immutable in-process search index over the graph's names, aliases and evidence sentences, read
/// from Neo4j in one request. Each text is posted under its character bigrams (and single characters),
/// so a search looks at the texts that share the searched text's rarest bigram, never at every node.
/// Ranking: the whole name or alias, then its prefix, then inside it, then inside a sentence; then
/// shorter names; then nodes more documents support; then name and id.
/// </summary>
public sealed class SearchSnapshot
{
    private readonly Entity[] entities;
    private readonly Text[] texts;
    private readonly Dictionary<long, int[]> postings;

    private SearchSnapshot(string fingerprint, Entity[] entities, Text[] texts, Dictionary<long, int[]> postings)
    {
        Fingerprint = fingerprint;
        this.entities = entities;
        this.texts = texts;
        this.postings = postings;
    }

    /// <summary>A snapshot of an empty graph (for statement shapes: the lint's catalog).</summary>
    public static SearchSnapshot Empty { get; } = new(string.Empty, [], [], []);

    /// <summary>The graph's fingerprint when this snapshot was read (<see cref="SearchStatements.Fingerprint"/>, as JSON).</summary>
    public string Fingerprint { get; }

    /// <summary>How many nodes and sentences the snapshot holds.</summary>
    public (int Nodes, int Texts) Size => (entities.Length, texts.Length);

    /// <summary>Builds a snapshot from the answers to <see cref="SearchStatements"/> (fingerprint, entities, sentences).</summary>
    public static SearchSnapshot Build(CypherResult fingerprint, CypherResult entityRows, CypherResult sentenceRows)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(entityRows);
        ArgumentNullException.ThrowIfNull(sentenceRows);
        var entities = new List<Entity>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<Text>();
        foreach (var row in entityRows.Rows)
        {
            var id = row[0].GetString()!;
            var name = row[1].ValueKind == JsonValueKind.String ? row[1].GetString()! : id;
            var documents = row[3].ValueKind == JsonValueKind.Array ? row[3].EnumerateArray().Select(d => d.ToString()).Distinct(StringComparer.Ordinal).Count() : 0;
            var index = entities.Count;
            byId[id] = index;
            entities.Add(new Entity(id, name, documents));
            texts.Add(new Text(name.ToLowerInvariant(), name, SearchField.Name, [index]));
            if (row[2].ValueKind == JsonValueKind.Array)
            {
                foreach (var alias in row[2].EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).Distinct(StringComparer.Ordinal))
                {
                    texts.Add(new Text(alias.ToLowerInvariant(), alias, SearchField.Alias, [index]));
                }
            }
        }

        // One text per distinct sentence, naming every node it supports (in document order).
        var sentences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in sentenceRows.Rows)
        {
            if (row[0].GetString() is not { Length: > 0 } quote || !byId.TryGetValue(row[1].GetString()!, out var node))
            {
                continue;
            }

            if (!sentences.TryGetValue(quote, out var nodes))
            {
                sentences[quote] = nodes = [];
                order.Add(quote);
            }

            if (!nodes.Contains(node))
            {
                nodes.Add(node);
            }
        }

        texts.AddRange(order.Select(quote => new Text(quote.ToLowerInvariant(), quote, SearchField.Sentence, [.. sentences[quote]])));
        var lists = new Dictionary<long, List<int>>();
        for (var t = 0; t < texts.Count; t++)
        {
            foreach (var gram in Grams(texts[t].Lower, bigrams: true).Concat(Grams(texts[t].Lower, bigrams: false)))
            {
                if (!lists.TryGetValue(gram, out var list))
                {
                    lists[gram] = list = [];
                }

                // Texts are visited in order, so a repeated gram of the same text is the list's last entry.
                if (list.Count == 0 || list[^1] != t)
                {
                    list.Add(t);
                }
            }
        }

        var key = fingerprint.Rows.Count > 0 ? fingerprint.Rows[0][0].GetRawText() : string.Empty;
        return new SearchSnapshot(key, [.. entities], [.. texts], lists.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    /// <summary>The hits for <paramref name="text"/> (case-insensitive), ranked, from position <paramref name="offset"/>, at most <paramref name="first"/>.</summary>
    public SearchPage Find(string text, int offset, int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needle = text.Trim().ToLowerInvariant();
        int[]? rarest = null;
        foreach (var gram in Grams(needle, bigrams: needle.Length >= 2))
        {
            if (!postings.TryGetValue(gram, out var posting))
            {
                return new SearchPage([], offset, 0);
            }

            if (rarest is null || posting.Length < rarest.Length)
            {
                rarest = posting;
            }
        }

        var best = new Dictionary<int, SearchMatch>();
        foreach (var t in rarest ?? [])
        {
            var candidate = texts[t];
            if (!candidate.Lower.Contains(needle, StringComparison.Ordinal))
            {
                continue;
            }

            var rank = candidate.Field == SearchField.Sentence ? 3
                : candidate.Lower.Length == needle.Length ? 0
                : candidate.Lower.StartsWith(needle, StringComparison.Ordinal) ? 1
                : 2;
            foreach (var node in candidate.Nodes)
            {
                // The best match per node; between equals the name before an alias, the earlier sentence before a later one.
                if (!best.TryGetValue(node, out var current) || rank < current.Rank || (rank == current.Rank && candidate.Field < current.Field))
                {
                    best[node] = new SearchMatch(entities[node].Id, candidate.Field, candidate.Original, rank);
                }
            }
        }

        var ranked = best
            .OrderBy(hit => hit.Value.Rank)
            .ThenBy(hit => entities[hit.Key].Name.Length)
            .ThenByDescending(hit => entities[hit.Key].Documents)
            .ThenBy(hit => entities[hit.Key].Name, StringComparer.Ordinal)
            .ThenBy(hit => entities[hit.Key].Id, StringComparer.Ordinal)
            .Select(hit => hit.Value)
            .ToList();
        var page = ranked.Skip(offset).Take(first).ToList();
        return new SearchPage(page, offset, ranked.Count);
    }

    /// <summary>A text's character bigrams (keys above 2^32) or single characters, each once per call site's use.</summary>
    private static IEnumerable<long> Grams(string text, bool bigrams)
    {
        if (bigrams)
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                yield return (1L << 32) | ((long)text[i] << 16) | text[i + 1];
            }
        }
        else
        {
            foreach (var c in text)
            {
                yield return c;
            }
        }
    }

    private sealed record Entity(string Id, string Name, int Documents);

    private sealed record Text(string Lower, string Original, SearchField Field, int[] Nodes);
}
