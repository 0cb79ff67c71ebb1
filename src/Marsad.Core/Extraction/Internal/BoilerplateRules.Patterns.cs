using System.Text.RegularExpressions;

namespace Marsad.Extraction.Internal;

/// <summary>The patterns of <see cref="BoilerplateRules"/>, over matching-normalized text unless noted.</summary>
internal static partial class BoilerplateRules
{
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

    /// <summary>An author's social-media handle on its own line: "@name", "تويتر: name", "T: name", or the label alone before it ("تويتر :").</summary>
    [GeneratedRegex(@"^(?:(?:تويتر|twitter|T)\s*:\s*@?|@)[A-Za-z0-9_.]{3,30}$|^(?:تويتر|twitter|انستغرام|instagram)\s*:$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^(?:ل?لتواصل(?: مع)? (?:الكاتب|الكاتبه)|ل?مراسله (?:الكاتب|الكاتبه)|للتواصل\s*:|للتواصل ارسل|ثم الرساله$|مسافه ثم الرساله)|تبدا بالرمز|^(?:للتواصل|ارسل|راسل)\b.{0,40}(?:sms|رساله نصيه)|(?:sms|رساله نصيه).{0,60}(?:بالرمز|مسافه ثم)|^(?:بالرمز\s*)?\(?\d{1,4}\)?\s*(?:ثم\s+)?مسافه ثم (?:نص )?الرساله", RegexOptions.IgnoreCase, 1000)]
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

    /// <summary>The office that signs a reply or statement: "إدارة العلاقات العامة والإعلام", "مع تحيات إدارة …", "المكتب الإعلامي".</summary>
    [GeneratedRegex(@"^(?:مع تحيات\s+)?(?:الاداره|اداره|المكتب الاعلامي|مكتب الاعلام|العلاقات العامه)(?:\s|$)", RegexOptions.None, 1000)]
    private static partial Regex OfficeSignature();

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
