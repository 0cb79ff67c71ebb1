using Marsad.Storage.Internal;
using Marsad.Storage.Search;

namespace Marsad.Storage.Alerts;

/// <summary>
/// Decides whether an article matches a saved search, with the same reading of the query as <c>marsad search</c>: the
/// query goes through <see cref="QueryParser"/> (Marsad's analyzer, phrases, exclusions) and is checked against the
/// index tokens of the headline and body; the filter is checked against the same derived values the store filters on
/// (publication day, outlet, agency, topic, entity name key).
/// </summary>
internal sealed class AlertMatcher
{
    private readonly ParsedQuery _query;
    private readonly ArticleFilter _filter;
    private readonly bool _matchAll;
    private readonly string? _entityKey;

    public AlertMatcher(Alert alert)
    {
        Alert = alert;
        _query = QueryParser.Parse(alert.Query);
        _filter = alert.Filter;
        _matchAll = alert.MatchAll;
        _entityKey = alert.Filter.Entity is { } entity ? EntityKeys.Of(entity) : null;
    }

    public Alert Alert { get; }

    /// <summary>Whether the query has anything to match or the filter restricts anything (an alert needs one or the other).</summary>
    public static bool IsSelective(string query, ArticleFilter filter) => QueryParser.Parse(query).HasWords || !filter.IsEmpty;

    public bool Matches(Article article, ArticleTokens tokens)
    {
        if (!MatchesFilter(article))
            return false;
        if (_query.Exclude.Any(tokens.Contains))
            return false;
        if (!_query.HasWords)
            return true;
        return _matchAll ? _query.Include.All(tokens.Contains) : _query.Include.Any(tokens.Contains);
    }

    private bool MatchesFilter(Article article)
    {
        if (_filter.Source is { } source && !string.Equals(article.Source?.Name, source, StringComparison.Ordinal))
            return false;
        if (_filter.Agency is { } agency && !string.Equals(article.Source?.Agency, agency, StringComparison.Ordinal))
            return false;
        if (_filter.Topic is { } topic && !string.Equals(article.Topic?.Label, topic, StringComparison.Ordinal))
            return false;
        if (_filter.From is not null || _filter.To is not null)
        {
            // the day the store filters on: the published date, else the dateline's
            if (!PublishedDate.TryParse(article.Published, out _, out var day) && !PublishedDate.TryParse(article.Dateline?.Date, out _, out day))
                return false;
            if (_filter.From is { } from && day < from)
                return false;
            if (_filter.To is { } to && day > to)
                return false;
        }
        return _entityKey is null || article.Entities.Any(e => EntityKeys.OfMention(e) == _entityKey);
    }
}

/// <summary>An article's index tokens (headline and body), as both stores index them, with phrase lookup.</summary>
internal sealed class ArticleTokens
{
    private readonly List<string> _headline;
    private readonly List<string> _body;
    private readonly HashSet<string> _all;

    public ArticleTokens(Article article)
    {
        _headline = IndexTerms.Tokens(article.Headline);
        _body = IndexTerms.Tokens(string.IsNullOrEmpty(article.Subheadline) ? article.Text : article.Subheadline + "\n\n" + article.Text);
        _all = [.. _headline, .. _body];
    }

    /// <summary>A word is anywhere; a phrase is its tokens in a row within the headline or within the body.</summary>
    public bool Contains(QueryClause clause)
    {
        if (!clause.IsPhrase)
            return _all.Contains(clause.Tokens[0]);
        return clause.Tokens.All(_all.Contains) && (HasRun(_headline, clause.Tokens) || HasRun(_body, clause.Tokens));
    }

    private static bool HasRun(List<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var j = 0;
            while (j < phrase.Count && tokens[i + j] == phrase[j])
                j++;
            if (j == phrase.Count)
                return true;
        }
        return false;
    }
}
