using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanGraph.Api.Compilation;
using PlanGraph.GraphQL.Execution;
using PlanGraph.GraphQL.Http;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Hosting;

/// <summary>The API host: what it is made of, in the order a request meets it.</summary>
public static class PlanGraphApi
{
    /// <summary>The address served when neither --urls nor PLANGRAPH_URLS says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private const string CorsPolicy = "PlanGraphFrontEnds";

    /// <summary>A builder with configuration (appsettings.json, PLANGRAPH_* and NEO4J_* variables, command line) and services.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("PLANGRAPH_");
        var options = ReadOptions(builder.Configuration);
        builder.WebHost.UseUrls(ListenUrls(builder.Configuration));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);

        // One line per request comes from our request log; the framework's own per-request lines would repeat it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var logFormat = builder.Configuration["LOG_FORMAT"];
        if (string.Equals(logFormat, "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }
        else if (string.Equals(logFormat, "none", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
        }

        // The validated settings, as the options pattern hands them out (IOptions<PlanGraphApiOptions>) and directly.
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton<IValidateOptions<PlanGraphApiOptions>, PlanGraphApiOptionsValidator>();
        builder.Services.AddSingleton(new IdeAssets(options.IdeDirectory));
        builder.Services.AddSingleton(new CypherQueryCompiler(options.Limits));
        builder.Services.AddSingleton(new CompiledQueryCache());
        builder.Services.AddSingleton(_ => new Neo4jHttpClient(Neo4jOptions.FromEnvironment() with { RequestTimeout = options.RequestTimeout }));
        builder.Services.AddSingleton<Search.SearchIndex>();
        builder.Services.AddSingleton<PlanGraphPlanner>();
        builder.Services.AddSingleton(services =>
        {
            var planner = services.GetRequiredService<PlanGraphPlanner>();
            var schema = PlanGraphExecutableSchema.Create(planner.PlanAsync);
            var limits = GraphQLLimits.Default with { MaxDocumentLength = options.MaxQueryLength, MaxCost = options.MaxCost, Timeout = options.RequestTimeout };
            var executor = new RequestExecutor(schema, limits) { Documents = new DocumentCache() };
            return new GraphQLHttpHandler(executor, new GraphQLHttpOptions { Limits = limits, AcceptGraphQLBody = true, ServeSdl = false, ContextFactory = static http => http });
        });
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new() { Timeout = options.RequestTimeout, TimeoutStatusCode = StatusCodes.Status504GatewayTimeout });
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (options.CorsOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. options.CorsOrigins]);
            }

            policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization");
        }));
        return builder;
    }

    /// <summary>The application: request log, CORS, timeouts, then /graphql (with the IDE), /health and /ready, and the explorer at / and /explore.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UsePlanGraphRequestLog();
        app.UsePlanGraphBadRequestAnswers();
        app.UseCors(CorsPolicy);
        app.UseRequestTimeouts();
        app.MapPlanGraphQL("/graphql");
        app.MapPlanGraphHealth();
        app.MapPlanGraphExplorer();
        return app;
    }

    /// <summary>Where the API listens: --urls, else PLANGRAPH_URLS (or ASPNETCORE_URLS), else <see cref="DefaultUrls"/>.</summary>
    public static string ListenUrls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["urls"] ?? configuration["URLS"] ?? DefaultUrls;
    }

    /// <summary>
    /// Reads the "PlanGraph" settings (PLANGRAPH_* environment variables arrive without the prefix) and validates
    /// them: a value that is not a number, or out of range, is an error naming the setting, never a silent default.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is malformed or out of range.</exception>
    public static PlanGraphApiOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        string? Read(string key) => configuration["PlanGraph:" + key] ?? configuration[key];
        int ReadInt(string key, int fallback)
        {
            var text = Read(key);
            if (text is null)
            {
                return fallback;
            }

            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            problems.Add($"PLANGRAPH_{key} must be a whole number, got '{text}'");
            return fallback;
        }

        var defaults = new PlanGraphApiOptions();
        var origins = Read("CORS_ORIGINS") ?? Read("CorsOrigins");
        var options = defaults with
        {
            CorsOrigins = origins is null ? [] : origins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            MaxRequestBytes = ReadInt("MAX_REQUEST_BYTES", (int)defaults.MaxRequestBytes),
            MaxQueryLength = ReadInt("MAX_QUERY_LENGTH", defaults.MaxQueryLength),
            MaxCost = ReadInt("MAX_COST", defaults.MaxCost),
            RequestTimeout = TimeSpan.FromSeconds(ReadInt("REQUEST_TIMEOUT_SECONDS", (int)defaults.RequestTimeout.TotalSeconds)),
            IdeDirectory = Read("IDE_DIRECTORY"),
            Limits = new QueryLimits(
                DefaultPageSize: ReadInt("DEFAULT_PAGE_SIZE", defaults.Limits.DefaultPageSize),
                MaxPageSize: ReadInt("MAX_PAGE_SIZE", defaults.Limits.MaxPageSize),
                MaxDepth: ReadInt("MAX_DEPTH", defaults.Limits.MaxDepth),
                MaxSearchResults: ReadInt("MAX_SEARCH_RESULTS", defaults.Limits.MaxSearchResults)),
        };
        var validation = new PlanGraphApiOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            problems.AddRange(validation.Failures);
        }

        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PlanGraphApiOptions), problems);
        }

        return options;
    }
}
