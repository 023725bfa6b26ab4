using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Builder;
using PlanGraph.Api.Hosting;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph serve [--urls URL]`: serves the GraphQL API (and the GraphiQL IDE) over the Neo4j at
/// NEO4J_URL until Ctrl+C. The address comes from --urls, else PLANGRAPH_URLS, else http://127.0.0.1:5080.
/// </summary>
internal sealed class ServeVerb : ICliVerb
{
    public string Name => "serve";

    public string Summary => $"serve [--urls URL] — serve the GraphQL API and IDE at /graphql (default {PlanGraphApi.DefaultUrls}; Neo4j from NEO4J_URL)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] != "--urls" || i + 1 >= args.Count)
            {
                await Console.Error.WriteLineAsync($"plangraph serve: unexpected argument '{args[i]}'; usage: plangraph serve [--urls http://127.0.0.1:5080]");
                return 2;
            }

            i++;
        }

        WebApplication app;
        try
        {
            app = PlanGraphApi.Build(PlanGraphApi.CreateBuilder([.. args]));
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"plangraph serve: {e.Message}");
            return 2;
        }

        // Ctrl+C arrives as the verb's cancellation; SIGTERM (docker stop, kill) must stop the server the same way.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopping.Cancel();
        });
        cancellationToken = stopping.Token;

        await using (app)
        {
            await app.StartAsync(cancellationToken);
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"PlanGraph API: {url}/graphql (GraphiQL in a browser, POST for GraphQL, ?sdl for the schema), {url}/health, {url}/ready");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop gracefully.
            }

            await app.StopAsync(CancellationToken.None);
        }

        return 0;
    }
}
