using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PlanGraph.Api.Compilation;

namespace PlanGraph.Api.Hosting;

/// <summary>
/// Remembers the compiled statement of selections already seen (same fields, aliases and argument values),
/// so a front end repeating a query skips compilation; the engine's document cache skips parsing and
/// validation. Keys include the dialect the statement was compiled for, because search compiles
/// differently on Neo4j 5 (full-text) and 3.x (CONTAINS). When full, the cache starts over rather than
/// tracking recency.
/// </summary>
public sealed class CompiledQueryCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, CompiledQuery> entries = new(StringComparer.Ordinal);

    /// <summary>The cached compilation of these root fields for <paramref name="dialect"/> (null: any server), or null.</summary>
    public CompiledQuery? Find(IReadOnlyList<FieldSelection> rootFields, string? dialect = null)
        => entries.TryGetValue(Key(rootFields, dialect), out var compiled) ? compiled : null;

    /// <summary>Stores a compilation of root fields the compiler accepted for <paramref name="dialect"/>.</summary>
    public void Store(IReadOnlyList<FieldSelection> rootFields, CompiledQuery compiled, string? dialect = null)
    {
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[Key(rootFields, dialect)] = compiled;
    }

    private static string Key(IReadOnlyList<FieldSelection> fields, string? dialect)
    {
        // The dialect name is a constant of the code ("neo4j-5"), never input, so it cannot imitate the rest.
        var key = new StringBuilder(dialect ?? "any").Append('|');
        Append(key, fields);
        return key.ToString();
    }

    private static void Append(StringBuilder key, IReadOnlyList<FieldSelection> fields)
    {
        key.Append('{');
        foreach (var field in fields)
        {
            key.Append(field.ResponseKey).Append(':').Append(field.Name).Append('@').Append(field.TypeCondition).Append('(');
            foreach (var (name, value) in field.Arguments)
            {
                key.Append(name).Append('=');
                AppendValue(key, value);
                key.Append(',');
            }

            key.Append(')');
            Append(key, field.Selections);
        }

        key.Append('}');
    }

    // Strings are quoted with their length, so no value can imitate the key's punctuation.
    private static void AppendValue(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append('~');
                break;
            case string text:
                key.Append('"').Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
                break;
            case IReadOnlyDictionary<string, object?> map:
                key.Append('{');
                foreach (var (name, item) in map)
                {
                    key.Append(name).Append('=');
                    AppendValue(key, item);
                    key.Append(',');
                }

                key.Append('}');
                break;
            case IEnumerable list:
                key.Append('[');
                foreach (var item in list)
                {
                    AppendValue(key, item);
                    key.Append(',');
                }

                key.Append(']');
                break;
            case IFormattable number:
                key.Append(value.GetType().Name[0]).Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                key.Append(value);
                break;
        }
    }
}
