using System.Text.Json;
using Marsad.Extraction;

namespace Marsad.Sources;

/// <summary>Reads raw documents from files, folders and standard input.</summary>
public static class DocumentReader
{
    /// <summary>
    /// Reads every document in <paramref name="paths"/> ("-" is standard input). A file that cannot be read is reported
    /// through <paramref name="onError"/> and skipped, so one bad file never stops the rest.
    /// </summary>
    public static IEnumerable<RawDocument> Read(IEnumerable<string> paths, InputFormat format, Action<InputException> onError)
    {
        foreach (var path in paths)
        {
            List<RawDocument> documents;
            try
            {
                documents = ReadOne(path, format).ToList();
            }
            catch (InputException e)
            {
                onError(e);
                continue;
            }
            foreach (var d in documents)
                yield return d;
        }
    }

    private static IEnumerable<RawDocument> ReadOne(string path, InputFormat format)
    {
        string content;
        try
        {
            content = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e.Message, e);
        }
        if (format == InputFormat.Auto)
            format = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? InputFormat.Jsonl : InputFormat.Text;
        if (format != InputFormat.Jsonl)
            return [new RawDocument { Content = content, Origin = path }];
        var documents = new List<RawDocument>();
        var lineNo = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                documents.Add(new RawDocument
                {
                    Content = Str(r, "text") ?? Str(r, "content") ?? "",
                    Id = Str(r, "id"),
                    Title = Str(r, "title"),
                    Url = Str(r, "url"),
                    Source = Str(r, "source"),
                    Author = Str(r, "author"),
                    Published = Str(r, "published") ?? Str(r, "date_extracted"),
                    Section = Str(r, "section"),
                    Origin = $"{path}:{lineNo}",
                });
            }
            catch (JsonException e)
            {
                throw new InputException($"{path}:{lineNo}", "not a JSON object: " + e.Message, e);
            }
        }
        return documents;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
