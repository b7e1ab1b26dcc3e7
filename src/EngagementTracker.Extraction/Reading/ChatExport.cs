using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A chat exported as text (WhatsApp's "[30/11/2026, 18:40] Name: …" or "30/11/2026, 18:40 - Name: …"): each day's messages
/// under the day on a line of its own, each message a paragraph "Name: text" (a message over several lines kept whole), and
/// what the export adds that nobody wrote ("&lt;Media omitted&gt;", "Messages and calls are end-to-end encrypted") left out.
/// Day and month are told apart by the export itself (a first number over 12 is a day); where nothing tells, day first.
/// </summary>
internal static partial class ChatExport
{
    /// <summary>Whether a text is a chat export: its first line, three or more lines, and most of its lines, open on a message's time stamp.</summary>
    public static bool Is(string text)
    {
        // (most texts fail on their first line: a chat's opens on a stamp)
        var first = text.AsSpan().TrimStart();
        var firstEnd = first.IndexOf('\n');
        if (!Stamp().IsMatch(firstEnd < 0 ? first : first[..firstEnd])) return false;
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).Take(200).ToList();
        var stamped = lines.Count(l => Stamp().IsMatch(l));
        return stamped >= 3 && stamped * 2 >= lines.Count;
    }

    public static ReadDocument Read(string text)
    {
        var messages = new List<(int A, int B, int Year, string Sender, StringBuilder Words)>();
        foreach (var line in text.Split('\n'))
        {
            if (Stamp().Match(line) is { Success: true } m)
                messages.Add((int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture),
                    Year(m.Groups["y"].Value), m.Groups["sender"].Value.Trim(), new StringBuilder(m.Groups["words"].Value.Trim())));
            else if (messages.Count > 0 && line.Trim().Length > 0) messages[^1].Words.Append('\n').Append(line.Trim());
        }

        // (which of the two numbers is the day: the one that is ever over 12; else, as most of the world writes, the first)
        var monthFirst = messages.Any(x => x.B > 12) && messages.All(x => x.A <= 12);
        var kept = new List<(DateOnly, string?, string)>();
        foreach (var (a, b, year, sender, words) in messages)
        {
            var said = words.ToString().Trim();
            if (Unwritten().IsMatch(said)) continue;
            var (day, month) = monthFirst ? (b, a) : (a, b);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            kept.Add((new DateOnly(year, month, day), sender, said));
        }

        var (whole, last, count) = Posts.UnderDays(kept);
        return new ReadDocument(whole, "text/plain", null, Days.Iso(last),
            [$"read as a chat export: {Notes.Counted(count, "message")} under their days{(monthFirst ? " (month first, as the export writes them)" : "")}; time stamps and what the export adds left out"]);
    }

    /// <summary>
    /// Whether a text is a video meeting's saved chat (Zoom's "10:03:40 From  Name  to  Everyone:" over the message, or
    /// "00:12:31&#9;Name:&#9;…"): its first line and at least three others open on a time and a sender, and few lines go on
    /// a message.
    /// </summary>
    public static bool IsMeetingChat(string text)
    {
        var first = text.AsSpan().TrimStart();
        var firstEnd = first.IndexOf('\n');
        if (!MeetingStamp().IsMatch(first[..(firstEnd < 0 ? first.Length : firstEnd)].TrimEnd())) return false;
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).Take(300).ToList();
        var stamped = lines.Count(l => MeetingStamp().IsMatch(l.TrimEnd()));
        return stamped >= 3 && stamped * 3 >= lines.Count;
    }

    /// <summary>
    /// A meeting's saved chat: each message to everyone a paragraph "Name: text", in order. The chat has times but no day, so
    /// none is given; messages sent privately, reactions ("Reacted to "…" with 👍") and the quote a reply opens on are left out.
    /// </summary>
    public static ReadDocument ReadMeetingChat(string text)
    {
        var messages = new List<(string Sender, string? To, StringBuilder Words)>();
        foreach (var line in text.Split('\n'))
        {
            if (MeetingStamp().Match(line.TrimEnd()) is { Success: true } m)
                messages.Add((m.Groups["sender"].Value.Trim(), m.Groups["to"].Success ? m.Groups["to"].Value.Trim() : null, new StringBuilder(m.Groups["words"].Value.Trim())));
            else if (messages.Count > 0 && line.Trim().Length > 0) messages[^1].Words.Append(messages[^1].Words.Length > 0 ? "\n" : "").Append(line.Trim());
        }

        var read = new StringBuilder();
        int kept = 0, unsaid = 0;
        foreach (var (sender, to, words) in messages)
        {
            var said = Replying().Replace(words.ToString(), "").Trim();
            if ((to is not null && Private().IsMatch(to)) || Reaction().IsMatch(said) || Unwritten().IsMatch(said) || said.Length == 0)
            {
                unsaid++;
                continue;
            }

            if (read.Length > 0) read.Append("\n\n");
            read.Append(sender).Append(": ").Append(said);
            kept++;
        }

        return new ReadDocument(read.ToString(), "text/plain", $"Meeting chat: {Notes.Counted(kept, "message")}", null,
            [$"read as a meeting's saved chat: {Notes.Counted(kept, "message")} to everyone, in order; the chat gives no day, only times (left out)" +
             (unsaid > 0 ? $"; private messages and reactions left out ({unsaid})" : "")]);
    }

    /// <summary>"10:03:40 From  Name  to  Everyone:" (words on the next line), "10:03:40 From Name : words", "00:12:31&#9;Name:&#9;words".</summary>
    [GeneratedRegex(@"^\d{1,2}:\d{2}:\d{2}(?:\s+From\s+(?<sender>[^\n]{1,80}?)(?:\s+to\s+(?<to>[^\n]{1,80}?))?\s*:|\t(?<sender>[^\t\n:]{1,80}):\t)\s*(?<words>.*)$")]
    private static partial Regex MeetingStamp();

    /// <summary>Whom a message went to when not to everyone: "Brian Aggeler(Direct Message)", "Me (Privately)".</summary>
    [GeneratedRegex(@"\((?:Direct Message|Privately)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Private();

    /// <summary>A reaction sent as a message: 'Reacted to "…" with 👍', 'Removed a 👍 reaction from "…"'.</summary>
    [GeneratedRegex(@"^(?:Reacted to\s+"".*""\s+with\s+\S+|Removed an?\s+\S+\s+reaction from\s+"".*"")$", RegexOptions.Singleline)]
    private static partial Regex Reaction();

    /// <summary>The quote a reply opens on: 'Replying to "…"' on a line of its own.</summary>
    [GeneratedRegex(@"^Replying to\s+""[^\n]*""\s*\n?")]
    private static partial Regex Replying();

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y, CultureInfo.InvariantCulture) : int.Parse(y, CultureInfo.InvariantCulture);

    /// <summary>"[30/11/2026, 18:40] Name: …", "[30.11.26, 18:40:12] Name: …", "30/11/2026, 18:40 - Name: …".</summary>
    [GeneratedRegex(@"^\u200E?\[?(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4}|\d{2}),?\s+\d{1,2}:\d{2}(:\d{2})?(\s?[AaPp][Mm])?\]?\s*(-\s+)?(?<sender>[^:\n]{1,60}):\s(?<words>.*)$")]
    private static partial Regex Stamp();

    /// <summary>What the export writes in place of what was sent: "&lt;Media omitted&gt;", "image omitted", "This message was deleted", the encryption notice.</summary>
    [GeneratedRegex(@"^(<[^>]*omitted>|\u200E?(image|video|audio|sticker|GIF|document) omitted|This message was deleted|You deleted this message|Messages and calls are end-to-end encrypted.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unwritten();
}
