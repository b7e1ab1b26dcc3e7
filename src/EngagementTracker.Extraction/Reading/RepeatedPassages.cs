using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// Web pages and exports print the same passage twice (the seed OSCE page prints its press release twice). A paragraph
/// of some length that repeats one printed earlier, word for word (case, spacing and punctuation aside), is dropped,
/// with the line breaks around it; a paragraph that opens by repeating one printed earlier, word for word, keeps only what
/// it adds. Short lines (menus, headings) are left alone, unless they repeat one printed earlier and stand next to a
/// repeated paragraph: the headline and the closing line of a press release printed twice go with it.
/// </summary>
internal static class RepeatedPassages
{
    private const int Shortest = 80;

    public static (string Text, IReadOnlyList<string> Dropped) Drop(string text)
    {
        var lines = text.Split('\n');
        var folded = lines.Select(Names.Fold).ToArray();
        // every non-blank line printed before; a paragraph of some length that is one is dropped
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var printedBefore = folded.Select(f => f.Length > 0 && !seen.Add(f)).ToArray();
        bool Paragraph(int i) => i >= 0 && printedBefore[i] && folded[i].Length >= Shortest;
        // and so is a short line printed before that stands next to one (blank lines between aside): the second copy's headline
        // (a line next to only such a short line is not: a menu at the foot stays)
        var repeated = Enumerable.Range(0, lines.Length).Select(i => Paragraph(i) || (printedBefore[i] && (Paragraph(Neighbour(i, -1)) || Paragraph(Neighbour(i, 1))))).ToArray();

        int Neighbour(int i, int step)
        {
            for (var j = i + step; j >= 0 && j < lines.Length; j += step)
                if (folded[j].Length > 0) return j;
            return -1;
        }

        var printed = new List<string>();
        var dropped = new List<string>();
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (repeated[i])
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
