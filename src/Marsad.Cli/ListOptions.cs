using System.CommandLine;
using System.Text.Json;
using Marsad.Storage.Queries;
using Marsad.Web.Api;

namespace Marsad.Cli;

/// <summary>The options of the listing commands (<c>entities</c>, <c>quotes</c>, <c>events</c>): paging and <c>--json</c>.</summary>
internal sealed class ListOptions
{
    public Option<int> Limit { get; } = new("--limit", "-n") { Description = "How many to list (1–500, default 20).", DefaultValueFactory = _ => 20 };

    public Option<int> Offset { get; } = new("--offset") { Description = "How many to skip (paging).", DefaultValueFactory = _ => 0 };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the JSON the HTTP API returns for the same request." };

    public void AddTo(Command command)
    {
        Limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > Paging.MaxLimit)
                r.AddError($"--limit must be between 1 and {Paging.MaxLimit}");
        });
        Offset.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 1_000_000)
                r.AddError("--offset must be between 0 and 1000000");
        });
        command.Options.Add(Limit);
        command.Options.Add(Offset);
        command.Options.Add(Json);
    }

    /// <summary>Writes <paramref name="value"/> as the API does (snake_case, Arabic unescaped), one line.</summary>
    public static void WriteJson<T>(T value)
    {
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, value, ApiJson.Options);
        stdout.WriteByte((byte)'\n');
    }
}
