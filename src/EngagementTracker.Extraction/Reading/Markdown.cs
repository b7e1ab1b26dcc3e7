using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A Markdown text (a static site's post, a repository's report) as a reader sees it rendered: its front matter gives the title
/// and the day (and is not text), headings lose their marks, links and emphasis read as their words, images and link
/// definitions go, a table's separator row goes and its rows read "cell | cell", a footnote reads "[1]" with its note at the end.
/// </summary>
internal static partial class Markdown
{
    public const string MediaType = "text/markdown";

    /// <summary>Whether a text that came without a type is Markdown: front matter that names a title or a date, or a heading and links or emphasis in Markdown's own marks.</summary>
    public static bool Is(string text) =>
        FrontMatter().Match(text) is { Success: true } front && FrontField().IsMatch(front.Groups["body"].Value)
        || (Heading().IsMatch(text) && (InlineLink().IsMatch(text) || Strong().IsMatch(text)));

    public static ReadDocument Read(string text)
    {
        string? title = null, published = null;
        if (FrontMatter().Match(text) is { Success: true } front)
        {
            foreach (Match field in FrontField().Matches(front.Groups["body"].Value))
            {
                var value = field.Groups["value"].Value.Trim().Trim('"', '\'');
                if (field.Groups["key"].Value.Equals("title", StringComparison.OrdinalIgnoreCase)) title ??= value;
                else if (Day().Match(value) is { Success: true } day) published ??= day.Value;
            }

            text = text[front.Length..];
        }

        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string label) => labels.TryGetValue(label, out var n) ? n : labels[label] = labels.Count + 1;
        var lines = new List<string>();
        var notes = new List<(int Number, string Text)>();
        var fenced = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (Fence().IsMatch(line)) { fenced = !fenced; continue; }
            if (fenced) { lines.Add(line); continue; }
            if (TableRule().IsMatch(line) || Rule().IsMatch(line) || LinkDefinition().IsMatch(line) || Underline().IsMatch(line)) continue;
            if (NoteDefinition().Match(line) is { Success: true } note) { notes.Add((Number(note.Groups["label"].Value), Inline(note.Groups["text"].Value, Number))); continue; }

            line = Heading().Replace(line, "${text}");
            line = Quote().Replace(line, "");
            if (line.TrimStart().StartsWith('|')) line = string.Join(" | ", line.Trim().Trim('|').Split('|').Select(c => c.Trim()));
            lines.Add(Inline(line, Number));
        }

        var body = string.Join('\n', lines).Trim();
        if (notes.Count > 0) body += "\n\n" + string.Join("\n\n", notes.OrderBy(n => n.Number).Select(n => $"[{n.Number}] {n.Text}"));
        title ??= FirstHeading().Match(text) is { Success: true } heading ? Inline(heading.Groups["text"].Value, Number) : PlainText.TitleOf(body);
        return new ReadDocument(body, MediaType, title, published, ["read Markdown: marks, links and front matter left out"]);
    }

    private static string Inline(string line, Func<string, int> footnote)
    {
        line = Image().Replace(line, "");
        line = NoteMark().Replace(line, m => $"[{footnote(m.Groups["label"].Value)}]");
        line = InlineLink().Replace(line, "${text}");
        line = ReferenceLink().Replace(line, "${text}");
        line = AutoLink().Replace(line, "${url}");
        line = Code().Replace(line, "${text}");
        line = Strong().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        line = Struck().Replace(line, "${text}");
        line = Tag().Replace(line, "");
        return Escape().Replace(line, "${c}");
    }

    [GeneratedRegex(@"\A\uFEFF?(?:---|\+\+\+)[ \t]*\n(?<body>.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?<key>title|date|published|publishDate|pubDate)\s*[:=]\s*(?<value>.+)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FrontField();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d-\d\d-\d\d(?!\d)")]
    private static partial Regex Day();

    [GeneratedRegex(@"^\s{0,3}(?:```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s{0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s{0,3}(?:={2,}|-{3,})\s*$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\s{0,3}\[(?!\^)[^\]]+\]:\s+\S+")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^\s{0,3}\[\^(?<label>[^\]]+)\]:\s*(?<text>.*)$")]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}#\s+(?<text>.*?)(?:\s+#+)?\s*$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex Quote();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[\^(?<label>[^\]]+)\]")]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?:<[^>]*>|[^)\s]+)(?:\s+(?:""[^""]*""|'[^']*'))?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(?:https?://|mailto:)[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`(?<text>[^`\n]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=[^\s*])(?<text>[^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=[^\s_])(?<text>[^_\n]+?)(?<=\S)_(?![\w_])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?<text>.+?)~~")]
    private static partial Regex Struck();

    /// <summary>An inline tag, or a block's that Markdown lets through around its text (Notion's export writes a callout as "&lt;aside&gt; … &lt;/aside&gt;").</summary>
    [GeneratedRegex(@"</?(?:br|span|sup|sub|em|strong|b|i|u|small|kbd|mark|abbr|aside|details|summary)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();
}
