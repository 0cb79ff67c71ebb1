using System.Text.RegularExpressions;

namespace Marsad.Extraction.Internal;

/// <summary>
/// Reads a container title: an SPA-style section prefix "LABEL / " (label in Resources/extraction/sections.txt) becomes
/// the section, the continuation marker "إضافة أولى" (optionally after "/") is dropped, and a headline of statements
/// joined by ".." is also given in parts.
/// </summary>
internal static partial class TitleParser
{
    public static (string Headline, string? Section) Parse(string title, ExtractionLexicon lexicon)
    {
        var headline = TextRules.Strip(title);
        string? section = null;
        var slash = headline.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && slash <= 30)
        {
            var label = TextRules.Strip(headline[..slash]);
            if (label.Length > 0 && lexicon.Sections.Contains(TextRules.Key(label)) && TextRules.Strip(headline[(slash + 1)..]).Length > 0)
            {
                section = label;
                headline = TextRules.Strip(headline[(slash + 1)..]);
            }
        }
        if (headline.Contains("ضاف", StringComparison.Ordinal))
        {
            headline = TextRules.Strip(TrailingAddition().Replace(headline, ""));
            headline = TextRules.Strip(LeadingAddition().Replace(headline, ""));
        }
        return (headline, section);
    }

    /// <summary>The statements of a headline joined by ".." ("ميدفيديف: … الإرهاب.. كي مون: نراهن …"), when there are two or more.</summary>
    public static List<string> Parts(string headline)
    {
        if (headline.Length > 1000)
            return [];
        var parts = StatementJoint().Split(headline).Select(TextRules.Strip).Where(p => p.Length > 0).ToList();
        return parts.Count >= 2 ? parts : [];
    }

    [GeneratedRegex(@"\s*/?\s*[إا]ضاف[ةه]\s+(?:أولى|اولى|أولي|اولي|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة|أخيرة|اخيرة|\d+)(?:\s*و\s*(?:أخيرة|اخيرة))?\s*/?\s*$", RegexOptions.None, 1000)]
    private static partial Regex TrailingAddition();

    [GeneratedRegex(@"^\s*[إا]ضاف[ةه]\s+(?:أولى|اولى|ثانية|ثالثة|رابعة|خامسة|أخيرة|اخيرة|\d+)(?:\s*و\s*(?:أخيرة|اخيرة))?\s*/\s*", RegexOptions.None, 1000)]
    private static partial Regex LeadingAddition();

    [GeneratedRegex(@"(?<=\S)\s*(?:\.{2,}|…)\s*(?=\S)", RegexOptions.None, 1000)]
    private static partial Regex StatementJoint();
}
