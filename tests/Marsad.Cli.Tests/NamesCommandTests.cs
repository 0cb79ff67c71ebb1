using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests;

public sealed class NamesCommandTests
{
    [Fact]
    public void EachInputLine_GivesOneKeyAndLatinLine_InOrder()
    {
        var result = CliRunner.Run(["names", "-"], "ديمتري ميدفيديف\n\nدميتري ميدفيديف\n«»\nحسن\nحسين\n");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n')[..^1];
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.Equal(2, l.Split('\t').Length));
        Assert.Equal(lines[0].Split('\t')[0], lines[2].Split('\t')[0]);
        Assert.NotEqual(lines[4].Split('\t')[0], lines[5].Split('\t')[0]);
        Assert.Equal("\t", lines[1]);
        Assert.Equal("\t", lines[3]);
        Assert.StartsWith("D", lines[0].Split('\t')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsAnInputError()
    {
        var result = CliRunner.Run("names", "/nonexistent/names.txt");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("names.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryInput_DoesNotBreakTheLineContract()
    {
        var result = CliRunner.Run(["names", "-"], "\u0000\u0001ÿ\uFFFD\nأوباما\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Stdout.Split('\n').Length - 1);
    }

    /// <summary>The acceptance measure: score_names.py on the dev gold, precision ≥ 0.95 and recall ≥ 0.85.</summary>
    [Fact]
    public void NameVariantsDev_MeetsPrecisionAndRecallTargets()
    {
        var gold = SharedData.Require("gold/name-variants-dev.jsonl");
        var scorer = SharedData.RequireTool("score_names.py");
        using var temp = new TempDirectory();
        var names = Python(scorer, gold, "--names");
        var result = CliRunner.Run(["names", "-"], names);
        Assert.Equal(0, result.ExitCode);
        var keys = Path.Combine(temp.Path, "keys.tsv");
        File.WriteAllText(keys, result.Stdout, new UTF8Encoding(false));
        using var score = JsonDocument.Parse(Python(scorer, gold, keys));
        var precision = score.RootElement.GetProperty("precision").GetDouble();
        var recall = score.RootElement.GetProperty("recall").GetDouble();
        Assert.True(precision >= 0.95, string.Create(CultureInfo.InvariantCulture, $"precision {precision}"));
        Assert.True(recall >= 0.85, string.Create(CultureInfo.InvariantCulture, $"recall {recall}"));
    }

    private static string Python(params string[] args)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "python3 " + string.Join(' ', args) + ": " + error);
        return output;
    }
}
