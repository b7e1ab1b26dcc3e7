using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A saved web page: the article (<c>article</c>, else <c>main</c>, else the body) as text, without scripts, styles,
/// navigation, site headers and footers, forms, menus (lists whose items are links and nothing else, or links and a
/// date: a "Latest news" column), or what the page's own markup names as furniture beside the article — readers'
/// comments, sidebars and widgets, "Read also" and related-content boxes, share bars, cookie notices, breadcrumbs,
/// pull quotes (they repeat the article). A footnote marker (<c>&lt;sup&gt;2&lt;/sup&gt;</c>) reads "[2]", as a
/// plain text's would.
/// </summary>
internal static class WebPage
{
    private const string Noise = "script, style, noscript, template, iframe, svg, form, nav, aside, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "br",
    };

    /// <summary>Whether an element that opens a document is a web page's ("html", "body", a block such as "div" or "p"): a fragment of a page, not XML of another kind.</summary>
    public static bool Opens(string element) => element.ToLowerInvariant() is "html" or "body" or "span" or "a" or "b" or "i" or "strong" or "em" || Blocks.Contains(element);

    /// <summary>A fragment of HTML (a feed item's body, a post's rendered content) read as a page with only it in its body would be.</summary>
    public static string Fragment(string html) => Read($"<html><body>{html}</body></html>").Text;

    /// <summary>Whether a value holds markup ("&lt;" and "&gt;"), to be read as a <see cref="Fragment"/>.</summary>
    public static bool Marked(string value) => value.Contains('<', StringComparison.Ordinal) && value.Contains('>', StringComparison.Ordinal);

    public static ReadDocument Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("article") ?? document.QuerySelector("main, [role=main]") ?? Paragraphs(document.Body) ?? document.Body ?? document.DocumentElement;
        var title = Meta(document, "og:title") ?? Clean(root.QuerySelector("h1")?.TextContent) ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);
        var published = Meta(document, "article:published_time") ?? root.QuerySelector("time[datetime]")?.GetAttribute("datetime") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        // (the data a script builds the page from, read before scripts go)
        var data = document.QuerySelector("script#__NEXT_DATA__, script#__NUXT_DATA__")?.TextContent;
        var removed = 0;
        foreach (var element in root.QuerySelectorAll(Noise).ToList()) { element.Remove(); removed++; }
        foreach (var element in root.QuerySelectorAll("header, footer").Where(e => e.Closest("article") is null).ToList()) { element.Remove(); removed++; }
        // (what the markup names furniture is dropped only while it is the lesser part of the page: a channel whose every post is a
        // "widget_message" keeps its posts)
        var furniture = root.QuerySelectorAll("*").Where(e => IsFurniture(e) && e.QuerySelector("h1") is null).ToList();
        furniture = [.. furniture.Where(e => !furniture.Any(outer => outer != e && outer.Contains(e)))];
        if (furniture.Sum(e => Normalise(e.TextContent).Length) <= 0.6 * Normalise(root.TextContent).Length)
            foreach (var element in furniture) { element.Remove(); removed++; }

        foreach (var list in root.QuerySelectorAll("ul, ol").Where(IsMenu).ToList()) { list.Remove(); removed++; }

        var clean = TextOf(root);
        List<string> notes = removed > 0 ? [$"dropped {removed} navigation, menu, script or page-furniture elements"] : [];
        // a page a script fills in (Next.js, Nuxt): saved, it shows a skeleton, and its article is in the data the script builds it
        // from (<script id="__NEXT_DATA__" type="application/json">): the prose there, in order, under the page's title
        if (clean.Length < 400 && data is not null && Prose(data) is { Count: > 0 } prose && prose.Sum(p => p.Length) > clean.Length)
        {
            clean = string.Join("\n\n", (title is null ? prose : prose.Prepend(title)).Distinct());
            notes.Add($"the page shows only a skeleton: read {Notes.Counted(prose.Count, "paragraph")} from the data its script fills it in with");
        }

        return new ReadDocument(clean, "text/html", title, Days.Iso(Days.Leading(published)) ?? DateLine(clean), notes);
    }

    /// <summary>
    /// The prose in a page's data, in the order the data has it: strings of eight words or more that end a sentence, HTML among them
    /// read as a page's text; not names, slugs, links or labels.
    /// </summary>
    private static List<string> Prose(string json)
    {
        using var parsed = ArticleJson.Parse(json);
        var found = new List<string>();
        if (parsed is not null) Collect(parsed.RootElement, found);
        return [.. found.Distinct()];

        static void Collect(System.Text.Json.JsonElement element, List<string> found)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Collect(property.Value, found);
                    break;
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Collect(item, found);
                    break;
                case System.Text.Json.JsonValueKind.String when element.GetString() is { } value:
                    var words = value.Contains('<', StringComparison.Ordinal) && value.Contains("</", StringComparison.Ordinal) ? TextOf(new HtmlParser().ParseDocument($"<html><body>{value}</body></html>").Body!) : value.Trim();
                    if (words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 8 && words.TrimEnd('"', '”', '’', ')') is [.., '.' or '!' or '?'] && !words.StartsWith("http", StringComparison.Ordinal))
                        found.Add(words);
                    break;
            }
        }
    }

    /// <summary>
    /// A chapter of an e-book (an XHTML file of an EPUB), which has no site's furniture around it: its whole body as text, but for
    /// scripts, styles, navigation and asides (a pull quote repeats the text; a footnote's aside is not the text), and for the
    /// arrows that lead back from a note ("↩").
    /// </summary>
    public static string Chapter(string xhtml)
    {
        var document = new HtmlParser().ParseDocument(xhtml);
        var root = document.Body ?? document.DocumentElement;
        foreach (var element in root.QuerySelectorAll(Noise).Concat(root.QuerySelectorAll("a").Where(a => Normalise(a.TextContent) is "↩" or "↩︎" or "↑" or "⤴")).ToList()) element.Remove();
        return TextOf(root);
    }

    /// <summary>The element's text: a block a line, a paragraph or heading followed by an empty line, no more than one empty line in a row.</summary>
    private static string TextOf(IElement root)
    {
        var text = new StringBuilder();
        Append(root, text);
        var clean = string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim()))
            .Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        while (clean.Contains("\n\n\n", StringComparison.Ordinal)) clean = clean.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return clean.Trim();
    }

    /// <summary>
    /// A page that marks no article: the element holding most of its paragraphs' text, widened to the elements around it while they
    /// add no more than a headline, a date and a byline would, or mostly paragraphs ("Other news" columns, a site's menus and
    /// footers stay outside).
    /// </summary>
    private static IElement? Paragraphs(IElement? body)
    {
        if (body is null) return null;
        var best = body.QuerySelectorAll("p").Select(p => (Parent: p.ParentElement, Length: Normalise(p.TextContent).Length)).Where(p => p.Parent is not null && p.Length >= 40)
            .GroupBy(p => p.Parent!).Select(g => (Container: g.Key, Length: g.Sum(p => p.Length))).OrderByDescending(g => g.Length).FirstOrDefault();
        if (best.Container is null || best.Length < 200) return null;
        var container = best.Container;
        // (or while what they add is more paragraphs than anything else: a site that wraps each paragraph in a block of its own)
        while (container.ParentElement is { } wider && wider != body
               && Normalise(wider.TextContent).Length - Normalise(container.TextContent).Length is var added
               && (added <= Math.Min(200, Normalise(container.TextContent).Length / 4) || ParagraphText(wider) - ParagraphText(container) is var more && more * 2 >= added))
            container = wider;
        return container;

        static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Where(p => p.ParentElement?.Closest("p") is null).Sum(p => Normalise(p.TextContent).Length);
    }

    /// <summary>A line of its own near the top that is only a date ("20.02.2026", "May 12, 2026"): when the page was published.</summary>
    private static string? DateLine(string text)
    {
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(8))
        {
            var first = line.Split(' ', 2)[0];
            if (DateTime.TryParseExact(first, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                || DateTime.TryParseExact(line.Length <= 20 ? line : "", ["d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day))
                return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    // class and id words that name page furniture, whole or as a hyphenated part ("comment-list", "widget-area",
    // "read-also"); an element also named as content ("content-sidebar-wrap", "post-comments-body") is kept
    private static readonly Regex FurnitureName = new(
        @"^(?:.*[-_])?(?:comments?|disqus|sidebar|secondary|widgets?|related|read-?also|see-?also|more-?news|most-?read|most-?popular|latest-?news|share|sharing|social|cookies?|gdpr|consent|breadcrumbs?|newsletter|subscribe|donate|promo|adverts?|advertisement|pagination|pager|popup|pull-?quote|colophon|tags)(?:[-_].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ContentName = new(@"^(?:.*[-_])?(?:content|main|article|body|post|entry|story)(?:[-_].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool IsFurniture(IElement element)
    {
        var names = element.ClassList.Append(element.Id ?? "").Where(n => n.Length > 0).ToList();
        return names.Any(n => FurnitureName.IsMatch(n)) && !names.Any(n => ContentName.IsMatch(n));
    }

    // a list of links, each alone or with a date or a count beside it: a menu, or a column of other articles' headlines
    private static bool IsMenu(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count < 3) return false;
        var linksOnly = items.Count(li => li.QuerySelector("a") is { } && (Aside(li).Length <= 2 || Dated.IsMatch(Aside(li))));
        return linksOnly >= items.Count * 0.8;

        static string Aside(IElement li) => li.QuerySelectorAll("a").Aggregate(Normalise(li.TextContent), (rest, a) => rest.Replace(Normalise(a.TextContent), "", StringComparison.Ordinal)).Trim();
    }

    private static readonly Regex Year = new(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant);

    private static readonly Regex Dated = new(@"^[\p{P}\s]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d+)(?:[\s,]+\d{1,2}:\d{2})?[\p{P}\s]*$", RegexOptions.CultureInvariant);

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t when t.Data.Length > 0 && string.IsNullOrWhiteSpace(t.Data):
                    // the space between two inline elements ("<a>…</a> <span>…</span>") keeps their words apart
                    if (text.Length > 0 && !char.IsWhiteSpace(text[^1])) text.Append(' ');
                    break;
                case IText t:
                    var value = Normalise(t.Data);
                    if (value.Length > 0)
                    {
                        if (text.Length > 0 && !char.IsWhiteSpace(text[^1]) && char.IsWhiteSpace(t.Data[0])) text.Append(' ');
                        text.Append(value);
                        if (char.IsWhiteSpace(t.Data[^1])) text.Append(' ');
                    }

                    break;
                case IElement { LocalName: "sup" } e when Normalise(e.TextContent) is { Length: >= 1 and <= 3 } mark && mark.All(char.IsAsciiDigit)
                                                          && (text.Length == 0 || !char.IsAsciiDigit(text[^1])):
                    text.Append('[').Append(mark).Append(']');
                    break;
                // "<time datetime="2026-03-10T11:24:05+00:00">11:24</time>": a time the page shows without its day reads with it
                case IElement { LocalName: "time" } e when Days.Leading(e.GetAttribute("datetime")) is { } day && !Year.IsMatch(e.TextContent):
                    if (text.Length > 0 && !char.IsWhiteSpace(text[^1])) text.Append(' ');
                    text.Append(Days.Written(day));
                    if (Normalise(e.TextContent) is { Length: > 0 } shown) text.Append(", ").Append(shown);
                    break;
                // "<tr><td>12 February 2026</td><td>Head of Mission … met …</td></tr>": a data table's row reads as one line, "cell | cell",
                // as a Markdown table's does (a layout table's row, its cells holding blocks of their own, reads cell by cell)
                case IElement { LocalName: "tr" } row when row.Children.Length >= 2
                                                         && row.Children.All(c => c.LocalName is "td" or "th" && c.QuerySelector("p, div, table, ul, ol, li, h1, h2, h3, h4, h5, h6, br, blockquote") is null):
                    text.Append('\n');
                    for (var k = 0; k < row.Children.Length; k++)
                    {
                        var cell = new StringBuilder();
                        Append(row.Children[k], cell);
                        text.Append(k > 0 ? " | " : "").Append(Normalise(cell.ToString()));
                    }

                    text.Append('\n');
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

}
