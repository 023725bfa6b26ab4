using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Types;

/// <summary>
/// Builds a schema from SDL (spec §3): every type and directive definition, extensions applied, the
/// built-in scalars, the specified directives and the introspection types added.
/// </summary>
public static class SchemaBuilder
{
    private static readonly string[] BuiltInScalars = ["Int", "Float", "String", "Boolean", "ID"];

    public static GraphQLSchema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var introspection = Parser.Parse(Introspection.TypesSdl);
        var specifiedDirectives = Parser.Parse(Introspection.DirectivesSdl);
        var definitions = document.Definitions.OfType<TypeDefinitionNode>().Concat(introspection.Definitions.OfType<TypeDefinitionNode>()).ToList();

        var types = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        var problems = new List<string>();
        var order = new List<INamedType>();
        foreach (var definition in definitions.Where(d => !d.IsExtension))
        {
            var name = definition.Name.Value;
            if (types.ContainsKey(name))
            {
                throw new GraphQLError($"There can be only one type named \"{name}\".", [definition.Name]);
            }

            INamedType type = definition.Kind switch
            {
                TypeDefinitionKind.Scalar => new GraphQLScalarType(name),
                TypeDefinitionKind.Object => new GraphQLObjectType(name),
                TypeDefinitionKind.Interface => new GraphQLInterfaceType(name),
                TypeDefinitionKind.Union => new GraphQLUnionType(name),
                TypeDefinitionKind.Enum => new GraphQLEnumType(name),
                _ => new GraphQLInputObjectType(name),
            };
            SetDescription(type, definition.Description?.Value);
            if (type is GraphQLScalarType scalarType)
            {
                scalarType.SpecifiedByUrl = SpecifiedByUrl(definition.Directives);
            }

            types[name] = type;
            order.Add(type);
        }

        foreach (var scalar in BuiltInScalars.Where(s => !types.ContainsKey(s)))
        {
            var type = new GraphQLScalarType(scalar);
            types[scalar] = type;
            order.Add(type);
        }

        IGraphQLType Resolve(ITypeNode node) => node switch
        {
            NamedTypeNode named => (IGraphQLType?)types.GetValueOrDefault(named.Name.Value)
                ?? throw new GraphQLError($"Unknown type \"{named.Name.Value}\".", [named]),
            ListTypeNode list => new GraphQLList(Resolve(list.Type)),
            NonNullTypeNode nonNull => new GraphQLNonNull(Resolve(nonNull.Type)),
            _ => throw new GraphQLError("Unknown type reference.", [node]),
        };

        T Named<T>(NamedTypeNode node)
            where T : class, INamedType =>
            Resolve(node) as T ?? throw new GraphQLError($"Type \"{node.Name.Value}\" is not a {typeof(T).Name}.", [node]);

        // References of the wrong kind cannot live in the type objects; SchemaValidator reports them
        // with graphql-js's messages, next to the other type-system errors.
        IEnumerable<GraphQLInterfaceType> Implemented(string typeName, IReadOnlyList<NamedTypeNode> references)
        {
            foreach (var reference in references)
            {
                if (Resolve(reference) is GraphQLInterfaceType iface)
                {
                    yield return iface;
                }
                else
                {
                    problems.Add($"Type {typeName} must only implement Interface types, it cannot implement {reference.Name.Value}.");
                }
            }
        }

        GraphQLArgument Argument(InputValueDefinitionNode a) =>
            new(a.Name.Value, Resolve(a.Type), a.DefaultValue) { Description = a.Description?.Value, DeprecationReason = DeprecationReason(a.Directives) };

        GraphQLField Field(FieldDefinitionNode field) =>
            new(field.Name.Value, Resolve(field.Type), [.. field.Arguments.Select(Argument)])
            {
                Description = field.Description?.Value,
                DeprecationReason = DeprecationReason(field.Directives),
            };

        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            var type = types.GetValueOrDefault(name) ?? throw new GraphQLError($"Cannot extend type \"{name}\" because it is not defined.", [definition.Name]);
            switch (type)
            {
                case GraphQLObjectType o:
                    o.Interfaces.AddRange(Implemented(name, definition.Interfaces));
                    foreach (var field in definition.Fields)
                    {
                        o.Fields[field.Name.Value] = Field(field);
                    }

                    break;
                case GraphQLInterfaceType i:
                    i.Interfaces.AddRange(Implemented(name, definition.Interfaces));
                    foreach (var field in definition.Fields)
                    {
                        i.Fields[field.Name.Value] = Field(field);
                    }

                    break;
                case GraphQLUnionType u:
                    foreach (var member in definition.UnionMembers)
                    {
                        if (Resolve(member) is GraphQLObjectType memberType)
                        {
                            u.Types.Add(memberType);
                        }
                        else
                        {
                            problems.Add($"Union type {name} can only include Object types, it cannot include {member.Name.Value}.");
                        }
                    }

                    break;
                case GraphQLEnumType e:
                    e.Values.AddRange(definition.EnumValues.Select(v => new GraphQLEnumValue(v.Name.Value, DeprecationReason(v.Directives)) { Description = v.Description?.Value }));
                    break;
                case GraphQLInputObjectType input:
                    input.IsOneOf |= definition.Directives.Any(d => d.Name.Value == "oneOf");
                    foreach (var field in definition.InputFields)
                    {
                        input.Fields[field.Name.Value] = new GraphQLInputField(field.Name.Value, Resolve(field.Type), field.DefaultValue)
                        {
                            Description = field.Description?.Value,
                            DeprecationReason = DeprecationReason(field.Directives),
                        };
                    }

                    break;
            }
        }

        var directives = document.Definitions.OfType<DirectiveDefinitionNode>().ToList();
        directives.AddRange(specifiedDirectives.Definitions.OfType<DirectiveDefinitionNode>().Where(d => directives.All(x => x.Name.Value != d.Name.Value)));
        var builtDirectives = directives.Select(d => new GraphQLDirective(
            d.Name.Value,
            [.. d.Locations.Select(l => DirectiveLocations.TryParse(l.Value, out var location) ? location : throw new GraphQLError($"Unknown directive location \"{l.Value}\".", [l]))],
            [.. d.Arguments.Select(Argument)],
            d.Repeatable) { Description = d.Description?.Value }).ToList();

        var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().ToList();
        GraphQLObjectType? Root(OperationType operation, string defaultName)
        {
            var declared = schemaDefinition.SelectMany(s => s.OperationTypes).FirstOrDefault(o => o.Operation == operation);
            return declared is not null ? Named<GraphQLObjectType>(declared.Type) : types.GetValueOrDefault(defaultName) as GraphQLObjectType;
        }

        return new GraphQLSchema(
            order,
            builtDirectives,
            Root(OperationType.Query, "Query"),
            Root(OperationType.Mutation, "Mutation"),
            Root(OperationType.Subscription, "Subscription"))
        {
            Description = schemaDefinition.FirstOrDefault(d => !d.IsExtension)?.Description?.Value,
            ReferenceProblems = problems,
        };
    }

    private static void SetDescription(INamedType type, string? description)
    {
        switch (type)
        {
            case GraphQLScalarType t: t.Description = description; break;
            case GraphQLObjectType t: t.Description = description; break;
            case GraphQLInterfaceType t: t.Description = description; break;
            case GraphQLUnionType t: t.Description = description; break;
            case GraphQLEnumType t: t.Description = description; break;
            case GraphQLInputObjectType t: t.Description = description; break;
        }
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
        => directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url ? url.Value : null;

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason ? reason.Value : "No longer supported";
    }
}
