using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
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

    public string Help => """
          --urls URL   where to listen (default PLANGRAPH_URLS, else ASPNETCORE_URLS, else http://127.0.0.1:5080);
                       several separated by ';'

        The Neo4j served is NEO4J_URL (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); API settings (PLANGRAPH_*,
        see README.md) are checked at start: a bad value is an error, not a silent default.

        exit codes: 0 stopped by Ctrl+C or SIGTERM; 1 the address is in use or cannot be listened on; 2 bad arguments or settings
        """;

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
            var builder = PlanGraphApi.CreateBuilder([.. args]);
            if (ListenAddresses.FirstInUse(PlanGraphApi.ListenUrls(builder.Configuration)) is { } taken)
            {
                await Console.Error.WriteLineAsync(InUse(taken));
                return 1;
            }

            app = PlanGraphApi.Build(builder);
        }
        catch (Exception e) when (e is ArgumentException or OptionsValidationException)
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
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                // Another process took the address between the check and the start, or it cannot be bound at all.
                await Console.Error.WriteLineAsync($"plangraph serve: cannot listen: {e.Message} Choose another address with --urls (e.g. --urls http://127.0.0.1:5081) or PLANGRAPH_URLS.");
                return 1;
            }

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

    /// <summary>Null when the API could start with these arguments; else the exit code, after saying why.</summary>
    internal static async Task<int?> CheckAsync(string verb, IReadOnlyList<string> args)
    {
        try
        {
            var builder = PlanGraphApi.CreateBuilder([.. args]);
            if (ListenAddresses.FirstInUse(PlanGraphApi.ListenUrls(builder.Configuration)) is { } taken)
            {
                await Console.Error.WriteLineAsync(InUse(taken).Replace("plangraph serve:", $"plangraph {verb}:", StringComparison.Ordinal));
                return 1;
            }

            return null;
        }
        catch (Exception e) when (e is ArgumentException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"plangraph {verb}: {e.Message}");
            return 2;
        }
    }

    private static string InUse(string url)
        => $"plangraph serve: {url} is already in use (another `plangraph serve`/`up`, or another program, listens there). " +
           $"Choose another address with --urls, e.g. --urls {ListenAddresses.Suggest(url)} (or set PLANGRAPH_URLS).";
}
