using System.Text.RegularExpressions;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Schema;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

public sealed partial class SchemaFileTests
{
    [Fact]
    public void Schema_file_is_the_schema_the_Neo4j_5_dialect_creates()
    {
        var expected = LoaderSchema.Statements(new Neo4j5Dialect()).Select(s => Spaces().Replace(s.Text, " ").Trim()).ToList();
        var actual = AnalystPackFiles.Statements(Path.Combine(AnalystPackFiles.CypherDirectory(), "schema.cypher"));
        actual.ShouldBe(expected, "cypher/schema.cypher must hold exactly these statements:\n" + string.Join(";\n", expected) + ";");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
