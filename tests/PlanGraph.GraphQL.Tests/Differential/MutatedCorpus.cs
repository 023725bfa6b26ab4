namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>
/// Damaged copies of the corpus documents (a character dropped, a punctuator or keyword inserted, two
/// characters swapped, a span repeated), drawn from a fixed seed so every run tests the same ones.
/// They probe the lexer, parser and rules on inputs nobody wrote by hand.
/// </summary>
public static class MutatedCorpus
{
    private static readonly string[] Insertions =
        ["{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "=", "|", "&", "\"", "\"\"\"", "#", "\n", "0", "-", "1.5e", "on", "null", "query", "fragment", "__typename", "\\u", "\u00e9", ","];

    public static IReadOnlyList<CorpusDocument> Generate(IReadOnlyList<CorpusDocument> corpus, int seed, int perDocument)
    {
        var random = new Random(seed);
        var mutated = new List<CorpusDocument>();
        foreach (var document in corpus)
        {
            // Very long documents are left alone: their damage teaches nothing a short one does not.
            if (document.Source.Length is 0 or > 2000)
            {
                continue;
            }

            for (var k = 0; k < perDocument; k++)
            {
                mutated.Add(new CorpusDocument($"mutated/{document.Name}#{k}", Mutate(document.Source, random)));
            }
        }

        return mutated;
    }

    private static string Mutate(string source, Random random)
    {
        var at = random.Next(source.Length);
        switch (random.Next(4))
        {
            case 0:
                return source.Remove(at, 1);
            case 1:
                return source.Insert(at, Insertions[random.Next(Insertions.Length)]);
            case 2:
                {
                    var other = random.Next(source.Length);
                    var chars = source.ToCharArray();
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    return new string(chars);
                }

            default:
                {
                    var length = Math.Min(random.Next(1, 12), source.Length - at);
                    return source.Insert(at, source.Substring(at, length));
                }
        }
    }
}
