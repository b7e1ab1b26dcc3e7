using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
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
        var text = new StringBuilder();
        string? title;
        int pages;
        try
        {
            using var pdf = PdfDocument.Open(content);
            title = string.IsNullOrWhiteSpace(pdf.Information.Title) ? null : pdf.Information.Title.Trim();
            pages = pdf.NumberOfPages;
            foreach (var page in pdf.GetPages()) text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentRejectedException($"The PDF cannot be read: {e.Message}");
        }

        var joined = Unwrap(text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        if (string.IsNullOrWhiteSpace(joined)) throw new DocumentRejectedException("The PDF has no text layer (a scan?): it cannot be read without OCR.");
        return new ReadDocument(joined.Trim(), "application/pdf", title ?? PlainText.TitleOf(joined), null, [$"read the text layer of {pages} page{(pages == 1 ? "" : "s")}"]);
    }

    /// <summary>
    /// Joins what typesetting broke. "recog-⏎nised" becomes "recognised", but "election-⏎monitoring" stays
    /// "election-monitoring" when both halves are words of the document on their own. A line that does not end a
    /// sentence runs on into the next unless a blank line (a paragraph break) follows.
    /// </summary>
    public static string Unwrap(string text)
    {
        // the document's words, not counting the halves of the broken words themselves
        var words = new HashSet<string>(WordPattern().Matches(BrokenWord().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);
        text = BrokenWord().Replace(text, m =>
        {
            var (head, tail) = (m.Groups["head"].Value, m.Groups["tail"].Value);
            var compound = words.Contains(head.ToLowerInvariant()) && words.Contains(tail.ToLowerInvariant()) && !words.Contains((head + tail).ToLowerInvariant());
            return compound ? $"{head}-{tail}" : head + tail;
        });
        return WrappedLine().Replace(text, " ");
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<head>\p{L}+)-[ \t]*\n[ \t]*(?<tail>\p{Ll}\p{L}*)")]
    private static partial Regex BrokenWord();

    /// <summary>A line break inside a paragraph: after a character that does not end a sentence, before a non-blank line.</summary>
    [GeneratedRegex(@"(?<=[^\s.!?:;”""])[ \t]*\n[ \t]*(?=[^\s\n])")]
    private static partial Regex WrappedLine();
}
