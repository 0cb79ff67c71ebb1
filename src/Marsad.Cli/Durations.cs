using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Marsad.Cli;

/// <summary>Options that take a duration: "500ms", "30s", "5m", "2h", "1d", or a plain number of seconds.</summary>
internal static class Durations
{
    public static Option<TimeSpan> Option(string name, string description, TimeSpan defaultValue, TimeSpan? minimum = null) => new(name)
    {
        Description = description + $" (default {Format(defaultValue)})",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Parse(result, minimum ?? TimeSpan.Zero),
    };

    public static string Format(TimeSpan span) => span.TotalMilliseconds % 1000 != 0 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0}ms")
        : span.TotalSeconds % 60 != 0 || span.TotalSeconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0}s")
        : span.TotalMinutes % 60 != 0 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0}m")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0}h");

    private static TimeSpan Parse(ArgumentResult result, TimeSpan minimum)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
        if (TryParse(text, out var span) && span >= minimum)
            return span;
        result.AddError($"'{text}' is not a duration of at least {Format(minimum)} (examples: 500ms, 30s, 5m, 2h)");
        return minimum;
    }

    public static bool TryParse(string text, out TimeSpan span)
    {
        span = default;
        var (number, unit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : text.EndsWith('d') ? (text[..^1], 86400.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsInfinity(value) || value * unit > 365 * 86400)
            return false;
        span = TimeSpan.FromSeconds(value * unit);
        return true;
    }
}
