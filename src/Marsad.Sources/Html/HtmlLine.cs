namespace Marsad.Sources.Html;

/// <summary>One line of a page's text: its words, what made it ("p", "h" for a heading, "li"), and how much of it is link text.</summary>
internal sealed record HtmlLine(string Text, string Kind, double LinkDensity)
{
    public bool IsHeading => Kind == "h";
}
