using System.Diagnostics;
using System.Text.Json;
using Marsad.Testing;
using Xunit;

namespace Marsad.Cli.Tests;

/// <summary><c>marsad ner --conll</c>: the INTERFACES.md contract (line for line, token TAB TAG) and the tagger's quality on the dev split.</summary>
public sealed class NerCommandTests
{
    private static readonly HashSet<string> ValidTags = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    [Fact]
    public void Conll_PreservesEveryLine_AndIgnoresGoldTags()
    {
        const string input = "أكد B-PERS\nرئيس O\nالوزراء O\nالروسي O\nديمتري B-PERS\nميدفيديف I-PERS\n\n\nفي O\nموسكو\t B-LOC\n   \n.";
        var r = CliRunner.Run(["ner", "--conll", "-"], input);
        Assert.Equal(0, r.ExitCode);
        var inputLines = input.Split('\n');
        var outputLines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(inputLines.Length, outputLines.Length);
        for (var i = 0; i < inputLines.Length; i++)
        {
            var token = inputLines[i].Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (token is null)
            {
                Assert.Equal("", outputLines[i]);
                continue;
            }
            var fields = outputLines[i].Split('\t');
            Assert.Equal(2, fields.Length);
            Assert.Equal(token, fields[0]);
            Assert.Contains(fields[1], ValidTags);
        }
        Assert.Equal("ديمتري\tB-PER", outputLines[4]);
        Assert.Equal("ميدفيديف\tI-PER", outputLines[5]);
        Assert.Equal("موسكو\tB-LOC", outputLines[9]);
    }

    [Fact]
    public void Conll_ReadsAFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("tokens.txt");
        File.WriteAllText(path, "وقعت\nروسيا\nوماليزيا\nاتفاقية\n");
        var r = CliRunner.Run("ner", "--conll", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("وقعت\tO\nروسيا\tB-LOC\nوماليزيا\tB-LOC\nاتفاقية\tO\n", r.Stdout);
    }

    [Fact]
    public void EmptyInput_GivesEmptyOutput()
    {
        var r = CliRunner.Run(["ner", "--conll", "-"], "");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void MissingFile_IsAnInputError_NamingTheFile()
    {
        var r = CliRunner.Run("ner", "--conll", "/no/such/tokens.conll");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("/no/such/tokens.conll", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void BinaryInput_StillGivesOneLinePerLine()
    {
        var input = "\u0000\u0001abc\n\uFFFD\uFFFD\n\n" + new string('x', 5000) + "\n";
        var r = CliRunner.Run(["ner", "--conll", "-"], input);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(4, r.Stdout.Split('\n').Length - 1);
    }

    /// <summary>
    /// Entity-level micro-F1 (conlleval.py, exact span and type) on the dev split, the last 10% of
    /// anercorp-train.txt's sentences (3567–3962), fed with their gold tags, which must be ignored. The recipe was
    /// chosen with this split held out (0.756; docs/benchmarks.md), but the shipped model is that recipe refitted on
    /// every sentence (<c>ner --train-on-all</c>), so here it reads text it was trained on (0.981 when written): the
    /// test checks that <c>marsad ner</c> tags as the trainer's model does, which a runtime whose features drifted
    /// from training's, or a model or gazetteer from another recipe, does not.
    /// </summary>
    [Fact]
    public void DevSplit_ScoresAboveTheFloor()
    {
        var corpus = SharedData.Require("ner/anercorp-train.txt");
        var conlleval = SharedData.RequireTool("conlleval.py");
        using var dir = new TempDirectory();
        var gold = dir.File("dev-gold.txt");
        var predicted = dir.File("dev-pred.txt");
        File.WriteAllText(gold, DevSplit(File.ReadAllText(corpus)));
        var r = CliRunner.Run("ner", "--conll", gold);
        Assert.Equal(0, r.ExitCode);
        File.WriteAllText(predicted, r.Stdout);

        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(conlleval);
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(predicted);
        using var process = Process.Start(psi)!;
        var json = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        using var score = JsonDocument.Parse(json);
        var f1 = score.RootElement.GetProperty("f1").GetDouble();
        Assert.True(f1 >= MicroF1Floor, $"dev micro-F1 {f1:F4} is below {MicroF1Floor}: {json}");
    }

    /// <summary>A little under the figure in docs/benchmarks.md (0.981 on trained-on text), so a regression fails and noise does not.</summary>
    private const double MicroF1Floor = 0.95;

    private static string DevSplit(string corpus)
    {
        var sentences = corpus.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim('\n')).Where(s => s.Length > 0).ToList();
        var first = sentences.Count - (int)Math.Round(sentences.Count * 0.1, MidpointRounding.AwayFromZero);
        Assert.Equal(3567, first);
        return string.Join("\n\n", sentences.Skip(first)) + "\n";
    }
}
