using System.Buffers.Binary;
using System.Net.Sockets;

namespace PlanGraph.Neo4j.Local;

/// <summary>Checks that a Bolt port speaks Bolt: sends the handshake and reads the agreed version.</summary>
public static class BoltProbe
{
    private const uint Magic = 0x6060B017;

    /// <summary>The Bolt protocol version the server agreed to (1 for Neo4j 3.x), or 0 when it did not answer as Bolt.</summary>
    public static async Task<uint> HandshakeAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(5));
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            var stream = client.GetStream();

            // Magic preamble, then four proposed versions: 1 (what 3.x speaks) and three empty slots.
            var hello = new byte[20];
            BinaryPrimitives.WriteUInt32BigEndian(hello, Magic);
            BinaryPrimitives.WriteUInt32BigEndian(hello.AsSpan(4), 1);
            await stream.WriteAsync(hello, deadline.Token).ConfigureAwait(false);

            var answer = new byte[4];
            await stream.ReadExactlyAsync(answer, deadline.Token).ConfigureAwait(false);
            return BinaryPrimitives.ReadUInt32BigEndian(answer);
        }
        catch (Exception e) when (e is SocketException or IOException or EndOfStreamException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return 0;
        }
    }
}
