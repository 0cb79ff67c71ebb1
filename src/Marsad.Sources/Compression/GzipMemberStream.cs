using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace Marsad.Sources.Compression;

/// <summary>
/// Decompresses a gzip file member by member (a .warc.gz is a concatenation of gzip members, usually one per record)
/// in constant memory, knowing where each member starts in the compressed file — the offset web-archive indexes use,
/// and the one our error messages give. A corrupt member is reported and skipped: reading resumes at the next member.
/// </summary>
/// <remarks>
/// System.IO.Compression's GZipStream reads concatenated members too but hides their boundaries and cannot go on after
/// a corrupt one; SharpZipLib's <see cref="Inflater"/> tells how much input a member used, so the next can be found.
/// </remarks>
internal sealed partial class GzipMemberStream : Stream
{
    private const int InputBufferSize = 1 << 16;

    private readonly Stream _inner;
    private readonly Inflater _inflater = new(noHeader: true);
    private readonly byte[] _input = new byte[InputBufferSize];
    private int _inputStart;
    private int _inputEnd;
    private long _inputBase;
    private State _state = State.BetweenMembers;
    private long _position;
    private readonly Queue<(long Position, long Offset)> _recentMembers = new();

    public GzipMemberStream(Stream inner) => _inner = inner;

    private enum State
    {
        BetweenMembers,
        InMember,
        Stalled,
        End,
    }

    /// <summary>Where the member being read starts in the compressed input.</summary>
    public long MemberOffset { get; private set; }

    /// <summary>The decompressed offset at which the member being read starts.</summary>
    public long MemberStartPosition { get; private set; }

    /// <summary>Set after a corrupt or truncated member: what went wrong and where. Cleared by <see cref="Resume"/>.</summary>
    public string? Problem { get; private set; }

    /// <summary>True after a corrupt member, until <see cref="Resume"/>: reads return 0 so the reader can drop its partial record.</summary>
    public bool IsStalled => _state == State.Stalled;

    /// <summary>Members started so far.</summary>
    public int MemberCount { get; private set; }

    /// <summary>
    /// The compressed offset of the member holding decompressed <paramref name="position"/> (recent members only: a
    /// reader asks about the record it has just begun).
    /// </summary>
    public long OffsetOf(long position)
    {
        var offset = 0L;
        foreach (var (start, memberOffset) in _recentMembers)
        {
            if (start > position)
                break;
            offset = memberOffset;
        }
        return offset;
    }

    /// <summary>Continues with the next intact member after a corrupt one; returns false at the end of the input.</summary>
    public bool Resume()
    {
        Problem = null;
        if (_state != State.Stalled)
            return _state != State.End;
        _state = SeekNextMember() ? State.BetweenMembers : State.End;
        return _state != State.End;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        while (count > 0)
        {
            switch (_state)
            {
                case State.End or State.Stalled:
                    return 0;
                case State.BetweenMembers:
                    StartMember();
                    continue;
                default:
                    break;
            }
            if (_inflater.IsNeedingInput && !FeedInflater())
            {
                Stall($"truncated gzip data (member at offset {MemberOffset})", atEnd: true);
                return 0;
            }
            int n;
            try
            {
                n = _inflater.Inflate(buffer, offset, count);
            }
            catch (SharpZipBaseException e)
            {
                // look for the next member from where the inflater stopped, not from the end of what it was given
                _inputStart = _inputEnd - _inflater.RemainingInput;
                Stall($"corrupt gzip data in the member at offset {MemberOffset}: {e.Message}", atEnd: false);
                return 0;
            }
            if (_inflater.IsFinished)
                FinishMember();
            if (n > 0)
            {
                _position += n;
                return n;
            }
        }
        return 0;
    }

    public override int Read(Span<byte> buffer)
    {
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            var n = Read(rented, 0, buffer.Length);
            rented.AsSpan(0, n).CopyTo(buffer);
            return n;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
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
            _inner.Dispose();
        base.Dispose(disposing);
    }
}
