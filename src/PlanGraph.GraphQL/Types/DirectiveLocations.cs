using System.Text;

namespace PlanGraph.GraphQL.Types;

/// <summary>The spec's spelling of directive locations: FRAGMENT_SPREAD for <see cref="DirectiveLocation.FragmentSpread"/>.</summary>
public static class DirectiveLocations
{
    public static string Name(DirectiveLocation location)
    {
        var text = location.ToString();
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(text[i]));
        }

        return builder.ToString();
    }

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        foreach (var candidate in Enum.GetValues<DirectiveLocation>())
        {
            if (Name(candidate) == name)
            {
                location = candidate;
                return true;
            }
        }

        location = default;
        return false;
    }
}
