using System.Text.Json;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An account's posts as Mastodon (or another ActivityPub server) exports them: the archive's outbox.json, an ActivityStreams
/// "OrderedCollection" of activities, each post a "Create" of a "Note" (or "Article") with its "published" time and its
/// "content" in HTML. Read as a channel is (<see cref="Posts"/>): oldest first, each post under its day (UTC), its HTML read
/// as text (a mention "@osce_odihr", a hashtag "#Kyrgyzstan", a link as it shows), a content warning before what it covers,
/// and the hashtags it closes on left out. Boosts ("Announce") are someone else's words and are left out; so are direct
/// messages, which only those named were meant to read. The account is the one the activities name as their actor.
/// </summary>
internal static class Fediverse
{
    private const string Public = "https://www.w3.org/ns/activitystreams#Public";

    /// <summary>The activities, when the JSON is an outbox: an object of type "OrderedCollection" (or a page of one) with "orderedItems".</summary>
    public static JsonElement? Activities(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && ArticleJson.Property(root, "type") is "OrderedCollection" or "OrderedCollectionPage"
        && root.TryGetProperty("orderedItems", out var items) && items.ValueKind == JsonValueKind.Array
            ? items
            : null;

    public static ReadDocument Read(JsonElement activities)
    {
        var posts = new List<(DateTimeOffset At, string Said)>();
        int boosts = 0, direct = 0;
        string? actor = null;
        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.ValueKind != JsonValueKind.Object) continue;
            var type = ArticleJson.Property(activity, "type");
            if (type is "Announce") { boosts++; continue; }
            if (type is not "Create" || !activity.TryGetProperty("object", out var note) || note.ValueKind != JsonValueKind.Object
                || ArticleJson.Property(note, "type") is not ("Note" or "Article" or "Question" or "Page")) continue;
            if (!Addressed(activity, "to").Concat(Addressed(activity, "cc")).Any(a => a == Public || a.EndsWith("/followers", StringComparison.Ordinal))) { direct++; continue; }
            if (!DateTimeOffset.TryParse(ArticleJson.Property(note, "published") ?? ArticleJson.Property(activity, "published"), System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var at)) continue;
            var content = ArticleJson.Property(note, "content") ?? "";
            var said = Posts.WithoutClosingHashtags(WebPage.Fragment(content));
            if (ArticleJson.Property(note, "summary") is { Length: > 0 } warning) said = $"{warning.Trim()}\n{said}";
            if (said.Trim().Length == 0) continue;
            posts.Add((at.ToUniversalTime(), said.Trim()));
            actor ??= ArticleJson.Property(activity, "actor");
        }

        if (posts.Count == 0) throw new DocumentRejectedException("The Mastodon archive has no public post of the account's own with text (only boosts or direct messages, or none).");
        var (text, span, last, kept) = Posts.Oldest(posts);
        List<string> notes = [$"read as a Mastodon (ActivityPub) archive: {Notes.Counted(kept, "post")}, oldest first, under their days (UTC)"];
        if (boosts > 0) notes.Add($"left out {Notes.Counted(boosts, "boost")} of other accounts' posts");
        if (direct > 0) notes.Add($"left out {Notes.Counted(direct, "direct message")}");
        return new ReadDocument(text, ArticleJson.MediaType, $"Posts by {Handle(actor) ?? "a Mastodon account"}, {span}", Days.Iso(last), notes);
    }

    /// <summary>An activity's addressees ("to", "cc"), one or many.</summary>
    private static IEnumerable<string> Addressed(JsonElement activity, string field) =>
        !activity.TryGetProperty(field, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
        : [];

    /// <summary>"https://mastodon.social/users/civilrightsdefenders" as its handle: "@civilrightsdefenders@mastodon.social".</summary>
    private static string? Handle(string? actor) =>
        Uri.TryCreate(actor, UriKind.Absolute, out var uri) && uri.Segments is [.., var name] && name.Trim('/') is { Length: > 0 } user
            ? $"@{user.TrimStart('@')}@{uri.Host}"
            : null;
}
