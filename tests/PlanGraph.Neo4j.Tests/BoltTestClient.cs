using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// Just enough of Bolt v1 (handshake, INIT, RUN, PULL_ALL over PackStream) to run one query the way
/// Neo4j Browser does, proving the Bolt connector answers queries, not only handshakes.
/// </summary>
internal sealed class BoltTestClient : IAsyncDisposable
{
    private readonly TcpClient tcp = new();
    private NetworkStream stream = null!;

    public static async Task<BoltTestClient> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var client = new BoltTestClient();
        await client.tcp.ConnectAsync(host, port, cancellationToken);
        client.stream = client.tcp.GetStream();
        var hello = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(hello, 0x6060B017);
        BinaryPrimitives.WriteUInt32BigEndian(hello.AsSpan(4), 1);
        await client.stream.WriteAsync(hello, cancellationToken);
        var version = new byte[4];
        await client.stream.ReadExactlyAsync(version, cancellationToken);
        if (BinaryPrimitives.ReadUInt32BigEndian(version) != 1)
        {
            throw new InvalidOperationException("The server did not agree to Bolt v1.");
        }

        // INIT (0x01): user agent, auth token.
        await client.SendAsync(0x01, ["plangraph-test/1", new Dictionary<string, object?> { ["scheme"] = "none" }], cancellationToken);
        var (signature, fields) = await client.ReceiveAsync(cancellationToken);
        if (signature != 0x70)
        {
            throw new InvalidOperationException($"INIT failed: {Describe(fields)}");
        }

