using System.Globalization;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A news feed, RSS 2.0 or Atom: each item read as a dated entry of an archive page — its day on a line of its own, its title,
/// then its summary or content (HTML read as a web page is) — newest first as the feed has them. The channel's title is the
/// document's title, its newest item's day (else the day it was built) its day. Links, identifiers and categories go.
/// </summary>
internal static partial class Feed
{
    public const string Rss = "application/rss+xml";
    public const string Atom = "application/atom+xml";

    /// <summary>Whether a text that came without a type, or as XML, is a feed: its root element is <c>rss</c> or Atom's <c>feed</c>.</summary>
    public static string? TypeOf(string text) => XmlText.Root(text) switch
    {
        ("rss", _) => Rss,
        ("feed", AtomNamespace) => Atom,
        _ => null,
    };

    public static ReadDocument Read(string text, string mediaType)
    {
        var feed = XmlText.Load(text, "feed");
        var root = feed.Root!;
        var atom = root.Name.NamespaceName == AtomNamespace;
        var channel = atom ? root : root.Element("channel") ?? root;
        var items = atom ? channel.Elements(XName.Get("entry", AtomNamespace)) : channel.Elements("item");
        var (read, days, count) = Posts.Entries(items.Select(item =>
        {
            var body = Child(item, "content") ?? Child(item, "encoded") ?? Child(item, "description") ?? Child(item, "summary");
            return (DayOf(Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "updated") ?? Child(item, "date")), Child(item, "title"),
                    body is null ? "" : body.Contains('<', StringComparison.Ordinal) ? WebPage.Fragment(body) : body.Trim());
        }));

        if (count == 0) throw new DocumentRejectedException("The feed has no items.");
        var published = days.Count > 0 ? days.Max() : DayOf(Child(channel, "lastBuildDate") ?? Child(channel, "updated"));
        return new ReadDocument(read, mediaType, Child(channel, "title"), Days.Iso(published),
            [$"read {Notes.Counted(count, "feed item")}, each under its day and title; links and identifiers left out"]);
    }

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The text of an item's child of that local name, in any namespace (RSS's own, Atom's, Dublin Core's "date", "content:encoded").</summary>
    private static string? Child(XElement parent, string name)
    {
        var value = parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        return value.Contains('<', StringComparison.Ordinal) ? value : Spaces().Replace(value, " ");
    }

    /// <summary>
    /// The day of an RSS date (RFC 822: "Thu, 03 Dec 2026 13:40:00 +0100", read as an e-mail's Date is) or an Atom one (ISO 8601),
    /// as the feed wrote it, not moved to another zone.
    /// </summary>
    private static DateOnly? DayOf(string? value)
    {
        if (value is null) return null;
        if (value.Length >= 10 && char.IsDigit(value[0]) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return DateOnly.FromDateTime(iso.DateTime);
        return MailMessage.DayOf(value) is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
