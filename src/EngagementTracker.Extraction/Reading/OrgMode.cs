using System.Globalization;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An Org mode file (.org, as notes are kept in Emacs) read as it exports: the title, author and date its keywords give
/// ("#+TITLE:"; the date the document's day), headings without their stars, TODO or DONE keywords, priorities and tags, lists
/// and paragraphs as written, a timestamp ("&lt;2026-11-24 Tue 10:00-11:00&gt;") as its day ("24 November 2026"), a link by its
/// description. Property and logbook drawers, planning lines (CLOSED, SCHEDULED, DEADLINE), other keywords and comments are
/// left out.
/// </summary>
internal static partial class OrgMode
{
    public const string MediaType = "text/org";

    /// <summary>Whether a text that came without a type is Org mode: it opens on a "#+TITLE:" keyword (past other "#+" keywords).</summary>
    public static bool Is(string start) => Opening().IsMatch(start);

    public static ReadDocument Read(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<string>();
        var paragraph = new List<string>();
        string? title = null, author = null, dated = null;
        int headings = 0, skipped = 0, stamps = 0;

        string Inline(string text)
        {
            var read = Timestamp().Replace(text, m =>
            {
                stamps++;
                return Days.Written(DateOnly.ParseExact(m.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            });
            read = Link().Replace(read, m => m.Groups["text"].Success ? m.Groups["text"].Value : m.Groups["url"].Value);
            return Emphasis().Replace(read, "${words}");
        }

        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(string.Join('\n', paragraph.Select(Inline)));
            paragraph.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.Trim();
            if (trimmed.Length == 0) { Flush(); continue; }
            if (Keyword().Match(trimmed) is { Success: true } keyword)
            {
                var value = keyword.Groups["value"].Value.Trim();
                switch (keyword.Groups["key"].Value.ToUpperInvariant())
                {
                    case "TITLE": title = Inline(value); break;
                    case "AUTHOR": author = value; break;
                    case "DATE": dated = value; break;
                    case "BEGIN_COMMENT":
                        for (i++; i < lines.Length && !lines[i].Trim().StartsWith("#+END_COMMENT", StringComparison.OrdinalIgnoreCase); i++) { }
                        skipped++;
                        break;
                    default: skipped++; break;
                }

                continue;
            }

            // a drawer (":PROPERTIES:" … ":END:"), a planning line, a comment
            if (Drawer().IsMatch(trimmed))
            {
                Flush();
                for (i++; i < lines.Length && !lines[i].Trim().Equals(":END:", StringComparison.OrdinalIgnoreCase); i++) { }
                skipped++;
                continue;
            }

            if (Planning().IsMatch(trimmed) || trimmed.StartsWith("# ", StringComparison.Ordinal) || trimmed == "#") { skipped++; continue; }
            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush();
                blocks.Add(Inline(heading.Groups["title"].Value.Trim()));
                headings++;
                continue;
            }

            // a list's item opens a line of its own ("- Met …", "+ …", "1. …"); other lines run on in their paragraph
            paragraph.Add(trimmed.StartsWith("+ ", StringComparison.Ordinal) ? "- " + trimmed[2..] : trimmed);
        }

        Flush();
        var head = new[] { title, author, Days.Leading(dated) is { } day ? Days.Written(day) : dated }.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!);
        var text = string.Join("\n\n", head.Concat(blocks));
        List<string> notes = [$"read Org mode as it exports: {Notes.Counted(headings, "heading")}{(stamps > 0 ? $", {Notes.Counted(stamps, "timestamp")} read as days" : "")}"];
        if (skipped > 0) notes.Add($"left out {Notes.Counted(skipped, "drawer or line")} of properties, planning, keywords and comments");
        return new ReadDocument(text, MediaType, title ?? PlainText.TitleOf(text), Days.Iso(Days.Leading(dated)), notes);
    }

    [GeneratedRegex(@"\A\uFEFF?(?:[ \t]*#\+\w+:[^\n]*\n)*?[ \t]*#\+(?i:title):")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^#\+(?<key>\w+):?(?<value>.*)$")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^:(PROPERTIES|LOGBOOK|[A-Z]+):$")]
    private static partial Regex Drawer();

    [GeneratedRegex(@"^((CLOSED|SCHEDULED|DEADLINE):\s*[<\[][^>\]]*[>\]]\s*)+$")]
    private static partial Regex Planning();

    /// <summary>"** DONE [#A] Meeting with … :MFA:": a heading, its keyword, priority and tags apart from its title.</summary>
    [GeneratedRegex(@"^\*+\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\s+)?(?:\[#[A-Z]\]\s+)?(?<title>.*?)(?:\s+:[\w@#%:]+:)?\s*$")]
    private static partial Regex Heading();

    /// <summary>"&lt;2026-11-24 Tue 10:00-11:00&gt;", "[2026-11-26 Thu 10:12]": an active or inactive timestamp, by its day.</summary>
    [GeneratedRegex(@"[<\[](?<day>\d{4}-\d{2}-\d{2})(?:\s+\p{L}{2,3}\.?)?(?:\s+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?(?:\s+[.+-]+\d+[hdwmy])?[>\]]")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\[\[(?<url>[^\]]+)\](?:\[(?<text>[^\]]+)\])?\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w*/=~+])([*/=~+])(?<words>[^\s*/=~+][^*/=~+\n]*?[^\s*/=~+]|[^\s*/=~+])\1(?![\w*/=~+])")]
    private static partial Regex Emphasis();
}
