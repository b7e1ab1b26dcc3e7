using System.Text;
using System.Text.Json;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A news article as structured data: schema.org JSON-LD ("@type": "NewsArticle", "Article", "BlogPosting", …), as a news
/// site's API or a page's embedded metadata gives it — on its own, in an array, or in an "@graph". Its headline is the
/// title and the first line, its body ("articleBody", else "text", else "description") follows, HTML in it read as a web
/// page is; the day it was published, as the site wrote it, is its day. An events page's Events, a Telegram export, an X
/// archive's posts, a Mastodon archive's outbox, a news search's results and a WordPress site's posts are read too (below,
/// <see cref="TelegramExport"/>, <see cref="XArchive"/>, <see cref="Fediverse"/>, <see cref="NewsSearch"/> and <see cref="WordPress"/>);
/// other JSON is read for its text (<see cref="Structured"/>).
/// </summary>
internal static class ArticleJson
{
    public const string MediaType = "application/ld+json";

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
        "BlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "LiveBlogPosting",
    };

    /// <summary>
    /// Whether a text that came without a type is JSON this reads: an article's or an events page's JSON-LD (naming schema.org and
    /// the type), a Telegram export, an X archive's posts, a Mastodon archive's outbox, a news search's results or a WordPress site's posts.
    /// </summary>
    public static bool Is(string text)
    {
        var head = XArchive.Unwrapped(text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t'));
        if (head.Length == 0 || head[0] is not ('{' or '[')) return false;
        var linked = head.Contains("schema.org", StringComparison.OrdinalIgnoreCase);
        if (!linked && !head.Contains("\"messages\"", StringComparison.Ordinal) && !head.Contains("\"created_at\"", StringComparison.Ordinal) && !head.Contains("\"orderedItems\"", StringComparison.Ordinal) && !head.Contains("\"articles\"", StringComparison.Ordinal)
            && !head.Contains("\"rendered\"", StringComparison.Ordinal)) return false;
        using var document = Parse(head);
        return document is not null && (TelegramExport.Messages(document.RootElement) is not null || XArchive.Tweets(document.RootElement) is not null || Fediverse.Activities(document.RootElement) is not null
                                        || NewsSearch.Articles(document.RootElement) is not null
                                        || WordPress.Items(document.RootElement) is not null
                                        || (linked && (Article(document.RootElement) is not null || Events(document.RootElement).Count > 0)));
    }

    /// <summary>The JSON read, parsed once: an article, an events page's events, a Telegram export (<see cref="TelegramExport"/>), a YouTube caption track (<see cref="Subtitles"/>), an X archive (<see cref="XArchive"/>), a Mastodon outbox (<see cref="Fediverse"/>), a news search's results (<see cref="NewsSearch"/>) or a WordPress site's posts (<see cref="WordPress"/>).</summary>
    public static ReadDocument Read(string text)
    {
        using var document = Parse(XArchive.Unwrapped(text.TrimStart('\uFEFF'))) ?? ParseLines(text)
            ?? throw new DocumentRejectedException("The JSON is not well-formed.");
        if (TelegramExport.Messages(document.RootElement) is { } messages) return TelegramExport.Read(document.RootElement, messages);
        if (Subtitles.ReadCaptionTrack(document.RootElement) is { } captions) return captions;
        if (XArchive.Tweets(document.RootElement) is { } tweets) return XArchive.Read(tweets);
        if (Fediverse.Activities(document.RootElement) is { } activities) return Fediverse.Read(activities);
        if (NewsSearch.Articles(document.RootElement) is { } articles) return NewsSearch.Read(articles);
        if (WordPress.Items(document.RootElement) is { } posts) return WordPress.Read(posts);
        if (Article(document.RootElement) is not { } article)
            return Events(document.RootElement) is { Count: > 0 } events ? Agenda(document.RootElement, events)
            : Structured.ReadJson(document.RootElement);

        var headline = Text(article, "headline") ?? Text(article, "name");
        var body = Text(article, "articleBody") ?? Text(article, "text") ?? Text(article, "description") ?? "";
        if (WebPage.Marked(body)) body = WebPage.Fragment(body);
        var read = new StringBuilder();
        if (headline is not null) read.Append(headline).Append("\n\n");
        read.Append(body.Replace("\r\n", "\n", StringComparison.Ordinal));
        var published = Day(Text(article, "datePublished") ?? Text(article, "dateCreated") ?? Text(article, "dateModified"));
        return new ReadDocument(read.ToString().Trim(), MediaType, headline, published, ["read the article's headline and body from its JSON-LD; the rest of its metadata left out"]);
    }

    /// <summary>The JSON parsed leniently (trailing commas, comments), or null when it is not well-formed.</summary>
    internal static JsonDocument? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// JSON Lines, as a scraper or a log writes them ("{…}\n{…}\n", .jsonl, .ndjson): each line a value, parsed as an array of
    /// them; null when the text is not that (two lines or more, each opening an object or an array, each well-formed).
    /// </summary>
    internal static JsonDocument? ParseLines(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count >= 2 && lines.All(l => l[0] is '{' or '[') ? Parse("[" + string.Join(",\n", lines) + "]") : null;
    }

    /// <summary>
    /// An events page's schema.org Events read as an agenda (as an iCalendar file is): each under its start day, its name, where it
    /// was and its description; a cancelled or postponed one left out, as it did not take place then. The page's name is the
    /// title, the latest start day the document's day.
    /// </summary>
    private static ReadDocument Agenda(JsonElement root, List<JsonElement> events)
    {
        var entries = new List<(DateOnly? Day, string Text)>();
        var dropped = 0;
        foreach (var e in events)
        {
            if (Text(e, "eventStatus") is { } status && (status.EndsWith("EventCancelled", StringComparison.Ordinal) || status.EndsWith("EventPostponed", StringComparison.Ordinal))) { dropped++; continue; }
            var description = Text(e, "description") ?? "";
            if (WebPage.Marked(description)) description = WebPage.Fragment(description);
            if (Calendar.EntryText(Text(e, "name") ?? "", Place(e), description.Replace("\r\n", "\n", StringComparison.Ordinal)) is { } words) entries.Add((Days.Leading(Text(e, "startDate")), words));
        }

        if (entries.Count == 0) throw new DocumentRejectedException("The page's events are all cancelled or postponed: nothing in it took place.");
        var page = All(root).FirstOrDefault(x => x.TryGetProperty("@type", out var type) && Types(type).Any(t => t is "WebPage" or "CollectionPage" or "ItemList"));
        var name = page.ValueKind == JsonValueKind.Object ? Text(page, "name") : null;
        var days = entries.Where(x => x.Day is not null).Select(x => x.Day!.Value).ToList();
        List<string> notes = [$"read {Notes.Counted(entries.Count, "event")} of the page's JSON-LD, each under its day"];
        if (dropped > 0) notes.Add($"left out {Notes.Counted(dropped, "cancelled or postponed event")}");
        return new ReadDocument(Calendar.Agenda(name, entries), MediaType, name, days.Count > 0 ? days.Max().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null, notes);
    }

    /// <summary>Where an event was: its location's name and address (a string, or a PostalAddress's locality and country), or the location as text.</summary>
    private static string Place(JsonElement e)
    {
        if (!e.TryGetProperty("location", out var location)) return "";
        if (location.ValueKind == JsonValueKind.String) return location.GetString()!.Trim();
        if (location.ValueKind != JsonValueKind.Object) return "";
        var address = location.TryGetProperty("address", out var a)
            ? a.ValueKind == JsonValueKind.String ? a.GetString()!.Trim()
            : a.ValueKind == JsonValueKind.Object ? string.Join(", ", new[] { Text(a, "addressLocality"), Text(a, "addressCountry") }.OfType<string>()) : ""
            : "";
        return string.Join(", ", new[] { Text(location, "name"), address }.Where(x => !string.IsNullOrEmpty(x)).Distinct());
    }

    /// <summary>The events among the root, a root array's items and its "@graph": objects of schema.org's Event type or one of its kinds.</summary>
    private static List<JsonElement> Events(JsonElement root) =>
        [.. All(root).Where(x => x.TryGetProperty("@type", out var type) && Types(type).Any(t => t.EndsWith("Event", StringComparison.Ordinal) || t is "Festival"))];

    /// <summary>The root object, a root array's objects, and the objects of an "@graph".</summary>
    private static IEnumerable<JsonElement> All(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(All)) yield return item;
            yield break;
        }

        if (element.ValueKind != JsonValueKind.Object) yield break;
        yield return element;
        if (element.TryGetProperty("@graph", out var graph))
            foreach (var item in All(graph)) yield return item;
    }

    /// <summary>The first object of an article type: the root, an item of a root array, or an item of its "@graph".</summary>
    private static JsonElement? Article(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().Select(Article).FirstOrDefault(a => a is not null);
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains)) return element;
        return element.TryGetProperty("@graph", out var graph) ? Article(graph) : null;
    }

    private static IEnumerable<string> Types(JsonElement type) =>
        type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
            _ => [],
        };

    /// <summary>A string property as written, or null (for the exports read here: Telegram's, X's).</summary>
    internal static string? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Text(JsonElement article, string name) =>
        article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static string? Day(string? value) => Days.Iso(Days.Leading(value));
}
