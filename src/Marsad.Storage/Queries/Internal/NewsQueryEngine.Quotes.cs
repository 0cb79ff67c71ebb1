using System.Data.Common;
using Marsad.Storage.Search;
using static Marsad.Storage.Queries.Internal.QueryCommand;

namespace Marsad.Storage.Queries.Internal;

internal sealed partial class NewsQueryEngine
{
    public Task<Page<QuoteItem>> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        Paging.Check(query.Limit, query.Offset);
        var filter = Filter(query.Filter);
        var parameters = Parameters();
        var conditions = filter.Conditions;
        if (query.SpeakerKey is { Length: > 0 } key)
        {
            conditions += " AND q.speaker_key = @speaker";
            parameters.Add(("speaker", key));
        }
        else if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            var name = new NameMatch(query.Speaker);
            conditions += name.AllowsSurname ? " AND (q.speaker_key = @speaker OR q.speaker_key LIKE @speaker_suffix ESCAPE '\\')" : " AND q.speaker_key = @speaker";
            parameters.Add(("speaker", name.Key));
            if (name.AllowsSurname)
                parameters.Add(("speaker_suffix", name.SuffixPattern));
        }
        var about = QueryParser.Parse(query.About);
        if (about.HasWords)
        {
            var (condition, match) = _d.ArticleMatches(about);
            conditions += " AND " + condition;
            parameters.Add(("match", match));
        }
        else if (!string.IsNullOrWhiteSpace(query.About))
        {
            // only stop words or punctuation: nothing can be about it
            return Task.FromResult(new Page<QuoteItem>(0, query.Offset, query.Limit, []));
        }
        var select = $"""
            SELECT {ArticleColumns}, q.text, q.speaker, q.speaker_canonical, q.speaker_key, q.cue, q.via, q.direct, q.start, q."end"
            FROM quotes q JOIN articles a ON a.key = q.article WHERE 1 = 1{conditions} ORDER BY {NewestFirst}, q.ord
            """;
        return _d.RunAsync(async c =>
        {
            if (!about.HasWords)
            {
                var total = await CountAsync(c, $"SELECT count(*) FROM quotes q JOIN articles a ON a.key = q.article WHERE 1 = 1{conditions}", filter, cancellationToken, [.. parameters]).ConfigureAwait(false);
                var page = await ListAsync(c, select + " LIMIT @limit OFFSET @offset", filter, ReadQuote, cancellationToken,
                    [.. parameters, ("limit", query.Limit), ("offset", query.Offset)]).ConfigureAwait(false);
                return new Page<QuoteItem>(total, query.Offset, query.Limit, page);
            }
            // the article index narrows to articles with every word; the quoted words themselves are checked here
            var candidates = await ListAsync(c, select + $" LIMIT {ScanLimit}", filter, ReadQuote, cancellationToken, [.. parameters]).ConfigureAwait(false);
            var matching = candidates.Where(q => QuoteSubject.Mentions(about, q.Text)).ToList();
            return new Page<QuoteItem>(matching.Count, query.Offset, query.Limit, [.. matching.Skip(query.Offset).Take(query.Limit)]);
        }, cancellationToken);
    }

    private static QuoteItem ReadQuote(DbDataReader r) => new(
        ReadArticle(r, 0), r.GetString(6), Str(r, 7), Str(r, 8), Str(r, 9), Str(r, 10), Str(r, 11), Bool(r, 12), Int(r, 13), Int(r, 14));
}
