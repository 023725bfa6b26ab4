using System.Globalization;
using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Execution;

/// <summary>Result and input coercion of Int, Float, String, Boolean and ID (spec §3.5), with graphql-js's messages.</summary>
public static class BuiltInScalars
{
    public static bool IsBuiltIn(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    public static object Serialize(string name, object value) => name switch
    {
        "Int" => SerializeInt(value),
        "Float" => SerializeFloat(value),
        "String" => SerializeString(value),
        "Boolean" => SerializeBoolean(value),
        "ID" => SerializeId(value),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a built-in scalar"),
    };

    public static object ParseValue(string name, object value) => name switch
    {
        "Int" => ParseInt(value),
        "Float" => AsNumber(value) is { } f && double.IsFinite(f) ? f : throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}"),
        "String" => value as string ?? throw new GraphQLError($"String cannot represent a non string value: {ValueInspector.Inspect(value)}"),
        "Boolean" => value as bool? ?? throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
        "ID" => value switch
        {
            string s => s,
            _ when AsNumber(value) is { } n && n == Math.Floor(n) && double.IsFinite(n) => ValueInspector.Number(n),
            _ => throw new GraphQLError($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a built-in scalar"),
    };

    /// <summary>A literal's value; validation has already rejected literals of the wrong kind, so failures here are defensive.</summary>
    public static object ParseLiteral(string name, IValueNode node) => (name, node) switch
    {
        ("Int", IntValueNode i) when int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        ("Int", IntValueNode i) => throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {i.Value}", [node]),
        ("Float", IntValueNode or FloatValueNode) => double.Parse(node is IntValueNode iv ? iv.Value : ((FloatValueNode)node).Value, CultureInfo.InvariantCulture),
        ("String", StringValueNode s) => s.Value,
        ("Boolean", BooleanValueNode b) => b.Value,
        ("ID", StringValueNode s) => s.Value,
        ("ID", IntValueNode i) => i.Value,
        _ => throw new GraphQLError($"{name} cannot represent a non {name.ToLowerInvariant()} value: {Validation.ValuePrinter.Print(node)}", [node]),
    };

    private static double? AsNumber(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        _ => null,
    };

    private static int ParseInt(object value)
    {
        if (AsNumber(value) is not { } n || n != Math.Floor(n) || !double.IsFinite(n))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (n is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)n;
    }

    private static int SerializeInt(object value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => AsNumber(value),
        };
        if (number is not { } n || n != Math.Floor(n) || !double.IsFinite(n))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (n is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)n;
    }

    private static double SerializeFloat(object value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => AsNumber(value),
        };
        return number is { } n && double.IsFinite(n) ? n : throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    private static string SerializeString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        _ when AsNumber(value) is { } n && double.IsFinite(n) => ValueInspector.Number(n),
        _ => throw new GraphQLError($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static bool SerializeBoolean(object value) => value switch
    {
        bool b => b,
        _ when AsNumber(value) is { } n && double.IsFinite(n) => n != 0,
        _ => throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    private static string SerializeId(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when AsNumber(value) is { } n && n == Math.Floor(n) && double.IsFinite(n) => ValueInspector.Number(n),
        _ => throw new GraphQLError($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };
}
