namespace PlanGraph.GraphQL.Utilities;

/// <summary>
/// Array.prototype.sort as V8 runs it on short arrays (TimSort: the leading run, then binary insertion).
/// graphql-js sorts some suggestion lists with a comparator that is not a total order, so only the same
/// algorithm gives the same order, and so the same message.
/// </summary>
public static class JavaScriptSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var count = items.Count;
        if (count < 2)
        {
            return;
        }

        // TimSort's minimum run for n < 64 is n itself: one run, extended by binary insertion.
        var run = CountAndMakeRun(items, compare);
        for (var start = run; start < count; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }

        if (count >= 64)
        {
            // Longer lists never occur in messages; fall back to a stable sort, which agrees whenever the comparator is consistent.
            var stable = items.Select((item, index) => (item, index)).ToList();
            stable.Sort((x, y) => compare(x.item, y.item) is var c && c != 0 ? c : x.index.CompareTo(y.index));
            for (var i = 0; i < count; i++)
            {
                items[i] = stable[i].item;
            }
        }
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var current = items[i];
            var order = compare(current, previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = current;
            runLength++;
        }

        if (descending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }
}
