using System.Text;
using PlanGraph.GraphQL.Language;

namespace PlanGraph.GraphQL.Execution;

/// <summary>
/// Builds an executable schema from code: types, fields with their resolvers, arguments, enums, inputs,
/// interfaces, unions and descriptions, declared in C#. The declaration becomes SDL (each name and type
/// reference checked by the parser as it is added) and goes through the same schema builder as SDL
/// written by hand, so both routes give the same schema.
/// </summary>
public sealed class ExecutableSchemaBuilder
{
    private readonly StringBuilder sdl = new();
    private readonly ResolverMap resolvers = new();

    /// <summary>An object type; <paramref name="fields"/> declares its fields and their resolvers.</summary>
    public ExecutableSchemaBuilder Object(string name, Action<FieldsBuilder> fields, string? description = null, params string[] interfaces)
        => Composite("type", name, fields, description, interfaces);

    /// <summary>An interface; <paramref name="resolveType"/> names the object type of a value.</summary>
    public ExecutableSchemaBuilder Interface(string name, Action<FieldsBuilder> fields, TypeResolver? resolveType = null, string? description = null)
    {
        if (resolveType is not null)
        {
            resolvers.AbstractType(CheckName(name), resolveType);
        }

        return Composite("interface", name, fields, description, []);
    }

    public ExecutableSchemaBuilder Union(string name, IEnumerable<string> members, TypeResolver? resolveType = null, string? description = null)
    {
        if (resolveType is not null)
        {
            resolvers.AbstractType(CheckName(name), resolveType);
        }

        Describe(description, "");
        sdl.Append("union ").Append(CheckName(name)).Append(" = ").AppendJoin(" | ", members.Select(CheckName)).Append("\n\n");
        return this;
    }

    public ExecutableSchemaBuilder Enum(string name, IEnumerable<string> values, string? description = null)
    {
        Describe(description, "");
        sdl.Append("enum ").Append(CheckName(name)).Append(" {\n");
        foreach (var value in values)
        {
            sdl.Append("  ").Append(CheckName(value)).Append('\n');
        }

        sdl.Append("}\n\n");
        return this;
    }

    /// <summary>An input object; each field is name, type reference and optional default value as GraphQL text.</summary>
    public ExecutableSchemaBuilder Input(string name, IEnumerable<(string Name, string Type, string? DefaultValue)> fields, string? description = null)
    {
        Describe(description, "");
        sdl.Append("input ").Append(CheckName(name)).Append(" {\n");
        foreach (var (field, type, defaultValue) in fields)
        {
            sdl.Append("  ").Append(CheckName(field)).Append(": ").Append(CheckType(type));
            if (defaultValue is not null)
            {
                sdl.Append(" = ").Append(defaultValue);
            }

            sdl.Append('\n');
        }

        sdl.Append("}\n\n");
        return this;
    }

    /// <summary>A custom scalar with its coercion.</summary>
    public ExecutableSchemaBuilder Scalar(string name, CustomScalar scalar, string? description = null)
    {
        Describe(description, "");
        sdl.Append("scalar ").Append(CheckName(name)).Append("\n\n");
        resolvers.Scalar(name, scalar);
        return this;
    }

    /// <summary>The schema, checked as SDL would be.</summary>
    /// <exception cref="GraphQLError">A name or type reference is not valid, a type is unknown or defined twice.</exception>
    public ExecutableSchema Build() => ExecutableSchema.FromSdl(Sdl, resolvers);

    /// <summary>The SDL the declarations amount to.</summary>
    public string Sdl => sdl.ToString().TrimEnd() + "\n";

    private ExecutableSchemaBuilder Composite(string keyword, string name, Action<FieldsBuilder> fields, string? description, string[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Describe(description, "");
        sdl.Append(keyword).Append(' ').Append(CheckName(name));
        if (interfaces.Length > 0)
        {
            sdl.Append(" implements ").AppendJoin(" & ", interfaces.Select(CheckName));
        }

        sdl.Append(" {\n");
        fields(new FieldsBuilder(this, name));
        sdl.Append("}\n\n");
        return this;
    }

    private void Describe(string? description, string indent)
    {
        if (description is not null)
        {
            sdl.Append(indent).Append(Printer.QuotedString(description)).Append('\n');
        }
    }

    private static string CheckName(string name)
    {
        // The lexer decides what a name is: one Name token and nothing else.
        var lexer = new Lexer(name ?? throw new ArgumentNullException(nameof(name)));
        var token = lexer.Advance();
        return token.Kind == TokenKind.Name && token.Value == name && lexer.Advance().Kind == TokenKind.EndOfFile
            ? name
            : throw new ArgumentException($"\"{name}\" is not a GraphQL name.", nameof(name));
    }

    private static string CheckType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        try
        {
            Parser.Parse("type T { f: " + type + " }");
            return type;
        }
        catch (GraphQLError error)
        {
            throw new ArgumentException($"\"{type}\" is not a GraphQL type reference: {error.Message}", nameof(type), error);
        }
    }

    /// <summary>Declares the fields of one object or interface type.</summary>
    public sealed class FieldsBuilder
    {
        private readonly ExecutableSchemaBuilder owner;
        private readonly string typeName;

        internal FieldsBuilder(ExecutableSchemaBuilder owner, string typeName)
        {
            this.owner = owner;
            this.typeName = typeName;
        }

        /// <summary>A field: name, type reference ("[Plan!]!"), resolver (none reads the parent's property), arguments as (name, type, default).</summary>
        public FieldsBuilder Field(string name, string type, FieldResolver? resolver = null, string? description = null, params (string Name, string Type, string? DefaultValue)[] arguments)
        {
            owner.Describe(description, "  ");
            owner.sdl.Append("  ").Append(CheckName(name));
            if (arguments.Length > 0)
            {
                owner.sdl.Append('(').AppendJoin(", ", arguments.Select(a => CheckName(a.Name) + ": " + CheckType(a.Type) + (a.DefaultValue is null ? "" : " = " + a.DefaultValue))).Append(')');
            }

            owner.sdl.Append(": ").Append(CheckType(type)).Append('\n');
            if (resolver is not null)
            {
                owner.resolvers.Field(typeName, name, resolver);
            }

            return this;
        }

        /// <summary>A field with a synchronous resolver.</summary>
        public FieldsBuilder Field(string name, string type, Func<ResolveInfo, object?> resolver, string? description = null, params (string Name, string Type, string? DefaultValue)[] arguments)
        {
            ArgumentNullException.ThrowIfNull(resolver);
            return Field(name, type, info => ValueTask.FromResult(resolver(info)), description, arguments);
        }
    }
}
