using Marsad.Storage;
using Marsad.Storage.Queries;

namespace Marsad.Web.Api;

/// <summary>Article filters every list takes: <c>from</c>, <c>to</c> (YYYY-MM-DD), <c>source</c>, <c>agency</c>, <c>topic</c>, <c>entity</c> (any spelling).</summary>
public sealed record FilterParameters(DateOnly? From, DateOnly? To, string? Source, string? Agency, string? Topic, string? Entity)
{
    public ArticleFilter ToFilter() => new()
    {
        From = From,
        To = To,
        Source = Blank(Source),
        Agency = Blank(Agency),
        Topic = Blank(Topic),
        Entity = Blank(Entity),
    };

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Paging every list takes: <c>limit</c> (1–500, default 20) and <c>offset</c> (default 0).</summary>
public sealed record PageParameters(int? Limit, int? Offset)
{
    public const int DefaultLimit = 20;

    public int Size => Limit ?? DefaultLimit;

    public int Skip => Offset ?? 0;

    /// <summary>A ProblemDetails 400 when the page is out of range, else null.</summary>
    public string? Error() =>
        Size is < 1 or > Paging.MaxLimit ? $"limit must be between 1 and {Paging.MaxLimit}"
        : Skip is < 0 or > 1_000_000 ? "offset must be between 0 and 1000000"
        : null;
}

/// <summary>Limits on free text in query strings (longer input is refused, not truncated).</summary>
internal static class TextLimits
{
    public const int Query = 1000;

    public const int Name = 200;

    public static string? Check(string name, string? value, int max) =>
        value is not null && value.Length > max ? $"{name} is longer than {max} characters" : null;
}
