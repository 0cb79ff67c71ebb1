using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

public sealed partial class ArticleExtractor
{
    /// <summary>The most words a subheading may have ("الأمين العام للأمم المتحدة: نراهن على دور روسيا الريادي في مكافحة الإرهاب" has 12).</summary>
    private const int MaxSubheadingWords = 14;

    /// <summary>
    /// Subheadings: short body lines that do not end like a sentence, between two paragraphs, with prose after them
    /// ("اعتبارات إنسانية", "35 كيلو مترًا", "*مأذون شرعي: …"). List items and poem verses (short lines after short lines) are not.
    /// </summary>
    private static void MarkSubheadings(ExtractionState state)
    {
        var body = state.Items.Where(i => !i.Removed).ToList();
        for (var j = 1; j + 1 < body.Count; j++)
        {
            var text = body[j].Text;
            var words = TextRules.CountWords(text);
            var limit = text.StartsWith('*') ? MaxSubheadingWords + 4 : MaxSubheadingWords;
            if (words == 0 || words > limit || TextRules.EndsSentence(text) || StartsWithListMarker(text) || !text.Any(char.IsLetter))
                continue;
            if (!TextRules.IsProse(body[j + 1].Text) || OpensLikeASentence(text))
                continue;
            // "* item" lines next to other "* item" lines are a list, not headings
            if (text.StartsWith('*') && (body[j - 1].Text.StartsWith('*') || body[j + 1].Text.StartsWith('*')))
                continue;
            body[j].Subheading = true;
        }
    }

    /// <summary>A reporting verb or connective at the start ("وقال العقيل إن …"): a sentence cut by the scraper, not a heading.</summary>
    private static bool OpensLikeASentence(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = Internal.TextRules.Key(space < 0 ? text : text[..space]);
        return first is "وقال" or "قال" or "واضاف" or "اضاف" or "واكد" or "اكد" or "واوضح" or "اوضح" or "واشار" or "اشار" or "وبين" or "وتابع"
            or "وذكر" or "ذكر" or "وافاد" or "كما" or "حيث" or "بينما" or "فيما" or "الا" or "لكن" or "ولكن" or "ثم" or "واعلن" or "اعلن";
    }
}
