using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    // By the operation's syntax node: the engine's document cache hands the same node to every request with the
    // same text, so a repeated request finds its statement without its selection being converted and keyed.
    // Entries go when the node does (the document cache bounds them).
    private readonly ConditionalWeakTable<object, OperationEntry> byOperation = [];

    /// <summary>
    /// The compilation stored for this very operation node for <paramref name="dialect"/>, or null. Only for requests
    /// without variables, whose argument values all come from the document.
    /// </summary>
    public CompiledQuery? FindOperation(object operation, string? dialect)
        => byOperation.TryGetValue(operation, out var entry) && entry.Dialect == dialect ? entry.Compiled : null;

    /// <summary>Stores the compilation of every data field of an operation whose request had no variables.</summary>
    public void StoreOperation(object operation, CompiledQuery compiled, string? dialect)
        => byOperation.AddOrUpdate(operation, new OperationEntry(dialect, compiled));

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

    private sealed record OperationEntry(string? Dialect, CompiledQuery Compiled);
}
