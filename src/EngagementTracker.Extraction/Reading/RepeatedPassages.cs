using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// Web pages and exports print the same passage twice (the seed OSCE page prints its press release twice). A paragraph
/// of some length that repeats one printed earlier, word for word (case, spacing and punctuation aside), is dropped,
/// with the line breaks around it; a paragraph that opens by repeating one printed earlier, word for word, keeps only what
/// it adds. Short lines (menus, headings) are left alone.
/// </summary>
internal static class RepeatedPassages
{
    private const int Shortest = 80;

    public static (string Text, IReadOnlyList<string> Dropped) Drop(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var printed = new List<string>();
        var dropped = new List<string>();
        var kept = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var folded = Names.Fold(line);
            if (folded.Length >= Shortest && !seen.Add(folded))
            {
                dropped.Add(line);
                continue;
            }

            var trimmed = line.Trim();
            // ("The mechanism will be finalized … days" as a subheading, then ", Burkhalter said" after it in the body: the same
            // sentence going on is no repetition to cut)
            if (printed.FirstOrDefault(p => trimmed.Length > p.Length && trimmed.StartsWith(p, StringComparison.Ordinal) && EndsSentenceThere(p, trimmed[p.Length..])) is { } again)
            {
                dropped.Add(again);
                kept.Add(trimmed[again.Length..].TrimStart());
                continue;
            }

            if (trimmed.Length >= Shortest) printed.Add(trimmed);
            kept.Add(line);
        }

        return dropped.Count == 0 ? (text, dropped) : (string.Join('\n', kept), dropped);
    }

    private static bool EndsSentenceThere(string repeated, string rest) =>
        repeated.TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or ':'] || rest.TrimStart() is [var first, ..] && (char.IsUpper(first) || first is '“' or '"');
}
