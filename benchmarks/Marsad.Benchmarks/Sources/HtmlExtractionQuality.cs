using System.Diagnostics;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Serialization;
using Marsad.Sources;

namespace Marsad.Benchmarks.Sources;

/// <summary>
/// <c>quality html</c>: Marsad's HTML extractor against SmartReader on the sample pages — headline and date accuracy
/// (and text F1 where the gold has text) by ../shared/tools/score_html.py over <c>analyze</c> output, the with/without
/// phrase checks, and time per page. Usage: <c>quality html [--keep DIR]</c>.
/// </summary>
internal static class HtmlExtractionQuality
{
    public static void Register() => Harnesses.Add("html", Run);

    private static int Run(string[] args)
    {
        var samples = Path.Combine(SharedPaths.Data, "samples");
        var gold = Path.Combine(samples, "html-ar", "gold.jsonl");
        var pages = Directory.GetFiles(Path.Combine(samples, "html-ar"), "*.html").Order(StringComparer.Ordinal)
            .Append(Path.Combine(samples, "trafilatura-ar-page", "assabah.com.tn.article.html")).ToList();
        var checks = LoadChecks(samples);
        var keep = args.Length > 1 && args[0] == "--keep" ? args[1] : null;
        Console.WriteLine($"{pages.Count} pages; gold: {gold}");
        Console.WriteLine("| extractor | text F1 | headline | date | with | without | ms/page |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var extractor in Enum.GetValues<HtmlExtractor>())
        {
            var dir = keep is null ? Directory.CreateTempSubdirectory("marsad-html-").FullName : Path.Combine(keep, extractor.ToString().ToLowerInvariant());
            Directory.CreateDirectory(dir);
            int with = 0, withTotal = 0, without = 0, withoutTotal = 0;
            var options = DocumentReaderOptions.Default with { HtmlExtractor = extractor };
            var pipeline = ArticlePipeline.CreateDefault();
            foreach (var page in pages)
            {
                var document = DocumentReader.Read([page], options, e => Console.Error.WriteLine(e.Message)).Single();
                File.WriteAllText(Path.Combine(dir, Path.GetFileName(page) + ".json"), ArticleJson.Serialize(pipeline.Process(document), false) + "\n");
                if (!checks.TryGetValue(Path.GetFileName(page), out var check))
                    continue;
                var text = Squeeze(document.Content);
                foreach (var phrase in check.With)
                {
                    withTotal++;
                    if (text.Contains(Squeeze(phrase), StringComparison.Ordinal))
                        with++;
                    else
                        Console.Error.WriteLine($"  {extractor} {Path.GetFileName(page)}: missing \"{phrase}\"");
                }
                foreach (var phrase in check.Without)
                {
                    withoutTotal++;
                    if (!text.Contains(Squeeze(phrase), StringComparison.Ordinal))
                        without++;
                    else
                        Console.Error.WriteLine($"  {extractor} {Path.GetFileName(page)}: keeps \"{phrase}\"");
                }
            }
            var score = Score(gold, dir);
            var ms = TimePerPage(pages, options);
            var f1 = score.GetProperty("text_pages").GetInt32() == 0 ? "n/a (no gold text)" : $"{score.GetProperty("text_f1")} ({score.GetProperty("text_pages")} pages)";
            Console.WriteLine($"| {extractor} | {f1} | {score.GetProperty("headline")} | {score.GetProperty("date")} | {with}/{withTotal} | {without}/{withoutTotal} | {ms:0.0} |");
            if (keep is null)
                Directory.Delete(dir, recursive: true);
        }
        return 0;
    }

    private static double TimePerPage(List<string> pages, DocumentReaderOptions options)
    {
        _ = DocumentReader.Read(pages, options, _ => { }).Count();
        var sw = Stopwatch.StartNew();
        const int Rounds = 10;
        for (var i = 0; i < Rounds; i++)
            _ = DocumentReader.Read(pages, options, _ => { }).Count();
        return sw.Elapsed.TotalMilliseconds / (Rounds * pages.Count);
    }

    private static JsonElement Score(string gold, string dir)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, WorkingDirectory = SharedPaths.Tools };
        psi.ArgumentList.Add(Path.Combine(SharedPaths.Tools, "score_html.py"));
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(dir);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private sealed record Check(string[] With, string[] Without);

    private static Dictionary<string, Check> LoadChecks(string samples)
    {
        var checks = new Dictionary<string, Check>(StringComparer.Ordinal);
        using var own = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", "html-checks.json")));
        foreach (var page in own.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
            checks[page.Name] = new Check(Strings(page.Value, "with"), Strings(page.Value, "without"));
        using var traf = JsonDocument.Parse(File.ReadAllText(Path.Combine(samples, "trafilatura-ar-page", "evaldata_assabah_entry.json")));
        foreach (var entry in traf.RootElement.EnumerateObject())
            checks[entry.Value.GetProperty("file").GetString()!] = new Check(Strings(entry.Value, "with"), Strings(entry.Value, "without"));
        return checks;
    }

    private static string[] Strings(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];

    private static string Squeeze(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
