using System.Net;
using System.Text.Json;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A site's posts as its WordPress REST API gives them (/wp-json/wp/v2/posts, or one post): each read as a feed's item is, under
/// the day it was published (as the site dates it), its title, then its content, the rendered HTML read as a web page is. The
/// excerpt (which repeats the content's opening), links, authors' and categories' numbers and other metadata are left out.
/// </summary>
internal static class WordPress
{
    /// <summary>The posts, when the JSON is a WordPress API's: a post, or an array of them, each with a "date" and a "title" and a "content" holding "rendered" HTML.</summary>
    public static IReadOnlyList<JsonElement>? Items(JsonElement root)
    {
        List<JsonElement> items = root.ValueKind switch
        {
            JsonValueKind.Array => [.. root.EnumerateArray()],
            JsonValueKind.Object => [root],
            _ => [],
        };
        return items.Count > 0 && items.All(IsPost) ? items : null;
    }

    /// <summary>The posts read, their JSON parsed once by <see cref="ArticleJson"/>, which found them.</summary>
    public static ReadDocument Read(IReadOnlyList<JsonElement> posts)
    {
        var (text, days, kept) = Posts.Entries(posts.Select(post => (
            Days.Leading(ArticleJson.Property(post, "date")),
            Rendered(post, "title") is { } title && Plain(title) is { Length: > 0 } plain ? plain : null,
            Rendered(post, "content") is { } content ? WebPage.Fragment(content) : "")));
        if (kept == 0) throw new DocumentRejectedException("The WordPress posts have no title or text.");
        var title = kept == 1 ? Rendered(posts[0], "title") is { } only ? Plain(only) : null
            : Posts.Spanned(kept, "post", days);
        return new ReadDocument(text, ArticleJson.MediaType, title, Days.Iso(days.Count > 0 ? days.Max() : null),
            [$"read {Notes.Counted(kept, "post")} of a WordPress site's API, each under its day and title; excerpts, links and metadata left out"]);
    }

    private static bool IsPost(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && ArticleJson.Property(item, "date") is not null && Rendered(item, "title") is not null && Rendered(item, "content") is not null;

    /// <summary>A field WordPress renders: its "rendered" HTML ("title": {"rendered": "…"}).</summary>
    private static string? Rendered(JsonElement item, string name) =>
        item.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Object ? ArticleJson.Property(field, "rendered") : null;

    /// <summary>A rendered title as its words: entities decoded ("&amp;#8211;" a dash), tags and spaces tidied.</summary>
    private static string Plain(string rendered) =>
        string.Join(' ', WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(rendered, "<[^>]+>", "")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
