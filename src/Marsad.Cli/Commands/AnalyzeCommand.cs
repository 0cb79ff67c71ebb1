using System.CommandLine;
using Marsad.Analysis;
using Marsad.Serialization;
using Marsad.Sources;

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
        var command = new Command("analyze", "Extract and analyze articles; print one JSON record per article.") { paths, format, output };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } p ? p : ["-"];
            var indented = parse.GetValue(output) == "json";
            var pipeline = ArticlePipeline.CreateDefault();
            var failures = 0;
            var articles = 0;
            using var stdout = CliConsole.OpenStdout();
            foreach (var document in DocumentReader.Read(inputs, parse.GetValue(format), e => { failures++; CliConsole.Error(e.Message); }))
            {
                var article = pipeline.Process(document);
                stdout.WriteLine(ArticleJson.Serialize(article, indented));
                articles++;
            }
            if (failures > 0)
                return articles > 0 ? ExitCodes.PartialFailure : ExitCodes.InputError;
            return ExitCodes.Success;
        });
        return command;
    }
}
