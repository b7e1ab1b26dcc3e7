using System.Globalization;
using System.Text;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// Messages or posts exported one after another (a WhatsApp chat, a Telegram channel, an X archive), laid out as a reader
/// reads them: each day on a line of its own above its messages, a message a paragraph, after its sender ("Name: …") when
/// there is one.
/// </summary>
internal static class Posts
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
                read.Append(day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
                last = day;
            }

            read.Append("\n\n");
            if (sender is { Length: > 0 }) read.Append(sender).Append(": ");
            read.Append(said);
            kept++;
        }

        return (read.ToString(), last, kept);
    }

    /// <summary>"2026-12-01" for a day, or null.</summary>
    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
