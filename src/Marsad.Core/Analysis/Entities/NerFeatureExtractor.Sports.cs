using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>After-decoding rules for the two places where sports reports name things differently from other news.</summary>
internal sealed partial class NerFeatureExtractor
{
    /// <summary>The words for a stadium, as <see cref="NerText.Normalize"/> writes them, without proclitics.</summary>
    private static readonly HashSet<string> StadiumNouns = new[] { "ملعب", "استاد", "ستاد" }
        .Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Tokens that end one entry of a list of clubs and start the next (برشلونة ( إسبانيا ) - روما ( إيطاليا )).</summary>
    private static bool IsListSeparator(string token) => token is "-" or "–" or ":" or ")" or "،" or "," or "؛";

    /// <summary>
    /// After tagging the sentence last passed to <see cref="Extract"/>: the name right after the word for a stadium
    /// (على ملعب سانتياغو برنابيو، استاد « سلتيك بارك »، ملعب ثاني بن جاسم) names the ground, MISC, when the model
    /// read it as a person or an organisation — the stadium's namesake or the club that plays there. A place stays a
    /// place: ملعب برشلونة، استاد القاهرة الدولي are annotated LOC as often as not. So does an organisation named with its
    /// head noun (ملعب اتحاد جدة، ستاد جامعة الملك سعود) or a club or place the lists know (ملعب أرسنال، ملعب برشلونة):
    /// the ground's owner.
    /// </summary>
    public void RetypeStadiums(IReadOnlyList<string> tokens, int[] labels)
    {
        var n = labels.Length;
        for (var i = 0; i < n - 1; i++)
        {
            if (!StadiumNouns.Contains(_info[i].Remainder) || _info[i].Proclitic.EndsWith("ال", StringComparison.Ordinal))
                continue;
            var start = WorkTitles.IsQuote(tokens[i + 1]) ? i + 2 : i + 1;
            if (start >= n || !NerLabels.IsBegin(labels[start]))
                continue;
            var type = NerLabels.TypeOf(labels[start]);
            if (type != NerLabels.Person && type != NerLabels.Organisation)
                continue;
            var end = start + 1;
            while (end < n && labels[end] == NerLabels.Inside(type))
                end++;
            if (type == NerLabels.Organisation && (_info[start].Trigger == _organisationHead || IsKnownClubOrPlace(start, end)))
                continue;
            NerLabels.Mark(labels, start, end - start, NerLabels.Misc);
            i = end - 1;
        }
    }

    /// <summary>
    /// After tagging the sentence last passed to <see cref="Extract"/>: in a list of clubs, each followed by its
    /// country in parentheses (ليفسكي صوفيا ( بلغاريا ) - تشلسي ( إنجلترا )، هامبورغ ( ألمانيا )), every entry is one
    /// organisation, whatever the model read in it: a city (هامبورغ), a club and its city apart (ستيوا | بوخارست), or
    /// nothing (ليل). It applies only to a sentence with at least two such entries, each one to three words between a
    /// list separator (or the sentence's start) and a single country or city name in parentheses.
    /// </summary>
    public void RetypeClubLists(IReadOnlyList<string> tokens, int[] labels)
    {
        var n = labels.Length;
        Span<int> entries = stackalloc int[16];
        Span<int> starts = stackalloc int[16];
        var count = 0;
        for (var open = 1; open + 2 < n && count < entries.Length; open++)
        {
            if (tokens[open] != "(" || tokens[open + 2] != ")" || !IsGeoName(open + 1))
                continue;
            var start = open;
            while (start > 0 && open - start < 3 && !IsListSeparator(tokens[start - 1]))
                start--;
            if (start == open || (start > 0 && !IsListSeparator(tokens[start - 1])) || !IsNameWords(tokens, start, open))
                continue;
            starts[count] = start;
            entries[count++] = open;
        }
        if (count < 2)
            return;
        for (var k = 0; k < count; k++)
            NerLabels.Mark(labels, starts[k], entries[k] - starts[k], NerLabels.Organisation);
    }

    /// <summary>
    /// Whether the words <c>[start, end)</c> are exactly an organisation or place of the geographic, annotated or
    /// hand-written lists (not of the news names, which read ستاد سبارتاك's سبارتاك as the club).
    /// </summary>
    private bool IsKnownClubOrPlace(int start, int end)
    {
        var words = _words.AsSpan(0, end);
        return Lexicon.Gazetteer.LongestAt(words, start, _words[start], KnownClubOrPlaceMask, out _) == end - start
            || (!ReferenceEquals(_remainders[start], _words[start])
                && Lexicon.Gazetteer.LongestAt(words, start, _remainders[start], KnownClubOrPlaceMask, out _) == end - start);
    }

    /// <summary>The LOC and ORG bits of the geographic, annotated and hand-written lists.</summary>
    private static readonly uint KnownClubOrPlaceMask = PlaceOrOrganisation(NerLexicon.GeoSource)
        | PlaceOrOrganisation(NerLexicon.AnnotatedSource) | PlaceOrOrganisation(NerLexicon.CuratedSource);

    private static uint PlaceOrOrganisation(int source) =>
        Gazetteer.Bit(source, NerLabels.Location) | Gazetteer.Bit(source, NerLabels.Organisation);

    /// <summary>Whether token <paramref name="i"/> alone is a name of the geographic gazetteer (a country or a city).</summary>
    private bool IsGeoName(int i)
    {
        var mask = Gazetteer.SourceMask(NerLexicon.GeoSource);
        var words = _words.AsSpan(0, i + 1);
        return Lexicon.Gazetteer.LongestAt(words, i, _words[i], mask, out _) == 1;
    }

    /// <summary>Whether every token of <c>[start, end)</c> has letters and none is a stop word (في برشلونة is not an entry).</summary>
    private bool IsNameWords(IReadOnlyList<string> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            // _words are matching-normalized, as the stop list is
            if (!tokens[k].Any(char.IsLetter) || StopwordSet.Shipped.Classify(_words[k]) == StopKind.Always)
                return false;
        }
        return true;
    }
}
