using System.CommandLine;
using Marsad.Analysis;
using Marsad.Serialization;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze [PATH...|-]</c>: one JSON record per article (INTERFACES.md).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.InputPaths();
        var format = CommonOptions.InputFormat();
        var output = new Option<string>("--out")
        {
            Description = "jsonl: one object per line (default); json: indented objects.",
            DefaultValueFactory = _ => "jsonl",
        };
        output.AcceptOnlyFromAmong("jsonl", "json");
        var extractor = CommonOptions.HtmlExtractor();
        var command = new Command("analyze", "Extract and analyze articles; print one JSON record per article.") { paths, format, output, extractor };
        command.SetAction((parse, cancellationToken) =>
        {
            var indented = parse.GetValue(output) == "json";
            var pipeline = ArticlePipeline.CreateDefault();
            var failures = new InputFailures();
            var articles = 0;
            using var stdout = CliConsole.OpenStdout();
            foreach (var document in CommonOptions.ReadInputs(parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(extractor), failures, cancellationToken))
            {
                var article = pipeline.Process(document);
                stdout.WriteLine(ArticleJson.Serialize(article, indented));
                articles++;
            }
            return Task.FromResult(failures.ExitCode(articles));
        });
        return command;
    }
}
