using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A news agency's story as its wire delivers it: IPTC's NITF (<c>&lt;nitf&gt;</c>) or a NewsML-G2 news item
/// (<c>&lt;newsItem&gt;</c>) holding NITF or XHTML inline. Read as the story prints: its headline and sub-headline, its byline,
/// then its paragraphs, the first one opening on the dateline ("TASHKENT, Dec 4, 2026 (AFP) - The OSCE …"); the issue day
/// (<c>date.issue</c>, else the publication or story day; a G2 item's <c>contentCreated</c> or <c>versionCreated</c>) is the
/// document's day. Identifiers, keywords, subject codes, rights and the desk's tagline go.
/// </summary>
internal static class NewsItem
{
    public const string Nitf = "text/vnd.iptc.nitf";
    public const string NewsMLG2 = "application/vnd.iptc.g2.newsitem+xml";

    /// <summary>Whether a text that came without a type, or as XML, is an NITF story or a NewsML-G2 news item (by its root element).</summary>
    public static string? TypeOf(string text) => XmlText.Root(text)?.Name switch
    {
        "nitf" => Nitf,
        "newsItem" => NewsMLG2,
        _ => null,
    };

    public static ReadDocument Read(string text, string mediaType)
    {
        var root = XmlText.Load(text, "news item").Root!;

        if (root.Name.LocalName == "nitf") return Story(root, mediaType, null);
        if (root.Name.LocalName != "newsItem") throw new DocumentRejectedException("This XML is neither an NITF story nor a NewsML-G2 news item.", 415);

        // NewsML-G2: the metadata around, the story inline (NITF, or an XHTML page read as a web page is)
        var day = Day(First(root, "contentCreated")?.Value) ?? Day(First(root, "versionCreated")?.Value);
        var headline = Words(First(root, "headline"));
        var inline = First(root, "inlineXML") ?? throw new DocumentRejectedException("The news item carries no inline text (only remote content, which is not fetched).");
        if (inline.Elements().FirstOrDefault() is { } nitf && nitf.Name.LocalName == "nitf") return Story(nitf, mediaType, day) with { Title = headline ?? Title(nitf) };
        var page = inline.Elements().FirstOrDefault() is { } html && html.Name.LocalName is "html" or "body" or "div" or "article"
            ? WebPage.Read(html.ToString(SaveOptions.DisableFormatting)).Text
            : Words(inline) ?? "";
        if (page.Length == 0) throw new DocumentRejectedException("The news item has no text.");
        return new ReadDocument(headline is null ? page : $"{headline}\n\n{page}", mediaType, headline, Iso(day),
            ["read a NewsML-G2 news item: its headline and inline text; identifiers, subjects and rights left out"]);
    }

    private static ReadDocument Story(XElement nitf, string mediaType, DateOnly? fallback)
    {
        var head = First(nitf, "body.head");
        var lines = new List<string>();
        foreach (var hl in Descendants(head, null).Where(e => e.Name.LocalName is "hl1" or "hl2"))
            if (Words(hl) is { } line) lines.Add(line);
        if (First(head, "byline") is { } byline && Words(byline) is { } by) lines.Add(by);
        if (First(head, "abstract") is { } @abstract) lines.AddRange(Paragraphs(@abstract));

        var paragraphs = Paragraphs(First(nitf, "body.content")).ToList();
        if (paragraphs.Count == 0) throw new DocumentRejectedException("The NITF story has no paragraphs in its body.content.");
        // (a wire's first paragraph opens on its dateline: "TASHKENT, Dec 4, 2026 (AFP) - The OSCE …")
        if (First(head, "dateline") is { } dateline && Words(dateline) is { } place) paragraphs[0] = $"{place} {paragraphs[0]}";

        var day = Day(First(nitf, "date.issue")?.Attribute("norm")?.Value)
            ?? Day(First(nitf, "pubdata")?.Attribute("date.publication")?.Value)
            ?? Day(First(nitf, "story.date")?.Attribute("norm")?.Value)
            ?? fallback;
        return new ReadDocument(string.Join("\n\n", lines.Concat(paragraphs)), mediaType, Title(nitf), Iso(day),
            ["read an NITF story: headlines, byline, dateline and paragraphs; identifiers, keywords and the desk's tagline left out"]);
    }

    private static string? Title(XElement nitf) => Words(First(First(nitf, "head"), "title")) ?? Words(First(nitf, "hl1"));

    /// <summary>The paragraphs of a block: its <c>p</c> elements (and in-body headings) in order, each its words on one line.</summary>
    private static IEnumerable<string> Paragraphs(XElement? block) =>
        Descendants(block, null).Where(e => e.Name.LocalName is "p" or "hl2" && !e.Ancestors().Any(a => a.Name.LocalName == "p"))
            .Select(Words).OfType<string>();

    private static IEnumerable<XElement> Descendants(XElement? parent, string? name) =>
        parent?.Descendants().Where(e => name is null || e.Name.LocalName == name) ?? [];

    private static XElement? First(XElement? parent, string name) => Descendants(parent, name).FirstOrDefault();

    /// <summary>An element's text as it prints, its runs of white space (the XML's indentation among them) one space; null when it has none.</summary>
    private static string? Words(XElement? element) =>
        element is null || string.Join(' ', string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is not { Length: > 0 } words
            ? null
            : words;

    /// <summary>
    /// The day of an IPTC date: ISO 8601 basic ("20261204T101500+0500", "20261204") or extended ("2026-12-04T10:15:00+05:00"),
    /// as the agency wrote it, not moved to another zone.
    /// </summary>
    private static DateOnly? Day(string? value)
    {
        if (value is null) return null;
        var digits = value.Trim().Replace("-", "", StringComparison.Ordinal);
        return digits.Length >= 8 && DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
