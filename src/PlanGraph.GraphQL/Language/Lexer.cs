using System.Globalization;
using System.Text;

namespace PlanGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec §2.1), skipping ignored tokens, with graphql-js's
/// line/column counting (UTF-16 code units; \r\n, \r and \n each end a line) and its error messages.
/// </summary>
public sealed class Lexer
{
    private readonly string body;
    private int line = 1;
    private int lineStart;

    public Lexer(string source)
    {
        body = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Token Token { get; private set; }

    /// <summary>Moves to the next significant token (comments are skipped).</summary>
    public Token Advance()
    {
        Token = Lookahead(commit: true);
        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Peek() => Lookahead(commit: false);

    private Token Lookahead(bool commit)
    {
        var savedLine = line;
        var savedLineStart = lineStart;
        var token = Token;
        if (token.Kind != TokenKind.EndOfFile)
        {
            do
            {
                token = ReadNextToken(token.End);
            }
            while (token.Kind == TokenKind.Comment);
        }

        if (!commit)
        {
            line = savedLine;
            lineStart = savedLineStart;
        }

        return token;
    }

    private GraphQLError Error(int position, string message)
    {
        // graphql-js counts lines of an error position from the start: \r\n, \r and \n each end one.
        int errorLine = 1, errorLineStart = 0;
        for (var i = 0; i < position && i < body.Length; i++)
        {
            if (body[i] == '\n' || (body[i] == '\r' && At(i + 1) != '\n'))
            {
                errorLine++;
                errorLineStart = i + 1;
            }
        }

        return new GraphQLError("Syntax Error: " + message, new SourceLocation(position, errorLine, position + 1 - errorLineStart));
    }

    private Token Create(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, line, 1 + start - lineStart, value);

    private Token ReadNextToken(int start)
    {
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    line++;
                    lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                    line++;
                    lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!': return Create(TokenKind.Bang, position, position + 1);
                case '$': return Create(TokenKind.Dollar, position, position + 1);
                case '&': return Create(TokenKind.Amp, position, position + 1);
                case '(': return Create(TokenKind.ParenL, position, position + 1);
                case ')': return Create(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (At(position + 1) == '.' && At(position + 2) == '.')
                    {
                        return Create(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':': return Create(TokenKind.Colon, position, position + 1);
                case '=': return Create(TokenKind.Equals, position, position + 1);
                case '@': return Create(TokenKind.At, position, position + 1);
                case '[': return Create(TokenKind.BracketL, position, position + 1);
                case ']': return Create(TokenKind.BracketR, position, position + 1);
                case '{': return Create(TokenKind.BraceL, position, position + 1);
                case '|': return Create(TokenKind.Pipe, position, position + 1);
                case '}': return Create(TokenKind.BraceR, position, position + 1);
                case '"':
                    return At(position + 1) == '"' && At(position + 2) == '"' ? ReadBlockString(position) : ReadString(position);
            }

            if (char.IsAsciiDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return Create(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private int At(int position) => position < body.Length ? body[position] : -1;

    private static bool IsNameStart(int c) => char.IsAsciiLetter((char)c) || c == '_';

    private static bool IsNameContinue(int c) => c >= 0 && (char.IsAsciiLetterOrDigit((char)c) || c == '_');

    private static bool IsUnicodeScalarValue(int c) => c is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private bool IsSupplementaryCodePoint(int position) =>
        At(position) is >= 0xD800 and <= 0xDBFF && At(position + 1) is >= 0xDC00 and <= 0xDFFF;

    private string PrintCodePointAt(int position)
    {
        if (position >= body.Length)
        {
            return "<EOF>";
        }

        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(body[position], body[position + 1]) : body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return Create(TokenKind.Comment, start, position, body[(start + 1)..position]);
    }

    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (code >= 0 && char.IsAsciiDigit((char)code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position, body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (firstCode < 0 || !char.IsAsciiDigit((char)firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (At(position) >= 0 && char.IsAsciiDigit((char)At(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (IsNameContinue(At(position)))
        {
            position++;
        }

        return Create(TokenKind.Name, start, position, body[start..position]);
    }

    private Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        var value = new StringBuilder();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                value.Append(body, chunkStart, position - chunkStart);
                return Create(TokenKind.String, start, position + 1, value.ToString());
            }

            if (code == '\\')
            {
                value.Append(body, chunkStart, position - chunkStart);
                var (text, size) = At(position + 1) == 'u'
                    ? At(position + 2) == '{' ? ReadEscapedUnicodeVariableWidth(position) : ReadEscapedUnicodeFixedWidth(position)
                    : ReadEscapedCharacter(position);
                value.Append(text);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private (string Text, int Size) ReadEscapedUnicodeVariableWidth(int position)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                return (char.ConvertFromUtf32(point), size);
            }

            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private (string Text, int Size) ReadEscapedUnicodeFixedWidth(int position)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            return (char.ConvertFromUtf32(code), 6);
        }

        // A JSON-style surrogate pair is allowed when both halves are escaped.
        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return (new string([(char)code, (char)trailing]), 12);
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private string Slice(int from, int to) => body[Math.Min(from, body.Length)..Math.Min(to, body.Length)];

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(At(position)) << 12) | (ReadHexDigit(At(position + 1)) << 8) | (ReadHexDigit(At(position + 2)) << 4) | ReadHexDigit(At(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private (string Text, int Size) ReadEscapedCharacter(int position) => At(position + 1) switch
    {
        '"' => ("\"", 2),
        '\\' => ("\\", 2),
        '/' => ("/", 2),
        'b' => ("\b", 2),
        'f' => ("\f", 2),
        'n' => ("\n", 2),
        'r' => ("\r", 2),
        't' => ("\t", 2),
        _ => throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\"."),
    };

    private Token ReadBlockString(int start)
    {
        var blockLineStart = lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = Create(TokenKind.BlockString, start, position + 3, string.Join('\n', DedentBlockStringLines(lines)));
                line += lines.Count - 1;
                lineStart = blockLineStart;
                return token;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                currentLine.Clear();
                chunkStart = position;
                blockLineStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Spec §2.9.4 BlockStringValue: common indentation (ignoring the first line) and blank first/last lines removed.</summary>
    private static List<string> DedentBlockStringLines(List<string> lines)
    {
        var commonIndent = int.MaxValue;
        int? firstNonEmpty = null;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = lines[i].TakeWhile(c => c is ' ' or '\t').Count();
            if (indent == lines[i].Length)
            {
                continue;
            }

            firstNonEmpty ??= i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        var first = firstNonEmpty ?? 0;
        return [.. lines
            .Select((l, i) => i == 0 ? l : l[Math.Min(commonIndent, l.Length)..])
            .Skip(first)
            .Take(Math.Max(0, lastNonEmpty + 1 - first))];
    }
}
