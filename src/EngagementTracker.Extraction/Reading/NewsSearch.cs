using System.Text.Json;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A news search's results as a news API returns them (NewsAPI's "articles", and the many services shaped like it): each
/// article read as a feed's item is, under the day it was published, its title, then its description and its content. The
/// description is left out when the content already says it (as it mostly opens the story); the "[+1873 chars]" a free plan
/// puts where it cuts the content goes, the cut itself ("… stressed t…") stays. The latest day is the document's.
/// </summary>
internal static partial class NewsSearch
{
    /// <summary>The results' articles, when the JSON is a news search's: an object with an "articles" array whose first entry has a "title" and a "publishedAt".</summary>
    public static JsonElement? Articles(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array
        && articles.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
        && first.TryGetProperty("title", out _) && first.TryGetProperty("publishedAt", out _)
            ? articles
            : null;

    /// <summary>The results read, their JSON parsed once by <see cref="ArticleJson"/>, which found the <paramref name="articles"/>.</summary>
    public static ReadDocument Read(JsonElement articles)
    {
        var cut = 0;
        var (text, days, kept) = Posts.Entries(articles.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(article =>
        {
            var content = Plain(ArticleJson.Property(article, "content"));
            if (Truncation().Match(content) is { Success: true } mark)
            {
                content = content[..mark.Index].TrimEnd();
                cut++;
            }

            var description = Plain(ArticleJson.Property(article, "description"));
            var words = description.Length == 0 || Said(content, description) ? content
                : content.Length == 0 || Said(description, content) ? description
                : description + "\n\n" + content;
            return (Days.Leading(ArticleJson.Property(article, "publishedAt")), ArticleJson.Property(article, "title")?.Trim() is { Length: > 0 } title ? title : null, words);
        }));
        if (kept == 0) throw new DocumentRejectedException("The news search has no article with a title or text.");
        List<string> notes = [$"read a news search's results: {Notes.Counted(kept, "article")}, each under its day and title; sources, links and images left out"];
        if (cut > 0) notes.Add($"the content of {Notes.Counted(cut, "article")} was cut short by the service: read as far as it goes");
        return new ReadDocument(text, ArticleJson.MediaType, kept == 1 ? ArticleJson.Property(articles[0], "title")?.Trim() : Posts.Spanned(kept, "news article", days), Days.Iso(days.Count > 0 ? days.Max() : null), notes);
    }

    /// <summary>A value as text: HTML in it read as a web page is, line ends as "\n".</summary>
    private static string Plain(string? value) =>
        value is null ? ""
        : (WebPage.Marked(value) ? WebPage.Fragment(value) : value)
            .Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>Whether <paramref name="text"/> already says <paramref name="passage"/> (spaces aside, its closing stop aside).</summary>
    private static bool Said(string text, string passage)
    {
        var words = Spaces().Replace(passage, " ").TrimEnd('.', ' ', '…');
        return words.Length > 0 && Spaces().Replace(text, " ").Contains(words, StringComparison.Ordinal);
    }

    /// <summary>Where a service cut an article's content: "… [+1873 chars]" at its end.</summary>
    [GeneratedRegex(@"\s*\[\+\d+ chars\]\s*$")]
    private static partial Regex Truncation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
