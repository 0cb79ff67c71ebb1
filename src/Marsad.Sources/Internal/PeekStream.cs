namespace Marsad.Sources.Internal;

/// <summary>
/// A read-only stream that lets a reader look at the first bytes (to sniff the format) and then read the whole
/// stream from the start, without seeking — so standard input and archive entries can be sniffed too.
/// </summary>
internal sealed class PeekStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private readonly int _headLength;
    private int _headPosition;
    private readonly int _peekSize;
    private long _position;
    private bool _returned;

    public PeekStream(Stream inner, int peekSize = 1 << 16)
    {
        _inner = inner;
        _peekSize = peekSize;
        _head = System.Buffers.ArrayPool<byte>.Shared.Rent(peekSize);
        var n = 0;
        while (n < peekSize)
        {
            var r = inner.Read(_head, n, peekSize - n);
            if (r == 0)
                break;
            n += r;
        }
        _headLength = n;
    }

    /// <summary>The first bytes of the stream (up to the peek size).</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    /// <summary>True when the whole stream fit in <see cref="Head"/>.</summary>
    public bool IsShort => _headLength < _peekSize;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_headPosition < _headLength)
        {
            n = Math.Min(buffer.Length, _headLength - _headPosition);
            _head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
        }
        else
        {
            n = _inner.Read(buffer);
        }
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            if (!_returned)
            {
                _returned = true;
                _headPosition = _headLength;
                System.Buffers.ArrayPool<byte>.Shared.Return(_head);
            }
        }
        base.Dispose(disposing);
    }
}
