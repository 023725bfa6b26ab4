using System.Buffers;

namespace PlanGraph.Neo4j;

/// <summary>
/// An HTTP answer's body read from the response stream into one buffer rented from the shared pool: no
/// growing MemoryStream and no final copy, as <c>ReadAsByteArrayAsync</c> makes. Disposing returns the
/// buffer, so nothing parsed over <see cref="Memory"/> may be used afterwards.
/// </summary>
internal sealed class ResponseBody : IDisposable
{
    private const int FirstSize = 16 * 1024;
    private byte[]? buffer;

    private ResponseBody(byte[] buffer, int length)
    {
        this.buffer = buffer;
        Length = length;
    }

    /// <summary>The number of bytes read.</summary>
    public int Length { get; }

    /// <summary>The bytes read (valid until disposed).</summary>
    public ReadOnlyMemory<byte> Memory => (buffer ?? throw new ObjectDisposedException(nameof(ResponseBody))).AsMemory(0, Length);

    /// <summary>Reads the whole body; the declared length, when there is one, sizes the buffer once.</summary>
    public static async Task<ResponseBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var rented = ArrayPool<byte>.Shared.Rent(declared is > 0 and < int.MaxValue ? (int)declared.Value : FirstSize);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == rented.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(rented.Length * 2);
                        rented.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(rented);
                        rented = larger;
                    }

                    var read = await stream.ReadAsync(rented.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new ResponseBody(rented, length);
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(rented);
            throw;
        }
    }

    /// <summary>A copy the caller owns (for documents that outlive the request).</summary>
    public byte[] ToArray() => Memory.ToArray();

    /// <inheritdoc/>
    public void Dispose()
    {
        if (buffer is { } rented)
        {
            buffer = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
