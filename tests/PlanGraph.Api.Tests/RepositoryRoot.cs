namespace PlanGraph.Api.Tests;

/// <summary>Finds the checkout (the folder with PlanGraph.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    /// <summary>The path of PlanGraph.sln.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var solution = Path.Combine(dir.FullName, "PlanGraph.sln");
            if (File.Exists(solution))
            {
                return solution;
            }
        }

        throw new InvalidOperationException("No PlanGraph.sln above the test folder.");
    }
}
