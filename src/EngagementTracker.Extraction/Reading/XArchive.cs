using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An account's posts as X (Twitter) exports them: the archive's tweets.js ("window.YTD.tweets.part0 = [ { "tweet": { … } } ]"),
/// or the same posts as a JSON array, each with its "created_at" and "full_text". Read as a channel is (<see cref="Posts"/>):
/// oldest first, each post under its day (as X stamps it, in UTC), with the archive's escapes ("&amp;amp;") read as what they
/// stand for. Reposts ("RT @…") are someone else's words and are left out; so are the names a reply opens on and the links
/// X appends for a post's media. The accounts a post tags follow the posts, each as "Name (@handle)", so that a handle reads
/// as whom it names. The archive does not name its own account: the title says what it is and the days it spans.
/// </summary>
internal static partial class XArchive
{
    /// <summary>The posts, when the JSON is an array of them: items with a "created_at" and a "full_text" (or "text"), or an archive's {"tweet": …} around them.</summary>
    public static List<JsonElement>? Tweets(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array) return null;
        var tweets = root.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("tweet", out var inner) ? inner : item)
            .Where(t => t.ValueKind == JsonValueKind.Object && ArticleJson.Property(t, "created_at") is not null && (ArticleJson.Property(t, "full_text") ?? ArticleJson.Property(t, "text")) is not null)
            .ToList();
        return tweets.Count > 0 ? tweets : null;
    }

    /// <summary>The JSON an archive's script holds: what follows "window.YTD.tweets.part0 = "; the text itself when it is no such script.</summary>
    public static string Unwrapped(string text) =>
        Script().Match(text) is { Success: true } m ? text[m.Length..] : text;

    /// <summary>Whether the text is an archive's script.</summary>
    public static bool IsScript(string start) => Script().IsMatch(start);

    public static ReadDocument Read(List<JsonElement> tweets)
    {
        var posts = new List<(DateTimeOffset At, string Said)>();
        var tagged = new List<(string Name, string Handle)>();
        var reposts = 0;
        foreach (var tweet in tweets)
        {
            var said = WebUtility.HtmlDecode(ArticleJson.Property(tweet, "full_text") ?? ArticleJson.Property(tweet, "text") ?? "");
            if (said.StartsWith("RT @", StringComparison.Ordinal) || tweet.TryGetProperty("retweeted_status", out _)) { reposts++; continue; }
            if (ArticleJson.Property(tweet, "in_reply_to_screen_name") is not null) said = ReplyNames().Replace(said, "");
            said = MediaLinks().Replace(said, "").Trim();
            if (said.Length == 0 || !DateTimeOffset.TryParseExact(ArticleJson.Property(tweet, "created_at"), "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) continue;
            posts.Add((at.ToUniversalTime(), said));
            if (tweet.TryGetProperty("entities", out var entities) && entities.TryGetProperty("user_mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array)
                foreach (var mention in mentions.EnumerateArray())
                    if (ArticleJson.Property(mention, "name") is { Length: > 0 } name && ArticleJson.Property(mention, "screen_name") is { Length: > 0 } handle
                        && said.Contains("@" + handle, StringComparison.OrdinalIgnoreCase) && !tagged.Any(t => t.Handle.Equals(handle, StringComparison.OrdinalIgnoreCase)))
                        tagged.Add((name.Trim(), handle));
        }

        if (posts.Count == 0) throw new DocumentRejectedException("The X archive has no post of the account's own with text (only reposts, or none).");
        var (text, span, last, kept) = Posts.Oldest(posts);
        if (tagged.Count > 0) text += "\n\nAccounts tagged: " + string.Join("; ", tagged.Select(t => $"{t.Name} (@{t.Handle})")) + ".";
        List<string> notes = [$"read as an X archive: {Notes.Counted(kept, "post")}, oldest first, under their days (UTC){(tagged.Count > 0 ? $"; the {Notes.Counted(tagged.Count, "account")} they tag listed at the end by name" : "")}"];
        if (reposts > 0) notes.Add($"left out {Notes.Counted(reposts, "repost")} of other accounts");
        // (the archive does not name its account: the title says what it is and the days it spans)
        var title = $"Posts from an X archive, {span}";
        return new ReadDocument(text, ArticleJson.MediaType, title, Days.Iso(last), notes);
    }

    /// <summary>"window.YTD.tweets.part0 = ": the assignment an archive's script opens on.</summary>
    [GeneratedRegex(@"^\uFEFF?\s*window\.YTD\.[\w.]+\s*=\s*")]
    private static partial Regex Script();

    /// <summary>The handles a reply opens on ("@d_kaliyeva @osce Thank you …"): X adds them, the author did not write them.</summary>
    [GeneratedRegex(@"^(@\w+\s+)+")]
    private static partial Regex ReplyNames();

    /// <summary>The links X appends to a post for its media or a quoted post ("… at a critical point. https://t.co/Qm4TbL9zWe").</summary>
    [GeneratedRegex(@"(\s*https://t\.co/\w+)+\s*$")]
    private static partial Regex MediaLinks();
}
