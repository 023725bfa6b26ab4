using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace PlanGraph.Neo4j.Local;

/// <summary>
/// The Neo4j 3.1.1 this checkout provisions and runs for itself (`./plangraph neo4j start|stop|status|reset`).
/// One shared distribution under .cache/neo4j, one instance folder per HTTP port (its own conf, data,
/// logs and pid file), so servers on different ports never share a database.
/// </summary>
public sealed class LocalNeo4jServer
{
    private readonly Neo4jDistribution distribution;
    private readonly TextWriter progress;

    /// <summary>Creates the server handle; nothing is touched until a method is called.</summary>
    public LocalNeo4jServer(LocalNeo4jSettings settings, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        this.progress = progress;
        distribution = new Neo4jDistribution(settings.CacheDirectory, progress);
    }

    /// <summary>Ports, folders and timeouts.</summary>
    public LocalNeo4jSettings Settings { get; }

    /// <summary>This instance's folder: conf/, data/, logs/, run/, console.log and the pid file.</summary>
    public string InstanceDirectory => Path.Combine(Settings.CacheDirectory, "instance-" + Settings.HttpPort.ToString(CultureInfo.InvariantCulture));

    /// <summary>Neo4j's console output (the first place to look when it does not start).</summary>
    public string LogFile => Path.Combine(InstanceDirectory, "console.log");

    /// <summary>Holds the pid of the server this checkout started on this port.</summary>
    public string PidFile => Path.Combine(InstanceDirectory, "plangraph.pid");

    private string ConfigDirectory => Path.Combine(InstanceDirectory, "conf");

    /// <summary>Downloads, unpacks and patches Neo4j if not done yet (idempotent).</summary>
    public Task ProvisionAsync(CancellationToken cancellationToken) => distribution.EnsureAsync(cancellationToken);

    /// <summary>Whether our server runs, and what it reports. Removes a stale pid file.</summary>
    public async Task<LocalNeo4jStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var pid = ReadLivePid(out var stale);
        var version = await HttpVersionAsync(cancellationToken).ConfigureAwait(false);
        string detail;
        if (pid is null)
        {
            detail = version is null ? "stopped" : $"stopped (but something else answers on port {Settings.HttpPort})";
            if (stale)
            {
                detail += "; a stale pid file was removed";
            }

            return new LocalNeo4jStatus(false, null, Settings.HttpUrl, Settings.BoltUrl, null, detail);
        }

