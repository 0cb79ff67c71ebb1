using System.Collections.Frozen;
using System.Globalization;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>
/// The data of event finding, loaded once from Resources/events/: triggers by type (triggers.tsv), places (places.tsv,
/// built by <c>marsad-train event-places</c> from the geo-names lexicons) and month names (months.tsv). Keys are folded
/// like the quote lexicon's.
/// </summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Shared = new(Load);

    public static EventLexicon Default => Shared.Value;

    public required FrozenDictionary<string, EventTrigger> Triggers { get; init; }

    /// <summary>Places by their first folded word; each entry lists the full folded names starting with it.</summary>
    public required FrozenDictionary<string, string[][]> Places { get; init; }

    public required FrozenDictionary<string, int> SingleMonths { get; init; }

    public required IReadOnlyList<(string[] Words, int Month)> TwoWordMonths { get; init; }

    /// <summary>The trigger a word is a form of, through a leading و/ف and, for nouns, ب/ل (بالاجتماع، للاحتجاج).</summary>
    public bool TryTrigger(string key, out EventTrigger trigger)
    {
        if (Triggers.TryGetValue(key, out trigger!))
            return true;
        var rest = QuoteLexicon.StripConjunction(key);
        if (rest.Length != key.Length && Triggers.TryGetValue(rest, out trigger!))
            return true;
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' && Triggers.TryGetValue(rest[1..], out trigger!) && !trigger.IsVerb)
            return true;
        if (rest.StartsWith("لل", StringComparison.Ordinal) && Triggers.TryGetValue("ا" + rest[1..], out trigger!) && !trigger.IsVerb)
            return true;
        trigger = null!;
        return false;
    }

    private static EventLexicon Load()
    {
        var triggers = new Dictionary<string, EventTrigger>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("events/triggers.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length < 5)
                throw new InvalidDataException($"events/triggers.tsv: expected 5 columns in '{line}'");
            var needs = c[3] == "-" ? [] : QuoteLexicon.Words(c[3]);
            var trigger = new EventTrigger(c[0], c[1] == "-" ? null : c[1], c[2] == "verb", needs);
            foreach (var form in QuoteLexicon.Words(c[4]))
                triggers.TryAdd(form, trigger);
        }
        var places = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("events/places.tsv").Concat(EmbeddedData.ReadLines("events/places-extra.txt")))
        {
            var words = QuoteLexicon.Words(line.Split('\t')[0]);
            if (words.Length == 0)
                continue;
            if (!places.TryGetValue(words[0], out var list))
                places[words[0]] = list = [];
            list.Add(words);
        }
        var single = new Dictionary<string, int>(StringComparer.Ordinal);
        var two = new List<(string[], int)>();
        foreach (var line in EmbeddedData.ReadLines("events/months.tsv"))
        {
            var c = line.Split('\t');
            var words = QuoteLexicon.Words(c[0]);
            var month = int.Parse(c[1], CultureInfo.InvariantCulture);
            if (words.Length == 1)
                single.TryAdd(words[0], month);
            else
                two.Add((words, month));
        }
        return new EventLexicon
        {
            Triggers = triggers.ToFrozenDictionary(StringComparer.Ordinal),
            Places = places.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(w => w.Length).ToArray(), StringComparer.Ordinal),
            SingleMonths = single.ToFrozenDictionary(StringComparer.Ordinal),
            TwoWordMonths = two,
        };
    }
}
