namespace EngagementTracker.Extraction.Reading;

internal static class PlainText
{
    public static ReadDocument Read(string text) => new(text, "text/plain", TitleOf(text), null, []);

    /// <summary>
    /// The first line that reads like a title: neither a menu mark, a menu ("News | Opinion | Culture", "Home > Documentation >
    /// Press releases") nor a dateline, of reasonable length; else, for a text with no headline, its opening words after the
    /// dateline, cut at a word near 100 characters.
    /// </summary>
    public static string? TitleOf(string text) =>
        text.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.Length is >= 12 and <= 200 && char.IsLetter(l[0]) && !l.EndsWith(':') && !Menu(l))
        ?? Opening(text);

    private static bool Menu(string line) =>
        line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" > ", StringComparison.Ordinal) || line.Contains(" › ", StringComparison.Ordinal);

    /// <summary>"VIENNA/HELSINKI, 17 September 2025 — OSCE Chairperson-in-Office … concluded her two-day visit to…".</summary>
    private static string? Opening(string text)
    {
        var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length >= 12 && char.IsLetter(l[0]));
        if (first is null) return null;
        if (Proposing.Dates.Dateline().Match(first) is { Success: true, Length: > 0 } dateline) first = first[dateline.Length..];
        if (first.Length <= 100) return first;
        var cut = first.LastIndexOf(' ', 100);
        return first[..(cut > 40 ? cut : 100)].TrimEnd(',', ';', ':') + "…";
    }
}
