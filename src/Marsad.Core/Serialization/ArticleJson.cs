using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Serialization;

/// <summary>The JSON of INTERFACES.md: snake_case names, every field present (null or empty when unknown), Arabic unescaped.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ArticleJsonContext.Default,
    };

    /// <summary>Indented variant for <c>--out json</c>.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = new(Options) { WriteIndented = true };

    public static string Serialize(Article article, bool indented = false) =>
        JsonSerializer.Serialize(article, indented ? IndentedOptions : Options);

    public static Article? Deserialize(string json) => JsonSerializer.Deserialize<Article>(json, Options);
}

[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(List<Article>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
