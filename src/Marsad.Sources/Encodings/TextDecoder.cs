using System.Text;

namespace Marsad.Sources.Encodings;

/// <summary>
/// Decides how bytes become text, for the encodings Arabic news arrives in: UTF-8, UTF-16 (LE/BE, with or without a
/// byte order mark) and Windows-1256 (older Arabic sites and archives). Order of evidence: a byte order mark, then the
/// charset the container declares (HTTP header, HTML meta, XML declaration) unless the bytes contradict it, then the
/// bytes themselves.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The code-page provider (Windows-1256 and kin); properties below rely on it, so it is registered first.</summary>
    private static readonly bool CodePagesRegistered = RegisterCodePages();

    /// <summary>UTF-8 that replaces invalid bytes with U+FFFD (the decoder for text we could not classify better).</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Windows-1256, the Arabic Windows code page.</summary>
    public static Encoding Windows1256 { get; } = CodePagesRegistered ? Encoding.GetEncoding(1256) : Encoding.Latin1;

    /// <summary>Chooses the encoding of text whose first bytes are <paramref name="head"/>; <paramref name="bomLength"/> is the byte order mark to skip.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, string? declared, out int bomLength)
    {
        bomLength = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return Utf8;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }
        if (Utf16Order(head) is { } utf16)
            return utf16;
        var utf8 = Utf8Evidence(head);
        var named = FromName(declared);
        if (named is not null && named.CodePage != Encoding.UTF8.CodePage && named is not UnicodeEncoding)
            // a page declared windows-1256 that is in fact valid UTF-8 with Arabic in it is common after site migrations
            return utf8 == Utf8Verdict.ValidMultibyte ? Utf8 : named;
        if (named is not null && named.CodePage == Encoding.UTF8.CodePage)
            return utf8 == Utf8Verdict.Invalid && LooksLikeWindows1256(head) ? Windows1256 : Utf8;
        if (utf8 != Utf8Verdict.Invalid)
            return Utf8;
        return LooksLikeWindows1256(head) ? Windows1256 : Utf8;
    }

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    /// <summary>Decodes a whole buffer, detecting its encoding and dropping any byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        var encoding = Detect(bytes.Length > 1 << 16 ? bytes[..(1 << 16)] : bytes, declared, out var bom);
        return encoding.GetString(bytes[bom..]);
    }

    /// <summary>The encoding for a charset label ("utf-8", "windows-1256", "cp1256", "iso-8859-6"), or null when unknown.</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var label = name.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (label)
        {
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Utf8;
            case "cp1256" or "windows1256" or "win-1256" or "x-cp1256" or "arabic":
                return Windows1256;
            case "utf-16" or "utf16" or "unicode":
                return Encoding.Unicode;
            default:
                break;
        }
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private enum Utf8Verdict
    {
        Ascii,
        ValidMultibyte,
        Invalid,
    }

    private static Utf8Verdict Utf8Evidence(ReadOnlySpan<byte> head)
    {
        var (multibyte, invalid) = Utf8Counts(head);
        if (invalid == 0)
            return multibyte == 0 ? Utf8Verdict.Ascii : Utf8Verdict.ValidMultibyte;
        // a few broken sequences (an encoded lone surrogate, a cut character) in otherwise UTF-8 Arabic text
        return multibyte >= invalid * 2 ? Utf8Verdict.ValidMultibyte : Utf8Verdict.Invalid;
    }

    /// <summary>Valid multibyte UTF-8 sequences and invalid bytes in <paramref name="bytes"/> (a sequence cut at the end is not counted).</summary>
    public static (int Multibyte, int Invalid) Utf8Counts(ReadOnlySpan<byte> bytes)
    {
        int multibyte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
                break;
            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.NeedMoreData)
                break;
            if (status == System.Buffers.OperationStatus.Done)
                multibyte++;
            else
                invalid += consumed;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return (multibyte, invalid);
    }

    // Arabic letters in Windows-1256 sit at 0xC1-0xFE; Arabic text in it is mostly such bytes and ASCII spaces.
    private static bool LooksLikeWindows1256(ReadOnlySpan<byte> head)
    {
        int high = 0, arabic = 0;
        foreach (var b in head)
        {
            if (b < 0x80)
                continue;
            high++;
            if (b is >= 0xC1 and <= 0xFE or 0xA1 or 0xBA or 0xBF)
                arabic++;
        }
        return high > 0 && arabic * 10 >= high * 6;
    }

    // UTF-16 without a mark: ASCII and Arabic (U+06xx) put 0x00 or 0x06 in every other byte.
    private static UnicodeEncoding? Utf16Order(ReadOnlySpan<byte> head)
    {
        var pairs = Math.Min(head.Length / 2, 4096);
        if (pairs < 2)
            return null;
        int evenHigh = 0, oddHigh = 0, evenZero = 0, oddZero = 0;
        for (var i = 0; i < pairs; i++)
        {
            byte even = head[2 * i], odd = head[(2 * i) + 1];
            if (even is 0x00 or 0x06)
                evenHigh++;
            if (odd is 0x00 or 0x06)
                oddHigh++;
            if (even == 0)
                evenZero++;
            if (odd == 0)
                oddZero++;
        }
        // real UTF-8 or Windows-1256 text has no NUL bytes; binary data has them at random positions
        if (oddHigh * 10 >= pairs * 7 && evenZero * 20 < pairs && oddZero > 0)
            return (UnicodeEncoding)Encoding.Unicode;
        if (evenHigh * 10 >= pairs * 7 && oddZero * 20 < pairs && evenZero > 0)
            return (UnicodeEncoding)Encoding.BigEndianUnicode;
        return null;
    }
}
