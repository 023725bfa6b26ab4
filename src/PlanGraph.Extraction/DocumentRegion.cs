namespace PlanGraph.Extraction;

/// <summary>
/// Where a document's own region is, from its title and issuer: <paramref name="Home"/> is the deepest division they
/// name (闵行区), <paramref name="Scope"/> its city or province-level city (the municipality), inside which short forms (浦东),
/// streets and towns and the local supplement's areas are read.
/// </summary>
internal sealed record DocumentRegion(GazetteerPlace Home, GazetteerPlace Scope);
