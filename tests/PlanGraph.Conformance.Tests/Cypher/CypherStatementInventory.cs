using System.Reflection;
using System.Text;
using PlanGraph.Neo4j;

namespace PlanGraph.Conformance.Tests.Cypher;

/// <summary>
/// Every Cypher statement the project can send: static CypherStatement fields and properties (and
/// static collections of them) in every PlanGraph assembly, every <see cref="ICypherStatementCatalog"/>,
/// and every statement in cypher/**/*.cypher.
/// </summary>
internal static class CypherStatementInventory
{
    private const BindingFlags StaticMembers = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<Assembly> ProjectAssemblies()
    {
        // The output folder holds every src assembly (this project references the CLI, which references them all).
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("PlanGraph.", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).Equals("plangraph.dll", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.OrdinalIgnoreCase))
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .ToList();
        return assemblies;
    }

    public static IReadOnlyList<CypherStatement> Gather()
    {
        var found = new List<CypherStatement>();
        foreach (var assembly in ProjectAssemblies())
        {
            foreach (var type in LoadableTypes(assembly))
            {
                found.AddRange(StaticStatements(type));
                if (type is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false } && typeof(ICypherStatementCatalog).IsAssignableFrom(type))
                {
                    var constructor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
                        ?? throw new InvalidOperationException($"{type.FullName} implements ICypherStatementCatalog but has no parameterless constructor, so the Cypher lint cannot create it.");
                    found.AddRange(((ICypherStatementCatalog)constructor.Invoke(null)).Statements);
                }
            }
        }

        found.AddRange(CypherFiles());

        // The same statement reached twice (a property and its backing field, or a shared catalog entry) is linted once.
        return found.DistinctBy(s => (s.Name, s.Text)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Statements of cypher/**/*.cypher, split at semicolons that end a line; named "cypher/file.cypher#n".</summary>
    public static IEnumerable<CypherStatement> CypherFiles()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "cypher");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
            var index = 0;
            foreach (var text in SplitStatements(File.ReadAllText(file)))
            {
                index++;
                yield return new CypherStatement($"{relative}#{index}", text);
            }
        }
    }

    internal static IEnumerable<string> SplitStatements(string script)
    {
        var current = new StringBuilder();
        foreach (var rawLine in script.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) && current.Length == 0)
            {
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.AppendLine(trimmed[..^1]);
                if (current.ToString().Trim() is { Length: > 0 } statement)
                {
                    yield return statement;
                }

                current.Clear();
            }
            else
            {
                current.AppendLine(line);
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } last && !last.Split('\n').All(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        {
            yield return last;
        }
    }

    private static IEnumerable<CypherStatement> StaticStatements(Type type)
    {
        foreach (var field in type.GetFields(StaticMembers))
        {
            if (!field.FieldType.ContainsGenericParameters && !type.ContainsGenericParameters)
            {
                foreach (var statement in Unpack(field.FieldType, () => field.GetValue(null)))
                {
                    yield return statement;
                }
            }
        }

        foreach (var property in type.GetProperties(StaticMembers))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && !type.ContainsGenericParameters)
            {
                foreach (var statement in Unpack(property.PropertyType, () => property.GetValue(null)))
                {
                    yield return statement;
                }
            }
        }
    }

    private static IEnumerable<CypherStatement> Unpack(Type declared, Func<object?> read)
    {
        if (declared == typeof(CypherStatement))
        {
            return read() is CypherStatement statement ? [statement] : [];
        }

        if (typeof(IEnumerable<CypherStatement>).IsAssignableFrom(declared))
        {
            return read() as IEnumerable<CypherStatement> ?? [];
        }

        return [];
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
