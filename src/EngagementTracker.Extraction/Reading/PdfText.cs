using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A PDF's text layer, page by page, with the breaks that typesetting put in joined again: a word hyphenated at a line
/// end is whole again, and lines wrapped inside a paragraph are one line. A PDF without a text layer (a scan) is refused.
/// </summary>
internal static partial class PdfText
{
    public static ReadDocument Read(byte[] content)
    {
        string text;
        string? title;
        int pages;
        try
        {
            using var pdf = PdfDocument.Open(content);
            title = string.IsNullOrWhiteSpace(pdf.Information.Title) ? null : pdf.Information.Title.Trim();
            pages = pdf.NumberOfPages;
            var rows = pdf.GetPages().Select((page, i) => Rows(page, i)).ToList();
            text = Layout(rows);
            // (a page whose letters make no rows, drawn in some way this does not follow, is read in the content's own order)
            if (string.IsNullOrWhiteSpace(text))
                text = string.Concat(pdf.GetPages().Select(page => ContentOrderTextExtractor.GetText(page) + "\n\n"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentRejectedException($"The PDF cannot be read: {e.Message}");
        }

        var joined = Unwrap(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        if (string.IsNullOrWhiteSpace(joined)) throw new DocumentRejectedException("The PDF has no text layer (a scan?): it cannot be read without OCR.");
        return new ReadDocument(joined.Trim(), "application/pdf", title ?? PlainText.TitleOf(joined), null, [$"read the text layer of {Notes.Counted(pages, "page")}"]);
    }

    /// <summary>A line of a page as typeset: its text, baseline, type size and weight, and where it starts and ends across the page.</summary>
    private sealed record Row(string Text, double Y, double Size, bool Bold, int Page, double Left, double Right);

    /// <summary>
    /// A page's letters as lines, top to bottom: letters on one baseline make a line, spaced where the type leaves a gap, and a
    /// footnote mark (small figures raised above a line) reads "[2]" in the line it marks.
    /// </summary>
    private static List<Row> Rows(Page page, int number)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrEmpty(l.Value) && l.TextOrientation == TextOrientation.Horizontal).ToList();
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 1.0) lines[^1].Add(letter);
            else lines.Add([letter]);
        }

        lines = Columns(lines, page.Width);

