namespace EngagementTracker.Extraction.Reading;

internal static class PlainText
{
    public static ReadDocument Read(string text) => new(text, "text/plain", TitleOf(text), null, []);

    /// <summary>The first line that reads like a title: neither a menu mark nor a dateline, of reasonable length.</summary>
    public static string? TitleOf(string text) =>
        text.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.Length is >= 12 and <= 200 && char.IsLetter(l[0]) && !l.EndsWith(':'));
}
