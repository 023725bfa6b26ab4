namespace PlanGraph.Extraction;

/// <summary>
/// An Aho–Corasick automaton over a lexicon's surface forms, built once: one pass over a text finds every
/// occurrence of every form, so the cost of a look-up grows with the text, not with the lexicon
/// (docs/extraction.md, "Places": ~45,000 gazetteer forms).
/// </summary>
/// <typeparam name="T">What a form stands for (several values may share one form).</typeparam>
internal sealed class PhraseMatcher<T>
{
    // While building: the trie's edges as one map from (state, character) to state; state 0 is the root.
    private readonly Dictionary<(int State, char Char), int> next = [];

    // For matching, the edges compiled into arrays (a map look-up per character cost more than the rest of the pass):
    // the root's by character, every other state's sorted by character in one run of edgeChars/edgeTargets.
    private readonly int[] rootNext = new int[char.MaxValue + 1];
    private int[] edgeStart = [];
    private char[] edgeChars = [];
    private int[] edgeTargets = [];
    private int[] failLinks = [];
    private int[] depths = [];
    private int[] outputs = [];
    private int[] outputLinks = [];
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
        Compile();
    }

    /// <summary>How many distinct forms the automaton holds.</summary>
    public int FormCount { get; }

    /// <summary>Every occurrence of every form in <paramref name="text"/>, overlapping ones included, by end position.</summary>
    public List<(int Start, int Length, IReadOnlyList<T> Values)> Matches(string text)
    {
        var found = new List<(int, int, IReadOnlyList<T>)>();
        var (outputOf, linkOf, depthOf) = (outputs, outputLinks, depths);
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = Step(state, text[i]);
            for (var s = outputOf[state] >= 0 ? state : linkOf[state]; s > 0; s = linkOf[s])
            {
                found.Add((i + 1 - depthOf[s], depthOf[s], values[outputOf[s]]));
            }
        }

        return found;
    }

    private int Step(int state, char c)
    {
        while (state != 0)
        {
            // One vectorised search of the state's edges (a few characters, or a few hundred under a common first character).
            var from = edgeStart[state];
            if (edgeChars.AsSpan(from, edgeStart[state + 1] - from).IndexOf(c) is var at and >= 0)
            {
                return edgeTargets[from + at];
            }

            state = failLinks[state];
        }

        return rootNext[c];
    }

    private void Compile()
    {
        var count = fail.Count;
        var edges = next.Where(e => e.Key.State != 0).OrderBy(e => e.Key.State).ThenBy(e => e.Key.Char).ToList();
        edgeStart = new int[count + 1];
        edgeChars = new char[edges.Count];
        edgeTargets = new int[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            edgeStart[edges[e].Key.State + 1]++;
            (edgeChars[e], edgeTargets[e]) = (edges[e].Key.Char, edges[e].Value);
        }

        for (var state = 0; state < count; state++)
        {
            edgeStart[state + 1] += edgeStart[state];
        }

        foreach (var ((state, c), child) in next)
        {
            if (state == 0)
            {
                rootNext[c] = child;
            }
        }

        (failLinks, depths, outputs, outputLinks) = ([.. fail], [.. depth], [.. output], [.. outputLink]);
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
