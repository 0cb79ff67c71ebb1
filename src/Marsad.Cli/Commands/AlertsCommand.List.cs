using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Storage.Alerts;

namespace Marsad.Cli.Commands;

internal static partial class AlertsCommand
{
    private static Command List()
    {
        var store = new StoreOptions();
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"alerts\": [{\"id\",\"name\",\"query\",\"match\",\"filter\",\"webhook\",\"matches\",\"deliveries\"}]} (secrets are never listed)." };
        var command = new Command("list", "List saved alerts with their match and delivery counts.") { json };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var alerts = AlertStore.For(articleStore);
            var list = await alerts.ListAsync(cancellationToken).ConfigureAwait(false);
            var counts = await alerts.CountAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                WriteJson(list, counts);
                return ExitCodes.Success;
            }
            using var o = CliConsole.OpenStdout();
            if (list.Count == 0)
                o.WriteLine("no alerts (add one with: marsad alerts add QUERY)");
            foreach (var a in list)
            {
                var c = counts.GetValueOrDefault(a.Id) ?? new AlertCounts(0, 0, 0, 0, null);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Id,4}  {a.Name}  [{(a.MatchAll ? "all" : "any")}: {a.Query}]{Filters(a.Filter)}"));
                var last = c.LastMatch is { } t ? ", last " + t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "";
                var deliveries = a.Webhook is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; webhook {a.Webhook}: {c.Sent} sent, {c.Pending} pending, {c.Failed} failed");
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {c.Matches} matches{last}{deliveries}"));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Filters(ArticleFilter f)
    {
        var parts = new List<string>();
        if (f.From is { } from)
            parts.Add("from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (f.To is { } to)
            parts.Add("to " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var (label, value) in new[] { ("source", f.Source), ("agency", f.Agency), ("topic", f.Topic), ("entity", f.Entity) })
        {
            if (value is not null)
                parts.Add(label + " " + value);
        }
        return parts.Count == 0 ? "" : " " + string.Join(", ", parts);
    }

    private static void WriteJson(IReadOnlyList<Alert> list, IReadOnlyDictionary<long, AlertCounts> counts)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, SearchJson.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("alerts");
            foreach (var a in list)
            {
                var c = counts.GetValueOrDefault(a.Id) ?? new AlertCounts(0, 0, 0, 0, null);
                w.WriteStartObject();
                w.WriteNumber("id", a.Id);
                w.WriteString("name", a.Name);
                w.WriteString("query", a.Query);
                w.WriteString("match", a.MatchAll ? "all" : "any");
                w.WriteStartObject("filter");
                w.WriteString("from", a.Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("to", a.Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("source", a.Filter.Source);
                w.WriteString("agency", a.Filter.Agency);
                w.WriteString("topic", a.Filter.Topic);
                w.WriteString("entity", a.Filter.Entity);
                w.WriteEndObject();
                w.WriteString("webhook", a.Webhook);
                w.WriteString("created_at", a.CreatedAt);
                w.WriteNumber("matches", c.Matches);
                w.WriteStartObject("deliveries");
                w.WriteNumber("sent", c.Sent);
                w.WriteNumber("pending", c.Pending);
                w.WriteNumber("failed", c.Failed);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }
}
