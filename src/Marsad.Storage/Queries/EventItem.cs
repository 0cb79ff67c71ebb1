namespace Marsad.Storage.Queries;

/// <summary>A stored event and the article that reports it.</summary>
public sealed record EventItem(ArticleRef Article, string Type, IReadOnlyList<string> Actors, string? Place, string? Date, string Sentence);

/// <summary>A page of events with the number of matching events per type (over the whole list, before paging).</summary>
public sealed record EventPage(long Total, int Offset, int Limit, IReadOnlyList<EventItem> Items, IReadOnlyList<FacetCount> Types);
