using System.CommandLine;
using Marsad.Analysis.Names;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad names [PATH|-]</c>: for each input line (a name as written), its entity key and Latin rendering.</summary>
internal static class NamesCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "A UTF-8 file with one name per line, or - (the default) for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("names", "Print canonical_key<TAB>latin for each input line: spellings of one name share the key.") { path };
        command.SetAction((parse, cancellation) =>
        {
            var input = parse.GetValue(path);
            using var reader = CliConsole.OpenText(input);
            using var output = CliConsole.OpenStdout();
            var transliterator = NameTransliterator.Default;
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                if ((++lineNumber & 1023) == 0)
                    cancellation.ThrowIfCancellationRequested();
                // one output line per input line, always: a blank or letterless line gives an empty key and rendering
                var name = line.Length > 4096 ? line[..4096] : line;
                output.Write(NameKey.Compute(name));
                output.Write('\t');
                output.Write(transliterator.ToLatin(name));
                output.Write('\n');
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
