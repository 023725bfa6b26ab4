using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PlanGraph.Neo4j.Local;

/// <summary>Runs a tool the provisioning needs (npm, javac, kill) and captures its output.</summary>
internal static class ExternalCommand
{
    public static async Task<string> RunAsync(string file, IReadOnlyList<string> arguments, string workingDirectory, string purpose, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LocalNeo4jException($"Could not start {file} ({purpose}).");
        }
        catch (Win32Exception e)
        {
            throw new LocalNeo4jException($"{purpose} needs `{file}`, which is not on PATH ({e.Message}). See the README's prerequisites.", e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var output = new StringBuilder();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            output.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
            if (process.ExitCode != 0)
            {
                throw new LocalNeo4jException($"{purpose} failed: `{file} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{output.ToString().Trim()}");
            }

            return output.ToString();
        }
    }
}
