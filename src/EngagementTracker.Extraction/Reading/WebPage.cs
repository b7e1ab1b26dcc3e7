using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A saved web page: the article (<c>article</c>, else <c>main</c>, else the body) as text, without scripts, styles,
/// navigation, site headers and footers, forms, or menus (lists whose items are links and nothing else).
/// </summary>
internal static class WebPage
{
    private const string Noise = "script, style, noscript, template, iframe, svg, form, nav, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "br",
    };

    public static ReadDocument Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("article") ?? document.QuerySelector("main, [role=main]") ?? document.Body ?? document.DocumentElement;
        var title = Meta(document, "og:title") ?? Clean(root.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);
        var published = Meta(document, "article:published_time") ?? root.QuerySelector("time[datetime]")?.GetAttribute("datetime") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        var removed = 0;
        foreach (var element in root.QuerySelectorAll(Noise).ToList()) { element.Remove(); removed++; }
        foreach (var element in root.QuerySelectorAll("header, footer").Where(e => e.Closest("article") is null).ToList()) { element.Remove(); removed++; }
        foreach (var list in root.QuerySelectorAll("ul, ol").Where(IsMenu).ToList()) { list.Remove(); removed++; }

        var text = new StringBuilder();
        Append(root, text);
        var clean = string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim()))
            .Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        while (clean.Contains("\n\n\n", StringComparison.Ordinal)) clean = clean.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return new ReadDocument(clean.Trim(), "text/html", title, DayOf(published), removed > 0 ? [$"dropped {removed} navigation, menu, script or page-furniture elements"] : []);
    }

    private static bool IsMenu(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count < 3) return false;
        var linksOnly = items.Count(li => li.QuerySelector("a") is { } a && Normalise(a.TextContent).Length >= Normalise(li.TextContent).Length - 2);
        return linksOnly >= items.Count * 0.8;
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    var value = Normalise(t.Data);
                    if (value.Length > 0)
                    {
                        if (text.Length > 0 && !char.IsWhiteSpace(text[^1]) && char.IsWhiteSpace(t.Data[0])) text.Append(' ');
                        text.Append(value);
                        if (char.IsWhiteSpace(t.Data[^1])) text.Append(' ');
                    }

                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Append(e, text);
                    text.Append(e.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" ? "\n\n" : "\n");
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }

    private static string Normalise(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : Normalise(value);

    private static string? Meta(IDocument document, string property) =>
        Clean(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

    private static string? DayOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? value[..10]
            : null;
}
