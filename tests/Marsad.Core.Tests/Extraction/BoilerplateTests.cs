using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>
/// One test per kind of boilerplate: it leaves the body and goes to removed, trimmed, in document order. The body
/// sentences are written for these tests; the boilerplate lines follow generic forms seen across outlets.
/// </summary>
public sealed class BoilerplateTests
{
    private const string First = "أعلنت وزارة الصحة اليوم عن افتتاح مركز جديد لعلاج أمراض القلب في المنطقة الشرقية، بطاقة استيعابية تبلغ مئتي سرير.";
    private const string Second = "وأوضح المتحدث الرسمي أن المركز سيستقبل المرضى اعتبارا من الشهر المقبل، وأن التسجيل سيكون عبر الموقع الإلكتروني.";

    private static Article Extract(string content, string? source = null) =>
        ArticleExtractor.Default.Extract(new RawDocument { Title = "افتتاح مركز للقلب", Content = content, Source = source });

    private static void AssertRemoved(string content, string[] removed, string? source = null)
    {
        var a = Extract(content, source);
        Assert.Equal([First, Second], a.Paragraphs);
        Assert.Equal(removed, a.Removed);
    }

    [Theory]
    [InlineData("// انتهى //")]
    [InlineData("//انتهى//")]
    [InlineData("/ انتهى /")]
    [InlineData("// يتبع //")]
    [InlineData("(انتهى)")]
    public void EndMark_IsRemoved(string mark) => AssertRemoved($"{First}\n{Second}\n{mark}", [mark]);

    [Fact]
    public void EndMarkTimestampAndSerial_AreRemoved() =>
        AssertRemoved($"{First}\n{Second}\n// انتهى //\n20:26 ت م\n0045", ["// انتهى //", "20:26 ت م", "0045"]);

    [Fact]
    public void TimestampWithSerialOnOneLine_IsRemoved() => AssertRemoved($"{First}\n{Second}\n14:05 ت م 0112", ["14:05 ت م 0112"]);

    [Fact]
    public void TagLineAfterTheLastSentence_IsCut() =>
        AssertRemoved($"{First}\n{Second} سمات مركز القلب وزارة الصحة المنطقة الشرقية ", ["سمات مركز القلب وزارة الصحة المنطقة الشرقية"]);

    [Fact]
    public void TagListGluedToTheLastLine_IsCut_EvenWithoutAFullStop()
    {
        var a = Extract($"{First}\nوأوضح المتحدث أن المركز سيستقبل المرضى قريبا سمات مركز القلب وزارة الصحة");
        Assert.Equal("وأوضح المتحدث أن المركز سيستقبل المرضى قريبا", a.Paragraphs[^1]);
        Assert.Equal(["سمات مركز القلب وزارة الصحة"], a.Removed);
    }

    [Fact]
    public void TagLineBehindBidiMarks_IsRemovedWhole()
    {
        // the last line of a 3alyoum article (snn-2015-08-06-0067) opens with U+200F U+202C; no mark-only paragraph is left
        const string tags = "\u200F\u202C سمات الاتحاد علي مبخوت نادي الجزيرة الإماراتي";
        AssertRemoved($"{First}\n{Second}\n {tags} ", [tags]);
    }

    [Fact]
    public void OfficeSignatureUnderAReply_IsRemoved_AndTheSignOffStays()
    {
        // a ministry's reply as alriyadh and almadina print it: the sign-off, then the signing office on two lines
        const string signOff = "والسلام عليكم ورحمة الله وبركاته";
        var a = Extract($"{First}\n{Second}\n{signOff}\nإدارة العلاقات العامة والإعلام\nبوزارة الشؤون البلدية والقروية ");
        Assert.Equal([First, Second, signOff], a.Paragraphs);
        Assert.Equal(["إدارة العلاقات العامة والإعلام", "بوزارة الشؤون البلدية والقروية"], a.Removed);
    }

