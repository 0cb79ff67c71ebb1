namespace Marsad.Sources.Compression;

/// <content>Member framing: the gzip header (RFC 1952), the 8-byte trailer, and finding the next member.</content>
internal sealed partial class GzipMemberStream
{
    private const byte Id1 = 0x1F;
    private const byte Id2 = 0x8B;
    private const byte Deflate = 8;

    private void StartMember()
    {
        if (!Ensure(1) || IsZeroPadding())
        {
            _state = State.End;
            return;
        }
        var offset = _inputBase + _inputStart;
        if (!TryReadHeader())
        {
            if (offset == 0 && MemberCount == 0)
                throw new InvalidDataException("not gzip data (no gzip header at offset 0)");
            _inputStart++;
            Stall($"no gzip member at offset {offset} (garbage between members)", atEnd: false);
            return;
        }
        MemberOffset = offset;
        MemberStartPosition = _position;
        MemberCount++;
        _recentMembers.Enqueue((MemberStartPosition, MemberOffset));
        if (_recentMembers.Count > 4096)
            _recentMembers.Dequeue();
        _inflater.Reset();
        _state = State.InMember;
    }

    private bool TryReadHeader()
    {
        if (!Ensure(10))
            return false;
        var h = _input.AsSpan(_inputStart);
        if (h[0] != Id1 || h[1] != Id2 || h[2] != Deflate)
            return false;
        var flags = h[3];
        var length = 10;
        if ((flags & 0x04) != 0)
        {
            if (!Ensure(length + 2))
                return false;
            length += 2 + (_input[_inputStart + length] | (_input[_inputStart + length + 1] << 8));
        }
        foreach (var flag in (ReadOnlySpan<int>)[0x08, 0x10])
        {
            if ((flags & flag) == 0)
                continue;
            // zero-terminated file name or comment
            while (true)
            {
                if (!Ensure(length + 1))
                    return false;
                if (_input[_inputStart + length++] == 0)
                    break;
                if (length > InputBufferSize / 2)
                    return false;
            }
        }
        if ((flags & 0x02) != 0)
            length += 2;
        if (!Ensure(length))
            return false;
        _inputStart += length;
        return true;
    }

    private void FinishMember()
    {
        _inputStart = _inputEnd - _inflater.RemainingInput;
        // CRC-32 and size trailer; a missing trailer at the very end is tolerated (the data itself was complete)
        var trailer = Math.Min(8, Available);
        if (trailer < 8 && Ensure(8))
            trailer = 8;
        _inputStart += Math.Min(trailer, Available);
        _state = State.BetweenMembers;
    }

    private bool FeedInflater()
    {
        if (Available == 0 && !Fill())
            return false;
        _inflater.SetInput(_input, _inputStart, Available);
        _inputStart = _inputEnd;
        return true;
    }

    private void Stall(string problem, bool atEnd)
    {
        Problem = problem;
        _state = atEnd ? State.End : State.Stalled;
    }

    // After a corrupt member: look for the next gzip header (1F 8B 08) from the current input position on.
    private bool SeekNextMember()
    {
        while (true)
        {
            if (!Ensure(3))
                return false;
            var span = _input.AsSpan(_inputStart, Available);
            var i = span.IndexOf((ReadOnlySpan<byte>)[Id1, Id2, Deflate]);
            if (i >= 0)
            {
                _inputStart += i;
                return true;
            }
            // keep the last 2 bytes: a header may straddle the buffer boundary
            _inputStart = _inputEnd - 2;
            if (!Fill())
                return false;
        }
    }

    private bool IsZeroPadding()
    {
        // some tools pad the end of an archive with zero bytes
        while (true)
        {
            var span = _input.AsSpan(_inputStart, Available);
            var nonZero = span.IndexOfAnyExcept((byte)0);
            if (nonZero >= 0)
            {
                _inputStart += nonZero;
                return false;
            }
            _inputStart = _inputEnd;
            if (!Fill())
                return true;
        }
    }

    private int Available => _inputEnd - _inputStart;

    private bool Ensure(int count)
    {
        while (Available < count)
        {
            if (!Fill())
                return false;
        }
        return true;
    }

    // Moves unread bytes to the front of the buffer and reads more; false at the end of the input.
    private bool Fill()
    {
        if (_inputStart > 0)
        {
            var remaining = Available;
            Buffer.BlockCopy(_input, _inputStart, _input, 0, remaining);
            _inputBase += _inputStart;
            _inputStart = 0;
            _inputEnd = remaining;
        }
        if (_inputEnd == _input.Length)
            return false;
        var n = _inner.Read(_input, _inputEnd, _input.Length - _inputEnd);
        _inputEnd += n;
        return n > 0;
    }
}
