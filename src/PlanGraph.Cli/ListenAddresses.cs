using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PlanGraph.Cli;

/// <summary>
/// Checks the API's addresses before the server starts, so a taken port is one clear sentence instead of
/// Kestrel's logged stack trace.
/// </summary>
internal static class ListenAddresses
{
    /// <summary>The first of the ';'-separated URLs whose port another process holds, or null.</summary>
    /// <exception cref="ArgumentException">A URL is not an absolute http(s) URL.</exception>
    public static string? FirstInUse(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts wildcard hosts ("http://*:5080", "http://+:5080") that Uri does not.
            var parsable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"'{url}' is not an address to listen on; use e.g. --urls http://127.0.0.1:5080.");
            }

            if (uri.Port == 0)
            {
                continue;
            }

            var address = uri.Host switch
            {
                "localhost" => IPAddress.Loopback,
                _ when IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) => parsed,
                _ => IPAddress.Any,
            };
            if (InUse(address, uri.Port))
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The same address on the next port, as an example of one to use instead.</summary>
    public static string Suggest(string url)
    {
        var parsable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(parsable, UriKind.Absolute, out var uri) && uri.Port < 65535
            ? new UriBuilder(uri) { Port = uri.Port + 1 }.Uri.ToString().TrimEnd('/')
            : "http://127.0.0.1:" + 5081.ToString(CultureInfo.InvariantCulture);
    }

    private static bool InUse(IPAddress address, int port)
    {
        var probe = new TcpListener(address, port);
        try
        {
            probe.Start();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (no such interface, no permission): Kestrel reports it when it starts.
            return false;
        }
        finally
        {
            probe.Stop();
        }
    }
}
