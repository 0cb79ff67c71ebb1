using System.CommandLine;
using Marsad.Analysis.Entities;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad ner [--conll PATH|-]</c>: tags CoNLL-style input (one token per line, optionally followed by whitespace
/// and a gold tag, which is ignored; blank lines separate sentences) and prints <c>token TAB TAG</c> per token line
/// with TAG in BIO over PER LOC ORG MISC. Every input line gives exactly one output line, in order; blank (or
/// whitespace-only) lines stay blank.
/// </summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll")
        {
            Description = "CoNLL input: a UTF-8 file with one token per line (a gold tag after it is ignored), or - (the default) for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var command = new Command("ner", "Tag tokens with named-entity labels (BIO over PER LOC ORG MISC).") { conll };
        command.SetAction((parse, cancellation) =>
        {
            using var reader = CliConsole.OpenText(parse.GetValue(conll));
            using var output = CliConsole.OpenStdout();
            var stream = new NerStream(NerTagger.Default);
            // output in input order: a blank line, or a sentence waiting for its tags
            var pending = new Queue<List<string>?>();
            var sentence = new List<string>();
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                var line = reader.ReadLine();
                var token = line is null ? "" : FirstField(line);
                if (token.Length > 0)
                {
                    sentence.Add(token);
                    continue;
                }
                if (sentence.Count > 0)
                {
                    pending.Enqueue(sentence);
                    Write(stream.Add(sentence));
                    sentence = [];
                }
                if (line is null)
                    break;
                pending.Enqueue(null);
                Write([]);
            }
            Write(stream.Complete());
            return Task.FromResult(ExitCodes.Success);

            void Write(IEnumerable<string[]> finished)
            {
                using var tags = finished.GetEnumerator();
                while (pending.Count > 0)
                {
                    var next = pending.Peek();
                    if (next is null)
                    {
                        output.Write('\n');
                        pending.Dequeue();
                        continue;
                    }
                    if (!tags.MoveNext())
                        return;
                    pending.Dequeue();
                    for (var i = 0; i < next.Count; i++)
                    {
                        output.Write(next[i]);
                        output.Write('\t');
                        output.Write(tags.Current[i]);
                        output.Write('\n');
                    }
                }
            }
        });
        return command;
    }

    /// <summary>The token: the line's first whitespace-separated field ("" for a blank line).</summary>
    private static string FirstField(string line)
    {
        var span = line.AsSpan().Trim();
        var end = 0;
        while (end < span.Length && !char.IsWhiteSpace(span[end]))
            end++;
        return span[..end].ToString();
    }
}
