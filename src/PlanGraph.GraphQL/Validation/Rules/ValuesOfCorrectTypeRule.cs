using System.Globalization;
using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;
using PlanGraph.GraphQL.Utilities;

namespace PlanGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.1 Values of Correct Type (and §5.6.2 Input Object Field Names, §5.6.4 Input Object Required
/// Fields, and OneOf Input Objects): every literal can be coerced to the input type its position expects.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    public override bool Enter(ISyntaxNode node, ISyntaxNode? parent)
    {
        switch (node)
        {
            case ListValueNode list:
                if (TypeRelations.Nullable(Context.ParentInputType) is not GraphQLList)
                {
                    CheckLeafValue(list);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                return CheckObject(obj);
            case ObjectFieldNode field:
                if (Context.InputType is null && TypeRelations.NamedType(Context.ParentInputType) is GraphQLInputObjectType parentType)
                {
                    var name = field.Name.Value;
                    Context.ReportError(new GraphQLError(
                        $"Field \"{name}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(Suggestions.For(name, parentType.Fields.Keys)),
                        [field]));
                }

                return true;
            case NullValueNode nullValue:
                if (Context.InputType is GraphQLNonNull nonNull)
                {
                    Context.ReportError(new GraphQLError($"Expected value of type \"{TypeRelations.Print(nonNull)}\", found null.", [nullValue]));
                }

                return true;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeafValue((IValueNode)node);
                return true;
            default:
                return true;
        }
    }

    private bool CheckObject(ObjectValueNode obj)
    {
        if (TypeRelations.NamedType(Context.InputType) is not GraphQLInputObjectType type)
        {
            CheckLeafValue(obj);
            return false;
        }

        var given = obj.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!given.Contains(field.Name) && field.Type is GraphQLNonNull && !field.HasDefaultValue)
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{TypeRelations.Print(field.Type)}\" was not provided.", [obj]));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(obj, type);
        }

        return true;
    }

    /// <summary>A @oneOf input object literal names exactly one field, and not with null.</summary>
    private void CheckOneOf(ObjectValueNode obj, GraphQLInputObjectType type)
    {
        // Keyed by name as graphql-js's keyMap is: a repeated name counts once, its last value wins.
        var byName = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            byName[field.Name.Value] = field;
        }

        if (byName.Count != 1)
        {
            Context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [obj]));
            return;
        }

        var only = byName.Values.First();
        if (only.Value is NullValueNode)
        {
            Context.ReportError(new GraphQLError($"Field \"{type.Name}.{only.Name.Value}\" must be non-null.", [obj]));
        }
    }

    /// <summary>A value whose position expects a scalar or enum (or a composite literal where one is not allowed).</summary>
    private void CheckLeafValue(IValueNode value)
    {
        if (Context.InputType is not { } locationType)
        {
            return;
        }

        var type = TypeRelations.NamedType(locationType);
        if (!TypeRelations.IsLeaf(type))
        {
            Context.ReportError(new GraphQLError(
                $"Expected value of type \"{TypeRelations.Print(locationType)}\", found {ValuePrinter.Print(value)}.", [value]));
            return;
        }

        var problem = type switch
        {
            GraphQLEnumType enumType => EnumProblem(enumType, value),
            GraphQLScalarType scalar => ScalarProblem(scalar, value),
            _ => null,
        };
        if (problem is not null)
        {
            Context.ReportError(new GraphQLError(problem, [value]));
        }
    }

    private static string? EnumProblem(GraphQLEnumType type, IValueNode value)
    {
        var printed = ValuePrinter.Print(value);
        var suggestions = Suggestions.DidYouMean("the enum value", Suggestions.For(printed, type.Values.Select(v => v.Name)));
        if (value is not EnumValueNode enumValue)
        {
            return $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + suggestions;
        }

        return type.GetValue(enumValue.Value) is null
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + suggestions
            : null;
    }

    /// <summary>The built-in scalars' literal rules (spec §3.5); a custom scalar accepts any literal.</summary>
    private static string? ScalarProblem(GraphQLScalarType scalar, IValueNode value) => scalar.Name switch
    {
        "Int" => value switch
        {
            IntValueNode i when double.Parse(i.Value, CultureInfo.InvariantCulture) is > MaxInt or < MinInt =>
                $"Int cannot represent non 32-bit signed integer value: {i.Value}",
            IntValueNode => null,
            _ => $"Int cannot represent non-integer value: {ValuePrinter.Print(value)}",
        },
        "Float" => value is IntValueNode or FloatValueNode ? null : $"Float cannot represent non numeric value: {ValuePrinter.Print(value)}",
        "String" => value is StringValueNode ? null : $"String cannot represent a non string value: {ValuePrinter.Print(value)}",
        "Boolean" => value is BooleanValueNode ? null : $"Boolean cannot represent a non boolean value: {ValuePrinter.Print(value)}",
        "ID" => value is StringValueNode or IntValueNode ? null : $"ID cannot represent a non-string and non-integer value: {ValuePrinter.Print(value)}",
        _ => null,
    };
}
