using PlanGraph.Cli;

return await CommandLine.RunAsync(args).ConfigureAwait(false);
