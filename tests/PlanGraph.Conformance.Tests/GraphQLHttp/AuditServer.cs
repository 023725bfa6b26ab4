using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanGraph.GraphQL.Execution;
using PlanGraph.GraphQL.Http;

namespace PlanGraph.Conformance.Tests.GraphQLHttp;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, serving a small schema through MapGraphQL.</summary>
internal sealed class AuditServer : IAsyncDisposable
{
    private const string Sdl = """
        type Query { hello(name: String): String! }
        type Mutation { touch: Boolean! }
        """;

    private readonly WebApplication app;

    private AuditServer(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<AuditServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var resolvers = new ResolverMap()
            .Field("Query", "hello", info => "Hello, " + (info.Argument<string>("name") ?? "world"))
            .Field("Mutation", "touch", _ => true);
        app.MapGraphQL("/graphql", ExecutableSchema.FromSdl(Sdl, resolvers));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AuditServer(app, address + "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
