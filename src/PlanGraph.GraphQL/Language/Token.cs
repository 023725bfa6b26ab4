namespace PlanGraph.GraphQL.Language;

/// <summary>One lexical token: kind, UTF-16 span, 1-based line and column, and its value (names, numbers, strings after escapes).</summary>
public sealed record Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);
