using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// Web pages and exports print the same passage twice (the seed OSCE page prints its press release twice). A paragraph
/// of some length that repeats one printed earlier, word for word (case, spacing and punctuation aside), is dropped,
/// with the line breaks around it. Short lines (menus, headings) are left alone.
/// </summary>
internal static class RepeatedPassages
{
    private const int Shortest = 80;

    public static (string Text, IReadOnlyList<string> Dropped) Drop(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
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

            kept.Add(line);
        }

        return dropped.Count == 0 ? (text, dropped) : (string.Join('\n', kept), dropped);
    }
}
