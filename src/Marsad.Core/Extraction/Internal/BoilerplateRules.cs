using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Extraction.Internal;

/// <summary>
/// Recognizes boilerplate lines by their form: promotions and their links, bare URLs, share prompts, read-more residue,
/// end marks, time stamps, tag lists, separators, contact footers, copyright and credit lines. Patterns are written
/// over matching-normalized text (hamza, ى and ة folded, tatweel removed), so "أنقر هنــا" and "انقر هنا" meet.
/// They are generic forms studied from many outlets, not any outlet's verbatim text.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Lines longer than this are body text: boilerplate is short, and the regexes stay cheap on huge lines.</summary>
    private const int MaxBoilerplateLength = 400;

    public static LineKind Classify(string line)
    {
        if (line.Length > MaxBoilerplateLength)
        {
            // the author's other titles come glued into one long line
            var head = ArabicNormalizer.NormalizeMatching(line[..60]);
            return ArticleLinks().IsMatch(head) ? LineKind.ArticleLinks : LineKind.Text;
        }
        // cheap tests on the line's shape decide which patterns can apply at all (most body lines need none)
        var words = TextRules.CountWords(line);
        var letters = line.AsSpan().IndexOfAnyInRange('\u0621', '\u064A') >= 0;
        var first = line[0];
        if (!line.Any(char.IsLetterOrDigit) || (!letters && SeparatorLine().IsMatch(line)))
            return LineKind.Separator;
        if (first is 'h' or 'H' or 'w' or 'W' or '(' or '[' or '<' or '«' || (!letters && line.Contains('.', StringComparison.Ordinal)))
        {
            if (UrlLine().IsMatch(line))
                return LineKind.Url;
        }
        if (TextRules.IsDigit(first) && words <= 5)
        {
            if (TimestampLine().IsMatch(line))
                return LineKind.Timestamp;
            if (SerialLine().IsMatch(line))
                return LineKind.Serial;
        }
        if (first is 'N' or 'P' or 'n' or 'p' && SliderLine().IsMatch(line))
            return LineKind.Slider;
        if (words <= 12 && line.Contains('@', StringComparison.Ordinal) && EmailLike().IsMatch(line))
            return LineKind.Contact;
        if (words <= 3 && Handle().IsMatch(line))
            return LineKind.Contact;
        if (words > 45)
            return LineKind.Text;
        var norm = ArabicNormalizer.NormalizeMatching(line);
        if (line.Length <= 30 && EndMarkLine().IsMatch(norm))
            return LineKind.EndMark;
        if ((words <= 25 && Contact().IsMatch(norm)) || (line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Operators().IsMatch(norm)))
            return LineKind.Contact;
        if (Promo().IsMatch(norm))
            return LineKind.Promo;
        if (words <= 40 && Tags().IsMatch(norm))
            return LineKind.Tags;
        if (words <= 20 && ReadMore().IsMatch(norm))
            return LineKind.ReadMore;
        if (StoryLink().IsMatch(norm))
            return LineKind.StoryLink;
        if (ArticleLinks().IsMatch(norm))
            return LineKind.ArticleLinks;
        if (words <= 15 && Copyright().IsMatch(norm))
            return LineKind.Copyright;
        if (words <= 14 && Credit().IsMatch(norm))
            return LineKind.Credit;
        if (words <= 8 && IsShare(norm))
            return LineKind.Share;
        if (words <= 8 && !TextRules.EndsSentence(line) && Sponsor().IsMatch(norm))
            return LineKind.Sponsor;
        if (first == '*' && words <= 25 && StarFooter().IsMatch(norm))
            return LineKind.StarFooter;
        return LineKind.Text;
    }

    /// <summary>
    /// Boilerplate glued to the end of a body line: a tag list after the last sentence ("… الأعمال. سمات انتساب …"),
    /// "رابط الخبر بصحيفة …: …", an end mark or a time stamp. Returns where the tail starts, or -1.
    /// </summary>
    public static int TailStart(string line, bool lastLine = false)
    {
        var from = Math.Max(0, line.Length - 600);
        var window = line[from..];
        // at the very end of the content a tag list needs no sentence end before it ("… لما حدث فعلاً سمات زوجة سوداني")
        var tags = lastLine ? LastTagTail() : TagTail();
        foreach (var regex in new[] { tags, StoryLinkTail(), EndMarkTail(), TimestampTail() })
        {
            // each tail has a word or mark it cannot do without; most lines have none, and skip the regex
            var needle = regex == StoryLinkTail() ? "رابط" : regex == EndMarkTail() ? "/" : regex == TimestampTail() ? ":" : "سمات";
            if (!window.Contains(needle, StringComparison.Ordinal))
                continue;
            var m = regex.Match(window);
            if (m.Success && m.Index > 0)
            {
                var start = from + m.Index;
                while (start < line.Length && TextRules.IsStripSpace(line[start]))
                    start++;
                return TextRules.Strip(line[..start]).Length > 0 ? start : -1;
            }
        }
        return -1;
    }

    /// <summary>Slider residue at the start of a line ("Next Previous عين اليوم – جدة"): returns its length, or 0.</summary>
    public static int SliderPrefix(string line)
    {
        var m = SliderHead().Match(line.Length > 200 ? line[..200] : line);
        return m.Success ? m.Length : 0;
    }

    private static bool IsShare(string norm)
    {
        var any = false;
        foreach (var w in norm.Split([' ', '\u00A0', '|', '-', '/', ':', '،', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ShareTriggers.Contains(w))
                any = true;
            else if (!ShareWords.Contains(w))
                return false;
        }
        return any;
    }

    private static readonly HashSet<string> ShareTriggers = new(StringComparer.Ordinal)
    {
        "شارك", "شاركها", "شاركوا", "مشاركه", "المشاركه", "طباعه", "اطبع", "ارسل", "share", "tweet", "print", "email", "غرد",
    };

    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "هذا", "هذه", "الخبر", "المقال", "الصفحه", "الموضوع", "علي", "عبر", "في", "مع", "لصديق", "صديق", "اصدقائك", "تويتر",
        "فيسبوك", "فيس", "بوك", "واتساب", "واتس", "اب", "جوجل", "بلس", "لينكد", "ان", "لينكدان", "تلغرام", "تيلغرام", "البريد",
        "الالكتروني", "facebook", "twitter", "whatsapp", "google", "linkedin", "telegram", "on", "this", "via", "و", "او",
    };

    [GeneratedRegex(@"^[\s\-–—_=*×~.•·#+/\\|°<>]*[\-–—_=*×~.•·#+/\\|°][\s\-–—_=*×~.•·#+/\\|°<>]*[\-–—_=*×~.•·#+/\\|°][\s\-–—_=*×~.•·#+/\\|°<>]*$", RegexOptions.None, 1000)]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"^[(\[<«]?\s*(?:https?://|www\.)\S+\s*[)\]>»]?$|^[\w.-]+\.(?:com|net|org|sa|me|info|gov\.sa|com\.sa)(?:/\S*)?$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^\d{1,2}\s*[:.]\s*\d{2}\s*(?:ت\s*\.?\s*م|ت\s*\.?\s*غ|تغ|ص|م|gmt|GMT)?\s*\.?\s*\d{0,5}$", RegexOptions.None, 1000)]
    private static partial Regex TimestampLine();

    [GeneratedRegex(@"^\d{3,5}$", RegexOptions.None, 1000)]
    private static partial Regex SerialLine();

    [GeneratedRegex(@"^(?:next\s+previous|previous\s+next)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SliderLine();

    [GeneratedRegex(@"^(?:next\s+previous|previous\s+next)(?=\s|$)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SliderHead();

    [GeneratedRegex(@"^[/\\(\[\-–\s]*(?:ا\s?ن\s?ت\s?ه\s?ي|انتهت|يتبع|تتبع|النهايه)[/\\)\]\-–\s.]*$", RegexOptions.None, 1000)]
    private static partial Regex EndMarkLine();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.None, 1000)]
    private static partial Regex EmailLike();

    /// <summary>An author's social-media handle on its own line: "@name", "تويتر: name", "T: name".</summary>
    [GeneratedRegex(@"^(?:(?:تويتر|twitter|T)\s*:\s*@?|@)[A-Za-z0-9_.]{3,30}$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^(?:ل?لتواصل(?: مع)? (?:الكاتب|الكاتبه)|ل?مراسله (?:الكاتب|الكاتبه)|للتواصل\s*:|للتواصل ارسل|ثم الرساله$|مسافه ثم الرساله)|تبدا بالرمز|^(?:للتواصل|ارسل|راسل)\b.{0,40}(?:sms|رساله نصيه)|(?:sms|رساله نصيه).{0,60}(?:بالرمز|مسافه ثم)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Contact();

    [GeneratedRegex(@"^[\d\s,،\-–()]*(?:stc|mobily|zain|موبايلي|زين|الاتصالات|اتصالات)(?:[\d\s,،\-–()]*(?:stc|mobily|zain|موبايلي|زين|الاتصالات|اتصالات))*[\d\s,،\-–()]*$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Operators();

    [GeneratedRegex(@"^(?:تابعوا|تابعونا|تابع (?:اخر|اهم|جديد|تغطيتنا|الاخبار)|حملوا|حمل تطبيق|لتحميل|لمتابعه|اشتركوا|اشترك في|للاشتراك|انضموا|انضم الي|يمكنكم|يمكنك|تواصلوا معنا|نزلوا|نزل تطبيق|للمزيد من الاخبار)\b.{0,200}(?:تطبيق|تيلغرام|تلغرام|تيليغرام|تليجرام|تلجرام|تيليجرام|واتساب|واتس اب|تويتر|فيسبوك|فيس بوك|يوتيوب|انستغرام|انستجرام|انستقرام|سناب شات|قناتنا|حسابنا|صفحتنا|الهواتف الذكيه|عبر الرابط|النشره البريديه|نشرتنا|اشعارات|telegram|twitter|facebook|whatsapp|youtube|instagram)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Promo();

    [GeneratedRegex(@"^(?:سمات|الكلمات الدلاليه|كلمات دلاليه|الكلمات المفتاحيه|كلمات مفتاحيه|الوسوم|وسوم|tags|الاوسمه)(?:\s*:|\s)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:\.{2,}|…)\s*المزيد$|^المزيد\s*(?:\.{2,}|…)?$|^(?:اقرا|تابع|شاهد) (?:المزيد|القصه كامله|التفاصيل)|^(?:لقراءه|لمشاهده|للاطلاع علي).{0,60}(?:اضغط|انقر|اضغطوا|انقروا) هنا|^(?:اضغط|انقر) هنا", RegexOptions.None, 1000)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^رابط (?:الخبر|المقال|الموضوع)(?:\s+\S+){0,3}\s*:", RegexOptions.None, 1000)]
    private static partial Regex StoryLink();

    [GeneratedRegex(@"^(?:مقالات اخري|مقالات اخرى|المزيد من مقالات|اخبار متعلقه|مقالات سابقه)", RegexOptions.None, 1000)]
    private static partial Regex ArticleLinks();

    [GeneratedRegex(@"جميع الحقوق محفوظه|كل الحقوق محفوظه|حقوق النشر|حقوق الطبع|حقوق نشر|copyright|©|all rights reserved", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^[(\[«]?\s*(?:اعداد|تصوير|تحرير|اشراف|تنسيق|رسوم|اخراج|تقديم|عدسه|بعدسه|المصدر|مصدر الصوره|الصوره|صوره|الصور|مونتاج|غرافيك|انفوغراف)\s*[:/\-–]", RegexOptions.None, 1000)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:(?:هذا المحتوي |محتوي )?(?:برعايه|مقدم من)(?:\s|:|$)|محتوي مدفوع|اعلان(?:\s*:|$)|اعلان مدفوع|مساحه اعلانيه)", RegexOptions.None, 1000)]
    private static partial Regex Sponsor();

    [GeneratedRegex(@"^\*+\s*(?:خدمه|بالاتفاق مع|نقلا عن|نقلاً عن|جميع المقالات|المقالات المنشوره|المقال يعبر|هذا المقال|ينشر بالتزامن|بالتزامن مع|ينشر بترتيب|بترتيب (?:خاص )?مع|كاتب|كاتبه|استاذ|استاذه|باحث|باحثه|محلل|محلله|مستشار|صحفي|صحافي|صحفيه|صحافيه|اكاديمي|اكاديميه|رئيس تحرير|مدير تحرير|اعلامي|اعلاميه|شاعر|روائي|دكتور|وحده|مراسل|عضو)", RegexOptions.None, 1000)]
    private static partial Regex StarFooter();

    [GeneratedRegex(@"(?:(?<=[.!؟?»""”)…])|^)\s*سمات(?:\s+[^\s.!؟?]+){1,30}\s*$", RegexOptions.None, 1000)]
    private static partial Regex TagTail();

    [GeneratedRegex(@"(?:(?<=[\s.!؟?»""”“)…])|^)سمات(?:\s+[^\s.!؟?:،,]+){1,25}\s*$", RegexOptions.None, 1000)]
    private static partial Regex LastTagTail();

    [GeneratedRegex(@"\s+رابط (?:الخبر|المقال) (?:ب?صحيفه|في صحيفه|ب?صحيفة|في صحيفة)\s+\S+\s*:.*$", RegexOptions.None, 1000)]
    private static partial Regex StoryLinkTail();

    [GeneratedRegex(@"\s*/{1,2}\s*(?:انتهى|إنتهى|انتهي|يتبع)\s*/{1,2}[\s\d:تم]*$", RegexOptions.None, 1000)]
    private static partial Regex EndMarkTail();

    [GeneratedRegex(@"(?<=[.!؟?»""”)])\s+\d{1,2}:\d{2}\s*ت\s*\.?\s*م(?:\s+\d{3,5})?$", RegexOptions.None, 1000)]
    private static partial Regex TimestampTail();
}
