[assembly: AssemblyFixture(typeof(PlanGraph.Api.Tests.Neo4jTestServer))]
