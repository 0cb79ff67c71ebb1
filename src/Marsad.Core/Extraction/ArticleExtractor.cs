using System.Security.Cryptography;
using System.Text;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Turns a <see cref="RawDocument"/> into the structure of an <see cref="Article"/>: headline, dateline, body
/// paragraphs, with boilerplate set aside. Pure: no I/O.
/// </summary>
public sealed class ArticleExtractor
{
    public static ArticleExtractor Default { get; } = new();

    public Article Extract(RawDocument document)
    {
        var content = ArabicNormalizer.Normalize(document.Content, NormalizationLevel.Display);
        var lines = content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var article = new Article
        {
            Id = document.Id ?? ContentId(document.Content),
            Url = document.Url,
            Source = new ArticleSource { Name = document.Source },
            Section = document.Section,
            Published = document.Published,
        };
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            article.Headline = ArabicNormalizer.Normalize(document.Title.Trim(), NormalizationLevel.Display);
        }
        else if (lines.Count > 0)
        {
            article.Headline = lines[0];
            lines.RemoveAt(0);
        }
        article.SetParagraphs(lines);
        return article;
    }

    /// <summary>A stable id for content that came without one: the first 16 hex digits of its SHA-256.</summary>
    public static string ContentId(string content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(content), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
