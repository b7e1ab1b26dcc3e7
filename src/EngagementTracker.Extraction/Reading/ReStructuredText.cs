using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A reStructuredText document (.rst, as a project's report or a Sphinx site's page is written) read as it renders: its
/// title, its bibliographic fields ("Author: …", "Date: …", the date the document's day), headings without their underlines,
/// paragraphs on one line, lists with their bullets or numbers, a table's rows "cell | cell", substitutions ("|MIA|") as
/// the words they stand for, roles and links as their words, an admonition's text ("note", "warning") as text, a footnote
/// as "[1]" with the footnotes after the text. Comments, link targets and directives that print no words of the document
/// (contents, images, raw HTML, code) are left out.
/// </summary>
internal static partial class ReStructuredText
{
    public const string MediaType = "text/x-rst";

    /// <summary>Whether a text that came without a type is reStructuredText: a directive (".. note::", "..
    /// |MIA| replace::") and a heading underlined with its marks.</summary>
    public static bool Is(string start) => Directive().IsMatch(start) && Underlined().IsMatch(start);

    public static ReadDocument Read(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Split('\n');
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Substitution().Matches(string.Join('\n', lines)))
            substitutions[m.Groups["name"].Value] = m.Groups["text"].Value.Trim();
        var reader = new Renderer(lines, substitutions);
        reader.Blocks(0, lines.Length, 0);
        var text = Notes.Footnoted(string.Join("\n\n", reader.Output), reader.Footnotes);
        var published = Days.Stated(reader.Date);
        List<string> said = [$"read reStructuredText as it renders: {Notes.Counted(reader.Headings, "heading")}{(reader.Footnotes.Count > 0 ? $", {Notes.Counted(reader.Footnotes.Count, "footnote")} at the end" : "")}"];
        if (reader.Skipped > 0) said.Add($"left out {Notes.Counted(reader.Skipped, "block")} of markup that prints no words of the document (comments, definitions, directives such as a table of contents)");
        return new ReadDocument(text, MediaType, reader.Title ?? PlainText.TitleOf(text), published, said);
    }

    private sealed class Renderer(string[] lines, Dictionary<string, string> substitutions)
    {
        public List<string> Output { get; } = [];
        public List<string> Footnotes { get; } = [];
        public string? Title { get; private set; }
        public string? Date { get; private set; }
        public int Headings { get; private set; }
        public int Skipped { get; private set; }

        // (an auto-numbered footnote "[#]_" takes the next number, and its note "[#]" the next of those notes)
        private int referenced;

        /// <summary>The blocks of lines [from, to), indented at least <paramref name="indent"/>, rendered into <see cref="Output"/>.</summary>
        public void Blocks(int from, int to, int indent)
        {
            var i = from;
            while (i < to)
            {
                var line = Dedented(lines[i], indent);
                if (line.Trim().Length == 0) { i++; continue; }

                // explicit markup: a footnote, a substitution's or a link's definition, a directive, or a comment
                if (line.StartsWith("..", StringComparison.Ordinal) && (line.Length == 2 || line[2] == ' '))
                {
                    var end = Indented(i + 1, to, indent + 1);
                    var head = line.Length > 3 ? line[3..].Trim() : "";
                    var rest = Enumerable.Range(i + 1, end - i - 1).Select(k => lines[k].Trim()).Where(l => l.Length > 0);
                    if (FootnoteDefinition().Match(head) is { Success: true } note)
                        Footnotes.Add(Inline(string.Join(' ', new[] { note.Groups["text"].Value }.Concat(rest)).Trim()));
                    else if (DirectiveHead().Match(head) is { Success: true } directive) Directive(directive.Groups["name"].Value.ToLowerInvariant(), directive.Groups["argument"].Value.Trim(), i + 1, end, indent);
                    else Skipped++;
                    i = end;
                    continue;
                }

                // a heading: a line of text with a line of one mark under it (and perhaps over it), at least as long
                if (Adornment(line) && i + 2 < to && Dedented(lines[i + 1], indent).Trim().Length > 0 && Adornment(Dedented(lines[i + 2], indent)))
                {
                    Heading(Dedented(lines[i + 1], indent).Trim());
                    i += 3;
                    continue;
                }

                if (i + 1 < to && Adornment(Dedented(lines[i + 1], indent)) && Dedented(lines[i + 1], indent).Trim().Length >= line.Trim().Length && !Adornment(line))
                {
                    Heading(line.Trim());
                    i += 2;
                    continue;
                }

                // a transition, a rule alone between paragraphs
                if (Adornment(line)) { i++; continue; }

                // a grid table ("+----+----+") or a simple one ("====  ====")
                if (line.TrimStart().StartsWith("+-", StringComparison.Ordinal) || line.TrimStart().StartsWith("+=", StringComparison.Ordinal) || SimpleTableBorder().IsMatch(line))
                {
                    var end = i;
                    while (end < to && Dedented(lines[end], indent).Trim().Length > 0) end++;
                    Table(i, end, indent);
                    i = end;
                    continue;
                }

                // a bibliographic or other field: ":Date: 2026-11-27"
                if (Field().Match(line) is { Success: true } field)
                {
                    var end = Indented(i + 1, to, indent + 1);
                    var value = Inline(string.Join(' ', new[] { field.Groups["value"].Value }.Concat(Enumerable.Range(i + 1, end - i - 1).Select(k => lines[k].Trim()))).Trim());
                    var name = field.Groups["name"].Value.Trim();
                    if (name.Equals("date", StringComparison.OrdinalIgnoreCase)) Date ??= value;
                    Output.Add($"{name}: {(Days.Leading(value) is { } day && value.Length == 10 ? Days.Written(day) : value)}");
                    i = end;
                    continue;
                }

                // a list item: its paragraph (the lines indented under its first), then any blocks under it
                if (ListItem().Match(line) is { Success: true } item)
                {
                    var end = Indented(i + 1, to, indent + 1);
                    var said = new List<string> { item.Groups["text"].Value.Trim() };
                    var next = i + 1;
                    while (next < end && lines[next].Trim().Length > 0) said.Add(lines[next++].Trim());
                    var marker = item.Groups["mark"].Value;
                    // ("#." numbers itself: one more than the item before it)
                    var label = marker is "-" or "*" or "+" or "•" ? "• "
                        : marker is "#." or "#)" ? $"{(Output.Count > 0 && Numbered().Match(Output[^1]) is { Success: true } before ? int.Parse(before.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1 : 1)}. "
                        : marker + " ";
                    Output.Add(label + Inline(string.Join(' ', said)));
                    Blocks(next, end, indent + item.Groups["text"].Index);
                    i = end;
                    continue;
                }

                // a line block ("| Line"), kept line by line
                if (line.StartsWith("| ", StringComparison.Ordinal) || line == "|")
                {
                    var block = new List<string>();
                    while (i < to && Dedented(lines[i], indent) is var l && (l.StartsWith("| ", StringComparison.Ordinal) || l == "|")) { block.Add(Inline(l[1..].Trim())); i++; }
                    Output.Add(string.Join('\n', block));
                    continue;
                }

                // an indented block: a quotation, read as its own paragraphs
                if (line[0] == ' ')
                {
                    var depth = line.Length - line.TrimStart().Length;
                    var end = Indented(i, to, indent + depth);
                    Blocks(i, end, indent + depth);
                    i = end;
                    continue;
                }

                // a paragraph: its lines to the next blank line, on one line; "::" at its end opens a literal block, kept as written
                var paragraph = new List<string>();
                while (i < to && Dedented(lines[i], indent) is var l && l.Trim().Length > 0 && l[0] != ' ') { paragraph.Add(l.Trim()); i++; }
                var joined = string.Join(' ', paragraph);
                if (joined.EndsWith("::", StringComparison.Ordinal))
                {
                    joined = joined == "::" ? "" : joined.EndsWith(" ::", StringComparison.Ordinal) ? joined[..^3] : joined[..^1];
                    if (joined.Length > 0) Output.Add(Inline(joined));
                    while (i < to && lines[i].Trim().Length == 0) i++;
                    var end = Indented(i, to, indent + 1);
                    var literal = Enumerable.Range(i, end - i).Select(k => lines[k].TrimEnd()).ToList();
                    var margin = literal.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
                    if (literal.Count > 0) Output.Add(string.Join('\n', literal.Select(l => l.Length >= margin ? l[margin..] : l)).Trim('\n'));
                    i = end;
                    continue;
                }

                Output.Add(Inline(joined));
            }
        }

        private void Heading(string text)
        {
            var heading = Inline(text);
            Headings++;
            if (Title is null && Output.Count == 0) Title = heading;
            Output.Add(heading);
        }

        /// <summary>A directive: an admonition's or a container's text read as text (an admonition's own title first), a document title set; the rest left out.</summary>
        private void Directive(string name, string argument, int from, int to, int indent)
        {
            // (its options, ":depth: 2", come first)
            var body = from;
            while (body < to && Field().IsMatch(lines[body].Trim())) body++;
            switch (name)
            {
                case "note" or "warning" or "important" or "tip" or "hint" or "caution" or "attention" or "danger" or "error" or "admonition" or "topic" or "sidebar"
                    or "rubric" or "epigraph" or "highlights" or "container" or "compound" or "class" or "line-block" or "parsed-literal":
                    if (argument.Length > 0) Output.Add(Inline(argument));
                    Blocks(body, to, indent + 1);
                    break;
                case "title":
                    Title ??= Inline(argument);
                    break;
                default:
                    Skipped++;
                    break;
            }
        }

        /// <summary>A table's rows as "cell | cell"; a grid table's cell that runs over several lines read whole.</summary>
        private void Table(int from, int to, int indent)
        {
            var rows = new List<string>();
            var grid = Dedented(lines[from], indent).TrimStart().StartsWith('+');
            List<StringBuilder>? row = null;
            foreach (var raw in lines[from..to].Select(l => Dedented(l, indent).Trim()))
            {
                if (grid && raw.StartsWith('+'))
                {
                    if (row is not null) rows.Add(string.Join(" | ", row.Select(c => Inline(c.ToString().Trim())).Where(c => c.Length > 0)));
                    row = null;
                    continue;
                }

                if (grid)
                {
                    var cells = raw.Trim('|').Split('|');
                    row ??= [.. cells.Select(_ => new StringBuilder())];
                    for (var c = 0; c < Math.Min(cells.Length, row.Count); c++) row[c].Append(' ').Append(cells[c].Trim());
                }
                else if (!SimpleTableBorder().IsMatch(raw))
                {
                    rows.Add(string.Join(" | ", Columns().Split(raw).Select(c => Inline(c.Trim())).Where(c => c.Length > 0)));
                }
            }

            if (row is not null) rows.Add(string.Join(" | ", row.Select(c => Inline(c.ToString().Trim())).Where(c => c.Length > 0)));
            var kept = rows.Where(r => r.Length > 0).ToList();
            if (kept.Count > 0) Output.Add(string.Join('\n', kept));
        }

        /// <summary>Inline markup as its words: substitutions, footnote references as "[1]", roles, links, emphasis, literals and escapes.</summary>
        private string Inline(string text)
        {
            var read = SubstitutionReference().Replace(text, m => substitutions.TryGetValue(m.Groups["name"].Value, out var words) ? words : m.Value);
            read = FootnoteReference().Replace(read, m =>
            {
                var label = m.Groups["label"].Value;
                if (label.StartsWith('#') || label == "*") return $"[{++referenced}]";
                return int.TryParse(label, out _) ? $"[{label}]" : "";
            });
            read = Role().Replace(read, m =>
            {
                var content = m.Groups["text"].Value;
                return Target().Match(content) is { Success: true } target ? target.Groups["words"].Value.TrimEnd() : content;
            });
            read = NamedLink().Replace(read, m => Target().Match(m.Groups["text"].Value) is { Success: true } target ? target.Groups["words"].Value.TrimEnd() : m.Groups["text"].Value);
            read = WordLink().Replace(read, "$1");
            read = Emphasis().Replace(read, "${words}");
            // (dashes as a renderer prints them: "---" an em dash, "--" an en dash)
            read = read.Replace("---", "\u2014", StringComparison.Ordinal).Replace("--", "\u2013", StringComparison.Ordinal);
            return Escape().Replace(read, "$1");
        }

        /// <summary>The first line at or after <paramref name="from"/> that is not blank and is indented less than <paramref name="indent"/>: where a block indented under a line ends.</summary>
        private int Indented(int from, int to, int indent)
        {
            var end = from;
            var last = from;
            while (end < to)
            {
                var line = lines[end];
                if (line.Trim().Length > 0)
                {
                    if (line.Length - line.TrimStart().Length < indent) break;
                    last = end + 1;
                }

                end++;
            }

            return Math.Max(from, last);
        }

        private static string Dedented(string line, int indent) => line.Length - line.TrimStart().Length >= indent ? line[Math.Min(indent, line.Length)..] : line.TrimStart();

        /// <summary>A heading's underline, overline or a transition: one punctuation mark written four times or more (or at least three under a short heading).</summary>
        private static bool Adornment(string line)
        {
            var t = line.TrimEnd();
            return t.Length >= 3 && "=-~^\"'`#*+:._".Contains(t[0], StringComparison.Ordinal) && t.All(c => c == t[0]) && !(t[0] == '.' && t.Length == 3);
        }
    }

    [GeneratedRegex(@"^\.\.\s+\|(?<name>[^|\n]+)\|\s+replace::[ \t]*(?<text>[^\n]*(?:\n[ \t]+\S[^\n]*)*)", RegexOptions.Multiline)]
    private static partial Regex Substitution();

    [GeneratedRegex(@"\|(?<name>[^|\s][^|\n]*?)\|(?:__?)?")]
    private static partial Regex SubstitutionReference();

    [GeneratedRegex(@"^\[(?<label>#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]\s*(?<text>.*)$")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"\s?\[(?<label>#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"^(?<name>[\w:.+-]+)::(?:\s+(?<argument>.*))?$")]
    private static partial Regex DirectiveHead();

    [GeneratedRegex(@"^\.\.\s+(?:[\w-]+::|\|[^|\n]+\|\s+\w+::)", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^[^\s=\-~^""'`#*+].*\n([=\-~^""'`#*+])\1{2,}[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Underlined();

    [GeneratedRegex(@"^:(?<name>[^:\s][^:]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?<mark>[-*+•]|#\.|#\)|\(?\d+[.)]|\(?[a-zA-Z][.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(\d+)\. ")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^=+( +=+)+\s*$")]
    private static partial Regex SimpleTableBorder();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();

    /// <summary>":doc:`annex-a`", ":abbr:`MIA (Ministry of Internal Affairs)`", "`text`:role:".</summary>
    [GeneratedRegex(@":[\w:.+-]+:`(?<text>[^`]+)`|`(?<text>[^`]+)`:[\w:.+-]+:")]
    private static partial Regex Role();

    /// <summary>"`the Mission's site &lt;https://osce.org&gt;`_", "`Annex A`_", "`interpreted`".</summary>
    [GeneratedRegex(@"(?<!`)`(?<text>[^`\n]+)`(?:__?)?(?!`)")]
    private static partial Regex NamedLink();

    [GeneratedRegex(@"^(?<words>.*?)\s*<[^<>]+>$")]
    private static partial Regex Target();

    /// <summary>A reference by a word: "Annex_" (not snake_case).</summary>
    [GeneratedRegex(@"\b([A-Za-z][\w-]*)__?(?=[\s.,;:!?)]|$)")]
    private static partial Regex WordLink();

    [GeneratedRegex(@"\*\*(?<words>[^*\n]+)\*\*|(?<![\w*])\*(?<words>[^*\s][^*\n]*?)\*(?![\w*])|``(?<words>[^`\n]+)``")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escape();
}
