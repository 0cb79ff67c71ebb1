namespace Marsad.Extraction.Internal;

/// <summary>What a line of content is, as far as the boilerplate rules can tell from the line alone.</summary>
internal enum LineKind
{
    /// <summary>Nothing the rules recognize: body text, a heading or a caption.</summary>
    Text,

    /// <summary>App, Telegram or social-media promotion ("تابعوا آخر الأخبار … عبر تطبيق تيلغرام").</summary>
    Promo,

    /// <summary>A bare URL.</summary>
    Url,

    /// <summary>Share, print or subscribe prompt.</summary>
    Share,

    /// <summary>"…المزيد", "اقرأ المزيد", "لقراءة الحوار كاملا أنقر هنا".</summary>
    ReadMore,

    /// <summary>Slider residue ("Next Previous").</summary>
    Slider,

    /// <summary>Agency end mark ("// انتهى //", "// يتبع //").</summary>
    EndMark,

    /// <summary>Transmission time stamp ("20:26 ت م", optionally with a serial "0045").</summary>
    Timestamp,

    /// <summary>A bare number of three to five digits (an agency serial after the time stamp).</summary>
    Serial,

    /// <summary>Tag list ("سمات …", "الكلمات الدلالية: …").</summary>
    Tags,

    /// <summary>Row of dashes, stars, dots or ×.</summary>
    Separator,

    /// <summary>Author contact footer: e-mail, SMS instructions, operator short codes.</summary>
    Contact,

    /// <summary>Copyright or rights line.</summary>
    Copyright,

    /// <summary>Report credit ("إعداد: … تصوير: …", "المصدر: …").</summary>
    Credit,

    /// <summary>Links to the author's other articles ("مقالات أخرى للكاتب …").</summary>
    ArticleLinks,

    /// <summary>"رابط الخبر بصحيفة الوئام: …".</summary>
    StoryLink,

    /// <summary>Sponsor note ("برعاية …", "محتوى مدفوع").</summary>
    Sponsor,

    /// <summary>A line starting with * that reads like an author bio, syndication or disclaimer footer (only boilerplate at the end).</summary>
    StarFooter,
}