        static double SizeOf(List<Letter> line) => line.Where(l => l.Value != " ").GroupBy(l => Math.Round(l.PointSize * 2) / 2).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        // small figures raised a little above the line below them are its footnote marks
        var marks = new HashSet<Letter>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (raised, below) = (lines[i], lines[i + 1]);
            var size = SizeOf(below);
            if (raised.All(l => l.Value == " " || char.IsAsciiDigit(l.Value[0])) && SizeOf(raised) < 0.8 * size
                && raised[0].StartBaseLine.Y - below[0].StartBaseLine.Y is > 0 and var lift && lift <= 0.8 * size
                && raised.Min(l => l.StartBaseLine.X) >= below.Min(l => l.StartBaseLine.X) && raised.Max(l => l.StartBaseLine.X) <= below.Max(l => l.EndBaseLine.X) + size)
            {
                below.AddRange(raised.Where(l => l.Value != " "));
                marks.UnionWith(raised);
                raised.Clear();
            }
        }

        var rows = new List<Row>();
        foreach (var line in lines.Where(l => l.Count > 0))
        {
            var text = new StringBuilder();
            Letter? previous = null;
            var inMark = false;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                var mark = marks.Contains(letter);
                if (inMark && !mark) text.Append(']');
                if (letter.Value == " ") { if (text.Length > 0 && text[^1] != ' ') text.Append(' '); }
                else
                {
                    if (!mark && previous is not null && text.Length > 0 && text[^1] != ' ' && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.15 * letter.PointSize) text.Append(' ');
                    if (mark && !inMark) text.Append('[');
                    text.Append(letter.Value);
                }

                inMark = mark;
                previous = letter.Value == " " ? previous : letter;
            }

            if (inMark) text.Append(']');
            var body = line.Where(l => !marks.Contains(l) && l.Value != " ").ToList();
            if (text.ToString().Trim() is { Length: > 0 } kept && body.Count > 0)
                rows.Add(new Row(kept, body[0].StartBaseLine.Y, SizeOf(body), body.Count(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) * 2 > body.Count, number,
                    body.Min(l => l.StartBaseLine.X), body.Max(l => l.EndBaseLine.X)));
        }

        return rows;
    }

    /// <summary>
    /// A page set in two columns read column by column: when most of its lines leave the same vertical strip near the middle of
    /// the page empty (a gutter wider than the spaces between words), each line is parted there and, between lines that run
    /// across the gutter (a title, a byline), the left column's lines are read before the right's. A page in one column, or one
    /// whose lines mostly run across (a table's gaps are not a gutter), is read as it is.
    /// </summary>
    private static List<List<Letter>> Columns(List<List<Letter>> lines, double width)
    {
        static List<(double From, double To)> Gaps(List<Letter> line)
        {
            var gaps = new List<(double, double)>();
            var inked = line.Where(l => l.Value != " ").OrderBy(l => l.StartBaseLine.X).ToList();
            for (var k = 1; k < inked.Count; k++)
                if (inked[k].StartBaseLine.X - inked[k - 1].EndBaseLine.X > 2.5 * Math.Max(inked[k].PointSize, 4))
                    gaps.Add((inked[k - 1].EndBaseLine.X, inked[k].StartBaseLine.X));
            return gaps;
        }

        if (lines.Count < 8 || width <= 0) return lines;
        var gaps = lines.ToDictionary(l => l, Gaps);
        bool OpenAt(List<Letter> line, double x) => gaps[line].Any(g => g.From < x && g.To > x);
        // where a gutter could run: the middle of a gap of some line, between a third and two thirds of the page
        var candidates = gaps.Values.SelectMany(g => g).Select(g => (g.From + g.To) / 2).Where(x => x > width * 0.3 && x < width * 0.7).ToList();
        if (candidates.Count == 0) return lines;
        var gutter = candidates.MaxBy(x => lines.Count(l => OpenAt(l, x) || l.All(c => c.Value == " " || c.EndBaseLine.X <= x) || l.All(c => c.Value == " " || c.StartBaseLine.X >= x)));
        bool LeftOf(Letter l) => (l.StartBaseLine.X + l.EndBaseLine.X) / 2 < gutter;
        var parted = lines.Count(l => l.Any(LeftOf) && l.Any(c => !LeftOf(c)) && OpenAt(l, gutter));
        var across = lines.Count(l => l.Any(c => c.Value != " " && LeftOf(c)) && l.Any(c => c.Value != " " && !LeftOf(c)) && !OpenAt(l, gutter));
        // two columns side by side on many lines, few lines running across
        if (parted < Math.Max(4, lines.Count / 5) || across > lines.Count / 4) return lines;

        var ordered = new List<List<Letter>>();
        var (left, right) = (new List<List<Letter>>(), new List<List<Letter>>());
        void Flush()
        {
            ordered.AddRange(left);
            ordered.AddRange(right);
            left.Clear();
            right.Clear();
        }

        foreach (var line in lines)
        {
            var inked = line.Where(c => c.Value != " ").ToList();
            if (inked.Any(LeftOf) && inked.Any(c => !LeftOf(c)) && !OpenAt(line, gutter))
            {
                Flush();
                ordered.Add(line);
                continue;
            }

            if (line.Where(LeftOf).ToList() is { Count: > 0 } l && l.Any(c => c.Value != " ")) left.Add(l);
            if (line.Where(c => !LeftOf(c)).ToList() is { Count: > 0 } r && r.Any(c => c.Value != " ")) right.Add(r);
        }

        Flush();
        return ordered;
    }

    /// <summary>
    /// The pages' lines as paragraphs: a running header or footer (the same line at the top or foot of several pages, page numbers
    /// aside) and a page number are dropped; footnotes (smaller type at a page's foot) go to the end; a wider gap, a change of type
    /// size or weight, or a bullet starts a paragraph; a paragraph a page breaks off goes on at the top of the next.
    /// </summary>
    private static string Layout(List<List<Row>> pages)
    {
        static string Shape(string text) => Digits().Replace(text, "#");
        var edges = pages.SelectMany(p => p.Take(2).Concat(p.TakeLast(2)).Distinct().Select(r => (Shape(r.Text), r.Page))).Distinct()
            .GroupBy(e => e.Item1).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var all = pages.SelectMany(p => p).ToList();
        if (all.Count == 0) return "";
        var bodySize = all.GroupBy(r => r.Size).OrderByDescending(g => g.Sum(r => r.Text.Length)).First().Key;

        var paragraphs = new List<List<string>>();
        var notes = new List<List<string>>();
        Row? last = null;
        double? lineGap = all.Zip(all.Skip(1)).Where(z => z.First.Page == z.Second.Page && z.First.Size == bodySize && z.Second.Size == bodySize)
            .Select(z => Math.Round((z.First.Y - z.Second.Y) * 2) / 2).Where(g => g > bodySize * 0.8).Select(g => (double?)g).Min();
        foreach (var page in pages)
        {
            var rows = page.Where((r, i) => !((i < 2 || i >= page.Count - 2) && (edges.Contains(Shape(r.Text)) || (PageNumber().IsMatch(r.Text) && (i == 0 || i == page.Count - 1))))).ToList();
            // the foot of the page set in smaller type than the text: its footnotes
            var foot = rows.Count;
            while (foot > 0 && rows[foot - 1].Size < bodySize * 0.9) foot--;
            if (foot < rows.Count && foot > 0 && Note().IsMatch(rows[foot].Text))
            {
                foreach (var note in rows.Skip(foot))
                    if (Note().IsMatch(note.Text) || notes.Count == 0) notes.Add([note.Text]);
                    else notes[^1].Add(note.Text);
                rows = rows.Take(foot).ToList();
            }

            // (where the lines of a column end at most: its right margin)
            double Margin(Row row) => rows.Where(r => Math.Abs(r.Left - row.Left) <= 4 * row.Size && Math.Abs(r.Size - row.Size) <= 0.5).Max(r => r.Right);
            foreach (var row in rows)
            {
                // (a line in large type, a title's, is spaced wider than the text's lines)
                var broken = last is null
                             || (last.Page != row.Page ? Ends().IsMatch(last.Text)
                                 : Math.Abs(last.Size - row.Size) > 0.5 || last.Bold != row.Bold || (lineGap is { } gap && last.Y - row.Y > Math.Max(gap, row.Size * 1.2) * 1.35))
                             || Bullet().IsMatch(row.Text);
                if (broken) paragraphs.Add([row.Text]);
                // "… Vitaly Ignatiev, in Tiraspol." over "Roșca told …": a line that ends a sentence but that the next line's first word
                // would not have fitted after was wrapped, not ended: the paragraph runs on
                else if (last!.Page == row.Page && Ends().IsMatch(last.Text) && last.Right + (row.Text.Split(' ')[0].Length + 1) * 0.6 * row.Size > Margin(last))
                    paragraphs[^1][^1] += " " + row.Text;
                else paragraphs[^1].Add(row.Text);
                last = row;
            }
        }

        return string.Join("\n\n", paragraphs.Concat(notes).Select(p => string.Join('\n', p)));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\W*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(\[?\d{1,3}\]?|\*)\s*\p{L}")]
    private static partial Regex Note();

    [GeneratedRegex(@"[.!?:;”""]$")]
    private static partial Regex Ends();

    [GeneratedRegex(@"^([•▪◦●\-–]\s|\(?[a-z0-9]{1,2}[.)]\s)")]
    private static partial Regex Bullet();

    /// <summary>
    /// Joins what typesetting broke. "recog-⏎nised" becomes "recognised", but "election-⏎monitoring" stays
    /// "election-monitoring" when both halves are words of the document on their own. A line that does not end a
    /// sentence runs on into the next unless a blank line (a paragraph break) follows.
    /// </summary>
    public static string Unwrap(string text) => WrappedLine().Replace(Rejoin(text), " ");

    /// <summary>
    /// The words hyphenated at a line's end made whole again ("Azerbai-⏎jan has" becomes "Azerbaijan has", at the line before);
    /// a compound both of whose halves the document uses alone keeps its hyphen. Also for a PDF's text saved as plain text.
    /// </summary>
    public static string Rejoin(string text)
    {
        if (!BrokenWord().IsMatch(text)) return text;
        // the document's words, not counting the halves of the broken words themselves
        var words = new HashSet<string>(WordPattern().Matches(BrokenWord().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);
        return BrokenWord().Replace(text, m =>
        {
            var (head, tail) = (m.Groups["head"].Value, m.Groups["tail"].Value);
            var compound = words.Contains(head.ToLowerInvariant()) && words.Contains(tail.ToLowerInvariant()) && !words.Contains((head + tail).ToLowerInvariant());
            return compound ? $"{head}-{tail}" : head + tail;
        });
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<head>\p{L}+)-[ \t]*\n[ \t]*(?<tail>\p{Ll}\p{L}*)")]
    private static partial Regex BrokenWord();

    /// <summary>A line break inside a paragraph: after a character that does not end a sentence, before a non-blank line.</summary>
    [GeneratedRegex(@"(?<=[^\s.!?:;”""])[ \t]*\n[ \t]*(?=[^\s\n])")]
    private static partial Regex WrappedLine();
}
