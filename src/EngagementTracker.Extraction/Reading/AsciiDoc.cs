using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An AsciiDoc document (.adoc, as a report kept in a repository is written) read as it renders: the title ("= …"), its author
/// and revision lines (the revision's date the document's day), section titles without their marks, paragraphs, lists, a
/// table's rows "cell | cell", an admonition ("NOTE: …") as text, attributes ("{hcav}") as the words they are set to, a
/// cross-reference by its words, a footnote as "[1]" with the footnotes after the text. Comments, attribute entries, block
/// attributes and anchors ("[cols=…]", "[[recs]]") and thematic breaks are left out.
/// </summary>
internal static partial class AsciiDoc
{
    public const string MediaType = "text/asciidoc";

    /// <summary>Whether a text that came without a type is AsciiDoc: a title line "= …" and, among its first lines, an attribute entry (":toc:").</summary>
    public static bool Is(string start) => start.TrimStart('\uFEFF').StartsWith("= ", StringComparison.Ordinal) && AttributeEntry().IsMatch(start);

    public static ReadDocument Read(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AttributeEntry().Matches(string.Join('\n', lines))) attributes[m.Groups["name"].Value] = m.Groups["value"].Value.Trim();
        // (a cross-reference to a section reads as the section's title: "[[recs]]" over "== Recommendations")
        var anchored = AnchoredSection().Matches(string.Join('\n', lines)).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["title"].Value.Trim(), StringComparer.Ordinal);
        var blocks = new List<string>();
        var footnotes = new List<string>();
        string? title = null, revised = null;
        int skipped = 0, sections = 0, numbered = 0;
        var paragraph = new List<string>();

        string Inline(string text)
        {
            var read = AttributeReference().Replace(text, m => attributes.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);
            read = Footnote().Replace(read, m => { footnotes.Add(m.Groups["text"].Value.Trim()); return $"[{footnotes.Count}]"; });
            read = CrossReference().Replace(read, m => m.Groups["text"].Success ? m.Groups["text"].Value
                : anchored.TryGetValue(m.Groups["id"].Value, out var section) ? section : m.Groups["id"].Value.Replace('-', ' ').Replace('_', ' '));
            read = Link().Replace(read, m => m.Groups["text"].Value.Length > 0 ? m.Groups["text"].Value : m.Groups["url"].Value);
            return Emphasis().Replace(read, "${words}");
        }

        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(Inline(string.Join(' ', paragraph)));
            paragraph.Clear();
        }

        var i = 0;
        // the header: the title, then the author and revision lines, up to the first blank line
        if (lines.Length > 0 && lines[0].StartsWith("= ", StringComparison.Ordinal))
        {
            title = Inline(lines[0][2..].Trim());
            blocks.Add(title);
            for (i = 1; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var line = lines[i].Trim();
                if (AttributeEntry().IsMatch(line) || line.StartsWith("//", StringComparison.Ordinal)) continue;
                if (Revision().Match(line) is { Success: true } revision) { revised = revision.Groups["date"].Value; continue; }
                blocks.Add(Inline(AuthorEmail().Replace(line, "").Trim()));
            }
        }

        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.Trim();
            if (trimmed.Length == 0) { Flush(); continue; }
            // a comment block ("////" … "////"), a comment line, an attribute entry, a block's attributes or anchor, a break
            if (trimmed.StartsWith("////", StringComparison.Ordinal))
            {
                Flush();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("////", StringComparison.Ordinal); i++) { }
                skipped++;
                continue;
            }

            if (trimmed.StartsWith("//", StringComparison.Ordinal) || AttributeEntry().IsMatch(trimmed) || BlockAttributes().IsMatch(trimmed) || trimmed is "'''" or "<<<" or "---" or "***")
            {
                Flush();
                skipped++;
                continue;
            }

            if (Section().Match(trimmed) is { Success: true } section)
            {
                Flush();
                blocks.Add(Inline(section.Groups["title"].Value.Trim()));
                sections++;
                continue;
            }

            // a table: "|===" … "|===", its cells each opening on "|", a row a line or, where cells stand a line each, as many as the first row had
            if (trimmed.StartsWith("|===", StringComparison.Ordinal))
            {
                Flush();
                var rows = new List<List<string>>();
                var width = 0;
                var current = new List<string>();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("|===", StringComparison.Ordinal); i++)
                {
                    var cellLine = lines[i].Trim();
                    if (cellLine.Length == 0)
                    {
                        if (current.Count > 0) { width = width == 0 ? current.Count : width; rows.Add(current); current = []; }
                        continue;
                    }

                    if (!cellLine.StartsWith('|')) { if (current.Count > 0) current[^1] += " " + cellLine; continue; }
                    current.AddRange(cellLine[1..].Split('|').Select(c => c.Trim()));
                    if (width > 0 && current.Count >= width) { rows.Add(current); current = []; }
                }

                if (current.Count > 0) rows.Add(current);
                blocks.Add(string.Join('\n', rows.Select(r => string.Join(" | ", r.Select(Inline)))));
                continue;
            }

            // a block's title (".Summary"), an admonition ("NOTE: …"), a list's item
            if (BlockTitle().IsMatch(trimmed)) { Flush(); blocks.Add(Inline(trimmed[1..])); continue; }
            if (Admonition().Match(trimmed) is { Success: true } admonition)
            {
                Flush();
                paragraph.Add(char.ToUpperInvariant(admonition.Groups["kind"].Value[0]) + admonition.Groups["kind"].Value[1..].ToLowerInvariant() + ": " + admonition.Groups["text"].Value);
                continue;
            }

            if (ListItem().Match(trimmed) is { Success: true } item)
            {
                Flush();
                paragraph.Add((item.Groups["mark"].Value.StartsWith('.') ? $"{++numbered}. " : "• ") + item.Groups["text"].Value);
                continue;
            }

            // (a numbered list counts from one again after anything that is not its item)
            if (paragraph.Count == 0) numbered = 0;
            paragraph.Add(trimmed);
        }

        Flush();
        var text = Notes.Footnoted(string.Join("\n\n", blocks.Where(b => b.Length > 0)), [.. footnotes.Select(Inline)]);
        var published = Days.Iso(Days.Leading(revised ?? (attributes.TryGetValue("revdate", out var revdate) ? revdate : null)));
        List<string> notes = [$"read AsciiDoc as it renders: {Notes.Counted(sections, "section")}{(footnotes.Count > 0 ? $", {Notes.Counted(footnotes.Count, "footnote")} at the end" : "")}"];
        if (skipped > 0) notes.Add($"left out {Notes.Counted(skipped, "line")} of comments, attribute entries, block attributes and breaks");
        return new ReadDocument(text, MediaType, title ?? PlainText.TitleOf(text), published, notes);
    }

    [GeneratedRegex(@"^:(?<name>[\w-]+):[ \t]*(?<value>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex AttributeEntry();

    [GeneratedRegex(@"\{(?<name>[\w-]+)\}")]
    private static partial Regex AttributeReference();

    [GeneratedRegex(@"footnote:\[(?<text>[^\]]*)\]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"<<(?<id>[\w-]+)(?:,\s*(?<text>[^>]+))?>>")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"(?:link:)?(?<url>https?://[^\s\[]+)\[(?<text>[^\]]*)\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w*_`])([*_`])(?<words>[^*_`\n]+?)\1(?![\w*_`])")]
    private static partial Regex Emphasis();

    /// <summary>"v1.0, 2026-11-28", "v2, 2026-11-28: …": a revision line and its date.</summary>
    [GeneratedRegex(@"^v?[\d.]+,\s*(?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex Revision();

    [GeneratedRegex(@"\s*<[^<>@\s]+@[^<>\s]+>")]
    private static partial Regex AuthorEmail();

    /// <summary>"[abstract]", "[cols="1,3",options="header"]", or an anchor: "[[recs]]".</summary>
    [GeneratedRegex(@"^\[[^\]]*\]$|^\[\[[\w-]+(,[^\]]*)?\]\]$")]
    private static partial Regex BlockAttributes();

    [GeneratedRegex(@"^\[\[(?<id>[\w-]+)\]\]\n={2,6}\s+(?<title>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex AnchoredSection();

    [GeneratedRegex(@"^={2,6}\s+(?<title>.+)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^\.[\p{L}\d]")]
    private static partial Regex BlockTitle();

    [GeneratedRegex(@"^(?<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(?<text>.+)$")]
    private static partial Regex Admonition();

    [GeneratedRegex(@"^(?<mark>[*-]{1,5}|\.{1,5})\s+(?<text>.+)$")]
    private static partial Regex ListItem();
}
