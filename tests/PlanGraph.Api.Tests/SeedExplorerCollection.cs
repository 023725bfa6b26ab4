namespace PlanGraph.Api.Tests;

/// <summary>The explorer's browser tests and the document-text API tests share one loaded seed server.</summary>
[CollectionDefinition(Name)]
public sealed class SeedExplorerCollection : ICollectionFixture<SeedApi>
{
    public const string Name = "seed explorer";
}
