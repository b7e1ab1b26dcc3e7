using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A wiki article's source as MediaWiki writes it (a Wikipedia page's "Edit source"), read as the page shows it: a link by its
/// label ("[[OSCE Permanent Council|Permanent Council]]" reads "Permanent Council"), an external link by its label, bold and
/// italics by their words, a heading ("== Timeline ==") by its words; templates ("{{cite web …}}", "{{Reflist}}"), references
/// ("&lt;ref&gt;…&lt;/ref&gt;"), comments, categories and files left out, and what follows the article ("See also", "References", "External links"); a table's rows read one a paragraph, their cells joined by " – "
/// ("3–4 February 2026 – Cassis visited Kyiv, …"), its header row left out.
/// </summary>
internal static partial class WikiText
{
    /// <summary>Whether a text is wikitext: three or more wiki links, and a template, a heading or a table of MediaWiki's.</summary>
    public static bool Is(string text)
    {
        if (!text.Contains("[[", StringComparison.Ordinal)) return false;
        var links = 0;
        for (var at = text.IndexOf("[[", StringComparison.Ordinal); at >= 0 && links < 3; at = text.IndexOf("[[", at + 2, StringComparison.Ordinal)) links++;
        return links >= 3 && (text.Contains("{{", StringComparison.Ordinal) || text.Contains("{|", StringComparison.Ordinal) || Heading().IsMatch(text));
    }

    public static ReadDocument Read(string text)
    {
        // (the article's subject, in bold where its first sentence names it, is its title)
        var title = Bold().Match(text) is { Success: true } bold ? Inline(bold.Groups["words"].Value).Trim() : null;
        text = Reference().Replace(Comment().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), ""), "");
        // (templates nest: "{{cite web |date={{date|2026}}}}"; the innermost go first)
        for (var round = 0; round < 8 && text.Contains("{{", StringComparison.Ordinal); round++)
        {
            var without = Template().Replace(text, "");
            if (without.Length == text.Length) break;
            text = without;
        }

        var read = new StringBuilder();
        var rows = 0;
        List<string>? row = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("{|", StringComparison.Ordinal) || line.StartsWith("|+", StringComparison.Ordinal) || line.StartsWith('!')) continue;
            if (line.StartsWith("|-", StringComparison.Ordinal) || line.StartsWith("|}", StringComparison.Ordinal))
            {
                if (row is { Count: > 0 }) { Line(read, string.Join(" – ", row)); rows++; }
                row = line.StartsWith("|-", StringComparison.Ordinal) ? [] : null;
                continue;
            }

            if (row is not null && line.StartsWith('|'))
            {
                row.AddRange(line[1..].Split("||").Select(c => Inline(CellAttributes().Replace(c, "")).Trim()).Where(c => c.Length > 0));
                continue;
            }

            if (FileOrCategory().IsMatch(line) || BehaviourSwitch().IsMatch(line)) continue;
            var heading = Heading().Match(line);
            // (what follows the article, its "See also", references and links out, is not read)
            if (heading.Success && Appendix().IsMatch(heading.Groups["words"].Value)) break;
            var shown = Inline(heading.Success ? heading.Groups["words"].Value : ListMark().Replace(line, "")).Trim();
            if (shown.Length > 0) Line(read, shown);
        }

        var whole = read.ToString().Trim();
        return new ReadDocument(whole, "text/plain", title is { Length: > 0 } ? title : PlainText.TitleOf(whole), null,
            [$"read as wikitext: links by their labels; templates, references and categories left out{(rows > 0 ? $"; {Notes.Counted(rows, "table row")} read one a paragraph" : "")}"]);
    }

    /// <summary>A paragraph of its own: a wiki paragraph is a line, and so is a heading or a table's row.</summary>
    private static void Line(StringBuilder read, string line) => read.Append(line).Append("\n\n");

    /// <summary>A line as shown: links by their labels, bold and italics by their words, a tag's words without it.</summary>
    private static string Inline(string line)
    {
        line = WikiLink().Replace(line, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["target"].Value);
        line = ExternalLink().Replace(line, m => m.Groups["label"].Value);
        line = line.Replace("'''", "", StringComparison.Ordinal).Replace("''", "", StringComparison.Ordinal);
        return Tag().Replace(line, "");
    }

    [GeneratedRegex(@"'''(?<words>[^\n]{3,200}?)'''")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^(See\s+also|References|Notes|Footnotes|Citations|Sources|Bibliography|Further\s+reading|External\s+links)$", RegexOptions.IgnoreCase)]
    private static partial Regex Appendix();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\{\{[^{}]*\}\}")]
    private static partial Regex Template();

    [GeneratedRegex(@"\[\[(?<target>[^\[\]|]*)(\|(?<label>[^\[\]]*))?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"\[(https?:)?//[^\s\]]+\s+(?<label>[^\]]+)\]")]
    private static partial Regex ExternalLink();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?<marks>={2,6})\s*(?<words>[^=\n]+?)\s*\k<marks>\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*\[\[(Category|File|Image):[^\]]*\]\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FileOrCategory();

    [GeneratedRegex(@"^\s*__[A-Z]+__\s*$")]
    private static partial Regex BehaviourSwitch();

    [GeneratedRegex(@"^[*#:;]+\s*")]
    private static partial Regex ListMark();

    /// <summary>A table cell's attributes before its bar: "style=""text-align:left"" | words".</summary>
    [GeneratedRegex(@"^\s*[a-z-]+=""[^""|]*""(\s+[a-z-]+=""[^""|]*"")*\s*\|(?!\|)")]
    private static partial Regex CellAttributes();
}
