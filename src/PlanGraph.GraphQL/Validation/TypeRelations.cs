using PlanGraph.GraphQL.Language;
using PlanGraph.GraphQL.Types;

namespace PlanGraph.GraphQL.Validation;

/// <summary>How types relate for validation (spec §3 and §5): kinds, wrapping, sub-typing, overlap, and the printed form messages use.</summary>
public static class TypeRelations
{
    public static IGraphQLType? NamedType(IGraphQLType? type)
    {
        while (true)
        {
            switch (type)
            {
                case GraphQLList list:
                    type = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    return type;
            }
        }
    }

    public static IGraphQLType? Nullable(IGraphQLType? type) => type is GraphQLNonNull nonNull ? nonNull.OfType : type;

    public static bool IsComposite(IGraphQLType? type) => type is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    public static bool IsAbstract(IGraphQLType? type) => type is GraphQLInterfaceType or GraphQLUnionType;

    public static bool IsLeaf(IGraphQLType? type) => type is GraphQLScalarType or GraphQLEnumType;

    public static bool IsInput(IGraphQLType? type) =>
        NamedType(type) is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    public static bool IsOutput(IGraphQLType? type) =>
        NamedType(type) is GraphQLScalarType or GraphQLEnumType or GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>The schema type a type reference in the document names, or null when a named type is unknown.</summary>
    public static IGraphQLType? FromAst(GraphQLSchema schema, ITypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new GraphQLList(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null,
        _ => null,
    };

    /// <summary>The type as SDL writes it: <c>[Int!]!</c>.</summary>
    public static string Print(IGraphQLType type) => type switch
    {
        GraphQLList list => "[" + Print(list.OfType) + "]",
        GraphQLNonNull nonNull => Print(nonNull.OfType) + "!",
        INamedType named => named.Name,
        _ => type.ToString() ?? string.Empty,
    };

    /// <summary>Structural equality: wrappers compare by what they wrap, named types by identity.</summary>
    public static bool AreEqual(IGraphQLType? a, IGraphQLType? b) => (a, b) switch
    {
        (GraphQLList x, GraphQLList y) => AreEqual(x.OfType, y.OfType),
        (GraphQLNonNull x, GraphQLNonNull y) => AreEqual(x.OfType, y.OfType),
        (GraphQLList or GraphQLNonNull, _) or (_, GraphQLList or GraphQLNonNull) => false,
        _ => ReferenceEquals(a, b),
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (AreEqual(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return IsAbstract(superType)
            && maybeSubType is GraphQLObjectType or GraphQLInterfaceType
            && schema.IsSubType(superType, maybeSubType);
    }

    /// <summary>Whether some object type could be both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, IGraphQLType a, IGraphQLType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (IsAbstract(a))
        {
            if (IsAbstract(b))
            {
                return schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t));
            }

            return schema.IsSubType(a, b);
        }

        return IsAbstract(b) && schema.IsSubType(b, a);
    }
}
