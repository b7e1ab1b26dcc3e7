using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A document's LaTeX source (.tex, as researchers write a working paper), read as it would print: the title, authors and date
/// where \maketitle sets them, headings and paragraphs, lists with their bullets or numbers, a table's rows "cell | cell", a
/// footnote as "[1]" with the footnotes after the text; what is commented out (a line after "%", a comment environment) and
/// what does not print as words (citations, labels and references, the bibliography, figures' graphics, mathematics' markup)
/// left out. Ties read as spaces, quotes and dashes as they print ("``a model''" as “a model”, "8--9" as "8–9"), accents on
/// their letters ("\'e" as é), and a document's own simple macros ("\newcommand{\HCNM}{High Commissioner …}") as what they say.
/// </summary>
internal static partial class LaTeX
{
    public const string MediaType = "application/x-tex";

    /// <summary>Whether a text is LaTeX source: past its comments, it opens with \documentclass, or it holds \begin{document}.</summary>
    public static bool Is(string start) => Opening().IsMatch(start) || start.Contains(@"\begin{document}", StringComparison.Ordinal);

    [GeneratedRegex(@"\A\uFEFF?(?:\s*%[^\n]*\n)*\s*\\(?:documentclass|documentstyle)\b")]
    private static partial Regex Opening();

    public static ReadDocument Read(string source)
    {
        var (uncommented, commentLines) = Uncommented(source.Replace("\r\n", "\n", StringComparison.Ordinal));
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Definition().Matches(uncommented))
            if (Group(uncommented, m.Index + m.Length) is { } definition) macros[m.Groups["name"].Value] = definition.Content;
        var begin = uncommented.IndexOf(@"\begin{document}", StringComparison.Ordinal);
        var preamble = begin >= 0 ? uncommented[..begin] : "";
        var body = begin >= 0 ? uncommented[(begin + @"\begin{document}".Length)..] : uncommented;
        var end = body.IndexOf(@"\end{document}", StringComparison.Ordinal);
        if (end >= 0) body = body[..end];

        string? Field(string name) => Argument(preamble, name) ?? Argument(body, name);
        var renderer = new Renderer(macros);
        var title = Field("title") is { } t ? Line(renderer.Render(t.Replace(@"\\", " ", StringComparison.Ordinal))) : null;
        var authors = Field("author") is { } a ? Authors(renderer, a) : null;
        var dated = Field("date") is { } d ? renderer.Render(d).Trim() : null;
        renderer.Heading = string.Join("\u2029", new[] { title, authors, dated }.Where(x => !string.IsNullOrWhiteSpace(x)));

        var rendered = renderer.Render(body);
        if (!renderer.Titled && renderer.Heading.Length > 0) rendered = renderer.Heading + "\u2029" + rendered;
        var notes = renderer.Footnotes.Select(Line).ToList();
        var text = Notes.Footnoted(Final(rendered), notes);
        var published = dated is null ? null : Days.Stated(Line(dated));

