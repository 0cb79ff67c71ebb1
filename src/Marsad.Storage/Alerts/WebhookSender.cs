using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Serialization;

namespace Marsad.Storage.Alerts;

/// <summary>
/// POSTs one match to its alert's webhook: a JSON body (the alert, the delivery id and the article as
/// <c>marsad analyze</c> prints it), signed with the alert's secret. Redirects are not followed (a webhook URL should
/// be the endpoint itself), and any status but 2xx is a failure to retry.
/// </summary>
internal sealed class WebhookSender(HttpClient http)
{
    public const string UserAgent = "Marsad-Alerts/0.1 (+https://github.com/marsad; webhook)";

    /// <summary>Sends <paramref name="delivery"/>; returns null when the receiver accepted it, else what went wrong.</summary>
    public async Task<string?> SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var body = Body(delivery);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Alert.Webhook) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.TryAddWithoutValidation(WebhookSigner.SignatureHeader, WebhookSigner.Sign(delivery.Alert.Secret, body));
        request.Headers.TryAddWithoutValidation(WebhookSigner.DeliveryHeader, DeliveryId(delivery));
        request.Headers.TryAddWithoutValidation("X-Marsad-Event", "alert.match");
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timed out";
        }
    }

    public static string DeliveryId(WebhookDelivery delivery) =>
        string.Create(CultureInfo.InvariantCulture, $"{delivery.Alert.Id}:{delivery.Article.Id}");

    /// <summary>The JSON body, as UTF-8 bytes (the signature covers exactly these).</summary>
    public static byte[] Body(WebhookDelivery delivery)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event", "alert.match");
            json.WriteString("delivery", DeliveryId(delivery));
            json.WriteStartObject("alert");
            json.WriteNumber("id", delivery.Alert.Id);
            json.WriteString("name", delivery.Alert.Name);
            json.WriteString("query", delivery.Alert.Query);
            json.WriteEndObject();
            json.WriteString("matched_at", delivery.MatchedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WritePropertyName("article");
            json.WriteRawValue(ArticleJson.Serialize(delivery.Article), skipInputValidation: true);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
