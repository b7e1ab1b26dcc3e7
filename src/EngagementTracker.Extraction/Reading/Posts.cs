using System.Text;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// Messages or posts exported one after another (a WhatsApp chat, a Telegram channel, an X archive), laid out as a reader
/// reads them: each day on a line of its own above its messages, a message a paragraph, after its sender ("Name: …") when
/// there is one.
/// </summary>
internal static partial class Posts
{
    /// <summary>The messages under their days, in the order given; with the last day and how many were kept.</summary>
    public static (string Text, DateOnly? Last, int Kept) UnderDays(IEnumerable<(DateOnly Day, string? Sender, string Said)> messages)
    {
        var read = new StringBuilder();
        DateOnly? last = null;
        var kept = 0;
        foreach (var (day, sender, said) in messages)
        {
            if (day != last)
            {
                if (read.Length > 0) read.Append("\n\n");
                read.Append(Days.Written(day));
                last = day;
            }

            read.Append("\n\n");
            if (sender is { Length: > 0 }) read.Append(sender).Append(": ");
            read.Append(said);
            kept++;
        }

        return (read.ToString(), last, kept);
    }

    /// <summary>
    /// Dated entries one after another, as an archive page lists them (a feed's items, a mailbox's messages, a news search's
    /// articles): each entry's day on a line of its own (once over untitled entries of the same day), its title on the next, then
    /// its text, in the order given; with the days found and how many entries were kept (an entry with neither title nor text is not).
    /// </summary>
    public static (string Text, IReadOnlyList<DateOnly> Days, int Kept) Entries(IEnumerable<(DateOnly? Day, string? Title, string Text)> entries)
    {
        var read = new StringBuilder();
        var days = new List<DateOnly>();
        var kept = 0;
        DateOnly? last = null;
        foreach (var (day, title, words) in entries)
        {
            if (title is null && words.Length == 0) continue;
            kept++;
            if (read.Length > 0) read.Append("\n\n");
            if (day is { } d)
            {
                days.Add(d);
                // (untitled entries of one day, as a chat's messages, under that day once)
                if (title is not null || d != last) read.Append(Days.Written(d)).Append('\n');
            }

            last = title is null ? day : null;

            // (a title is a line of its own, not the start of the text's first sentence)
            if (title is not null) read.Append(title).Append(words.Length > 0 ? "\n\n" : "\n");
            read.Append(words);
        }

        return (read.ToString().Trim(), days, kept);
    }

    /// <summary>
    /// A post without the hashtags it closes on: a last line made only of them, or a run of them after its last sentence has
    /// ended ("… in Lugano this week. #MC2026 #FreeAbzas"), which tag the post and say nothing.
    /// </summary>
    public static string WithoutClosingHashtags(string post)
    {
        var lines = post.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(w => w.StartsWith('#')))
            lines.RemoveAt(lines.Count - 1);
        if (lines.Count > 0 && ClosingTags().Match(lines[^1]) is { Success: true } tags) lines[^1] = lines[^1][..(tags.Index + 1)];
        return string.Join('\n', lines).Trim();
    }

    /// <summary>
    /// An account's own posts, each at its time (UTC): oldest first under their days, with the days they span ("25 November 2026 to
    /// 1 December 2026", or the one day) for a title and the last day for the document's.
    /// </summary>
    public static (string Text, string Span, DateOnly Last, int Kept) Oldest(IReadOnlyCollection<(DateTimeOffset At, string Said)> posts)
    {
        var (text, last, kept) = UnderDays(posts.OrderBy(p => p.At).Select(p => (DateOnly.FromDateTime(p.At.UtcDateTime), (string?)null, p.Said)));
        return (text, Span(DateOnly.FromDateTime(posts.Min(p => p.At).UtcDateTime), last!.Value), last.Value, kept);
    }

    /// <summary>A title for entries of several days: "3 e-mails, 30 November 2026 to 4 December 2026"; null with no days.</summary>
    public static string? Spanned(int kept, string noun, IReadOnlyCollection<DateOnly> days) =>
        days.Count == 0 ? null : $"{Notes.Counted(kept, noun)}, {Span(days.Min(), days.Max())}";

    /// <summary>The days a run of posts spans: "25 November 2026 to 1 December 2026", or the one day.</summary>
    public static string Span(DateOnly first, DateOnly last) =>
        (first == last ? "" : Days.Written(first) + " to ") + Days.Written(last);

    /// <summary>A sentence's end and the hashtags after it, to the end of the line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?…](?=(\s+#\w+)+\s*$)")]
    private static partial System.Text.RegularExpressions.Regex ClosingTags();
}
