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
        Description = "Input format: auto (default; from the file name and content), text, html, jsonl, trec, warc.",
        DefaultValueFactory = _ => Sources.InputFormat.Auto,
    };
}