        List<string> said = [$"read LaTeX source as it prints: {Notes.Counted(renderer.Sections, "heading")}{(notes.Count > 0 ? $", {Notes.Counted(notes.Count, "footnote")} at the end" : "")}"];
        if (commentLines > 0 || renderer.Skipped > 0)
            said.Add("left out " + string.Join(" and ", new[] { commentLines > 0 ? Notes.Counted(commentLines, "commented-out line") : null, renderer.Skipped > 0 ? Notes.Counted(renderer.Skipped, "comment, bibliography or figure environment") : null }.OfType<string>()));
        return new ReadDocument(text, MediaType, title is { Length: > 0 } ? title : PlainText.TitleOf(text), published, said);
    }

    /// <summary>"Saule Mukhametova\thanks{…} \and Tomás Lindqvist": the authors' names on one line ("A and B", "A, B and C"), without their notes.</summary>
    private static string? Authors(Renderer renderer, string field)
    {
        var names = field.Split(@"\and", StringSplitOptions.TrimEntries)
            .Select(n => Line(renderer.Render(Thanks().Replace(n, "").Split(@"\\")[0])))
            .Where(n => n.Length > 0).ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    [GeneratedRegex(@"\\thanks\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}")]
    private static partial Regex Thanks();

    /// <summary>"\newcommand{\HCNM}{…}", "\newcommand\osce{…}", "\def\osce{…}": a macro without arguments, up to its body.</summary>
    [GeneratedRegex(@"\\(?:(?:re)?newcommand|providecommand)\*?\s*\{?\\(?<name>[A-Za-z]+)\}?\s*(?=\{)|\\def\s*\\(?<name>[A-Za-z]+)\s*(?=\{)")]
    private static partial Regex Definition();

    /// <summary>The first argument of the command <paramref name="name"/> in the text ("\title[Short]{Long}" gives "Long"), or null.</summary>
    private static string? Argument(string text, string name)
    {
        var at = Regex.Match(text, @"\\" + name + @"\s*(\[[^\]]*\]\s*)?(?=\{)");
        return at.Success ? Group(text, at.Index + at.Length)?.Content : null;
    }

    /// <summary>The source without its comments: what follows an unescaped "%" on a line, and a line that was only a comment, with how many lines held one.</summary>
    private static (string Text, int Lines) Uncommented(string source)
    {
        var kept = new StringBuilder(source.Length);
        var count = 0;
        foreach (var line in source.Split('\n'))
        {
            var cut = -1;
            for (var i = 0; i < line.Length; i++)
                if (line[i] == '\\') i++;
                else if (line[i] == '%') { cut = i; break; }
            if (cut < 0) { kept.Append(line).Append('\n'); continue; }
            count++;
            // (a line that was only a comment is gone, and with it the blank line it would make; "text%" joins the next line)
            if (line[..cut].Trim().Length > 0) kept.Append(line[..cut]);
        }

        return (kept.ToString(), count);
    }

    /// <summary>The balanced group that opens at <paramref name="at"/> (after spaces): its content and the index after its closing brace.</summary>
    private static (string Content, int End)? Group(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        if (at >= text.Length || text[at] != '{') return null;
        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return (text[(at + 1)..i], i + 1);
        }

        return (text[(at + 1)..], text.Length);
    }

    /// <summary>Rendered text as paragraphs: a blank line (or a heading's or list's break) parts them, a single line break is a space, a forced one ("\\", an item, a row) stays.</summary>
    private static string Final(string rendered)
    {
        var paragraphs = BlankLine().Replace(rendered, "\u2029").Split('\u2029');
        return string.Join("\n\n", paragraphs.Select(p => string.Join('\n', p.Split('\u2028').Select(Line).Where(l => l.Length > 0))).Where(p => p.Length > 0));
    }

    [GeneratedRegex(@"[ \t]*\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    private static string Line(string text) => string.Join(' ', text.Split([' ', '\t', '\n', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries));

    private sealed class Renderer(Dictionary<string, string> macros)
    {
        public string Heading { get; set; } = "";
        public bool Titled { get; private set; }
        public int Sections { get; private set; }
        public int Skipped { get; private set; }
        public List<string> Footnotes { get; } = [];
        private readonly Stack<(bool Numbered, int Count)> lists = new();
        private int tables;
        private int depth;

        public string Render(string source)
        {
            if (++depth > 50) { depth--; return ""; }
            var text = new StringBuilder(source.Length);
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                switch (c)
                {
                    case '\\':
                        i = Command(source, i, text);
                        break;
                    case '{' or '}' or '$':
                        break;
                    case '~':
                        text.Append(' ');
                        break;
                    case '&':
                        text.Append(tables > 0 ? " | " : "&");
                        break;
                    case '-' when At(source, i, "---"):
                        text.Append('—');
                        i += 2;
                        break;
                    case '-' when At(source, i, "--"):
                        text.Append('–');
                        i++;
                        break;
                    case '`' when At(source, i, "``"):
                        text.Append('“');
                        i++;
                        break;
                    case '`':
                        text.Append('‘');
                        break;
                    case '\'' when At(source, i, "''"):
                        text.Append('”');
                        i++;
                        break;
                    default:
                        text.Append(c);
                        break;
                }
            }

            depth--;
            return text.ToString();
        }

        private static bool At(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;

        /// <summary>Renders the command at <paramref name="i"/> (a backslash) into <paramref name="text"/>; returns the index of its last character.</summary>
        private int Command(string s, int i, StringBuilder text)
        {
            if (i + 1 >= s.Length) return i;
            var next = s[i + 1];
            if (!char.IsAsciiLetter(next))
            {
                // a control symbol: "\\" a line break, "\%" a percent sign, "\'e" an accent, "\," a thin space
                if (next == '\\') { text.Append('\u2028'); return SkipOptional(s, i + 2) - 1; }
                if (Accents.TryGetValue(next, out var mark)) return Accent(s, i + 2, mark, text);
                if (next is ',' or ';' or ':' or ' ' or '\n') text.Append(' ');
                else if (next is not ('!' or '/' or '-' or '@')) text.Append(next);
                return i + 1;
            }

            var start = i + 1;
            var stop = start;
            while (stop < s.Length && char.IsAsciiLetter(s[stop])) stop++;
            var name = s[start..stop];
            var after = stop;
            if (after < s.Length && s[after] == '*') after++;

            if (LetterAccents.TryGetValue(name, out var accent) && name.Length == 1) return Accent(s, after, accent, text);
            if (Letters.TryGetValue(name, out var letter)) { text.Append(letter); return Spaced(s, stop) - 1; }
            if (macros.TryGetValue(name, out var defined)) { text.Append(Render(defined)); return Spaced(s, stop) - 1; }

            switch (name)
            {
                case "maketitle":
                    Titled = true;
                    text.Append('\u2029').Append(Heading).Append('\u2029');
                    return after - 1;
                case "section" or "subsection" or "subsubsection" or "chapter" or "part" or "paragraph" or "subparagraph":
                {
                    var (heading, end) = Arguments(s, after, 1);
                    Sections++;
                    text.Append('\u2029').Append(Line(Render(heading[0]))).Append('\u2029');
                    return end - 1;
                }
                case "begin":
                {
                    var (env, end) = Arguments(s, after, 1);
                    var environment = env[0].Trim();
                    if (Unprinted.Contains(environment.TrimEnd('*')))
                    {
                        Skipped++;
                        var close = s.IndexOf(@"\end{" + environment + "}", end, StringComparison.Ordinal);
                        return close < 0 ? s.Length - 1 : close + @"\end{}".Length + environment.Length - 1;
                    }

                    if (environment is "itemize" or "enumerate" or "description") lists.Push((environment == "enumerate", 0));
                    if (environment.StartsWith("tabular", StringComparison.Ordinal) || environment is "longtable" or "tabularx" or "array")
                    {
                        tables++;
                        // (its column spec, "{lll}" or "{\linewidth}{lX}", does not print)
                        var (_, specEnd) = Arguments(s, end, environment is "tabularx" or "tabular*" ? 2 : 1);
                        end = specEnd;
                    }

                    text.Append(environment is "abstract" ? "\u2029Abstract\u2029" : "\u2029");
                    return SkipOptional(s, end) - 1;
                }
                case "end":
                {
                    var (env, end) = Arguments(s, after, 1);
                    var environment = env[0].Trim();
                    if (environment is "itemize" or "enumerate" or "description" && lists.Count > 0) lists.Pop();
                    if (environment.StartsWith("tabular", StringComparison.Ordinal) || environment is "longtable" or "tabularx" or "array") tables = Math.Max(0, tables - 1);
                    text.Append('\u2029');
                    return end - 1;
                }
                case "item":
                {
                    var end = after;
                    var label = Optional(s, ref end);
                    var bullet = "• ";
                    if (lists.Count > 0)
                    {
                        var (numbered, count) = lists.Pop();
                        lists.Push((numbered, count + 1));
                        if (numbered) bullet = $"{count + 1}. ";
                    }

                    text.Append('\u2028').Append(label is null ? bullet : Line(Render(label)) + " ");
                    return end - 1;
                }
                case "footnote":
                {
                    var end = after;
                    Optional(s, ref end);
                    var (note, close) = Arguments(s, end, 1);
                    Footnotes.Add(Render(note[0]));
                    text.Append('[').Append(Footnotes.Count).Append(']');
                    return close - 1;
                }
                case "enquote":
                {
                    var (quoted, end) = Arguments(s, after, 1);
                    text.Append('“').Append(Render(quoted[0])).Append('”');
                    return end - 1;
                }
                case "href":
                {
                    var (link, end) = Arguments(s, after, 2);
                    text.Append(Render(link[1]));
                    return end - 1;
                }
                case "url" or "nolinkurl" or "texttt" or "verb":
                {
                    var (link, end) = Arguments(s, after, 1);
                    text.Append(link[0]);
                    return end - 1;
                }
            }

            if (Dropped.TryGetValue(name, out var arguments))
            {
                var end = after;
                while (Optional(s, ref end) is not null) { }
                var (_, close) = Arguments(s, end, arguments);
                while (Optional(s, ref close) is not null) { }
                if (arguments == 0) close = Spaced(s, close);
                // ("State \parencite{kemp2001}." prints "State (Kemp 2001)."; without the citation, "State." and not "State .")
                if (close < s.Length && s[close] is '.' or ',' or ';' or ':' or ')' or '?' or '!')
                    while (text.Length > 0 && text[^1] is ' ' or '\n') text.Length--;
                // (a command alone on its line, "\hline" or "\label{sec:intro}", leaves no blank line where it stood)
                else if (close < s.Length && s[close] == '\n' && text.ToString().TrimEnd(' ', '\t') is var before && (before.Length == 0 || before[^1] is '\n' or '\u2028' or '\u2029'))
                    close++;
                return close - 1;
            }

            // any other command (\emph, \textbf, \mbox, one of a package's): its name does not print, its arguments do
            var rest = after;
            while (Optional(s, ref rest) is not null) { }
            return (rest < s.Length && s[rest] == '{' ? rest : Spaced(s, rest)) - 1;
        }

        /// <summary>"\'e", "\'{e}", "\v{s}", "\c c": the letter with its accent, composed.</summary>
        private int Accent(string s, int at, char mark, StringBuilder text)
        {
            while (at < s.Length && s[at] == ' ') at++;
            if (at >= s.Length) return at - 1;
            string letter;
            int end;
            if (s[at] == '{' && Group(s, at) is { } group) (letter, end) = (Render(group.Content), group.End);
            else if (s[at] == '\\' && at + 1 < s.Length && s[at + 1] is 'i' or 'j' && (at + 2 >= s.Length || !char.IsAsciiLetter(s[at + 2]))) (letter, end) = (s[at + 1].ToString(), at + 2);
            else (letter, end) = (s[at].ToString(), at + 1);
            text.Append((letter.Length > 0 ? letter[..1] + mark + letter[1..] : mark.ToString()).Normalize(NormalizationForm.FormC));
            return end - 1;
        }

        /// <summary>The <paramref name="count"/> braced arguments from <paramref name="at"/> (a missing one is empty) and the index after them.</summary>
        private static (string[] Arguments, int End) Arguments(string s, int at, int count)
        {
            var arguments = new string[count];
            for (var k = 0; k < count; k++)
            {
                Optional(s, ref at);
                if (Group(s, at) is { } group) (arguments[k], at) = (group.Content, group.End);
                else arguments[k] = "";
            }

            return (arguments, at);
        }

        /// <summary>An optional argument ("[p.~3]") at <paramref name="at"/> after spaces, moving past it; null when there is none.</summary>
        private static string? Optional(string s, ref int at)
        {
            var i = at;
            while (i < s.Length && s[i] is ' ' or '\t') i++;
            if (i >= s.Length || s[i] != '[') return null;
            var depth = 0;
            for (var j = i; j < s.Length; j++)
            {
                if (s[j] == '{') depth++;
                else if (s[j] == '}') depth--;
                else if (s[j] == ']' && depth == 0) { at = j + 1; return s[(i + 1)..j]; }
            }

            return null;
        }

        private static int SkipOptional(string s, int at)
        {
            Optional(s, ref at);
            return at;
        }

        /// <summary>After a command word, the spaces that only end it ("\ldots and" keeps one, as it prints: the space is the word's end).</summary>
        private static int Spaced(string s, int at)
        {
            if (at + 1 < s.Length && s[at] == '{' && s[at + 1] == '}') return at + 2;
            return at;
        }
    }

    /// <summary>Environments that do not print as the text's words: commented out, the bibliography, pictures and listings, displayed mathematics.</summary>
    private static readonly HashSet<string> Unprinted = new(StringComparer.Ordinal)
    {
        "comment", "thebibliography", "tikzpicture", "pspicture", "picture", "lstlisting", "minted", "equation", "align", "gather", "multline", "displaymath", "math", "eqnarray",
    };

    /// <summary>Commands that print nothing of their own, with how many braced arguments they take.</summary>
    private static readonly Dictionary<string, int> Dropped = new(StringComparer.Ordinal)
    {
        ["cite"] = 1, ["citep"] = 1, ["citet"] = 1, ["parencite"] = 1, ["textcite"] = 1, ["autocite"] = 1, ["footcite"] = 1, ["citeauthor"] = 1, ["citeyear"] = 1, ["nocite"] = 1, ["supercite"] = 1,
        ["label"] = 1, ["ref"] = 1, ["pageref"] = 1, ["eqref"] = 1, ["cref"] = 1, ["Cref"] = 1, ["autoref"] = 1, ["nameref"] = 1,
        ["vspace"] = 1, ["hspace"] = 1, ["includegraphics"] = 1, ["bibliography"] = 1, ["bibliographystyle"] = 1, ["addbibresource"] = 1, ["usepackage"] = 1,
        ["documentclass"] = 1, ["setlength"] = 2, ["addtolength"] = 2, ["setcounter"] = 2, ["pagestyle"] = 1, ["thispagestyle"] = 1, ["cline"] = 1, ["thanks"] = 1,
        ["newcommand"] = 2, ["renewcommand"] = 2, ["providecommand"] = 2, ["def"] = 1, ["title"] = 1, ["author"] = 1, ["date"] = 1,
        ["printbibliography"] = 0, ["tableofcontents"] = 0, ["listoffigures"] = 0, ["listoftables"] = 0, ["newpage"] = 0, ["clearpage"] = 0, ["pagebreak"] = 0,
        ["noindent"] = 0, ["centering"] = 0, ["raggedright"] = 0, ["hline"] = 0, ["toprule"] = 0, ["midrule"] = 0, ["bottomrule"] = 0, ["par"] = 0, ["smallskip"] = 0,
        ["medskip"] = 0, ["bigskip"] = 0, ["today"] = 0, ["appendix"] = 0, ["small"] = 0, ["footnotesize"] = 0, ["scriptsize"] = 0, ["large"] = 0, ["Large"] = 0,
        ["normalsize"] = 0, ["bfseries"] = 0, ["itshape"] = 0, ["em"] = 0, ["bf"] = 0, ["it"] = 0, ["linewidth"] = 0, ["textwidth"] = 0, ["protect"] = 0,
    };

    /// <summary>Commands that print a character.</summary>
    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["textendash"] = "–", ["textemdash"] = "—", ["S"] = "§", ["P"] = "¶", ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø",
        ["l"] = "ł", ["L"] = "Ł", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["i"] = "ı", ["textquoteright"] = "’", ["textquoteleft"] = "‘",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["euro"] = "€", ["texteuro"] = "€", ["pounds"] = "£", ["copyright"] = "©", ["textdegree"] = "°", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",
        ["newline"] = "\u2028", ["linebreak"] = "\u2028", ["quad"] = " ", ["qquad"] = " ", ["enspace"] = " ", ["textbar"] = "|", ["textbackslash"] = "\\",
    };

    /// <summary>The accents a control symbol puts on the letter after it ("\'e", "\"o"), as combining marks.</summary>
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
    };

    /// <summary>The accents a one-letter command puts on the letter after it ("\v{s}", "\c{c}").</summary>
    private static readonly Dictionary<string, char> LetterAccents = new(StringComparer.Ordinal)
    {
        ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["c"] = '\u0327', ["k"] = '\u0328', ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
    };
}