    [Fact]
    public void HeadingNamingAnOffice_BeforeAParagraph_Stays()
    {
        var a = Extract($"{First}\nإدارة الأزمات\n{Second}");
        Assert.Equal([First, "إدارة الأزمات", Second], a.Paragraphs);
        Assert.Empty(a.Removed);
    }

    [Fact]
    public void WordSimatInsideASentence_IsNotATagList()
    {
        const string line = "ووجد الباحثون سمات مشتركة بين المرضى في المنطقتين، وهو ما يستدعي مزيدا من الدراسة.";
        Assert.Equal([First, line], Extract($"{First}\n{line}").Paragraphs);
    }

    [Fact]
    public void StoryLinkTail_IsCut() =>
        AssertRemoved($"{First}\n{Second} رابط الخبر بصحيفة الوئام: افتتاح مركز للقلب", ["رابط الخبر بصحيفة الوئام: افتتاح مركز للقلب"]);

    [Fact]
    public void TelegramPromoAndItsLink_AreRemoved() =>
        AssertRemoved($"{First}\n{Second}\nتابعوا آخر الأخبار عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :\nhttps://telegram.me/ExampleNews",
            ["تابعوا آخر الأخبار عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :", "https://telegram.me/ExampleNews"]);

    [Fact]
    public void AppNotificationPromo_IsRemoved() =>
        AssertRemoved($"{First}\n{Second}\nيمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيقنا على هاتفكم المحمول.",
            ["يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيقنا على هاتفكم المحمول."]);

    [Theory]
    [InlineData("www.example.com")]
    [InlineData("http://example.com/news/123")]
    public void BareUrl_IsRemoved(string url) => AssertRemoved($"{First}\n{url}\n{Second}", [url]);

    [Theory]
    [InlineData("شارك هذا الخبر")]
    [InlineData("طباعة")]
    [InlineData("شارك عبر تويتر فيسبوك واتساب")]
    public void SharePrompt_IsRemoved(string prompt) => AssertRemoved($"{First}\n{Second}\n{prompt}", [prompt]);

    [Theory]
    [InlineData("...المزيد")]
    [InlineData("لقراءة الحوار كاملا أنقر هنــا")]
    [InlineData("Next Previous")]
    public void ReadMoreAndSliderResidue_AreRemoved(string line) => AssertRemoved($"{First}\n{Second}\n{line}", [line]);

    [Theory]
    [InlineData("***")]
    [InlineData("----------------")]
    [InlineData("× × ×")]
    [InlineData("ــــــــــــــــــــــــــــــــــــــــــــــــــــــــــ")]
    public void Separator_IsRemoved(string line) => AssertRemoved($"{First}\n{line}\n{Second}", [line]);

    [Fact]
    public void ContactFooter_IsRemoved() =>
        AssertRemoved($"{First}\n{Second}\nwriter.name@example.com\nللتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (52) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n635031 - Mobily",
            ["writer.name@example.com", "للتواصل مع الكاتب ارسل رسالة SMS", "تبدأ بالرمز (52) ثم مسافة ثم نص الرسالة إلى", "88591 - Stc", "635031 - Mobily"]);

    [Fact]
    public void WriteToTheAuthorLine_IsRemoved() => AssertRemoved($"{First}\n{Second}\nلمراسلة الكاتب: writer@example.com", ["لمراسلة الكاتب: writer@example.com"]);

    [Theory]
    [InlineData("جميع الحقوق محفوظة لصحيفة المثال 2015")]
    [InlineData("حقوق نشر كافة الصور محفوظة.")]
    public void CopyrightLine_IsRemoved(string line) => AssertRemoved($"{First}\n{Second}\n{line}", [line]);

    [Fact]
    public void ReportCredit_IsRemoved() => AssertRemoved($"{First}\n{Second}\nإعداد: سعد الأحمد تصوير: خالد العمري", ["إعداد: سعد الأحمد تصوير: خالد العمري"]);

