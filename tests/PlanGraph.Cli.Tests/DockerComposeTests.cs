using Shouldly;
using YamlDotNet.RepresentationModel;

namespace PlanGraph.Cli.Tests;

/// <summary>docker-compose.yml (no Docker engine here, so its shape is checked): Neo4j 5 with a healthcheck, the API, a one-shot loader.</summary>
public sealed class DockerComposeTests
{
    private static readonly YamlMappingNode Compose = Load();

    private static YamlMappingNode Services => (YamlMappingNode)Compose["services"];

    [Fact]
    public void Has_neo4j_api_and_loader_services()
        => Services.Children.Keys.Select(k => k.ToString()).ShouldBe(["neo4j", "loader", "api"], ignoreOrder: true);

    [Fact]
    public void Neo4j_is_version_5_community_with_ports_volume_and_auth_from_the_env_file()
    {
        var neo4j = Service("neo4j");

        Scalar(neo4j, "image").ShouldStartWith("neo4j:5");
        Scalar(neo4j, "image").ShouldContain("community");
        var ports = Sequence(neo4j, "ports");
        ports.ShouldContain(p => p.EndsWith(":7474", StringComparison.Ordinal));
        ports.ShouldContain(p => p.EndsWith(":7687", StringComparison.Ordinal));
        Sequence(neo4j, "volumes").ShouldContain("neo4j-data:/data");
        ((YamlMappingNode)Compose["volumes"]).Children.Keys.Select(k => k.ToString()).ShouldContain("neo4j-data");

        var auth = Scalar((YamlMappingNode)neo4j["environment"], "NEO4J_AUTH");
        auth.ShouldContain("${NEO4J_USER");
        auth.ShouldContain("${NEO4J_PASSWORD:?", customMessage: "a missing password must stop compose, not start Neo4j without one");
        var example = RepositoryFiles.Read(".env.example");
        example.ShouldContain("NEO4J_USER=");
        example.ShouldContain("NEO4J_PASSWORD=");
    }

    [Fact]
    public void Neo4j_has_a_healthcheck_probing_http()
    {
        var health = (YamlMappingNode)Service("neo4j")["healthcheck"];

        Sequence(health, "test").ShouldContain(t => t.Contains("7474", StringComparison.Ordinal));
        Scalar(health, "interval").ShouldNotBeNullOrWhiteSpace();
        int.Parse(Scalar(health, "retries"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("api", "serve")]
    [InlineData("loader", "load")]
    public void Cli_services_wait_for_a_healthy_neo4j_and_reach_it_over_http(string name, string verb)
    {
        var service = Service(name);

        Scalar(service, "build").ShouldBe(".");
        Sequence(service, "command")[0].ShouldBe(verb);
        var dependsOn = (YamlMappingNode)((YamlMappingNode)service["depends_on"])["neo4j"];
        Scalar(dependsOn, "condition").ShouldBe("service_healthy");
        var environment = (YamlMappingNode)service["environment"];
        Scalar(environment, "NEO4J_URL").ShouldBe("http://neo4j:7474");
        Scalar(environment, "NEO4J_PASSWORD").ShouldContain("${NEO4J_PASSWORD");
    }

    [Fact]
    public void Loader_runs_once()
        => Scalar(Service("loader"), "restart").ShouldBe("no");

    [Fact]
    public void Dockerfile_bundles_the_ide_with_node_builds_with_the_sdk_and_runs_on_the_aspnet_runtime()
    {
        var dockerfile = RepositoryFiles.Read("Dockerfile");
        var stages = dockerfile.Split('\n').Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        stages.Count.ShouldBe(3);
        stages[0].ShouldStartWith("FROM node:20");
        stages[1].ShouldStartWith("FROM mcr.microsoft.com/dotnet/sdk:10.0");
        stages[2].ShouldStartWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0");
        dockerfile.ShouldContain("src/PlanGraph.Cli/PlanGraph.Cli.csproj");

        // Every file the IDE stage copies exists, its build script writes web/dist, and the runtime image
        // puts that folder where IdeAssets looks for it (web/dist above the application folder /app).
        foreach (var copied in dockerfile.Split('\n').Where(l => l.StartsWith("COPY web/", StringComparison.Ordinal)).SelectMany(l => l.Split(' ')[1..^1]))
        {
            (File.Exists(Path.Combine(RepositoryFiles.Root, copied)) || Directory.Exists(Path.Combine(RepositoryFiles.Root, copied))).ShouldBeTrue(copied);
        }

        dockerfile.ShouldContain("RUN npm ci");
        dockerfile.ShouldContain("RUN npm run build");
        RepositoryFiles.Read("web/build.mjs").ShouldContain("dist/graphiql.js");
        dockerfile.ShouldContain("COPY --from=web /web/dist/ web/dist/");
        dockerfile.ShouldContain("WORKDIR /app");
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? string.Empty;

    private static List<string> Sequence(YamlMappingNode node, string key)
        => ((YamlSequenceNode)node[key]).Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepositoryFiles.Read("docker-compose.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.ShouldHaveSingleItem().RootNode;
    }
}
