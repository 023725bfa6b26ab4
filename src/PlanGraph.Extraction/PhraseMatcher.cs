namespace PlanGraph.Extraction;

/// <summary>
/// An Aho–Corasick automaton over a lexicon's surface forms, built once: one pass over a text finds every
/// occurrence of every form, so the cost of a look-up grows with the text, not with the lexicon
/// (docs/extraction.md, "Places": ~45,000 gazetteer forms).
/// </summary>
/// <typeparam name="T">What a form stands for (several values may share one form).</typeparam>
internal sealed class PhraseMatcher<T>
{
    // The trie's edges as one map from (state, character) to state; state 0 is the root.
    private readonly Dictionary<(int State, char Char), int> next = [];
    private readonly List<int> fail = [0];
    private readonly List<int> depth = [0];
    private readonly List<int> output = [-1];
    private readonly List<int> outputLink = [-1];
    private readonly List<IReadOnlyList<T>> values = [];

    public PhraseMatcher(IEnumerable<(string Form, T Value)> entries)
    {
        var byForm = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (form, value) in entries)
        {
            if (form.Length == 0)
            {
                continue;
            }

            if (!byForm.TryGetValue(form, out var list))
            {
                byForm[form] = list = [];
            }

            list.Add(value);
        }

        foreach (var (form, list) in byForm)
        {
            var state = 0;
            foreach (var c in form)
            {
                if (!next.TryGetValue((state, c), out var child))
                {
                    child = fail.Count;
                    fail.Add(0);
                    depth.Add(depth[state] + 1);
                    output.Add(-1);
                    outputLink.Add(-1);
                    next[(state, c)] = child;
                }

                state = child;
            }

            output[state] = values.Count;
            values.Add(list);
        }

        FormCount = byForm.Count;
        Link();
    }

    /// <summary>How many distinct forms the automaton holds.</summary>
    public int FormCount { get; }

    /// <summary>Every occurrence of every form in <paramref name="text"/>, overlapping ones included, by end position.</summary>
    public List<(int Start, int Length, IReadOnlyList<T> Values)> Matches(string text)
    {
        var found = new List<(int, int, IReadOnlyList<T>)>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = Step(state, text[i]);
            for (var s = output[state] >= 0 ? state : outputLink[state]; s > 0; s = outputLink[s])
            {
                found.Add((i + 1 - depth[s], depth[s], values[output[s]]));
            }
        }

        return found;
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (next.TryGetValue((state, c), out var child))
            {
                return child;
            }

            if (state == 0)
            {
                return 0;
            }

            state = fail[state];
        }
    }

    // Breadth first: a state's failure link is the longest proper suffix of its path that is also a path.
    private void Link()
    {
        var children = new List<(int Child, char Char)>[fail.Count];
        foreach (var ((state, c), child) in next)
        {
            (children[state] ??= []).Add((child, c));
        }

        var queue = new Queue<int>();
        foreach (var (child, _) in children[0] ?? [])
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (child, c) in children[state] ?? [])
            {
                var f = state == 0 ? 0 : fail[state];
                fail[child] = StepFromFail(f, c, child);
                var target = fail[child];
                outputLink[child] = output[target] >= 0 ? target : outputLink[target];
                queue.Enqueue(child);
            }
        }
    }

    private int StepFromFail(int state, char c, int self)
    {
        while (true)
        {
            if (next.TryGetValue((state, c), out var target) && target != self)
            {
                return target;
            }

            if (state == 0)
            {
                return 0;
            }

            state = fail[state];
        }
    }
}
