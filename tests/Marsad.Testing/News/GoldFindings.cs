using System.Text.Json;
using Marsad.Analysis;

namespace Marsad.Testing.News;

/// <summary>
/// A test analysis step that sets an article's entities, quotes, events and topic from hand-written annotations (the
/// <c>gold</c> object of a fixture line), so that store, API and browser tests see the same findings whatever the
/// shipped analyzers currently produce. Offsets are found in the article's extracted text; a missing span fails loudly.
/// </summary>
internal sealed class GoldFindings(IReadOnlyDictionary<string, JsonElement> gold) : IAnalysisStep
{
    public string Name => "gold";

    public void Analyze(Article article)
    {
        if (!gold.TryGetValue(article.Id, out var g))
            return;
        var text = article.Text;
        article.Entities = Entities(article.Id, text, g.GetProperty("entities"));
        article.Quotes = [.. g.GetProperty("quotes").EnumerateArray().Select(q =>
        {
            var words = q.GetProperty("text").GetString()!;
            var start = Find(article.Id, text, words);
            return new Quotation(words, Str(q, "speaker"), Str(q, "speaker_canonical"), Str(q, "cue"), Str(q, "via"),
                q.GetProperty("direct").GetBoolean(), start, start + words.Length);
        })];
        article.Events = [.. g.GetProperty("events").EnumerateArray().Select(e =>
        {
            var sentence = e.GetProperty("sentence").GetString()!;
            Find(article.Id, text, sentence);
            return new NewsEvent(e.GetProperty("type").GetString()!, [.. e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!)],
                Str(e, "place"), Str(e, "date"), sentence);
        })];
        if (Str(g, "topic") is { } topic)
            article.Topic = new TopicLabel(topic, 1.0);
    }

    /// <summary>Every occurrence of every listed name, longest names first, never overlapping, in text order.</summary>
    private static List<EntityMention> Entities(string id, string text, JsonElement list)
    {
        var names = list.EnumerateArray().Select(e => (Name: e[0].GetString()!, Type: e[1].GetString()!))
            .OrderByDescending(n => n.Name.Length).ToList();
        var taken = new bool[text.Length];
        var mentions = new List<EntityMention>();
        foreach (var (name, type) in names)
        {
            if (!text.Contains(name, StringComparison.Ordinal))
                throw new InvalidOperationException($"{id}: entity '{name}' is not in the extracted text");
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (!WholeWord(text, at, name.Length) || taken.AsSpan(at, name.Length).Contains(true))
                    continue;
                taken.AsSpan(at, name.Length).Fill(true);
                mentions.Add(new EntityMention(name, type, at, at + name.Length));
            }
        }
        return [.. mentions.OrderBy(m => m.Start)];
    }

    /// <summary>A name starts a word (optionally after a one-letter proclitic: و ب ل ف ك) and ends one.</summary>
    private static bool WholeWord(string text, int at, int length)
    {
        var before = at == 0 || !char.IsLetter(text[at - 1]) || (at >= 2 && "وبلفك".Contains(text[at - 1], StringComparison.Ordinal) && !char.IsLetter(text[at - 2])) || (at == 1 && "وبلفك".Contains(text[0], StringComparison.Ordinal));
        var after = at + length >= text.Length || !char.IsLetter(text[at + length]);
        return before && after;
    }

    private static int Find(string id, string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return at >= 0 ? at : throw new InvalidOperationException($"{id}: '{words}' is not in the extracted text");
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
