using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Testing;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>
/// The analyzer's output is frozen, so that speed work cannot change the terms unnoticed. Two references:
/// <list type="bullet">
/// <item>Expectations/search-terms.txt: the terms and offsets of 400 sentences of the bundled JawharaFM sample
///   (samples/, ANT v1.1, Apache-2.0), the SANA sample and hand-written sentences for the rarer paths (hashtags,
///   numbers, mixed scripts, presentation forms, harakat, controls). Readable: a failure names the sentence. Set
///   MARSAD_UPDATE_EXPECTATIONS=1 to rewrite it after an intended change, and review the diff.</item>
/// <item>A SHA-256 over the terms of the titles and bodies of the first 2,000 ANT v2.1 articles (about 5.7 MB of
///   news text, from ../shared/data): only the hash is kept here, never corpus text.</item>
/// </list>
/// A deliberate change of the terms (an analyzer improvement) updates both in the same commit, with the retrained
/// models (docs/models.md).
/// </summary>
public sealed partial class SearchTermAnalyzerReferenceTests
{
    private const int Articles = 2000;

    private const int SampleSentences = 400;

    /// <summary>SHA-256 of "term TAB start TAB length LF" for every term of every title and body, in order.</summary>
    private const string ExpectedHash = "7B9447F5823A23891965F6DE64FDF7966C402E809211A00E233A11D3F76022D9";

    private static readonly Lazy<List<string>> CorpusTexts = new(LoadCorpusTexts);

    [Fact]
    public void Sentences_GiveTheApprovedTerms()
    {
        var actual = Render(ReferenceSentences());
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Core.Tests", "Expectations", "search-terms.txt");
        if (Environment.GetEnvironmentVariable("MARSAD_UPDATE_EXPECTATIONS") == "1")
            File.WriteAllText(path, actual);
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
            return;
        var e = expected.Split("\n\n");
        var a = actual.Split("\n\n");
        var i = 0;
        while (i < Math.Min(e.Length, a.Length) && e[i] == a[i])
            i++;
        Assert.Fail($"the analyzer's terms changed at block {i}:\nexpected:\n{(i < e.Length ? e[i] : "(end)")}\nactual:\n{(i < a.Length ? a[i] : "(end)")}");
    }

    [Fact]
    public void Sentences_AllPathsAgree()
    {
        var buffer = new TermBuffer(4);
        foreach (var sentence in ReferenceSentences())
        {
            var terms = SearchTermAnalyzer.Default.Analyze(sentence);
            Assert.Equal(terms.Select(t => t.Text), SearchTermAnalyzer.Default.GetTerms(sentence));
            buffer.Clear();
            SearchTermAnalyzer.Default.Analyze(sentence, buffer);
            Assert.Equal(terms, buffer.ToList());
        }
    }

