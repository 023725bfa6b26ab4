namespace PlanGraph.GraphQL.Language;

/// <summary>Where a node or error starts: UTF-16 offset, 1-based line and column (columns count UTF-16 code units, as graphql-js does).</summary>
public sealed record SourceLocation(int Start, int Line, int Column);
