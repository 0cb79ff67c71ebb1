using System.Text;

namespace Marsad.Sources.Formats.Warc;

/// <summary>
/// Buffered reading of a byte stream as WARC and HTTP need it: header lines, then exact-length blocks read or
/// skipped — in a fixed 64 KiB buffer, so skipping a 2 GB video record costs no memory.
/// </summary>
internal sealed class ByteReader
{
    private const int MaxLine = 1 << 16;
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    public ByteReader(Stream stream) => _stream = stream;

    /// <summary>Bytes consumed so far (the decompressed offset of the next byte).</summary>
    public long Position { get; private set; }

    /// <summary>True when the stream has no more bytes.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>The next line without its CR LF (Latin-1, as header bytes are), or null at the end; an overlong line is cut.</summary>
    public string? ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !Fill())
                return line.Length > 0 ? line.ToString() : null;
            var span = _buffer.AsSpan(_start, _end - _start);
            var nl = span.IndexOf((byte)'\n');
            var take = nl >= 0 ? nl : span.Length;
            if (line.Length < MaxLine)
                line.Append(Encoding.Latin1.GetString(span[..Math.Min(take, MaxLine - line.Length)]));
            Advance(nl >= 0 ? nl + 1 : take);
            if (nl >= 0)
            {
                if (line.Length > 0 && line[^1] == '\r')
                    line.Length--;
                return line.ToString();
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes; returns fewer only at the end of the stream.</summary>
    public byte[] ReadBlock(int count)
    {
        var block = new byte[count];
        var n = 0;
        while (n < count)
        {
            if (_start == _end && !Fill())
                return block[..n];
            var take = Math.Min(count - n, _end - _start);
            _buffer.AsSpan(_start, take).CopyTo(block.AsSpan(n));
            n += take;
            Advance(take);
        }
        return block;
    }

    /// <summary>Skips <paramref name="count"/> bytes; returns how many there were.</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (_start == _end && !Fill())
                break;
            var take = (int)Math.Min(count - skipped, _end - _start);
            Advance(take);
            skipped += take;
        }
        return skipped;
    }

    private void Advance(int n)
    {
        _start += n;
        Position += n;
    }

    private bool Fill()
    {
        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