    [Fact]
    public void OtherArticlesOfTheAuthor_GluedIntoOneLineOfManyWords_AreRemoved()
    {
        // aljazirah glues the author's other titles after the label: more than 45 words, under 400 characters
        const string links = "مقالات أخرى للكاتبالصبر مفتاح الفرج في زمن الشدائد والمحن التي تمر بها الأمم والشعوبذكريات رمضان في الحي القديم "
            + "بين الجيران والأصدقاء والأهل الطيبينالتعليم أساس نهضة الوطن وبناء الإنسان القادر على العطاء والمشاركة في التنميةرحلة إلى "
            + "الطائف في الصيف مع الأسرة والأحبابكلمة وفاء لمعلم الأجيال الذي رحل عنا بعد عمر من العطاء والبذل";
        Assert.InRange(links.Split(' ').Length, 46, 80);
        Assert.InRange(links.Length, 1, 400);
        AssertRemoved($"{First}\n{Second}\n{links}", [links]);
    }

    [Fact]
    public void StarFootersAtTheEndOfAColumn_AreRemoved() =>
        AssertRemoved($"{First}\n{Second}\n* كاتب وباحث سعودي\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.", ["* كاتب وباحث سعودي", "** جميع المقالات المنشورة تمثل رأي كتابها فقط."]);

    [Theory]
    [InlineData("* ناقد تونسي")]
    [InlineData("* استشاري في طب المجتمع، مدير مركز المساعدية التخصصي ـ مستشفى الملك فهد بجدة")]
    public void StarredBioLineAtTheEnd_IsRemoved(string bio) => AssertRemoved($"{First}\n{Second}\n{bio}", [bio]);

    [Fact]
    public void LastItemOfAStarredColumn_IsKept()
    {
        // aljazirah (snn-2015-08-06-1035): numbered items, each opening with **; the last one is an item, not a bio
        var a = Extract($"** {First}\n(5)\n** {Second}\n(6)\n** الصورةُ خطوط");
        Assert.Equal("** الصورةُ خطوط", a.Paragraphs[^1]);
    }

    [Fact]
    public void SmsFooterOnTwoLines_IsRemoved() =>
        AssertRemoved($"{First}\n{Second}\nللتواصل أرسل sms إلى 88548 الاتصالات ،636250 موبايلي، 738303 زين تبدأ\nبالرمز 132 مسافة ثم الرسالة",
            ["للتواصل أرسل sms إلى 88548 الاتصالات ،636250 موبايلي، 738303 زين تبدأ", "بالرمز 132 مسافة ثم الرسالة"]);

    [Fact]
    public void HandleUnderItsLabel_IsRemoved() => AssertRemoved($"{First}\n{Second}\nتويتر :\n@mmmsssalama", ["تويتر :", "@mmmsssalama"]);

    [Fact]
    public void LinkLeftByATagTail_IsRemoved() =>
        AssertRemoved($"{First}\n{Second}\nhttp://www.mcs.gov.sa/InformationCenter/News/MinistryNews/Documents سمات الخدمة المدنية المطابقة الوظائف التعليمية ",
            ["http://www.mcs.gov.sa/InformationCenter/News/MinistryNews/Documents", "سمات الخدمة المدنية المطابقة الوظائف التعليمية"]);

    [Theory]
    [InlineData("محمد بن عبدالعزيز الفوزان - محافظة الغاط")]
    [InlineData("عبد الرحمن بن محمد السلمان - سدير")]
    public void ReaderSignatureWithAffiliation_IsRemoved(string signature) => AssertRemoved($"{First}\n{Second}\n{signature}", [signature]);

    [Fact]
    public void LoneShortLineUnderATitle_IsACaption()
    {
        // aljazirah (snn-2015-08-06-0784): the scraper kept only the photo's caption
        var a = ArticleExtractor.Default.Extract(new RawDocument { Title = "المزيني يحصل على الماجستير", Content = " مازن المزيني " });
        Assert.Empty(a.Paragraphs);
        Assert.Equal(["مازن المزيني"], a.Removed);
    }

