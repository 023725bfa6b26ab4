namespace PlanGraph.Cli.Tests;

/// <summary>Locates files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

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
