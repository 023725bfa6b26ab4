using PlanGraph.GraphQL.Types;
namespace PlanGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for executable and type-system documents (spec §2 and §3), reporting
/// the first syntax error as graphql-js does ("Syntax Error: Expected Name, found "}".").
/// </summary>
public sealed class Parser
{
    private readonly Lexer lexer;

    private Parser(string source) => lexer = new Lexer(source);

    public static DocumentNode Parse(string source) => new Parser(source).ParseDocument();

    private DocumentNode ParseDocument()
    {
        var start = lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile);
        return new DocumentNode(definitions, Loc(start));
    }

    private IDefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? lexer.Peek() : lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(lexer.Token, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition(false);
                case "scalar": return ParseTypeDefinition(TypeDefinitionKind.Scalar, false);
                case "type": return ParseTypeDefinition(TypeDefinitionKind.Object, false);
                case "interface": return ParseTypeDefinition(TypeDefinitionKind.Interface, false);
                case "union": return ParseTypeDefinition(TypeDefinitionKind.Union, false);
                case "enum": return ParseTypeDefinition(TypeDefinitionKind.Enum, false);
                case "input": return ParseTypeDefinition(TypeDefinitionKind.InputObject, false);
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(lexer.Token, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet(), Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), Loc(start)) { Description = description };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new VariableDefinitionNode(variable, type, defaultValue, ParseDirectives(true), Loc(start)) { Description = description };
    }

    private VariableNode ParseVariable()
    {
        var start = lexer.Token;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName(), Loc(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = lexer.Token;
        return new SelectionSetNode(Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR), Loc(start));
    }

    private ISelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private List<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst), Loc(start));
    }

    private ISelectionNode ParseFragment()
    {
        var start = lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false), Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), Loc(start)) { Description = description };
    }

    private NameNode ParseFragmentName()
    {
        if (lexer.Token.Value == "on")
        {
            throw Unexpected(lexer.Token);
        }

        return ParseName();
    }

    private IValueNode ParseValueLiteral(bool isConst)
    {
        var token = lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                {
                    var values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR);
                    return new ListValueNode(values, Loc(token));
                }

            case TokenKind.BraceL:
                {
                    var fields = Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR);
                    return new ObjectValueNode(fields, Loc(token));
                }

            case TokenKind.Int:
                lexer.Advance();
                return new IntValueNode(token.Value!, Loc(token));
            case TokenKind.Float:
                lexer.Advance();
                return new FloatValueNode(token.Value!, Loc(token));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                lexer.Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(token.Value!, Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token, $"Unexpected variable \"${lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(lexer.Token);
        }
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst), Loc(start));
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = lexer.Token;
        lexer.Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = lexer.Token;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), Loc(start)));
        }

        return directives;
    }

    private ITypeNode ParseTypeReference()
    {
        var start = lexer.Token;
        ITypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = lexer.Token;
        return new NamedTypeNode(ParseName(), Loc(start));
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!, Loc(token));
    }

    // Type system (spec §3).
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition(bool isExtension, Token? extendToken = null)
    {
        var start = extendToken ?? lexer.Token;
        var description = isExtension ? null : ParseDescription();

        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = isExtension
            ? OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR)
            : Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (isExtension && directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(lexer.Token);
        }

        return new SchemaDefinitionNode(isExtension, directives, operationTypes, Loc(start)) { Description = description };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), Loc(start));
    }

    private TypeDefinitionNode ParseTypeDefinition(TypeDefinitionKind kind, bool isExtension, Token? extendToken = null)
    {
        var start = extendToken ?? lexer.Token;
        var description = isExtension ? null : ParseDescription();
        ExpectKeyword(kind switch
        {
            TypeDefinitionKind.Scalar => "scalar",
            TypeDefinitionKind.Object => "type",
            TypeDefinitionKind.Interface => "interface",
            TypeDefinitionKind.Union => "union",
            TypeDefinitionKind.Enum => "enum",
            _ => "input",
        });
        var name = ParseName();
        List<NamedTypeNode> interfaces = kind is TypeDefinitionKind.Object or TypeDefinitionKind.Interface && ExpectOptionalKeyword("implements")
            ? DelimitedMany(TokenKind.Amp, ParseNamedType)
            : [];
        var directives = ParseDirectives(true);
        List<FieldDefinitionNode> fields = kind is TypeDefinitionKind.Object or TypeDefinitionKind.Interface
            ? OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR)
            : [];
        List<NamedTypeNode> members = kind == TypeDefinitionKind.Union && ExpectOptionalToken(TokenKind.Equals)
            ? DelimitedMany(TokenKind.Pipe, ParseNamedType)
            : [];
        List<EnumValueDefinitionNode> values = kind == TypeDefinitionKind.Enum
            ? OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR)
            : [];
        List<InputValueDefinitionNode> inputFields = kind == TypeDefinitionKind.InputObject
            ? OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR)
            : [];
        if (isExtension && interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0 && members.Count == 0 && values.Count == 0 && inputFields.Count == 0)
        {
            throw Unexpected(lexer.Token);
        }

        return new TypeDefinitionNode(kind, isExtension, description, name, interfaces, directives, fields, members, values, inputFields, Loc(start));
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true), Loc(start));
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true), Loc(start));
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        if (lexer.Token.Value is "true" or "false" or "null")
        {
            throw Error(lexer.Token, $"{Describe(lexer.Token)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(true), Loc(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(start));
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = lexer.Token;
        var name = ParseName();
        if (!DirectiveLocations.TryParse(name.Value, out _))
        {
            throw Unexpected(start);
        }

        return name;
    }

    private IDefinitionNode ParseExtension()
    {
        var keyword = lexer.Peek();
        if (keyword.Kind == TokenKind.Name)
        {
            TypeDefinitionKind? kind = keyword.Value switch
            {
                "scalar" => TypeDefinitionKind.Scalar,
                "type" => TypeDefinitionKind.Object,
                "interface" => TypeDefinitionKind.Interface,
                "union" => TypeDefinitionKind.Union,
                "enum" => TypeDefinitionKind.Enum,
                "input" => TypeDefinitionKind.InputObject,
                _ => null,
            };
            var extend = lexer.Token;
            if (keyword.Value == "schema")
            {
                ExpectKeyword("extend");
                return ParseSchemaDefinition(true, extend);
            }

            if (kind is { } k)
            {
                ExpectKeyword("extend");
                return ParseTypeDefinition(k, true, extend);
            }
        }

        throw Unexpected(keyword);
    }

    // Token helpers, named as graphql-js names them.
    private bool Peek(TokenKind kind) => lexer.Token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = lexer.Token;
        if (token.Kind == kind)
        {
            lexer.Advance();
            return token;
        }

        throw Error(token, $"Expected {KindDescription(kind)}, found {Describe(token)}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (lexer.Token.Kind != kind)
        {
            return false;
        }

        lexer.Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            lexer.Advance();
            return;
        }

        throw Error(token, $"Expected \"{value}\", found {Describe(token)}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            lexer.Advance();
            return true;
        }

        return false;
    }

    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    private List<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) =>
        Peek(open) ? Many(open, parse, close) : [];

    private List<T> Any<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parse());
        }

        return nodes;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private static GraphQLError Unexpected(Token token) => Error(token, $"Unexpected {Describe(token)}.");

    private static GraphQLError Error(Token token, string message) =>
        new("Syntax Error: " + message, new SourceLocation(token.Start, token.Line, token.Column));

    private static SourceLocation Loc(Token start) => new(start.Start, start.Line, start.Column);

    private static string Describe(Token token) =>
        KindDescription(token.Kind) + (token.Value is not null && token.Kind != TokenKind.Comment ? $" \"{token.Value}\"" : string.Empty);

    private static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };
}