    [Fact]
    public void LoneSentenceUnderATitle_IsKept()
    {
        var a = ArticleExtractor.Default.Extract(new RawDocument { Title = "افتتاح مركز للقلب", Content = First });
        Assert.Equal([First], a.Paragraphs);
    }

    [Fact]
    public void SignatureAtTheEnd_IsRemoved() => AssertRemoved($"{First}\n{Second}\n- محمد عبدالله الشهري", ["- محمد عبدالله الشهري"]);

    [Fact]
    public void ColumnistNameAtTheTop_IsRemoved() => AssertRemoved($"فهد عبدالعزيز العتيبي\n{First}\n{Second}", ["فهد عبدالعزيز العتيبي"]);

    [Fact]
    public void PhotoCaptionAboveTheText_IsRemoved() => AssertRemoved($"وزير الصحة خلال افتتاح المركز\n{First}\n{Second}", ["وزير الصحة خلال افتتاح المركز"]);

    [Fact]
    public void PhotoCaptionsStandingApartAtTheEnd_AreRemoved() =>
        AssertRemoved($"{First}\n{Second}\n\nجانب من الافتتاح\n\nالوزير يتفقد أحد الأقسام", ["جانب من الافتتاح", "الوزير يتفقد أحد الأقسام"]);

    [Fact]
    public void PoemAfterTheText_IsKept()
    {
        var a = Extract($"{First}\n{Second}\nيا موطني يا منبع الأمجاد\nفيك الأمان وفيك خير بلاد\nنفديك بالأرواح والأولاد");
        Assert.Equal(5, a.Paragraphs.Count);
        Assert.Empty(a.Removed);
    }

    [Fact]
    public void SignOffLine_IsKept()
    {
        const string signOff = "والسلام عليكم ورحمة الله وبركاته";
        Assert.Equal([First, Second, signOff], Extract($"{First}\n{Second}\n{signOff}").Paragraphs);
    }

    [Fact]
    public void SabqRunsOfNoBreakSpaces_SeparateParagraphs()
    {
        var a = Extract($"واس- جدة: {First} \u00a0 {Second} \u00a0 ", source: "sabq");
        Assert.Equal([First, Second], a.Paragraphs);
        Assert.Equal("واس- جدة:", a.Dateline.Text);
    }

    [Fact]
    public void NoBreakSpacesInsideASentence_DoNotSplitIt()
    {
        const string line = "انطلقت مساء \u00a0أمس الأول \u00a0فعاليات المهرجان بحضور نحو ألف وأربعمئة شخص من الزوار.";
        var a = Extract($"{First} \u00a0 {line}");
        Assert.Equal([First, line], a.Paragraphs);
    }

    [Fact]
    public void LineRecurringInTheSource_IsRemovedAtTheEdges_WithALearnedModel()
    {
        var model = new SourceBoilerplateModel(minDocuments: 3, minShare: 0);
        for (var i = 0; i < 4; i++)
            model.Observe(new RawDocument { Source = "example", Content = $"خبر رقم {i} عن موضوع مختلف تماما في كل مرة يكتب فيه المحرر شيئا جديدا.\nتابع تغطيتنا الخاصة" });
        var a = new ArticleExtractor(model).Extract(new RawDocument { Source = "example", Title = "عنوان", Content = $"{First}\n{Second}\nتابع تغطيتنا الخاصة" });
        Assert.Equal(["تابع تغطيتنا الخاصة"], a.Removed);
        var without = ArticleExtractor.Default.Extract(new RawDocument { Source = "example", Title = "عنوان", Content = $"{First}\n{Second}\nتابع تغطيتنا الخاصة" });
        Assert.Empty(without.Removed);
    }
}
