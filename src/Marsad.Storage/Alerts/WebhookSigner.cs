using System.Security.Cryptography;
using System.Text;

namespace Marsad.Storage.Alerts;

/// <summary>
/// Signs webhook bodies: <c>X-Marsad-Signature: sha256=HEX</c>, the HMAC-SHA256 of the exact body bytes under the alert's
/// secret (as GitHub signs its webhooks). A receiver recomputes it and compares in constant time.
/// </summary>
public static class WebhookSigner
{
    /// <summary>The header that carries the signature.</summary>
    public const string SignatureHeader = "X-Marsad-Signature";

    /// <summary>The header that names the delivery ("alert:article"), the same on every retry, for receivers to drop repeats.</summary>
    public const string DeliveryHeader = "X-Marsad-Delivery";

    /// <summary>The header value for <paramref name="body"/>: "sha256=" and 64 lower-case hex digits.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether <paramref name="signature"/> is the right one for <paramref name="body"/> (constant-time comparison).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? signature)
    {
        if (signature is null)
            return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
