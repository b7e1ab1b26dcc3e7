using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>A sentence of a document: its span and text, and whether it opens a line (a paragraph, a list item) rather than continuing one.</summary>
public sealed record Sentence(int Start, int End, string Text, bool OpensLine = true);

/// <summary>
/// Splits text into sentences: at ., ! or ? followed by space and a capital, an opening quote or a digit (not after
/// common abbreviations and initials: Mr., Ms., Dr., Sen., U.S., H.E., No., e.g.), at a stop a word runs into ("2025-2026.Ambassador"), at blank lines, at list items (bulleted, or by an emoji: "✅ Kazakhstan will …") and headings on lines of
/// their own, around a web address on a line of its own or ending one, and before a dateline.
/// </summary>
public static partial class Sentences
{
    /// <summary>The marks a list's item opens on: "•", "·", "–", "*", "-".</summary>
    internal const string BulletMarks = "•·–*-";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Ms", "Mrs", "Dr", "MR", "MS", "MRS", "DR", "Prof", "No", "St", "Gen", "Amb", "Jr", "Sr", "vs", "e.g", "i.e", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co",
        "Sen", "Rep", "Gov", "Hon", "Rev", "Col", "Lt", "Maj", "Capt", "Art", "Nos", "Vol", "cf", "al", "approx",
        // ("the case of Aliyeva and Others v. Azerbaijan": a case's parties)
        "v",
        // ("Chargé d'Affaires a.i. Katherine Brucker": ad interim)
        "a.i",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var cuts = HeadingEnds(text);
        var start = 0;
        foreach (var (index, length, stop) in Boundaries(text))
        {
            // a closing quotation mark or bracket after the stop ends the sentence with it
            var end = index + (stop ?? 0);
            if (stop is not null && IsAbbreviation(text, index)) continue;
            Add(start, end);
            start = index + length;
        }

        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            // a headline or a "Label: value" line (a web page's "Publishing date: …") ends where its line does
            foreach (var at in cuts.Where(c => c > from && c < to))
            {
                Add(from, at);
                from = at;
            }

            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            var before = from - 1;
            while (before >= 0 && text[before] is ' ' or '\t') before--;
            if (to - from >= 3) sentences.Add(new Sentence(from, to, text[from..to], before < 0 || text[before] is '\n' or '\r'));
        }
    }

    /// <summary>
    /// Where sentences end (<see cref="Boundary"/>) and where a dateline opens one (<see cref="Dateline"/>, after a small letter, a
    /// digit, a stop or a closing bracket or quote, and any space: the space is the boundary), in order, as one expression of both
    /// would find them: the leftmost first, a dateline after the other kinds where both start at one place, and none inside
    /// another. (As one expression, the dateline's alternative, opening on a look-behind, was tried at every character:
    /// three quarters of the splitting's time.) Each with its stop's length, if it ends on one.
    /// </summary>
    private static List<(int Index, int Length, int? Stop)> Boundaries(string text)
    {
        var found = new List<(int Index, int Length, int? Stop, bool Dateline)>();
        foreach (Match boundary in Boundary().Matches(text))
            found.Add((boundary.Index, boundary.Length, boundary.Groups["stop"].Success ? boundary.Groups["stop"].Length : null, false));
        foreach (Match line in Dateline().Matches(text))
        {
            var at = line.Index;
            while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
            if (at > 0 && (char.IsLower(text[at - 1]) || char.IsDigit(text[at - 1]) || text[at - 1] is '.' or ')' or '”')) found.Add((at, line.Index - at, null, true));
        }

        // (stable: the other kinds, found first, go before a dateline at the same place)
        var boundaries = new List<(int Index, int Length, int? Stop)>();
        var end = 0;
        foreach (var (index, length, stop, _) in found.OrderBy(f => f.Index).ThenBy(f => f.Dateline))
        {
            if (index < end) continue;
            boundaries.Add((index, length, stop));
            end = index + length;
        }

        return boundaries;
    }

    private static bool IsAbbreviation(string text, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..stop];
        // a single capital ("J. Smith") or capitals joined by stops ("H.E. Helga Schmid", "U.S.A.") is an initial, not a sentence's end
        // ("application no. 41275/24": a number's "no.", before its digits)
        return Abbreviations.Contains(word) || Initials().IsMatch(word)
               || (word == "no" && stop + 2 < text.Length && text[stop + 1] == ' ' && char.IsAsciiDigit(text[stop + 2]));
    }

    /// <summary>Where lines end that end a sentence without a stop: the document's first line (a headline), a heading above a paragraph, a line a "Label: value" line follows, and such a line itself.</summary>
    private static List<int> HeadingEnds(string text)
    {
        var cuts = new List<int>();
        var lines = Lines(text);

        // a web address on a line of its own ("https://www.ipn.md/en/…html" under the title) is a sentence of its own, whatever the
        // line before ends with; one ending a line ("(see:https://www.osce.org/…" with its bracket never closed) ends its sentence
        for (var i = 0; i < lines.Count; i++)
        {
            if (!MayHoldWebAddress(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start))) continue;
            var trimmed = text[lines[i].Start..lines[i].End].Trim();
            var (from, to) = WebAddresses(trimmed).LastOrDefault((-1, -1));
            if (to != trimmed.Length) continue;
            var at = text.IndexOf(trimmed, lines[i].Start, StringComparison.Ordinal);
            if (from == 0) cuts.Add(at);
            if (from == 0 || (i + 1 < lines.Count && text[lines[i + 1].Start..lines[i + 1].End].TrimStart() is [var opening, ..] && char.IsUpper(opening))) cuts.Add(at + trimmed.Length);
        }

        var first = lines.FindIndex(l => !text.AsSpan(l.Start, l.End - l.Start).IsWhiteSpace());
        var titleAt = first;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).TrimEnd();
            var next = text.AsSpan(lines[i + 1].Start, lines[i + 1].End - lines[i + 1].Start).TrimStart();
            // "[00:00:26] ROGOV: On Tuesday I met …": a transcript's timestamped turn starts a sentence, whatever the line before ends with
            if (line.Length > 0 && Timestamp().IsMatch(next)) { cuts.Add(lines[i].Start + line.Length); continue; }
            if (line.Length == 0 || ".!?:;,".Contains(line[^1])) continue;
            var alone = line.Trim();
            var headline = i == titleAt && alone.Length <= 200 && next.Length > 0 && char.IsUpper(next[0]);
            // "11 July 2018", "04/03/2024 | News": a line of its own that dates the text is not the start of the sentence after it
            var stamp = alone.Length <= 40 && next.Length > 0 && char.IsUpper(next[0]) && (NumericDate().IsMatch(alone) || Dates.Find(alone.ToString()).Any());
            // "18:00, 30 November 2010 | GMT +5" above the title: the title is the line after the stamp
            if (stamp && i == first) titleAt = i + 1;
            // "2. Assessment", "Summary" above a paragraph of wrapped lines: a short line after a blank one, under a line at least twice
            // as long, heads what follows (not a narrow column's line: "Foreign Minister Murat" above "Nurtleu met …")
            var heading = alone.Length <= 40 && (char.IsUpper(alone[0]) || char.IsDigit(alone[0])) && next.Length >= Math.Max(40, 2 * alone.Length) && char.IsUpper(next[0])
                          && (i == 0 || text.AsSpan(lines[i - 1].Start, lines[i - 1].End - lines[i - 1].Start).IsWhiteSpace());
            // "Đurić: Serbia to host regional conference (Politika, p. 4; Tanjug)": a media summary's headline, ended by the outlets it
            // sums up, heads the report under it
            var tagged = line[^1] == ')' && next.Length > 0 && char.IsUpper(next[0]) && OutletTag().IsMatch(alone);
            // "7 October 2026 | Deputy Minister … | Ambassador … | MFA, Ashgabat | …": a table's row, "cell | cell | cell" as a spreadsheet
            // or a table reads, is a line of its own, and so is the line above it
            var row = Row(line) || Row(next);
            if (headline || stamp || heading || tagged || row || Labelled(next) || Labelled(line.TrimStart())) cuts.Add(lines[i].Start + line.Length);
        }

        return [.. cuts.Distinct().Order()];
    }

    /// <summary>A table's row as read: three cells or more, "cell | cell | cell".</summary>
    internal static bool Row(ReadOnlySpan<char> line) => line.Count(" | ") >= 2;

    /// <summary>The web addresses in a text ("https://…", "www.…"), as spans: they name no one and say nothing.</summary>
    internal static IEnumerable<(int Start, int End)> WebAddresses(string text) =>
        MayHoldWebAddress(text) ? WebAddress().Matches(text).Select(m => (m.Index, m.Index + m.Length)) : [];

    /// <summary>Whether the text may hold a web address: every one has "http" or "www.".</summary>
    private static bool MayHoldWebAddress(ReadOnlySpan<char> text) => text.Contains("http", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal);

    [GeneratedRegex(@"(https?://|www\.)\S+")]
    private static partial Regex WebAddress();

    /// <summary>The outlets a media summary's headline ends on: "(Politika, p. 4; Tanjug)", "(N1, Danas)", "(NUNS, Beta)".</summary>
    [GeneratedRegex(@"\((?:\p{Lu}[\p{L}\d.]*(?: \p{Lu}?[\p{L}\d.]+){0,2}|p\. \d{1,3})(?:[,;] (?:\p{Lu}[\p{L}\d.]*(?: \p{Lu}?[\p{L}\d.]+){0,2}|p\. \d{1,3})){1,4}\)$")]
    private static partial Regex OutletTag();

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")]
    private static partial Regex NumericDate();

    // (and a Russian letter written with two: "Zh. Kulubaev", "Sh. Mirziyoyev", "Kh. Rahimzoda")
    [GeneratedRegex(@"^(\p{Lu}\.)*(\p{Lu}|Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye|Yo)$")]
    private static partial Regex Initials();

    /// <summary>Where each line of <paramref name="text"/> starts and ends (before its line break).</summary>
    internal static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    /// <summary>
    /// A "Label: value" line ("Publishing date: 1 April 2019", "What we do: Elections", an interview's "Kamp: I told her …", a
    /// transcript's "[00:00:26] ROGOV: …" or "HOST (Aiperi Kadyrova): …", a UN verbatim record's "Mr. Nebenzia (Russian Federation)
    /// (spoke in Russian): …"); not a recommendation's addressee ("To the Government of
    /// Tajikistan: release …"), nor a sentence's opening in the first person ("I have to say it plainly: …").
    /// </summary>
    /// <remarks>
    /// (or a parliament's record's "Minister for Foreign Affairs and Trade (Deputy Helen McEntee): …": an office, then the speaker's name
    /// in brackets after "Deputy", "Senator" or a courtesy title, the name the label; the group <c>office</c> is the office)
    /// </remarks>
    [GeneratedRegex(@"^(?:" + Stamp + @"\s*)?(?:(?<office>(?:\d{1,3}\.\s+)?\p{Lu}[\p{L}'’-]*(?:,?\s+[\p{L}'’-]+){0,14}?)\s+\((?:Deputy|Senator|Teachta|Mr|Ms|Mrs|Dr)\.?\s+(?<label>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\)|(?!(To|I|We|It|This|That|Let|Here|There|So|But|And|Our|My)\s)(?<label>((Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}[\p{L} ]{1,30}|Q|A)(?:\s*\([^)\n]{1,40}\)){0,2}):\s")]
    internal static partial Regex Label();

    /// <summary>Whether the text opens on a label (<see cref="Label"/>), looked for only where the text has the colon every label ends on.</summary>
    internal static bool Labelled(ReadOnlySpan<char> text) => text.Contains(':') && Label().IsMatch(text);

    /// <summary>The label the text opens on, if any (see <see cref="Labelled"/>).</summary>
    internal static Match LabelOf(string text) => text.Contains(':') ? Label().Match(text) : Match.Empty;

    /// <summary>A transcript's timestamp: "[00:00:26] ", "00:14 ".</summary>
    private const string Stamp = @"\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s";

    /// <summary>A line opening on a transcript's timestamp.</summary>
    [GeneratedRegex("^" + Stamp)]
    private static partial Regex Timestamp();

    /// <summary>
    /// End of a sentence (a stop before space and a capital, quote, bullet or digit, or glued to the next sentence's first
    /// word; with the footnote marks after it, in plain figures too after a word: "… of the Organization".1 One year on …"), a paragraph/line break that ends one (a blank line, unless a sentence with no stop goes on after it in lower case:
    /// after a stop, "… against corruption.\n\nfollow up with the Secretariat …", a note's item of its own), or a dateline, which opens one even when a photo caption runs into it
    /// ("… at the Polish Sejm, 22 March 2018WARSAW, 23 March 2018 – Wrapping up …"), an agency's name in brackets too
    /// ("… hours and days\nVIENNA, September 8 (Itar-Tass) - The …").
    /// </summary>
    [GeneratedRegex(@"(?<stop>[.!?][”""'’)]?(\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|(?<=\p{L}[”""’]?[.!?])\d{1,2}(?=\s))*)(?=\s+[\p{Lu}“""'‘(\d•–-])|(?<=[\p{Ll}\d]{2})(?<stop>\.)(?=\p{Lu}\p{Ll}{2})|\n\s*\n(?!\s*\p{Ll})|(?<=[.!?][”""')]?)\n\s*\n(?=\s*\p{Ll})|\n(?=\s*([•\-–*]|\p{So}|\p{Cs}\p{Cs})\s)|(?<=[:;])\s*\n")]
    private static partial Regex Boundary();

    /// <summary>
    /// A dateline anywhere in a text, in capitals with its day: "WARSAW, 23 March 2018 –", "VIENNA, September 8 (Itar-Tass) -" (whether it
    /// opens a sentence there is read by <see cref="Boundaries"/>; <see cref="Dates.Dateline"/> reads the one a sentence opens on, in more forms).
    /// </summary>
    [GeneratedRegex(@"(?<!\p{Lu})\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?(?:\s*\([^)\n]{1,30}\))?\s*[–—-]")]
    private static partial Regex Dateline();
}
