using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A diplomatic cable as released ("R 261130Z NOV 26 / FM AMEMBASSY DUSHANBE / TO SECSTATE WASHDC / … / TAGS: PREL, OSCE / SUBJECT:
/// TAJIKISTAN: DEPUTY FM TELLS …"): its subject, wrapped over several lines, is its title; its numbered paragraphs are its text, each
/// without the classification it is marked with ("1. (SBU) "), and without the "END SUMMARY." and "END COMMENT." that close a
/// summary or a comment; the routing, the tags and the references above the first paragraph are left out. Its day is the
/// date-time group's ("261130Z NOV 26": 26 November 2026).
/// </summary>
internal static partial class Cable
{
    /// <summary>Whether a text is a cable: a subject line, and at least two of a routing line, a tags line, an E.O. line, "UNCLAS … SECTION 01 OF 02".</summary>
    public static bool Is(string text)
    {
        if (!text.Contains("SUBJECT:", StringComparison.Ordinal)) return false;
        var head = text.Length > 3000 ? text[..3000] : text;
        return Subject().IsMatch(head) && Routing().Matches(head).Select(m => m.Groups["field"].Value[..2]).Distinct().Count() >= 2;
    }

    public static ReadDocument Read(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var subjectAt = Array.FindIndex(lines, l => Subject().IsMatch(l));
        var title = new StringBuilder(Subject().Match(lines[subjectAt]).Groups["subject"].Value.Trim());
        var i = subjectAt + 1;
        for (; i < lines.Length && lines[i].Trim().Length > 0 && !Routing().IsMatch(lines[i]); i++) title.Append(' ').Append(lines[i].Trim());
        // (the text opens on its first numbered paragraph: references and a "Classified By" line before it are not its words)
        var first = Array.FindIndex(lines, i, l => Paragraph().IsMatch(l));
        var body = new StringBuilder();
        foreach (var line in lines.Skip(first < 0 ? i : first))
            body.Append(Closing().Replace(Paragraph().Replace(line, "${number}"), "").TrimEnd()).Append('\n');
        var dated = Dated().Match(text);
        var published = dated.Success && DateTime.TryParseExact($"{dated.Groups["day"].Value} {dated.Groups["month"].Value} {dated.Groups["year"].Value}", "d MMM yy",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var subject = title.ToString();
        return new ReadDocument($"{subject}\n\n{body.ToString().Trim()}", "text/plain", subject, published,
            ["read as a cable: its subject as the title, its numbered paragraphs as the text; routing, tags, references and classification markings left out"]);
    }

    [GeneratedRegex(@"^\s*SUBJECT:\s*(?<subject>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex Subject();

    /// <summary>The lines above a cable's subject: "FM AMEMBASSY DUSHANBE", "TO SECSTATE WASHDC", "TAGS: …", "E.O. 12958: N/A", "UNCLAS SECTION 01 OF 02 …".</summary>
    [GeneratedRegex(@"^\s*(?<field>FM\s+\S|TO\s+\S|INFO\s+\S|TAGS:|E\.\s?O\.\s+\d|REF:|(UNCLAS|CONFIDENTIAL|SECRET)\s+SECTION\s+\d+\s+OF\s+\d+)", RegexOptions.Multiline)]
    private static partial Regex Routing();

    /// <summary>A numbered paragraph's opening and its marking: "1. (SBU) ", "4. (C) ", "5. (U) ".</summary>
    [GeneratedRegex(@"^(?<number>\s*\d{1,2}\.\s+)\((U|SBU|C|S|S/NF|C/NF|U//FOUO|SBU/NF)\)\s*")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s*\bEND\s+(SUMMARY|COMMENT|NOTE)\.")]
    private static partial Regex Closing();

    /// <summary>A date-time group: "R 261130Z NOV 26", "O 031405Z DEC 26".</summary>
    [GeneratedRegex(@"^\s*[ROPZ]\s+(?<day>\d{2})\d{4}Z\s+(?<month>[A-Z]{3})\s+(?<year>\d{2})\s*$", RegexOptions.Multiline)]
    private static partial Regex Dated();
}
