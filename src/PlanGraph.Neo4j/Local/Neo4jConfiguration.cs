using System.Globalization;
using System.Text;

namespace PlanGraph.Neo4j.Local;

/// <summary>
/// Writes an instance's neo4j.conf: the distribution's file with the changes DESIGN.md §1 lists for
/// Java 17 and 127.0.0.1, plus the instance's own ports and folders.
/// </summary>
internal static class Neo4jConfiguration
{
    public static void Write(string distributionHome, string instanceDirectory, LocalNeo4jSettings settings)
    {
        string Folder(string name)
        {
            var path = Path.Combine(instanceDirectory, name);
            Directory.CreateDirectory(path);
            return path;
        }

        var ours = new List<(string Key, string Value)>
        {
            ("dbms.directories.data", Folder("data")),
            ("dbms.directories.logs", Folder("logs")),
            ("dbms.directories.run", Folder("run")),
            ("dbms.directories.import", Folder("import")),
            ("dbms.security.auth_enabled", "false"),
            ("dbms.connectors.default_listen_address", "127.0.0.1"),
            ("dbms.connectors.default_advertised_address", "127.0.0.1"),
            ("dbms.connector.bolt.enabled", "true"),
            ("dbms.connector.bolt.listen_address", "127.0.0.1:" + settings.BoltPort.ToString(CultureInfo.InvariantCulture)),
            ("dbms.connector.http.enabled", "true"),
            ("dbms.connector.http.listen_address", "127.0.0.1:" + settings.HttpPort.ToString(CultureInfo.InvariantCulture)),
            ("dbms.connector.https.enabled", "false"),
            ("dbms.memory.heap.initial_size", settings.Heap),
            ("dbms.memory.heap.max_size", settings.Heap),
            ("dbms.memory.pagecache.size", settings.PageCache),
            ("dbms.udc.enabled", "false"),
        };
        var keys = ours.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);

        var text = new StringBuilder();
        foreach (var line in File.ReadLines(Path.Combine(distributionHome, "conf", "neo4j.conf")))
        {
            var trimmed = line.Trim();
            var key = trimmed.Split('=', 2)[0].Trim();
            if (keys.Contains(key) || trimmed.Contains("-XX:+AlwaysPreTouch", StringComparison.Ordinal))
            {
                // Replaced below; AlwaysPreTouch would touch the whole heap at start for nothing.
                text.Append("# (PlanGraph replaces) ").AppendLine(line);
                continue;
            }

            text.AppendLine(line);
        }

        text.AppendLine().AppendLine("# ---- PlanGraph: written by `./plangraph neo4j start`; edits here are overwritten ----");
        foreach (var (key, value) in ours)
        {
            text.Append(key).Append('=').AppendLine(value);
        }

        // Java 17 closes these packages; Neo4j 3.1 reflects into them.
        text.AppendLine("dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED");
        text.AppendLine("dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED");
        text.AppendLine("dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");

        var conf = Folder("conf");
        File.WriteAllText(Path.Combine(conf, "neo4j.conf"), text.ToString());
    }
}
