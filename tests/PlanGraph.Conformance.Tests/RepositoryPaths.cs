namespace PlanGraph.Conformance.Tests;

/// <summary>Finds the repository from the test's output folder, so oracles and data files can be located.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>An npm oracle folder under tests/conformance/, failing clearly when its packages are not installed.</summary>
    public static string Oracle(string name)
    {
        var folder = Path.Combine(Root, "tests", "conformance", name);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"{folder}/node_modules is missing: run scripts/install-test-tools.sh (./test does) before these tests.");
        }

        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PlanGraph.sln above {AppContext.BaseDirectory}.");
    }
}
