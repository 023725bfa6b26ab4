using PlanGraph.GraphQL.Validation;

namespace PlanGraph.GraphQL.Types;

/// <summary>
/// Type-system validation (spec §3, graphql-js validateSchema) with graphql-js's messages: root types,
/// reserved names, fields and arguments of the right kind of type, interfaces implemented completely and
/// transitively, union members, enum values, input fields, oneOf inputs and non-null input cycles.
/// </summary>
public static class SchemaValidator
{
    private static readonly HashSet<string> IntrospectionTypes = new(StringComparer.Ordinal)
    {
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<GraphQLError>();
        void Report(string message) => errors.Add(new GraphQLError(message));

        if (schema.QueryType is null)
        {
            Report("Query root type must be provided.");
        }

        foreach (var problem in schema.ReferenceProblems)
        {
            Report(problem);
        }

        foreach (var directive in schema.Directives.Where(d => d.Name is not ("include" or "skip" or "deprecated" or "specifiedBy" or "oneOf")))
        {
            Name(directive.Name);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                Name(argument.Name);
                if (!TypeRelations.IsInput(argument.Type))
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {TypeRelations.Print(argument.Type)}.");
                }

                if (argument.Type is GraphQLNonNull && argument.DefaultValue is null && argument.DeprecationReason is not null)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }

        var visitedInputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types.Where(t => !IntrospectionTypes.Contains(t.Name)))
        {
            Name(type.Name);
            switch (type)
            {
                case GraphQLObjectType o:
                    Fields(o.Name, o.Fields.Values);
                    Interfaces(o.Name, o.Fields, o.Interfaces, o);
                    break;
                case GraphQLInterfaceType i:
                    Fields(i.Name, i.Fields.Values);
                    Interfaces(i.Name, i.Fields, i.Interfaces, i);
                    break;
                case GraphQLUnionType u:
                    UnionMembers(u);
                    break;
                case GraphQLEnumType e:
                    if (e.Values.Count == 0)
                    {
                        Report($"Enum type {e.Name} must define one or more values.");
                    }

                    foreach (var value in e.Values)
                    {
                        Name(value.Name);
                    }

                    break;
                case GraphQLInputObjectType input:
                    InputFields(input);
                    DetectCycles(input, [], new Dictionary<string, int>(StringComparer.Ordinal));
                    break;
            }
        }

        return errors;

        void Name(string name)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
            }
        }

        void Fields(string typeName, IEnumerable<GraphQLField> fields)
        {
            var list = fields.ToList();
            if (list.Count == 0)
            {
                Report($"Type {typeName} must define one or more fields.");
            }

            foreach (var field in list)
            {
                Name(field.Name);
                if (!TypeRelations.IsOutput(field.Type))
                {
                    Report($"The type of {typeName}.{field.Name} must be Output Type but got: {TypeRelations.Print(field.Type)}.");
                }

                foreach (var argument in field.Arguments)
                {
                    Name(argument.Name);
                    if (!TypeRelations.IsInput(argument.Type))
                    {
                        Report($"The type of {typeName}.{field.Name}({argument.Name}:) must be Input Type but got: {TypeRelations.Print(argument.Type)}.");
                    }

                    if (argument.Type is GraphQLNonNull && argument.DefaultValue is null && argument.DeprecationReason is not null)
                    {
                        Report($"Required argument {typeName}.{field.Name}({argument.Name}:) cannot be deprecated.");
                    }
                }
            }
        }

        void Interfaces(string typeName, IReadOnlyDictionary<string, GraphQLField> typeFields, IReadOnlyList<GraphQLInterfaceType> interfaces, INamedType self)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var iface in interfaces)
            {
                if (ReferenceEquals(iface, self))
                {
                    Report($"Type {typeName} cannot implement itself because it would create a circular reference.");
                    continue;
                }

                if (!seen.Add(iface.Name))
                {
                    Report($"Type {typeName} can only implement {iface.Name} once.");
                    continue;
                }

                foreach (var transitive in iface.Interfaces.Where(t => !interfaces.Contains(t)))
                {
                    Report(ReferenceEquals(transitive, self)
                        ? $"Type {typeName} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {typeName} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }

                foreach (var ifaceField in iface.Fields.Values)
                {
                    if (!typeFields.TryGetValue(ifaceField.Name, out var typeField))
                    {
                        Report($"Interface field {iface.Name}.{ifaceField.Name} expected but {typeName} does not provide it.");
                        continue;
                    }

                    if (!TypeRelations.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                    {
                        Report($"Interface field {iface.Name}.{ifaceField.Name} expects type {TypeRelations.Print(ifaceField.Type)} but {typeName}.{ifaceField.Name} is type {TypeRelations.Print(typeField.Type)}.");
                    }

                    foreach (var ifaceArgument in ifaceField.Arguments)
                    {
                        var typeArgument = typeField.Arguments.FirstOrDefault(a => a.Name == ifaceArgument.Name);
                        if (typeArgument is null)
                        {
                            Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {typeName}.{ifaceField.Name} does not provide it.");
                        }
                        else if (TypeRelations.Print(typeArgument.Type) != TypeRelations.Print(ifaceArgument.Type))
                        {
                            Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {TypeRelations.Print(ifaceArgument.Type)} but {typeName}.{ifaceField.Name}({ifaceArgument.Name}:) is type {TypeRelations.Print(typeArgument.Type)}.");
                        }
                    }

                    foreach (var extra in typeField.Arguments.Where(a => ifaceField.Arguments.All(i => i.Name != a.Name) && a.Type is GraphQLNonNull && a.DefaultValue is null))
                    {
                        Report($"Object field {typeName}.{ifaceField.Name} includes required argument {extra.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.");
                    }
                }
            }
        }

        void UnionMembers(GraphQLUnionType union)
        {
            // Members of the wrong kind are left out of union.Types but still count as declared.
            if (union.Types.Count == 0 && !schema.ReferenceProblems.Any(p => p.StartsWith($"Union type {union.Name} ", StringComparison.Ordinal)))
            {
                Report($"Union type {union.Name} must define one or more member types.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in union.Types.Where(member => !seen.Add(member.Name)))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }

        void InputFields(GraphQLInputObjectType input)
        {
            if (input.Fields.Count == 0)
            {
                Report($"Input Object type {input.Name} must define one or more fields.");
            }

            foreach (var field in input.Fields.Values)
            {
                Name(field.Name);
                if (!TypeRelations.IsInput(field.Type))
                {
                    Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {TypeRelations.Print(field.Type)}.");
                }

                if (field.Type is GraphQLNonNull && field.DefaultValue is null && field.DeprecationReason is not null)
                {
                    Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
                }

                if (input.IsOneOf && field.Type is GraphQLNonNull)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }

                if (input.IsOneOf && field.DefaultValue is not null)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }

        // graphql-js's depth-first search: each input type is explored once; every cycle found is reported.
        void DetectCycles(GraphQLInputObjectType input, List<GraphQLInputField> path, Dictionary<string, int> indexByType)
        {
            if (!visitedInputs.Add(input.Name))
            {
                return;
            }

            indexByType[input.Name] = path.Count;
            foreach (var field in input.Fields.Values)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    path.Add(field);
                    if (indexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Report($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', path.Skip(cycleIndex).Select(f => f.Name))}\".");
                    }
                    else
                    {
                        DetectCycles(fieldType, path, indexByType);
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            indexByType.Remove(input.Name);
        }
    }
}
