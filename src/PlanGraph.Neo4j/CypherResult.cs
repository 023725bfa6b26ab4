using System.Buffers;
using System.Text.Json;

namespace PlanGraph.Neo4j;

/// <summary>The rows one statement returned, with its columns and what it changed.</summary>
public sealed class CypherResult
{
    /// <summary>Creates a result (the client builds these from the server's answer).</summary>
    public CypherResult(string statementName, IReadOnlyList<string> columns, IReadOnlyList<JsonElement[]> rows, CypherCounters counters)
    {
        StatementName = statementName;
        Columns = columns;
        Rows = rows;
        Counters = counters;
    }

    /// <summary>The name of the statement that produced this result.</summary>
    public string StatementName { get; }

    /// <summary>The column names, in RETURN order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>One array per row, one element per column (same order as <see cref="Columns"/>).</summary>
    public IReadOnlyList<JsonElement[]> Rows { get; }

    /// <summary>What the statement changed.</summary>
    public CypherCounters Counters { get; }

    /// <summary>The position of a column.</summary>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns there are.</exception>
    public int ColumnIndex(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Statement '{StatementName}' returned no column '{column}'; its columns are: {string.Join(", ", Columns)}.");
    }

    /// <summary>The raw value at a row and column.</summary>
    public JsonElement Value(int row, string column) => Rows[row][ColumnIndex(column)];

    /// <summary>Every row's value of one column, converted (see <see cref="CypherValue.Convert{T}"/>).</summary>
    public IReadOnlyList<T?> Column<T>(string column)
    {
        var index = ColumnIndex(column);
        return Rows.Select(row => CypherValue.Convert<T>(row[index])).ToList();
    }

    /// <summary>The value of <paramref name="column"/> in the only row, or default when there is no row.</summary>
    /// <exception cref="InvalidOperationException">More than one row came back.</exception>
    public T? Single<T>(string column)
    {
        if (Rows.Count > 1)
        {
            throw new InvalidOperationException($"Statement '{StatementName}' returned {Rows.Count} rows where at most one was expected.");
        }

        return Rows.Count == 0 ? default : CypherValue.Convert<T>(Rows[0][ColumnIndex(column)]);
    }

    /// <summary>
    /// Every row as a <typeparamref name="T"/>. Columns map to constructor parameters or properties by
    /// name (case-insensitive). When there is one column and <typeparamref name="T"/> has no member of
    /// that name, the column's value itself is mapped: <c>RETURN n { .id, .name } AS node</c> reads as
    /// a record with Id and Name, and <c>RETURN count(*) AS c</c> reads as a long.
    /// </summary>
    public IReadOnlyList<T> As<T>()
    {
        var list = new List<T>(Rows.Count);
        var wholeValue = Columns.Count == 1 && !HasMember(typeof(T), Columns[0]);
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var row in Rows)
        {
            if (wholeValue)
            {
                list.Add(CypherValue.Convert<T>(row[0])!);
                continue;
            }

            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    writer.WritePropertyName(Columns[i]);
                    row[i].WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            try
            {
                list.Add(JsonSerializer.Deserialize<T>(buffer.WrittenSpan, CypherValue.MappingOptions)!);
            }
            catch (JsonException e)
            {
                throw new InvalidCastException($"Statement '{StatementName}': cannot map a row with columns ({string.Join(", ", Columns)}) to {typeof(T).Name}: {e.Message}", e);
            }
        }

        return list;
    }

    private static bool HasMember(Type type, string name)
    {
        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || Nullable.GetUnderlyingType(type) is not null || type == typeof(JsonElement) || type == typeof(object))
        {
            return false;
        }

        return type.GetProperties().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            || type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)));
    }
}
