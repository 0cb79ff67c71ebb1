using Marsad.Storage.Search;
using Xunit;

namespace Marsad.Storage.Tests.Search;

public sealed class SnippetBuilderTests
{
    private const string Text = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار. وأضاف لافروف في مؤتمر صحفي أن الوضع في سوريا يتطلب حلا سياسيا، مشيرا إلى أن الحكومة السورية وافقت على المشاركة في المحادثات المقبلة في جنيف.";

    [Fact]
    public void Highlights_AreTheOriginalWords_WithTheirClitics()
    {
        var tokens = IndexTerms.Tokens("لافروف الخارجية").ToHashSet();
        var (snippet, highlights) = SnippetBuilder.Build(Text, tokens);
        var marked = highlights.Select(h => snippet[h.Start..h.End]).ToList();
        Assert.Equal(["الخارجية", "لافروف", "لافروف"], marked);
    }

    [Fact]
    public void LongText_IsCutAroundTheMatches_WithEllipses()
    {
        var text = string.Join(" ", Enumerable.Repeat("كلام عام لا صلة له بالموضوع.", 40)) + " " + Text;
        var (snippet, highlights) = SnippetBuilder.Build(text, IndexTerms.Tokens("جنيف").ToHashSet(), 120);
        Assert.StartsWith("… ", snippet);
        Assert.Contains("جنيف", snippet);
        Assert.True(snippet.Length < 200);
        Assert.Equal("جنيف", snippet[highlights[0].Start..highlights[0].End]);
    }

    [Fact]
    public void NoMatch_GivesTheBeginning()
    {
        var (snippet, highlights) = SnippetBuilder.Build(Text, IndexTerms.Tokens("طوكيو").ToHashSet(), 60);
        Assert.StartsWith("قال وزير", snippet);
        Assert.Empty(highlights);
        Assert.Equal(("", 0), (SnippetBuilder.Build("", new HashSet<string>()).Snippet, 0));
    }
}
