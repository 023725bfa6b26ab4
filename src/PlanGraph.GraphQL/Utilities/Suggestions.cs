namespace PlanGraph.GraphQL.Utilities;

/// <summary>
/// "Did you mean …?" suggestions in the exact form graphql-js gives them, so error messages match
/// the reference implementation word for word.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close enough to <paramref name="input"/> (an optimal-string-alignment distance of at
    /// most 40% of its length, plus one; a change of case alone counts as one edit), nearest first,
    /// ties in natural order.
    /// </summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var measured = distance.Measure(option, threshold);
            if (measured is { } d)
            {
                found.Add((option, d));
            }
        }

        // A stable sort keeps insertion order between options that compare equal.
        return [.. found
            .Select((entry, index) => (entry.Option, entry.Distance, index))
            .OrderBy(e => e.Distance)
            .ThenBy(e => e.Option, NaturalOrder.Comparer)
            .ThenBy(e => e.index)
            .Select(e => e.Option)];
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five, quoted), or "" when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>As <see cref="DidYouMean(IReadOnlyList{string})"/>, with a phrase such as "the enum value" before the list.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = subMessage is null ? " Did you mean " : " Did you mean " + subMessage + " ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>Damerau-Levenshtein (optimal string alignment) over lower-cased UTF-16 code units.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string inputLower = input.ToLowerInvariant();
        private readonly int[][] rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int? Measure(string option, int threshold)
        {
            if (string.Equals(input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLower = option.ToLowerInvariant();
            if (string.Equals(inputLower, optionLower, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLower;
            var b = inputLower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return null;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    smallest = Math.Min(smallest, cell);
                    current[j] = cell;
                }

                // No later row can get below the smallest cell of this one.
                if (smallest > threshold)
                {
                    return null;
                }
            }

            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
