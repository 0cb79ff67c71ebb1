using System.CommandLine;
using Marsad.Text;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad terms [PATH|-]</c>: the search terms of each input line, one output line per input line.</summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "A UTF-8 text file, or - (the default) for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("terms", "Print the search terms Marsad's analyzer produces for each input line.") { path };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(path);
            using var reader = CliConsole.OpenText(input);
            using var output = CliConsole.OpenStdout();
            var analyzer = SearchTermAnalyzer.Default;
            while (reader.ReadLine() is { } line)
                output.WriteLine(string.Join(' ', analyzer.GetTerms(line)));
            return ExitCodes.Success;
        });
        return command;
    }
}
