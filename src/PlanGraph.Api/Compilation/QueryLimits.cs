namespace PlanGraph.Api.Compilation;

/// <summary>Bounds on what one request may ask for, so no request can make Neo4j walk the whole graph unbounded.</summary>
/// <param name="DefaultPageSize">Items per connection when <c>first</c> is not given.</param>
/// <param name="MaxPageSize">The largest <c>first</c> accepted.</param>
/// <param name="MaxDepth">The deepest nesting of relationship fields accepted.</param>
/// <param name="MaxSearchResults">The most search hits one search returns.</param>
public sealed record QueryLimits(int DefaultPageSize = 100, int MaxPageSize = 1000, int MaxDepth = 6, int MaxSearchResults = 100);
