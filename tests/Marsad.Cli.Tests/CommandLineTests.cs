using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests;

/// <summary>The command line contract every command shares: help, version, exit codes, errors that name the input.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Version_PrintsTheVersion()
    {
        var r = CliRunner.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", r.Stdout.Trim());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("terms")]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("export")]
    [InlineData("stats")]
    [InlineData("stories")]
    [InlineData("story")]
    public void EveryCommand_HasHelp(string command)
    {
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Stdout);
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var r = CliRunner.Run("analyze", "--no-such-option");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--no-such-option", r.Stderr);
    }

    [Fact]
    public void MissingFile_NamesTheFile()
    {
        var r = CliRunner.Run("analyze", "/no/such/article.txt");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("/no/such/article.txt", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr); // no stack trace
    }

    [Fact]
    public void Analyze_PrintsEveryInterfaceField()
    {
        var r = CliRunner.Run("analyze", Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt"));
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout.Split('\n')[0]);
        foreach (var field in new[] { "id", "url", "source", "headline", "subheadline", "section", "dateline", "published", "text",
                     "paragraphs", "subheadings", "removed", "related", "entities", "quotes", "events", "topic", "keywords", "summary", "language" })
            Assert.True(doc.RootElement.TryGetProperty(field, out _), $"field '{field}' missing");
        Assert.StartsWith("ميدفيديف", doc.RootElement.GetProperty("headline").GetString());
    }
}
