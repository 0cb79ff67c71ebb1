using System.CommandLine;
using Marsad.Text;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad terms [PATH|-]</c>: the search terms of each input line, space-separated, one output line per input
/// line (an empty or all-stop-word line gives an empty line), so the output lines up with the input.
/// </summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "A UTF-8 text file, or - (the default) for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("terms", "Print the search terms Marsad's analyzer produces for each input line (one output line per input line).") { path };
        command.SetAction((parse, cancellation) =>
        {
            var input = parse.GetValue(path);
            using var reader = CliConsole.OpenText(input);
            using var output = CliConsole.OpenStdout();
            var analyzer = SearchTermAnalyzer.Default;
            var terms = new TermBuffer();
            while (reader.ReadLine() is { } line)
            {
                cancellation.ThrowIfCancellationRequested();
                terms.Clear();
                analyzer.Analyze(line, terms);
                for (var i = 0; i < terms.Count; i++)
                {
                    if (i > 0)
                        output.Write(' ');
                    output.Write(terms[i]);
                }
                output.Write('\n');
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