    [Fact]
    public void Corpus_TermBufferPath_GivesTheFrozenTerms()
    {
        var buffer = new TermBuffer();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in CorpusTexts.Value)
        {
            buffer.Clear();
            SearchTermAnalyzer.Default.Analyze(text, buffer);
            for (var i = 0; i < buffer.Count; i++)
                Append(hash, buffer[i], buffer.StartOf(i), buffer.LengthOf(i));
        }
        AssertFrozen(Convert.ToHexString(hash.GetHashAndReset()));
    }

    [Fact]
    public void Corpus_StringPaths_GiveTheFrozenTerms()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in CorpusTexts.Value)
        {
            var terms = SearchTermAnalyzer.Default.Analyze(text);
            Assert.Equal(terms.Select(t => t.Text), SearchTermAnalyzer.Default.GetTerms(text));
            foreach (var term in terms)
                Append(hash, term.Text, term.Start, term.Length);
        }
        AssertFrozen(Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>Each sentence, then its terms as term@start+length, then a blank line.</summary>
    private static string Render(IEnumerable<string> sentences)
    {
        var sb = new StringBuilder();
        foreach (var sentence in sentences)
        {
            AppendVisible(sb, sentence);
            sb.Append('\n');
            var first = true;
            foreach (var term in SearchTermAnalyzer.Default.Analyze(sentence))
            {
                if (!first)
                    sb.Append(' ');
                first = false;
                sb.Append(term.Text).Append('@').Append(term.Start.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append('+').Append(term.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }

    // lone surrogates and tabs would not survive the UTF-8 file as they are
    private static void AppendVisible(StringBuilder sb, string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                sb.Append(c).Append(s[++i]);
            else if (char.IsSurrogate(c) || c is '\t' or '\n' or '\r')
                sb.Append(FormattableString.Invariant($"\\u{(int)c:X4}"));
            else
                sb.Append(c);
        }
    }

    private static List<string> ReferenceSentences()
    {
        var sentences = new List<string>(HandWritten);
        foreach (var line in File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt")))
        {
            if (line.Trim().Length > 0)
                sentences.Add(Flat(line.Trim()));
        }
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(SharedData.RepositoryRoot, "samples", "jawharafm-sample.trec.gz")), CompressionMode.Decompress), Encoding.UTF8);
        var trec = reader.ReadToEnd();
        var taken = 0;
        foreach (Match doc in TextField().Matches(trec))
        {
            var text = doc.Groups[1].Value;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var s = Flat(sentence.Text(text).Trim());
                if (s.Length == 0)
                    continue;
                sentences.Add(s);
                if (++taken == SampleSentences)
                    return sentences;
            }
        }
        return sentences;
    }

    // one sentence per line in the expectations file
    private static string Flat(string s) => s.ReplaceLineEndings(" ");

    /// <summary>The rarer paths, written for this test (every kind of token, hostile characters).</summary>
    private static readonly string[] HandWritten =
    [
        "#عاصي_الحلاني يغني في #مهرجان_قرطاج و@JawharaFM تنقل الحفل على https://www.jawharafm.net/ar/live.",
        "بلغ العجز ١٬٠٩٥ مليون دينار (1,095.50 دولار) أو ٣٫٥٪ من الناتج، و۱۲ في المئة عام 2019م.",
        "قال الـBBC إن كوفيد19 و19كوفيد وCOVID-19 وبـCNN وللـ4G مصطلحات مختلطة.",
        "ﻻ ﺇﻟﻪ ﺇﻻ ﷲ، ﻭﺍﻟﻘﺎﻫﺮﺓ ﺗﺴﺘﻀﻴﻒ ﺍﻟﻘﻤﺔ.",
        "وَقَالَ الرَّئِيسُ إِنَّ الـــحكومـــة سَتُعْلِنُ قَرَارَهَا غَدًا",
        "كتب\u200cالمراسل\u200f من \u202bبيروت\u202c: ال\u0640\u0640\u0640وزارة تنفي\uFEFF الخبر",
        "جاء ذلك في بيان لوكالة الأنباء ووكالات أخرى، وألقاها الوزير على الجالية في آسيان.",
        "ذهب إلى الجامعة على عجل، وقال علي إن إلى الأمام شعارهم؛ هل تراه؟ «نعم» قالها.",
        "راسلونا على news@example.tn أو info.ar@mail.example.com، والمزيد في www.example.org/page?x=1",
        "O'Brien don't Ω ΣΑΣ ПРИВЕТ Straße 𝐀𝐁𝐂 😀 كلمة😀كلمة \uD800 منفرد \uDC00 أيضا",
        "سئل المسؤولون عن شؤون الرؤساء في هيئة ئ ؤ ء وسماء وسما، والياء المهموزة ي\u0654 و\u0654.",
        "يا\u0670سين والصلو\u0670ة ٱلرحمن ۝ ﴿قرآن﴾ پاکستان چای ڤيينا گرجستان",
        "وللمدرسين والمدرستين ولموظفي الشركتين وحكومتها وحكوماتهم ولمستشفياتنا ولبنان والبحرين وفلسطين",
        "",
        "   \t  ",
        "ـــ ً ٌ ٍ",
    ];

    private static void AssertFrozen(string actual) =>
        Assert.True(actual == ExpectedHash, $"the analyzer's terms changed: output hash {actual}, frozen {ExpectedHash}");

    private static void Append(IncrementalHash hash, ReadOnlySpan<char> term, int start, int length)
    {
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(term.Length)];
        var n = Encoding.UTF8.GetBytes(term, bytes);
        hash.AppendData(bytes, 0, n);
        hash.AppendData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"\t{start}\t{length}\n")));
    }

    private static List<string> LoadCorpusTexts()
    {
        var path = SharedData.Require("corpus/ant-v2.1-train.jsonl.gz");
        var texts = new List<string>(2 * Articles);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (texts.Count < 2 * Articles && reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            using var doc = JsonDocument.Parse(line);
            texts.Add(doc.RootElement.GetProperty("title").GetString() ?? "");
            texts.Add(doc.RootElement.GetProperty("text").GetString() ?? "");
        }
        return texts;
    }

    [GeneratedRegex(@"<TEXT>(.*?)</TEXT>", RegexOptions.Singleline, matchTimeoutMilliseconds: 10000)]
    private static partial Regex TextField();
}
