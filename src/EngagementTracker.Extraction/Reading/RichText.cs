using System.Globalization;
using System.Text;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A document in Rich Text Format (.rtf), as a word processor saves a press release: its text, a paragraph a line ("\par"),
/// characters written as escapes read as the characters they are ("\'96" in the document's code page, "\u8217?" a curly
/// apostrophe, "\emdash", "\~" a space); what is not shown — the font, colour and style tables, pictures, footnotes and the
/// document's properties — left out. The first paragraph is the title.
/// </summary>
internal static class RichText
{
    public const string MediaType = "application/rtf";

    /// <summary>Whether the bytes are RTF: they open on "{\rtf".</summary>
    public static bool Is(ReadOnlySpan<byte> content) => content.TrimStart("\uFEFF"u8).TrimStart(" \r\n\t"u8).StartsWith("{\\rtf"u8);

    // (destinations that hold no text a reader sees)
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
        "footnote", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore",
        "latentstyles", "object", "field", "fldinst", "bkmkstart", "bkmkend", "annotation", "atnid", "atnauthor", "filetbl", "pgdsctbl",
    };

    public static ReadDocument Read(byte[] content)
    {
        var text = Encoding.Latin1.GetString(content);
        var shown = new StringBuilder(text.Length / 2);
        var bytes = new List<byte>();
        var codePage = CodePages.Windows1252;
        // per group: whether its text is hidden, and how many characters follow a \uN as its fallback
        var groups = new Stack<(bool Hidden, int Skip)>();
        var (hidden, skip, pendingSkip) = (false, 1, 0);

        void FlushBytes()
        {
            if (bytes.Count == 0) return;
            if (!hidden) shown.Append(codePage.GetString([.. bytes]));
            bytes.Clear();
        }

        void Append(string s)
        {
            FlushBytes();
            if (!hidden) shown.Append(s);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                FlushBytes();
                groups.Push((hidden, skip));
                // "{\*\…}": a destination a reader that does not know it skips
                if (i + 2 < text.Length && text[i + 1] == '\\' && text[i + 2] == '*') hidden = true;
                continue;
            }

            if (c == '}')
            {
                FlushBytes();
                if (groups.Count > 0) (hidden, skip) = groups.Pop();
                continue;
            }

            if (c is '\r' or '\n') continue;
            if (c != '\\')
            {
                if (pendingSkip > 0) { pendingSkip--; continue; }
                Append(c.ToString());
                continue;
            }

            if (i + 1 >= text.Length) break;
            var next = text[i + 1];
            if (next == '\'' && i + 3 < text.Length && byte.TryParse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                i += 3;
                if (pendingSkip > 0) { pendingSkip--; continue; }
                bytes.Add(b);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i++;
                Append(next switch { '~' => " ", '_' => "‑", '-' or '*' => "", '\r' or '\n' => "\n", _ => next.ToString() });
                continue;
            }

            // a control word, its number and the one space that ends it
            var start = i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
            var word = text[start..end];
            var numberStart = end;
            if (end < text.Length && text[end] == '-') end++;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            int? number = end > numberStart && int.TryParse(text.AsSpan(numberStart, end - numberStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (end < text.Length && text[end] == ' ') end++;
            i = end - 1;

            switch (word)
            {
                case "par" or "line" or "sect" or "page" or "row": Append("\n"); break;
                case "cell": Append("\t"); break;
                case "tab": Append("\t"); break;
                case "emdash": Append("—"); break;
                case "endash": Append("–"); break;
                case "lquote": Append("‘"); break;
                case "rquote": Append("’"); break;
                case "ldblquote": Append("“"); break;
                case "rdblquote": Append("”"); break;
                case "bullet": Append("•"); break;
                case "uc": skip = number ?? 1; break;
                case "u" when number is { } code:
                    Append(((char)(code < 0 ? code + 65536 : code)).ToString());
                    pendingSkip = skip;
                    break;
                case "ansicpg" when number is { } page:
                    codePage = CodePages.Get(page) ?? codePage;
                    break;
                default:
                    if (Hidden.Contains(word)) { FlushBytes(); hidden = true; }
                    break;
            }
        }

        FlushBytes();
        var paragraphs = shown.ToString().Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count == 0) throw new DocumentRejectedException("The RTF document has no text.");
        return new ReadDocument(string.Join("\n\n", paragraphs), MediaType, paragraphs[0].Length <= 200 ? paragraphs[0] : null, null,
            ["read the RTF document's text, a paragraph a line; its fonts, styles, footnotes and properties left out"]);
    }
}
