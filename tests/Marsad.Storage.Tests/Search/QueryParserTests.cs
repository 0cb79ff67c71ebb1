using Marsad.Storage.Search;
using Xunit;

namespace Marsad.Storage.Tests.Search;

public sealed class QueryParserTests
{
    [Fact]
    public void Words_GoThroughTheAnalyzer_StopWordsDropOut()
    {
        var q = QueryParser.Parse("وزير الخارجية في موسكو");
        Assert.Equal(IndexTerms.Tokens("وزير الخارجية في موسكو"), q.Include.SelectMany(c => c.Tokens));
        Assert.All(q.Include, c => Assert.False(c.IsPhrase));
        Assert.DoesNotContain("في", q.Include.SelectMany(c => c.Tokens));
    }

    [Theory]
    [InlineData("\"عاصي الحلاني\"")]
    [InlineData("«عاصي الحلاني»")]
    [InlineData("“عاصي الحلاني”")]
    public void Quotes_MakeAPhrase(string query)
    {
        var q = QueryParser.Parse(query);
        var clause = Assert.Single(q.Include);
        Assert.True(clause.IsPhrase);
        Assert.Equal(IndexTerms.Tokens("عاصي الحلاني"), clause.Tokens);
    }

    [Fact]
    public void LeadingMinus_Excludes_AWordOrAPhrase()
    {
        var q = QueryParser.Parse("سوريا -روسيا -\"مجلس الأمن\"");
        Assert.Equal(IndexTerms.Tokens("سوريا"), q.Include.SelectMany(c => c.Tokens));
        Assert.Equal(2, q.Exclude.Count);
        Assert.True(q.Exclude[1].IsPhrase);
        // a minus inside a word is not an operator
        Assert.Empty(QueryParser.Parse("كوفيد-19").Exclude);
    }

    [Fact]
    public void PlainText_HasNoSyntax()
    {
        var q = QueryParser.Parse("أحلام ترد على منتقدي \"ذا فويس\" -مصر", plain: true);
        Assert.Empty(q.Exclude);
        Assert.All(q.Include, c => Assert.False(c.IsPhrase));
        Assert.Equal(IndexTerms.Tokens("أحلام ترد على منتقدي ذا فويس مصر"), q.Include.SelectMany(c => c.Tokens));
    }

    [Fact]
    public void UnbalancedQuote_ReadsTheRestAsWords()
    {
        var q = QueryParser.Parse("\"وزير الخارجية");
        Assert.Equal(IndexTerms.Tokens("وزير الخارجية"), q.Include.SelectMany(c => c.Tokens));
        Assert.All(q.Include, c => Assert.False(c.IsPhrase));
    }

    [Theory]
    [InlineData("AND OR NOT NEAR")]
    [InlineData("مصر* (فويس)")]
    [InlineData("body:مصر")]
    public void DatabaseSyntax_IsPlainText(string query)
    {
        var q = QueryParser.Parse(query);
        Assert.All(q.Include.SelectMany(c => c.Tokens), t => Assert.DoesNotContain('"', t));
        Assert.NotEmpty(q.Include);
        Assert.Equal(q.Include.Count, q.Include.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void LongQuery_KeepsTheFirstDistinctClauses_AndLoneSurrogatesAreDropped()
    {
        var words = Enumerable.Range(0, 500).Select(i => "كلمة" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var q = QueryParser.Parse(string.Join(' ', words) + " \ud800");
        Assert.Equal(QueryParser.MaxClauses, q.Include.Count);
        Assert.True(QueryParser.Parse("\udc00\ud800").IsEmpty);
    }
}
