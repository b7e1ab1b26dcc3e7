using System.Text;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A table saved as CSV (a tracker, a meetings log, a platform's data export such as LinkedIn's Shares.csv): read as its lines
/// are, a row a line, but for a cell that holds line breaks (a post's paragraphs, a note's lines), whose lines are joined by a
/// space so its row stays one line.
/// </summary>
internal static class Csv
{
    public const string MediaType = "text/csv";

    public static ReadDocument Read(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var rows = new StringBuilder(text.Length);
        var quoted = false;
        var joined = 0;
        var broken = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // (a quotation mark opens or closes a cell; doubled inside one, it is a mark of the cell's own and leaves it open)
            if (c == '"') quoted = !quoted;
            else if (c is ',' or ';' or '\t' or '\n' && !quoted) broken = false;
            if (c == '\n' && quoted)
            {
                if (rows.Length > 0 && rows[^1] != ' ') rows.Append(' ');
                while (i + 1 < text.Length && text[i + 1] is '\n' or ' ') i++;
                if (!broken) (joined, broken) = (joined + 1, true);
                continue;
            }

            rows.Append(c);
        }

        // (a quotation mark left open: not CSV as written, so read as it is)
        if (quoted) return PlainText.Read(text);
        var read = PlainText.Read(rows.ToString());
        return read with
        {
            MediaType = MediaType,
            Notes = joined > 0 ? [.. read.Notes, $"read CSV: the line breaks inside {Notes.Counted(joined, "cell")} joined, so each row is one line"] : read.Notes,
        };
    }
}
