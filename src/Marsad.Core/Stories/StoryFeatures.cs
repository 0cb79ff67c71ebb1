using Marsad.Analysis.Keywords;
using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Stories;

/// <summary>Builds the <see cref="StoryArticle"/> of an analyzed article.</summary>
public static class StoryFeatures
{
    /// <summary>
    /// The story features of <paramref name="article"/>. Its time is the published date, else the dateline date,
    /// else <paramref name="fallbackTime"/> (when it was seen); null when none is known.
    /// </summary>
    public static StoryArticle? Of(Article article, DateTimeOffset? fallbackTime = null, StoryFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var time = ParseTime(article.Published) ?? ParseTime(article.Dateline.Date) ?? fallbackTime;
        if (time is null)
            return null;
        return Of(article.Id, time.Value, article.Source.Name, article.Headline, article.Text, article.Entities, DocumentFrequencies.Default, options);
    }

    /// <summary>The story features of an article given by its parts.</summary>
    public static StoryArticle Of(string id, DateTimeOffset time, string? source, string? headline, string? text, IReadOnlyList<EntityMention>? entities,
        DocumentFrequencies df, StoryFeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(df);
        var o = options ?? StoryFeatureOptions.Default;
        // what happened is told in the headline and the lead; the rest of the body is background that outlets share
        // with every other report on the region or the league, so it weighs little
        var occurrences = ArticleTerms.Occurrences(headline, text).Where(t => t.Sentence < o.LeadSentences).ToList();
        var weights = ArticleTerms.Weights(occurrences, df);
        var vector = weights.Where(p => !char.IsAsciiDigit(p.Key[0]))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(o.MaxTerms)
            .Select(p => new KeyValuePair<string, float>("w:" + p.Key, (float)p.Value))
            .ToList();
        var top = vector.Count > 0 ? vector[0].Value : 1f;
        var keys = new List<string>();
        foreach (var e in entities ?? [])
        {
            // the entity key is the same for every spelling of a name (زوكربيرغ, زوكربرغ): what links two outlets' reports
            var key = e.Key is { Length: > 0 } k ? k : Analysis.Names.NameKey.Compute(e.Canonical ?? e.Text);
            if (key.Length == 0)
                key = ArabicNormalizer.Normalize(e.Canonical ?? e.Text, NormalizationLevel.Matching);
            if (key.Length > 1 && !keys.Contains(key, StringComparer.Ordinal))
                keys.Add(key);
        }
        foreach (var key in keys.Take(o.MaxEntities))
            vector.Add(new("e:" + key, top * o.EntityWeight));
        var norm = (float)Math.Sqrt(vector.Sum(p => (double)p.Value * p.Value));
        if (norm > 0)
            vector = [.. vector.Select(p => new KeyValuePair<string, float>(p.Key, p.Value / norm)).OrderByDescending(p => p.Value)];
        var titleTerms = occurrences.Where(t => t.InHeadline && !char.IsAsciiDigit(t.Term[0])).Select(t => t.Term).Distinct(StringComparer.Ordinal)
            .OrderByDescending(df.Idf).ThenBy(t => t, StringComparer.Ordinal).Take(o.MaxTitleTerms).ToList();
        var body = string.IsNullOrEmpty(text) || text.Length < 200 ? headline + "\n" + text : text;
        return new StoryArticle
        {
            Id = id,
            Time = time,
            Source = source,
            Headline = headline ?? "",
            Vector = vector,
            TitleTerms = titleTerms,
            Entities = keys,
            Numbers = Numbers(headline, text, o.LeadSentences),
            Fingerprint = TextFingerprint.Of(body),
        };
    }

    /// <summary>
    /// The numbers of the headline and the first <paramref name="leadSentences"/> sentences that name something specific:
    /// at least two digits or a decimal point, not a year (1900–2099) and not a day followed by a month name.
    /// </summary>
    private static List<string> Numbers(string? headline, string? text, int leadSentences)
    {
        var numbers = new List<string>();
        Collect(headline, numbers);
        if (!string.IsNullOrEmpty(text))
        {
            var sentences = SentenceSplitter.Split(text);
            for (var s = 0; s < sentences.Count && s < leadSentences; s++)
                Collect(sentences[s].Text(text), numbers);
        }
        return numbers;
    }

    private static void Collect(string? text, List<string> into)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var words = text.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var number = Digits(words[i]);
            if (number.Length == 0 || (number.Length < 2 && !number.Contains('.', StringComparison.Ordinal)))
                continue;
            if (number.Length == 4 && int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and < 2100)
                continue;
            if (number.Length <= 2 && i + 1 < words.Length && ArabicDateParser.TryGetMonth(words[i + 1].Trim('،', ',', '.', '(', ')'), out _, out _))
                continue;
            if (!into.Contains(number, StringComparer.Ordinal))
                into.Add(number);
        }
    }

    /// <summary>The number a word writes (Arabic-Indic digits as ASCII, the decimal separator as '.'), or "" when it writes none.</summary>
    private static string Digits(string word)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
                sb.Append(c);
            else if (c is >= '\u0660' and <= '\u0669')
                sb.Append((char)('0' + (c - '\u0660')));
            else if (c is '.' or ',' or '\u066B' && sb.Length > 0)
                sb.Append('.');
            else if (sb.Length > 0)
                break;
        }
        return sb.ToString().TrimEnd('.');
    }

    /// <summary>Parses "YYYY-MM-DD" or an ISO-8601 / RFC 1123 time; null when it does not parse.</summary>
    public static DateTimeOffset? ParseTime(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = value.Trim();
        if (s.EndsWith(" GMT", StringComparison.Ordinal) || s.EndsWith(" UTC", StringComparison.Ordinal))
            s = s[..^4] + " +00:00";
        else if (s.Length > 5 && s[^5] is '+' or '-' && s[^4..].All(char.IsAsciiDigit) && s[^6] == ' ')
            s = s[..^2] + ":" + s[^2..];
        return DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
    }
}
