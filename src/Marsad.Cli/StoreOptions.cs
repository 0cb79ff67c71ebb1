using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Marsad.Storage;

namespace Marsad.Cli;

/// <summary>The options of commands that use the store: <c>--db</c> and the article filters, defined once.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The store: a file path (default ./marsad-data/marsad.db), postgres://user:pass@host:port/db, or Host=…;Database=…",
    };

    public Option<DateOnly?> From { get; } = DateOption("--from", "Only articles published on or after this day (YYYY-MM-DD).");

    public Option<DateOnly?> To { get; } = DateOption("--to", "Only articles published on or before this day (YYYY-MM-DD).");

    public Option<string?> Source { get; } = new("--source") { Description = "Only articles from this outlet (as stored, e.g. alarabia)." };

    public Option<string?> Agency { get; } = new("--agency") { Description = "Only articles credited to this news agency (e.g. سانا)." };

    public Option<string?> Topic { get; } = new("--topic") { Description = "Only articles with this topic (politics, economy, sports, …)." };

    public Option<string?> Entity { get; } = new("--entity") { Description = "Only articles mentioning this entity (any spelling of the name)." };

    /// <summary>Adds <c>--db</c> and, when <paramref name="filters"/> is set, the filter options to <paramref name="command"/>.</summary>
    public void AddTo(Command command, bool filters = true)
    {
        command.Options.Add(Database);
        if (!filters)
            return;
        foreach (var option in (ReadOnlySpan<Option>)[From, To, Source, Agency, Topic, Entity])
            command.Options.Add(option);
    }

    public ArticleFilter Filter(ParseResult parse) => new()
    {
        From = parse.GetValue(From),
        To = parse.GetValue(To),
        Source = Blank(parse.GetValue(Source)),
        Agency = Blank(parse.GetValue(Agency)),
        Topic = Blank(parse.GetValue(Topic)),
        Entity = Blank(parse.GetValue(Entity)),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = ParseDate,
    };

    /// <summary>Reads YYYY-MM-DD (or YYYY-MM, YYYY as the first day) with a clear message otherwise.</summary>
    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        result.AddError($"'{text}' is not a date (expected YYYY-MM-DD)");
        return null;
    }
}
