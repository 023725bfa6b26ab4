using Microsoft.Extensions.Options;

namespace PlanGraph.Api.Hosting;

/// <summary>The ranges the API's settings must lie in; checked when the host is built, so a bad value stops the start.</summary>
public sealed class PlanGraphApiOptionsValidator : IValidateOptions<PlanGraphApiOptions>
{
    public ValidateOptionsResult Validate(string? name, PlanGraphApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.MaxRequestBytes < 1024)
        {
            problems.Add($"PLANGRAPH_MAX_REQUEST_BYTES must be at least 1024, got {options.MaxRequestBytes}");
        }

        if (options.MaxQueryLength < 1)
        {
            problems.Add($"PLANGRAPH_MAX_QUERY_LENGTH must be at least 1, got {options.MaxQueryLength}");
        }

        if (options.MaxCost < 1)
        {
            problems.Add($"PLANGRAPH_MAX_COST must be at least 1, got {options.MaxCost}");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add($"PLANGRAPH_REQUEST_TIMEOUT_SECONDS must be at least 1, got {options.RequestTimeout.TotalSeconds}");
        }

        var limits = options.Limits;
        if (limits.MaxPageSize < 1)
        {
            problems.Add($"PLANGRAPH_MAX_PAGE_SIZE must be at least 1, got {limits.MaxPageSize}");
        }

        if (limits.DefaultPageSize < 1 || limits.DefaultPageSize > limits.MaxPageSize)
        {
            problems.Add($"PLANGRAPH_DEFAULT_PAGE_SIZE must be between 1 and PLANGRAPH_MAX_PAGE_SIZE ({limits.MaxPageSize}), got {limits.DefaultPageSize}");
        }

        if (limits.MaxDepth < 1)
        {
            problems.Add($"PLANGRAPH_MAX_DEPTH must be at least 1, got {limits.MaxDepth}");
        }

        if (limits.MaxSearchResults < 1)
        {
            problems.Add($"PLANGRAPH_MAX_SEARCH_RESULTS must be at least 1, got {limits.MaxSearchResults}");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
