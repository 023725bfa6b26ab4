namespace PlanGraph.GraphQL.Utilities;

/// <summary>Natural order (graphql-js naturalCompare): runs of digits compare by value, everything else by UTF-16 code unit.</summary>
public static class NaturalOrder
{
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    public static int Compare(string? x, string? y)
    {
        x ??= string.Empty;
        y ??= string.Empty;
        int ai = 0, bi = 0;
        while (ai < x.Length && bi < y.Length)
        {
            var ac = x[ai];
            var bc = y[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0, bn = 0;
                do
                {
                    ++ai;
                    an = (an * 10) + (ac - '0');
                    ac = ai < x.Length ? x[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);

                do
                {
                    ++bi;
                    bn = (bn * 10) + (bc - '0');
                    bc = bi < y.Length ? y[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ++ai;
                ++bi;
            }
        }

        return x.Length - y.Length;
    }
}
