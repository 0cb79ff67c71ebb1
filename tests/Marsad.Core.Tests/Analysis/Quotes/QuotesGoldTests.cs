using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Serialization;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>
/// Scores the default pipeline on the quotes gold (../shared/data/gold/quotes-dev.jsonl) with the shared scorer,
/// exactly as documented in docs/benchmarks.md: each record's input becomes {id,title,text,url,source,author,published},
/// the pipeline analyzes it (in process, as <c>./marsad analyze --in jsonl</c> does), and score_quotes.py compares.
/// Targets (issue 6): quote F1 ≥ 0.85, speaker accuracy ≥ 0.85, via accuracy ≥ 0.90.
/// </summary>
public sealed class QuotesGoldTests
{
    [Fact]
    public void DevSet_MeetsTheTargets()
    {
        var gold = SharedData.Require("gold/quotes-dev.jsonl");
        var scorer = SharedData.RequireTool("score_quotes.py");
        using var temp = new TempDirectory();
        var predictions = temp.File("pred.jsonl");
        var pipeline = ArticlePipeline.CreateDefault();
        var sb = new StringBuilder();
        foreach (var line in File.ReadLines(gold))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var record = JsonNode.Parse(line)!;
            var input = record["input"]!;
            var article = pipeline.Process(new RawDocument
            {
                Id = record["id"]!.GetValue<string>(),
                Content = input["content"]!.GetValue<string>(),
                Title = input["title"]?.GetValue<string>(),
                Url = input["url"]?.GetValue<string>(),
                Source = input["source"]?.GetValue<string>(),
                Author = input["author"]?.GetValue<string>(),
                Published = input["published"]?.GetValue<string>(),
            });
            sb.Append(ArticleJson.Serialize(article)).Append('\n');
        }
        File.WriteAllText(predictions, sb.ToString());
        var score = RunScorer(scorer, gold, predictions);
        TestContext.Current.SendDiagnosticMessage("score_quotes: " + score.ToJsonString());
        Assert.True(score["f1"]!.GetValue<double>() >= 0.85, "quote F1 " + score.ToJsonString());
        Assert.True(score["speaker"]!.GetValue<double>() >= 0.85, "speaker accuracy " + score.ToJsonString());
        Assert.True(score["via"]!.GetValue<double>() >= 0.90, "via accuracy " + score.ToJsonString());
    }

    private static JsonNode RunScorer(string scorer, string gold, string predictions)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        psi.ArgumentList.Add(scorer);
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(predictions);
        Process? process;
        try
        {
            process = Process.Start(psi);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }
        if (process is null)
        {
            Assert.Skip("python3 is not available to run score_quotes.py");
            throw new InvalidOperationException();
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "score_quotes.py failed: " + error);
            return JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        }
    }
}
