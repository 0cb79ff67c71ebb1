using System.Globalization;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

internal sealed partial class EventReader
{
    /// <summary>
    /// Where the event happened: a known place (or a LOC mention of the entity step) after في/إلى/ب or glued to ب/ل
    /// ("في كوالالمبور", "بجدة"), the first one after the trigger, else the first in the sentence.
    /// </summary>
    private string? Place(int first, int end, int trigger)
    {
        string? before = null;
        for (var k = first; k < end; k++)
        {
            if (!_doc.Tokens[k].IsWord || _doc.Tokens[k].Quote >= 0)
                continue;
            var place = PlaceAt(k, end);
            if (place is null)
                continue;
            if (k > trigger)
                return place;
            before ??= place;
        }
        return before;
    }

    private string? PlaceAt(int k, int end)
    {
        var key = _doc.Key(k);
        var afterPreposition = k > 0 && _doc.Tokens[k - 1].IsWord && _doc.Key(k - 1) is "في" or "الي" or "من" or "بمدينه" or "مدينه" or "العاصمه";
        if (_entities.TryAt(k, out var last, out var type, out var mention) && type == "LOC" && afterPreposition)
            return mention.Text;
        if (afterPreposition && Match(k, end, key) is { } words)
            return _doc.Text[_doc.Tokens[k].Start.._doc.Tokens[k + words - 1].End];
        if (key.Length > 3 && key[0] is 'ب' or 'ل' && Match(k, end, key[1..]) is { } glued)
            return _doc.Text[(_doc.Tokens[k].Start + 1).._doc.Tokens[k + glued - 1].End];
        return null;
    }

    /// <summary>Number of words of the known place starting at <paramref name="k"/> (its first word given as <paramref name="firstKey"/>), or null.</summary>
    private int? Match(int k, int end, string firstKey)
    {
        if (!_lex.Places.TryGetValue(firstKey, out var names))
            return null;
        foreach (var words in names)
        {
            var ok = k + words.Length <= end;
            for (var w = 1; ok && w < words.Length; w++)
                ok = _doc.Tokens[k + w].IsWord && _doc.Key(k + w) == words[w];
            if (ok)
                return words.Length;
        }
        return null;
    }

    private bool IsPlace(int first, int end, bool stripConjunction = false)
    {
        var key = _doc.Key(first);
        if (stripConjunction && key.Length > 2 && key[0] == 'و')
            key = key[1..];
        return Match(first, end, key) is not null;
    }

    /// <summary>The number written right before or after a casualties trigger ("مقتل 12 شخصا", "19 شخصا … قتلوا").</summary>
    private int? CountNear(int k, int first, int end)
    {
        for (var d = 1; d <= 4; d++)
        {
            foreach (var j in new[] { k + d, k - d })
            {
                if (j < first || j >= end || _doc.Tokens[j].Type != QTokenType.Number)
                    continue;
                if (int.TryParse(_doc.Key(j), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1_000_000
                    && !(j + 1 < end && _doc.Tokens[j + 1].IsWord && (_lex.SingleMonths.ContainsKey(_doc.Key(j + 1)) || _doc.Key(j + 1) is "عاما" or "عام" or "سنه")))
                    return n;
            }
        }
        return null;
    }
}
