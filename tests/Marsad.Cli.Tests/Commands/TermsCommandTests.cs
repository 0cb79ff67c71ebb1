using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests.Commands;

/// <summary><c>marsad terms</c>: one output line per input line, whatever the input.</summary>
public sealed class TermsCommandTests
{
    [Fact]
    public void EachInputLine_GivesOneOutputLine()
    {
        // Given three lines, the middle one empty and the last one all stop words
        var r = CliRunner.Run(["terms"], "ونقلت وكالة سبوتنيك عن ميدفيديف لروسيا\n\nفي هذا\n");

        // Then three lines come out, in order
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["نقلت وكال سبوتنيك ميدفيديف روسيا", "", ""], r.Stdout.Split('\n')[..^1]);
    }

    [Fact]
    public void HostileInput_KeepsTheLineCount()
    {
        // Given a file with invalid UTF-8, NUL bytes, a lone surrogate's encoding and a very long line
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "hostile.txt");
        var longLine = string.Concat(Enumerable.Repeat("الجامعات ", 20_000));
        var bytes = new List<byte>();
        bytes.AddRange([0x41, 0xC3, 0x28, 0x00, 0x80, 0xFF, (byte)'\n']);
        bytes.AddRange([0xED, 0xA0, 0x80, (byte)'\n']);
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(longLine + "\n"));
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes("\u064E\u064F\u0650\n"));
        File.WriteAllBytes(path, [.. bytes]);

        var r = CliRunner.Run("terms", path);

        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n')[..^1];
        Assert.Equal(4, lines.Length);
        Assert.Equal(20_000, lines[2].Split(' ').Length);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public void MissingFile_IsAnInputError()
    {
        var r = CliRunner.Run("terms", "/no/such/lines.txt");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("/no/such/lines.txt", r.Stderr);
    }
}
