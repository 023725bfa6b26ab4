using System.Net;
using System.Net.Sockets;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// A TCP port that refuses connections until <see cref="Open"/>, then forwards every connection to
/// the real Neo4j: it stands for a server that starts late, while the answers come from Neo4j itself.
/// </summary>
internal sealed class LateTcpForwarder : IAsyncDisposable
{
    private readonly Uri target;
    private readonly CancellationTokenSource stopping = new();
    private TcpListener? listener;
    private Task? accepting;

    public LateTcpForwarder(Uri target)
    {
        this.target = target;
        // Take a free port, then let it go so that connecting to it is refused until Open().
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public int ForwardedConnections { get; private set; }

    public void Open()
    {
        if (listener is not null)
        {
            return;
        }

        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        accepting = AcceptAsync(listener);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener?.Stop();
        if (accepting is not null)
        {
            try
            {
                await accepting;
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopping the listener ends the accept loop this way.
            }
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync(TcpListener server)
    {
        while (!stopping.IsCancellationRequested)
        {
            var incoming = await server.AcceptTcpClientAsync(stopping.Token);
            ForwardedConnections++;
            _ = ForwardAsync(incoming);
        }
    }

    private async Task ForwardAsync(TcpClient incoming)
    {
        using (incoming)
        using (var outgoing = new TcpClient())
        {
            try
            {
                await outgoing.ConnectAsync(target.Host, target.Port, stopping.Token);
                var inStream = incoming.GetStream();
                var outStream = outgoing.GetStream();
                var up = inStream.CopyToAsync(outStream, stopping.Token);
                var down = outStream.CopyToAsync(inStream, stopping.Token);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A connection closing from either side ends forwarding.
            }
        }
    }
}