        return client;
    }

    /// <summary>Runs a query and returns its records' fields.</summary>
    public async Task<List<List<object?>>> RunAsync(string query, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await SendAsync(0x10, [query, parameters], cancellationToken);
        await SendAsync(0x3F, [], cancellationToken);
        var records = new List<List<object?>>();
        var summaries = 0;
        while (summaries < 2)
        {
            var (signature, fields) = await ReceiveAsync(cancellationToken);
            switch (signature)
            {
                case 0x71:
                    records.Add((List<object?>)fields[0]!);
                    break;
                case 0x70:
                    summaries++;
                    break;
                default:
                    throw new InvalidOperationException($"Bolt answered 0x{signature:X2}: {Describe(fields)}");
            }
        }

        return records;
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        tcp.Dispose();
    }

    private static string Describe(List<object?> fields) => string.Join(", ", fields.Select(f => f is Dictionary<string, object?> map ? string.Join("; ", map.Select(p => $"{p.Key}={p.Value}")) : f?.ToString()));

    private async Task SendAsync(byte signature, List<object?> fields, CancellationToken cancellationToken)
    {
        var message = new MemoryStream();
        message.WriteByte((byte)(0xB0 + fields.Count));
        message.WriteByte(signature);
        foreach (var field in fields)
        {
            Pack(message, field);
        }

        var body = message.ToArray();
        var framed = new MemoryStream();
        for (var offset = 0; offset < body.Length; offset += ushort.MaxValue)
        {
            var length = Math.Min(ushort.MaxValue, body.Length - offset);
            framed.WriteByte((byte)(length >> 8));
            framed.WriteByte((byte)length);
            framed.Write(body, offset, length);
        }

        framed.Write([0, 0]);
        await stream.WriteAsync(framed.ToArray(), cancellationToken);
    }

    private async Task<(byte Signature, List<object?> Fields)> ReceiveAsync(CancellationToken cancellationToken)
    {
        var message = new MemoryStream();
        var header = new byte[2];
        while (true)
        {
            await stream.ReadExactlyAsync(header, cancellationToken);
            var length = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (length == 0)
            {
                break;
            }

            var chunk = new byte[length];
            await stream.ReadExactlyAsync(chunk, cancellationToken);
            message.Write(chunk);
        }

        message.Position = 0;
        var marker = message.ReadByte();
        var signature = (byte)message.ReadByte();
        var fields = new List<object?>();
        for (var i = 0; i < (marker & 0x0F); i++)
        {
            fields.Add(Unpack(message));
        }

        return (signature, fields);
    }

    private static void Pack(Stream output, object? value)
    {
        switch (value)
        {
            case null:
                output.WriteByte(0xC0);
                break;
            case bool flag:
                output.WriteByte(flag ? (byte)0xC3 : (byte)0xC2);
                break;
            case long or int:
                var number = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                output.WriteByte(0xCB);
                Span<byte> eight = stackalloc byte[8];
                BinaryPrimitives.WriteInt64BigEndian(eight, number);
                output.Write(eight);
                break;
            case string text:
                var bytes = Encoding.UTF8.GetBytes(text);
                WriteSize(output, bytes.Length, 0x80, 0xD0);
                output.Write(bytes);
                break;
            case Dictionary<string, object?> map:
                WriteSize(output, map.Count, 0xA0, 0xD8);
                foreach (var (key, item) in map)
                {
                    Pack(output, key);
                    Pack(output, item);
                }

                break;
            default:
                throw new NotSupportedException($"The Bolt test client does not pack {value.GetType().Name}.");
        }
    }

    /// <summary>Tiny sizes live in the marker's low nibble; larger ones use the 8/16/32-bit forms (base, base+1, base+2).</summary>
    private static void WriteSize(Stream output, int size, byte tiny, byte sized)
    {
        if (size < 16)
        {
            output.WriteByte((byte)(tiny + size));
        }
        else if (size <= byte.MaxValue)
        {
            output.WriteByte(sized);
            output.WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            output.WriteByte((byte)(sized + 1));
            output.WriteByte((byte)(size >> 8));
            output.WriteByte((byte)size);
        }
        else
        {
            output.WriteByte((byte)(sized + 2));
            Span<byte> four = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(four, size);
            output.Write(four);
        }
    }

    private static object? Unpack(Stream input)
    {
        var marker = (byte)input.ReadByte();
        var high = marker & 0xF0;
        var low = marker & 0x0F;
        if (marker < 0x80)
        {
            return (long)marker;
        }

        if (marker >= 0xF0)
        {
            return (long)(sbyte)marker;
        }

        return high switch
        {
            0x80 => ReadString(input, low),
            0x90 => ReadList(input, low),
            0xA0 => ReadMap(input, low),
            0xB0 => ReadStructure(input, low),
            _ => marker switch
            {
                0xC0 => null,
                0xC2 => false,
                0xC3 => true,
                0xC1 => BitConverter.Int64BitsToDouble(ReadInteger(input, 8)),
                0xC8 => ReadInteger(input, 1),
                0xC9 => ReadInteger(input, 2),
                0xCA => ReadInteger(input, 4),
                0xCB => ReadInteger(input, 8),
                0xD0 or 0xD1 or 0xD2 => ReadString(input, (int)ReadUnsigned(input, 1 << (marker - 0xD0))),
                0xD4 or 0xD5 or 0xD6 => ReadList(input, (int)ReadUnsigned(input, 1 << (marker - 0xD4))),
                0xD8 or 0xD9 or 0xDA => ReadMap(input, (int)ReadUnsigned(input, 1 << (marker - 0xD8))),
                _ => throw new NotSupportedException($"PackStream marker 0x{marker:X2}"),
            },
        };
    }

    private static string ReadString(Stream input, int length)
    {
        var bytes = new byte[length];
        input.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static List<object?> ReadList(Stream input, int count) => Enumerable.Range(0, count).Select(_ => Unpack(input)).ToList();

    private static Dictionary<string, object?> ReadMap(Stream input, int count)
    {
        var map = new Dictionary<string, object?>();
        for (var i = 0; i < count; i++)
        {
            var key = (string)Unpack(input)!;
            map[key] = Unpack(input);
        }

        return map;
    }

    private static List<object?> ReadStructure(Stream input, int fields)
    {
        input.ReadByte();
        return ReadList(input, fields);
    }

    private static long ReadInteger(Stream input, int bytes)
    {
        var value = ReadUnsigned(input, bytes);
        var shift = 64 - (8 * bytes);
        return (long)(value << shift) >> shift;
    }

    private static ulong ReadUnsigned(Stream input, int bytes)
    {
        ulong value = 0;
        for (var i = 0; i < bytes; i++)
        {
            value = (value << 8) | (byte)input.ReadByte();
        }

        return value;
    }
}