        detail = version is null ? "starting (HTTP does not answer yet)" : "running";
        return new LocalNeo4jStatus(version is not null, pid, Settings.HttpUrl, Settings.BoltUrl, version, detail);
    }

    /// <summary>
    /// Starts Neo4j (provisioning it first if needed) and waits until HTTP and Bolt answer.
    /// A server of ours that already runs is reused.
    /// </summary>
    /// <exception cref="LocalNeo4jException">It did not come up: the message has the reason and the tail of the log.</exception>
    public async Task<LocalNeo4jStatus> StartAsync(CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken).ConfigureAwait(false);
        if (status.ProcessId is { } running)
        {
            if (!status.Running)
            {
                progress.WriteLine($"neo4j: pid {running} is starting; waiting for it…");
                return await WaitUntilReadyAsync(running, cancellationToken).ConfigureAwait(false);
            }

            progress.WriteLine($"neo4j: already running (pid {running}), reusing it.");
            return status;
        }

        foreach (var (port, setting) in new[] { (Settings.HttpPort, "NEO4J_HTTP_PORT"), (Settings.BoltPort, "NEO4J_BOLT_PORT") })
        {
            if (await AcceptsAsync(port, cancellationToken).ConfigureAwait(false))
            {
                throw new LocalNeo4jException(
                    $"Port {port} on 127.0.0.1 is already in use by a process this checkout did not start. " +
                    $"Stop it, or choose other ports with {setting} (e.g. `NEO4J_HTTP_PORT=7484 NEO4J_BOLT_PORT=7697 ./plangraph neo4j start`).");
            }
        }

        await ProvisionAsync(cancellationToken).ConfigureAwait(false);
        Neo4jConfiguration.Write(distribution.Home, InstanceDirectory, Settings);
        var pid = await LaunchAsync(cancellationToken).ConfigureAwait(false);
        progress.WriteLine($"neo4j: started pid {pid} (log: {LogFile}); waiting for HTTP {Settings.HttpUrl} and Bolt {Settings.BoltUrl}…");
        return await WaitUntilReadyAsync(pid, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops our server with SIGTERM (SIGKILL after <see cref="LocalNeo4jSettings.StopTimeout"/>); false when it was not running.</summary>
    public async Task<bool> StopAsync(CancellationToken cancellationToken)
    {
        var pid = ReadLivePid(out _);
        if (pid is not { } running)
        {
            return false;
        }

        await SignalAsync(running, "TERM", cancellationToken).ConfigureAwait(false);
        var waited = Stopwatch.StartNew();
        while (IsOurs(running))
        {
            if (waited.Elapsed > Settings.StopTimeout)
            {
                progress.WriteLine($"neo4j: pid {running} ignored SIGTERM for {Settings.StopTimeout.TotalSeconds:0} s; killing it.");
                await SignalAsync(running, "KILL", cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        File.Delete(PidFile);
        return true;
    }

    /// <summary>
    /// Empties the database: stops the server, deletes its data/databases folder (nodes, relationships,
    /// indexes and constraints all go), and starts it again if it was running. Deleting the store is
    /// faster and more complete than DETACH DELETE and leaves no schema behind.
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var wasRunning = await StopAsync(cancellationToken).ConfigureAwait(false);
        var databases = Path.Combine(InstanceDirectory, "data", "databases");
        if (Directory.Exists(databases))
        {
            Directory.Delete(databases, recursive: true);
        }

        progress.WriteLine($"neo4j: emptied {databases}");
        if (wasRunning)
        {
            await StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The last lines of the console log, for error messages.</summary>
    public string LogTail(int lines = 30)
    {
        if (!File.Exists(LogFile))
        {
            return "(no log written)";
        }

        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines + 1)).TrimEnd();
    }

    private async Task<int> LaunchAsync(CancellationToken cancellationToken)
    {
        // setsid: Neo4j gets its own session, so it outlives this command and ignores the terminal's Ctrl+C.
        // Its output goes to a file: an inherited pipe would keep a caller such as `./test | tee` waiting.
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = distribution.Home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("setsid \"$0\" console > \"$1\" 2>&1 < /dev/null & echo $!");
        start.ArgumentList.Add(distribution.Launcher);
        start.ArgumentList.Add(LogFile);
        start.Environment["NEO4J_CONF"] = ConfigDirectory;
        start.Environment.Remove("NEO4J_HOME");
        start.Environment.Remove("NEO4J_DATA");
        start.Environment.Remove("NEO4J_LOGS");
        start.Environment.Remove("NEO4J_PLUGINS");
        start.Environment.Remove("NEO4J_RUN");
        using var shell = Process.Start(start) ?? throw new LocalNeo4jException("Could not run /bin/sh to launch Neo4j.");
        var output = await shell.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await shell.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (!int.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            throw new LocalNeo4jException($"Launching Neo4j printed no pid: {output}{await shell.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)}");
        }

        await File.WriteAllTextAsync(PidFile, pid.ToString(CultureInfo.InvariantCulture) + "\n", cancellationToken).ConfigureAwait(false);
        return pid;
    }

    private async Task<LocalNeo4jStatus> WaitUntilReadyAsync(int pid, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var alive = true;
        while (waited.Elapsed < Settings.StartTimeout)
        {
            // The pid file's process execs java; until it has, its command line is the launch script's.
            alive = ProcessExists(pid);
            if (!alive)
            {
                File.Delete(PidFile);
                throw new LocalNeo4jException($"Neo4j exited while starting (pid {pid}). Last lines of {LogFile}:\n{LogTail()}");
            }

            var version = await HttpVersionAsync(cancellationToken).ConfigureAwait(false);
            if (version is not null && await BoltProbe.HandshakeAsync("127.0.0.1", Settings.BoltPort, cancellationToken).ConfigureAwait(false) == 1)
            {
                progress.WriteLine($"neo4j: Neo4j {version} is up after {waited.Elapsed.TotalSeconds:0.0} s: HTTP {Settings.HttpUrl}, Bolt {Settings.BoltUrl}, Browser {new Uri(Settings.HttpUrl, "/browser/")}");
                return new LocalNeo4jStatus(true, pid, Settings.HttpUrl, Settings.BoltUrl, version, "running");
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }

        var tail = LogTail();
        if (alive)
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        throw new LocalNeo4jException(
            $"Neo4j did not answer on HTTP {Settings.HttpUrl} and Bolt {Settings.BoltUrl} within {Settings.StartTimeout.TotalSeconds:0} s; it was stopped. Last lines of {LogFile}:\n{tail}");
    }

    private async Task<string?> HttpVersionAsync(CancellationToken cancellationToken)
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions(Settings.HttpUrl) { MaxRetries = 0, RequestTimeout = TimeSpan.FromSeconds(3) });
        try
        {
            return (await client.DiscoverAsync(cancellationToken).ConfigureAwait(false)).Version;
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            return null;
        }
    }

    /// <summary>The pid in the pid file if that process is our Neo4j; a pid file naming anything else is stale and removed.</summary>
    private int? ReadLivePid(out bool stale)
    {
        stale = false;
        if (!File.Exists(PidFile))
        {
            return null;
        }

        if (int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && IsOurs(pid))
        {
            return pid;
        }

        stale = true;
        File.Delete(PidFile);
        return null;
    }

    /// <summary>Alive, not a zombie, and started with this instance's config folder (guards against a reused pid).</summary>
    private bool IsOurs(int pid)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return commandLine.Contains(ConfigDirectory, StringComparison.Ordinal) || (commandLine.Contains(distribution.Launcher, StringComparison.Ordinal) && ProcessExists(pid));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            // Field 3 of /proc/pid/stat is the state; Z (zombie) and X (dead) mean it is gone.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ', 2)[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync("127.0.0.1", port, deadline.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private static Task SignalAsync(int pid, string signal, CancellationToken cancellationToken)
        => ExternalCommand.RunAsync("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)], "/", $"Sending SIG{signal} to Neo4j (pid {pid})", cancellationToken);
}
