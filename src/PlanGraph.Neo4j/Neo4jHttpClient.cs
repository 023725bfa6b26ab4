using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;

namespace PlanGraph.Neo4j;

/// <summary>
/// A client for Neo4j's HTTP transactional API (3.x: /db/data/transaction, 4.x/5.x: /db/{database}/tx).
/// Thread-safe; one instance per server is enough.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly Lock discoveryLock = new();
    private readonly string? authorization;
    private Task<Neo4jServerInfo>? discovery;
    private CommitAddress? commitEndpoint;

    /// <summary>Creates a client with its own HttpClient over <paramref name="handler"/> (or a default handler).</summary>
    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null)
        : this(options, handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false), ownsHttp: true)
    {
    }

    /// <summary>Creates a client over an HttpClient the caller owns (e.g. from IHttpClientFactory).</summary>
    public Neo4jHttpClient(Neo4jOptions options, HttpClient httpClient)
        : this(options, httpClient, ownsHttp: false)
    {
    }

    private Neo4jHttpClient(Neo4jOptions options, HttpClient httpClient, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        Options = options;
        http = httpClient;
        this.ownsHttp = ownsHttp;

        // Made once: each request adds the header's text as it is (no header value objects to build per request).
        authorization = options.User is null ? null
            : "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(options.User + ":" + (options.Password ?? string.Empty)));
        if (ownsHttp)
        {
            // Each request gets its own deadline (Options.RequestTimeout) so a timeout can be told from a cancellation.
            http.Timeout = Timeout.InfiniteTimeSpan;
        }
    }

    /// <summary>The options this client was created with.</summary>
    public Neo4jOptions Options { get; }

    /// <summary>
    /// Asks the server for its version, edition and transaction endpoint (cached after the first success).
    /// Retries while the connection is refused, so it also serves to wait for a server that is starting.
    /// </summary>
    public Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        Task<Neo4jServerInfo> shared;
        lock (discoveryLock)
        {
            if (discovery is null || discovery.IsFaulted || discovery.IsCanceled)
            {
                // Shared by concurrent callers, so one caller's cancellation must not cancel it for the others.
                discovery = DiscoverCoreAsync(CancellationToken.None);
            }

            shared = discovery;
        }

        return shared.WaitAsync(cancellationToken);
    }

    /// <summary>Runs one statement in its own transaction (autocommit).</summary>
    public async Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var results = await RunAsync([statement.Bind(parameters)], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Runs one bound statement in its own transaction (autocommit).</summary>
    public async Task<CypherResult> RunAsync(BoundStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var results = await RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Runs one bound statement in its own transaction and hands its result to <paramref name="read"/> while the
    /// answer's buffers are leased from the shared pool: the result and its cells are valid only inside
    /// <paramref name="read"/>, which must copy out what it keeps. For answers read once and let go (the API's),
    /// this saves the copy of the body and the parsed document's memory that <see cref="RunAsync(BoundStatement, CancellationToken)"/>
    /// leaves to the garbage collector. Retried like the other overloads (a retry calls <paramref name="read"/> only once it succeeds).
    /// It serves reads: Neo4j is not asked for the statement's statistics, so the result's counters are <see cref="CypherCounters.None"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(BoundStatement statement, Func<CypherResult, T> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(read);
        var endpoint = CommitEndpoint(await DiscoverAsync(cancellationToken).ConfigureAwait(false));
        using var body = SerializeRequest([statement], includeStats: false);
        return await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent(body) },
            (status, json, response) => read(ReadAnswer(endpoint, status, json, response, [statement]).Results[0]),
            RetrySafety.ConnectionFailures | RetrySafety.TransientErrors,
            cancellationToken,
            leased: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs several statements in one request and one transaction: all of them commit, or none does.
    /// Retried after a refused connection or a Neo.TransientError, because Neo4j guarantees the whole
    /// request was rolled back then; not retried after a timeout, because the commit may have happened.
    /// </summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<BoundStatement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var answer = await PostAsync(CommitEndpoint(server), statements, RetrySafety.ConnectionFailures | RetrySafety.TransientErrors, cancellationToken).ConfigureAwait(false);
        return answer.Results;
    }

    /// <summary>Runs several statements with their parameters in one request and one transaction.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<(CypherStatement Statement, IReadOnlyDictionary<string, object?>? Parameters)> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return RunAsync(statements.Select(s => s.Statement.Bind(s.Parameters)).ToList(), cancellationToken);
    }

    /// <summary>
    /// Opens an explicit transaction. Dispose it (await using) to roll it back unless committed.
    /// Neo4j rolls an open transaction back by itself after about 60 s without a request.
    /// </summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var answer = await PostAsync(server.TransactionEndpoint, [], RetrySafety.ConnectionFailures, cancellationToken).ConfigureAwait(false);
        if (answer.Location is null || answer.Commit is null)
        {
            throw new Neo4jException("Http.MissingTransaction", $"POST {server.TransactionEndpoint} answered without a transaction location.");
        }

        return new Neo4jTransaction(this, answer.Location, answer.Commit);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction and commits it, the way Neo4j's drivers run
    /// transaction functions: when the server rolls the transaction back (a Neo.TransientError such as
    /// Transaction.ConstraintsChanged or a deadlock), loses it (TransactionNotFound after a restart) or the
    /// connection is lost, the whole unit of work runs again in a new transaction, with backoff, at most
    /// <see cref="Neo4jOptions.MaxRetries"/> more times. <paramref name="work"/> must be safe to repeat
    /// (the loader's is: it withdraws the document before writing it).
    /// </summary>
    public async Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var transaction = await BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var result = await work(transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (Exception e) when (attempt < Options.MaxRetries && !cancellationToken.IsCancellationRequested && IsWorthRepeating(e))
            {
                // The transaction is gone (rolled back by the server, or disposed above): start over.
            }

            await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Failures after which a whole transaction may run again: never a timeout (the work may still be running).</summary>
    internal static bool IsWorthRepeating(Exception failure) => failure switch
    {
        Neo4jException e => e.IsTransient || e.Code == "Neo.ClientError.Transaction.TransactionNotFound",
        Neo4jUnavailableException e => e.InnerException is HttpRequestException,
        _ => false,
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    internal async Task<TransactionalAnswer> PostAsync(Uri endpoint, IReadOnlyList<BoundStatement> statements, RetrySafety safety, CancellationToken cancellationToken)
    {
        using var body = SerializeRequest(statements, includeStats: true);
        return await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent(body) },
            (status, json, response) => ReadAnswer(endpoint, status, json, response, statements),
            safety,
            cancellationToken).ConfigureAwait(false);
    }

    internal Task DeleteAsync(Uri transaction, CancellationToken cancellationToken)
        => SendAsync(
            () => new HttpRequestMessage(HttpMethod.Delete, transaction),
            (status, json, response) => ReadAnswer(transaction, status, json, response, []),
            RetrySafety.ConnectionFailures,
            cancellationToken);

    private async Task<Neo4jServerInfo> DiscoverCoreAsync(CancellationToken cancellationToken)
    {
        var root = Options.Url;
        using var rootDocument = await GetJsonAsync(root, cancellationToken).ConfigureAwait(false);
        var rootJson = rootDocument.RootElement;

        // 4.x and 5.x: GET / carries the version and a transaction URL template with {databaseName}.
        if (rootJson.TryGetProperty("neo4j_version", out var version) && rootJson.TryGetProperty("transaction", out var template))
        {
            var database = Options.Database ?? "neo4j";
            var transaction = template.GetString()!.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
            var edition = rootJson.TryGetProperty("neo4j_edition", out var e) ? e.GetString() ?? "unknown" : "unknown";
            return new Neo4jServerInfo(version.GetString() ?? "0", edition, OnOurHost(transaction), database);
        }

        // 3.x: GET / points at the data root, which carries the version and the transaction URL.
        if (rootJson.TryGetProperty("data", out var data) && data.GetString() is { } dataUrl)
        {
            using var dataDocument = await GetJsonAsync(OnOurHost(dataUrl), cancellationToken).ConfigureAwait(false);
            var dataJson = dataDocument.RootElement;
            var transaction = OnOurHost(dataJson.GetProperty("transaction").GetString()!);
            var v3 = dataJson.GetProperty("neo4j_version").GetString() ?? "0";

            // 3.x does not say its edition over REST; dbms.components() does.
            var components = await PostAsync(Child(transaction, "commit"), [ServerStatements.Components.Bind()], RetrySafety.ConnectionFailures | RetrySafety.TransientErrors, cancellationToken).ConfigureAwait(false);
            var edition = components.Results[0].Rows.Count > 0 ? components.Results[0].Value(0, "edition").GetString() ?? "unknown" : "unknown";
            return new Neo4jServerInfo(v3, edition, transaction, null);
        }

        throw new Neo4jException("Http.UnknownServer", $"GET {root} answered, but not like Neo4j (no 'neo4j_version' and no 'data'): {CypherValue.Preview(rootJson)}");
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
        => await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, url),
            (status, json, response) =>
            {
                if (status != HttpStatusCode.OK || json is null)
                {
                    throw new Neo4jException($"Http.{(int)status}", $"GET {url} answered {(int)status} {status}: {response}");
                }

                return json;
            },
            RetrySafety.ConnectionFailures | RetrySafety.TransientErrors,
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Sends a request, retrying as <paramref name="safety"/> allows, and reads the answer with <paramref name="read"/>.
    /// The body is read from the response stream into a pooled buffer and parsed in place. When
    /// <paramref name="leased"/>, the document lives only while <paramref name="read"/> runs (its buffers go back
    /// to the pool afterwards); otherwise it is parsed over a copy the caller may keep.
    /// </summary>
    private async Task<T> SendAsync<T>(
        Func<HttpRequestMessage> request,
        Func<HttpStatusCode, JsonDocument?, string, T> read,
        RetrySafety safety,
        CancellationToken cancellationToken,
        bool leased = false)
    {
        var started = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canRetry = attempt < Options.MaxRetries;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(Options.RequestTimeout);
            using var message = request();
            if (authorization is not null)
            {
                message.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            JsonDocument? document = null;
            ResponseBody? body = null;
            try
            {
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && canRetry && safety.HasFlag(RetrySafety.ConnectionFailures))
                {
                    // 503: the server is up but not ready (starting, or a proxy in front of it); nothing ran.
                    await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                body = await ResponseBody.ReadAsync(response.Content, deadline.Token).ConfigureAwait(false);
                try
                {
                    document = body.Length == 0 ? null : JsonDocument.Parse(leased ? body.Memory : body.ToArray());
                }
                catch (JsonException)
                {
                    document = null;
                }

                var location = response.Headers.Location is { } header ? header.ToString() : string.Empty;
                var result = read(response.StatusCode, document, document is null ? Preview(body.Memory.Span) : location);
                if (!leased)
                {
                    // The caller keeps the document (its results' cells point into it); it owns its own copy.
                    document = null;
                }

                return result;
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError && safety.HasFlag(RetrySafety.ConnectionFailures))
            {
                if (!canRetry)
                {
                    throw new Neo4jUnavailableException(
                        Options.Url,
                        $"Neo4j at {Options.Url} is not reachable: {e.Message} ({attempt + 1} attempts over {started.Elapsed.TotalSeconds:0.0} s). " +
                        "Is it running? Start the local one with `./plangraph neo4j start`, or set NEO4J_URL.",
                        e);
                }
            }
            catch (HttpRequestException e)
            {
                throw new Neo4jUnavailableException(Options.Url, $"Neo4j at {Options.Url}: {message.Method} {message.RequestUri} failed: {e.Message}", e);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new Neo4jUnavailableException(
                    Options.Url,
                    $"Neo4j at {Options.Url} did not answer {message.Method} {message.RequestUri} within {Options.RequestTimeout.TotalSeconds:0.#} s (Neo4jOptions.RequestTimeout).",
                    e);
            }
            catch (Neo4jException e) when (e.IsTransient && canRetry && safety.HasFlag(RetrySafety.TransientErrors))
            {
                // The server rolled the request's transaction back; running it again is what Neo4j advises.
            }
            finally
            {
                document?.Dispose();
                body?.Dispose();
            }

            await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Exponential backoff with jitter, so clients that failed together do not retry in lock step.</summary>
    private Task DelayAsync(int attempt, CancellationToken cancellationToken)
    {
        var ceiling = Math.Min(Options.MaxRetryDelay.TotalMilliseconds, Options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20)));
        var delay = (ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2);
        return Task.Delay(TimeSpan.FromMilliseconds(delay), cancellationToken);
    }

    private TransactionalAnswer ReadAnswer(Uri endpoint, HttpStatusCode status, JsonDocument? document, string locationOrBody, IReadOnlyList<BoundStatement> statements)
    {
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jException($"Http.{(int)status}", $"{endpoint} answered {(int)status} {status} without a JSON body: {locationOrBody}");
        }

        var json = document.RootElement;
        var results = new List<CypherResult>();
        if (json.TryGetProperty("results", out var resultsJson) && resultsJson.ValueKind == JsonValueKind.Array)
        {
            foreach (var resultJson in resultsJson.EnumerateArray())
            {
                var name = results.Count < statements.Count ? statements[results.Count].Statement.Name : "?";
                results.Add(ReadResult(name, resultJson));
            }
        }

        if (json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var error = errors[0];
            var code = error.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
            var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;

            // Neo4j answers the statements before the failing one, so the failing one is the next.
            var failed = statements.Count == 0 ? null : statements[Math.Min(results.Count, statements.Count - 1)].Statement.Name;
            throw new Neo4jException(code, message, failed);
        }

        if ((int)status is < 200 or > 299)
        {
            throw new Neo4jException($"Http.{(int)status}", $"{endpoint} answered {(int)status} {status}: {CypherValue.Preview(json)}");
        }

        if (results.Count != statements.Count)
        {
            throw new Neo4jException("Http.IncompleteAnswer", $"{endpoint} answered {results.Count} results for {statements.Count} statements.");
        }

        Uri? location = null;
        if (status == HttpStatusCode.Created && !string.IsNullOrEmpty(locationOrBody))
        {
            location = OnOurHost(locationOrBody);
        }

        var commit = json.TryGetProperty("commit", out var commitJson) && commitJson.GetString() is { } commitUrl ? OnOurHost(commitUrl) : null;
        return new TransactionalAnswer(results, location, commit);
    }

    private static CypherResult ReadResult(string statementName, JsonElement json)
    {
        var columns = json.TryGetProperty("columns", out var columnsJson)
            ? columnsJson.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList()
            : [];
        var rows = new List<JsonElement[]>();
        if (json.TryGetProperty("data", out var data))
        {
            foreach (var entry in data.EnumerateArray())
            {
                var row = entry.GetProperty("row");
                var values = new JsonElement[row.GetArrayLength()];
                var i = 0;
                foreach (var value in row.EnumerateArray())
                {
                    // No Clone: the document outlives the result (kept, or leased for as long as the reader runs),
                    // so its cells stay valid; copying each cell was a second copy of the whole answer.
                    values[i++] = value;
                }

                rows.Add(values);
            }
        }

        var counters = json.TryGetProperty("stats", out var stats) ? CypherCounters.Read(stats) : CypherCounters.None;
        return new CypherResult(statementName, columns, rows, counters);
    }

    /// <summary>
    /// The request's JSON in pooled memory (returned when disposed, after the last attempt): Utf8JsonWriter asks for
    /// room for the worst case of a string (three bytes per character, escaped), so an exact-size array grew to
    /// about four times the statement's text and was copied once more, per request.
    /// </summary>
    private static ArrayPoolBufferWriter<byte> SerializeRequest(IReadOnlyList<BoundStatement> statements, bool includeStats)
    {
        var buffer = new ArrayPoolBufferWriter<byte>(256 + statements.Sum(s => (s.Statement.Text.Length * 3) + 64));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var bound in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", bound.Statement.Text);
                writer.WritePropertyName("parameters");
                CypherParameterWriter.WriteParameters(writer, bound);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteBoolean("includeStats", includeStats);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer;
    }

    private static ReadOnlyMemoryContent JsonContent(ArrayPoolBufferWriter<byte> body)
        => new(body.WrittenMemory) { Headers = { ContentType = JsonMediaType } };

    /// <summary>
    /// Neo4j builds the URLs it hands out from its own idea of its address; keep their path but send
    /// them to the address we were given (which is what reaches it through Docker or a proxy).
    /// </summary>
    private Uri OnOurHost(string serverUrl)
    {
        var reported = new Uri(serverUrl, UriKind.RelativeOrAbsolute);
        var path = reported.IsAbsoluteUri ? reported.PathAndQuery : serverUrl;
        var basePath = Options.Url.AbsolutePath.TrimEnd('/');
        if (basePath.Length > 0 && !path.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            path = basePath + path;
        }

        return new UriBuilder(Options.Url) { Path = path.Split('?')[0], Query = string.Empty }.Uri;
    }

    private static Uri Child(Uri url, string segment) => new(url.ToString().TrimEnd('/') + "/" + segment);

    /// <summary>The autocommit endpoint of the discovered server, made once rather than per request.</summary>
    private Uri CommitEndpoint(Neo4jServerInfo server)
    {
        if (commitEndpoint is { } known && ReferenceEquals(known.Server, server))
        {
            return known.Commit;
        }

        var commit = Child(server.TransactionEndpoint, "commit");
        commitEndpoint = new CommitAddress(server, commit); // one reference, so readers on other threads see both or neither
        return commit;
    }

    private sealed record CommitAddress(Neo4jServerInfo Server, Uri Commit);

    private static string Preview(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)]);
        return text.Length == 0 ? "(empty body)" : text;
    }
}
