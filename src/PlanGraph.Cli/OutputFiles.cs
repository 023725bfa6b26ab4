namespace PlanGraph.Cli;

/// <summary>
/// Writes outputs so that a failed run never leaves a damaged or emptied one behind: everything goes to a
/// temporary name beside the target first and is renamed into place only once it was written completely.
/// </summary>
internal static class OutputFiles
{
    /// <summary>Writes <paramref name="path"/> through a temporary file in the same folder, renamed over it on success.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = TemporaryName(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            // A rename within one folder replaces the old file in one step.
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Fills a temporary folder beside <paramref name="directory"/> with <paramref name="write"/>, then moves each
    /// file into <paramref name="directory"/> (each one replaced in one step); returns what <paramref name="write"/> returned.
    /// </summary>
    public static T WriteDirectory<T>(string directory, Func<string, T> write)
    {
        var full = Path.GetFullPath(directory);
        var temporary = TemporaryName(full.TrimEnd(Path.DirectorySeparatorChar));
        try
        {
            var result = write(temporary);
            Directory.CreateDirectory(full);
            foreach (var file in Directory.EnumerateFiles(temporary))
            {
                File.Move(file, Path.Combine(full, Path.GetFileName(file)), overwrite: true);
            }

            return result;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static string TemporaryName(string full)
        => Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
}
