using System.Globalization;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary>Runs <c>search --queries</c>: one JSON line in, one JSON line out, in input order; a bad line gets an error line.</summary>
internal static class SearchBatch
{
    public static async Task<int> RunAsync(IArticleStore store, string path, SearchRequest defaults, CancellationToken cancellationToken)
    {
        using var input = CliConsole.OpenText(path);
        await using var stdout = Console.OpenStandardOutput();
        await using var buffered = new BufferedStream(stdout, 1 << 16);
        var failures = 0;
        var lineNo = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonElement? qid = null;
            string? error = null;
            SearchResults? results = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new FormatException("expected a JSON object");
                if (doc.RootElement.TryGetProperty("qid", out var q))
                    qid = q.Clone();
                results = await store.SearchAsync(Request(doc.RootElement, defaults), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is JsonException or FormatException or SearchQueryException or ArgumentException or InvalidOperationException)
            {
                error = $"{(path == "-" ? "stdin" : path)}:{lineNo}: {e.Message}";
            }
            using (var writer = new Utf8JsonWriter(buffered, SearchJson.Options))
            {
                if (results is not null)
                    SearchJson.WriteResults(writer, results, qid);
                else
                    SearchJson.WriteError(writer, qid, error!);
            }
            buffered.WriteByte((byte)'\n');
            if (error is not null)
            {
                failures++;
                CliConsole.Error(error);
            }
        }
        await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failures == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static SearchRequest Request(JsonElement e, SearchRequest defaults)
    {
        var filter = defaults.Filter with
        {
            From = Date(e, "from") ?? defaults.Filter.From,
            To = Date(e, "to") ?? defaults.Filter.To,
            Source = Str(e, "source") ?? defaults.Filter.Source,
            Agency = Str(e, "agency") ?? defaults.Filter.Agency,
            Topic = Str(e, "topic") ?? defaults.Filter.Topic,
            Entity = Str(e, "entity") ?? defaults.Filter.Entity,
        };
        return defaults with
        {
            Query = Str(e, "query") ?? throw new FormatException("missing \"query\""),
            Filter = filter,
            Limit = Int(e, "limit") ?? defaults.Limit,
            Offset = Int(e, "offset") ?? defaults.Offset,
            Sort = Str(e, "sort") is { } s ? Enum.Parse<SearchSort>(s, ignoreCase: true) : defaults.Sort,
            Match = Str(e, "match") is { } m ? Enum.Parse<MatchMode>(m, ignoreCase: true) : defaults.Match,
            PlainText = e.TryGetProperty("plain", out var p) && p.ValueKind is JsonValueKind.True or JsonValueKind.False ? p.GetBoolean() : defaults.PlainText,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw new FormatException($"\"{name}\" must be a string")
            : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.TryGetInt32(out var i) ? i : throw new FormatException($"\"{name}\" must be an integer")
            : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s
            ? DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new FormatException($"\"{name}\" must be a date YYYY-MM-DD")
            : null;
}
