using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A Telegram chat or channel as Telegram Desktop exports it in JSON ("Export chat history", result.json): the chat's
/// "name", its "type" and its "messages", each with its own "date" and a "text" that is a string or a run of strings and
/// formatted pieces ({"type": "bold", "text": …}, links, hashtags). Read as the WhatsApp export is: each day on a line of its
/// own above its messages, a message a paragraph, with its sender before it in a group ("Name: …") and without one in a
/// channel, where the channel is the only voice. Service messages (a pin, a join) and photos without a caption are left out;
/// a message's closing line of hashtags too. The chat's name is the title, its last message's day the document's day.
/// </summary>
internal static class TelegramExport
{
    /// <summary>The export's messages, when the JSON is a Telegram export: an object with a "messages" array whose first entry has an "id", a "type" and a "date".</summary>
    public static JsonElement? Messages(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
        && messages.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
        && first.TryGetProperty("id", out _) && ArticleJson.Property(first, "type") is not null && ArticleJson.Property(first, "date") is not null
            ? messages
            : null;

    /// <summary>The export read, its JSON parsed once by <see cref="ArticleJson"/>, which found its <paramref name="messages"/>.</summary>
    public static ReadDocument Read(JsonElement root, JsonElement messages)
    {
        var channel = ArticleJson.Property(root, "type") is "public_channel" or "private_channel";
        var (read, last, kept) = Posts.UnderDays(Said(messages, channel));
        if (kept == 0) throw new DocumentRejectedException("The Telegram export has no message with text.");
        return new ReadDocument(read, ArticleJson.MediaType, ArticleJson.Property(root, "name"), Days.Iso(last),
            [$"read as a Telegram export: {Notes.Counted(kept, "message")} under their days{(channel ? "" : ", each after its sender")}; service messages, captionless media and closing hashtags left out"]);
    }

    /// <summary>The messages with words, each with its day and, in a group, its sender.</summary>
    private static IEnumerable<(DateOnly, string?, string)> Said(JsonElement messages, bool channel)
    {
        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object || ArticleJson.Property(message, "type") != "message") continue;
            var said = Words(message);
            if (said.Length == 0 || Days.Leading(ArticleJson.Property(message, "date")) is not { } on) continue;
            yield return (on, channel ? null : ArticleJson.Property(message, "from"), said);
        }
    }

    /// <summary>A message's text: its pieces joined as shown, without a last line made only of hashtags.</summary>
    private static string Words(JsonElement message)
    {
        if (!message.TryGetProperty("text", out var text)) return "";
        var shown = new StringBuilder();
        var pieces = text.ValueKind == JsonValueKind.Array ? text.EnumerateArray().ToList() : [text];
        foreach (var piece in pieces)
            if (piece.ValueKind == JsonValueKind.String) shown.Append(piece.GetString());
            else if (piece.ValueKind == JsonValueKind.Object && ArticleJson.Property(piece, "text") is { } part) shown.Append(part);
        return Posts.WithoutClosingHashtags(shown.ToString());
    }
}
