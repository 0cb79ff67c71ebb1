using System.Text;
using AngleSharp.Dom;

namespace Marsad.Sources.Html;

/// <summary>
/// Turns a DOM subtree into text lines the way a reader sees them: one line per paragraph, heading, list item or
/// table row; <c>&lt;br&gt;</c> breaks a line; whitespace collapsed; scripts, styles, forms' controls, hidden elements
/// and photo captions left out.
/// </summary>
internal static class HtmlLines
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "video", "audio", "canvas",
        "button", "select", "option", "input", "textarea", "label", "figcaption", "head", "title", "meta", "link", "map",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li",
        "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "form",
        "fieldset", "address", "hr", "center", "details", "summary", "body", "html",
    };

    /// <summary>The lines of <paramref name="root"/>, with the elements in <paramref name="exclude"/> left out.</summary>
    public static List<HtmlLine> From(IElement root, ISet<IElement>? exclude = null)
    {
        var walker = new Walker(exclude);
        walker.Visit(root);
        walker.Flush();
        return walker.Lines;
    }

    /// <summary>True for elements never shown as text: scripts, controls, hidden elements.</summary>
    public static bool IsSkipped(IElement e) =>
        Skipped.Contains(e.LocalName) || e.HasAttribute("hidden")
        || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (e.GetAttribute("style") is { } style && IsHiddenStyle(style));

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsBlock(IElement e) => Blocks.Contains(e.LocalName);

    private sealed class Walker(ISet<IElement>? exclude)
    {
        private readonly StringBuilder _line = new();
        private int _linkChars;
        private int _linkDepth;
        private string _kind = "p";

        public List<HtmlLine> Lines { get; } = [];

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    AppendText(text.Data, _linkDepth > 0);
                    return;
                case IElement e:
                    VisitElement(e);
                    return;
                default:
                    return;
            }
        }

        private void VisitElement(IElement e)
        {
            if (IsSkipped(e) || (exclude is not null && exclude.Contains(e)))
                return;
            var name = e.LocalName;
            if (name is "br")
            {
                Flush();
                return;
            }
            var block = IsBlock(e);
            if (block)
            {
                Flush();
                _kind = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? "h" : name is "li" ? "li" : "p";
            }
            else if (name is "td" or "th" && _line.Length > 0)
            {
                _line.Append(' ');
            }
            if (name is "a")
                _linkDepth++;
            foreach (var child in e.ChildNodes)
                Visit(child);
            if (name is "a")
                _linkDepth--;
            if (block)
                Flush();
        }

        private void AppendText(string data, bool link)
        {
            var before = _line.Length;
            foreach (var c in data)
            {
                // NBSP and the other Unicode spaces are word separators in scraped Arabic too
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                        _line.Append(' ');
                }
                else
                {
                    _line.Append(c);
                }
            }
            if (link)
                _linkChars += _line.Length - before;
        }

        public void Flush()
        {
            var text = _line.ToString().Trim();
            if (text.Length > 0)
                Lines.Add(new HtmlLine(text, _kind, Math.Min(1.0, _linkChars / (double)Math.Max(text.Length, 1))));
            _line.Clear();
            _linkChars = 0;
            _kind = "p";
        }
    }
}
