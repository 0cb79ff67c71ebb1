using System.CommandLine;
using Marsad.Sources;

namespace Marsad.Cli;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The PATH... argument of commands that read inputs; "-" is standard input.</summary>
    public static Argument<string[]> InputPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (folders recursively, zip archives too); - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"unknown option '{token.Value}'");
            }
        });
        return paths;
    }

    public static Option<InputFormat> InputFormat() => new("--in")
    {
        Description = "Input format: auto (default; from the file name and content), text, html, jsonl, trec, warc, rss. "
            + "Gzip and zip archives are unpacked whatever the format.",
        DefaultValueFactory = _ => Sources.InputFormat.Auto,
    };

    /// <summary>Which main-content extractor reads HTML pages (for comparing them; docs/benchmarks.md).</summary>
    public static Option<HtmlExtractor> HtmlExtractor() => new("--html-extractor")
    {
        Description = "Main-content extractor for HTML pages: marsad (default) or smartreader.",
        DefaultValueFactory = _ => Sources.HtmlExtractor.Marsad,
    };

    /// <summary>
    /// Reads every document of <paramref name="inputs"/>, reporting each unreadable input on standard error;
    /// <paramref name="failures"/> counts them (for the exit code: 1 partial, 3 nothing readable).
    /// </summary>
    public static IEnumerable<Extraction.RawDocument> ReadInputs(string[] inputs, InputFormat format, HtmlExtractor extractor,
        InputFailures failures, CancellationToken cancellationToken)
    {
        var options = DocumentReaderOptions.Default with { Format = format, HtmlExtractor = extractor };
        return DocumentReader.Read(inputs.Length > 0 ? inputs : ["-"], options, e =>
        {
            failures.Count++;
            CliConsole.Error(e.Message);
        }, cancellationToken);
    }
}
