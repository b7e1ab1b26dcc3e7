namespace EngagementTracker.Extraction.Reading;

internal static partial class PlainText
{
    /// <summary>A plain text as it is, but for the words a PDF's line breaks hyphenated, when it is a PDF's text saved as plain text.</summary>
    public static ReadDocument Read(string text)
    {
        if (ChatExport.Is(text)) return ChatExport.Read(text);
        if (ChatExport.IsMeetingChat(text)) return ChatExport.ReadMeetingChat(text);
        if (MailMessage.IsDigest(text)) return MailMessage.ReadDigest(text);
        if (Cable.Is(text)) return Cable.Read(text);
        if (WikiText.Is(text)) return WikiText.Read(text);
        var whole = PdfText.Rejoin(text);
        List<string> notes = [];
        // a page copied with its readers' comments below the article: what they say is not the document's
        if (ReaderComments().Match(whole) is { Success: true } comments && CommentHead().IsMatch(whole[(comments.Index + comments.Length)..Math.Min(whole.Length, comments.Index + comments.Length + 600)]))
        {
            notes.Add($"left out the readers' comments below the article ({Notes.Counted(whole[comments.Index..].Split('\n').Count(l => l.Trim().Length > 0), "line")})");
            whole = whole[..comments.Index].TrimEnd();
        }

        return new(whole, "text/plain", TitleOf(whole), null, notes);
    }

    /// <summary>The heading over a page's readers' comments: "Comments (4)", "3 Comments", "Reader comments", "Leave a Reply".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \t]*(?:(?:\d+\s+)?(?:Readers?'?\s+|User\s+)?[Cc]omments?|Discussion|Leave a [Rr]eply|Responses)[ \t]*(?:\(\d+\))?:?[ \t]*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ReaderComments();

    /// <summary>A comment's head under it: who wrote it and when ("Ion_B  ·  03.12.2026 18:05", "Maria P. | 3 December 2026"), or "… says:".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\S[^\n]{0,60}?\s(?:·|\||—|-)\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d+\s+(?:minutes?|hours?|days?)\s+ago)|^\S[^\n]{0,60}\ssays:\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex CommentHead();

    /// <summary>
    /// The first line that reads like a title: neither a menu mark, a menu ("News | Opinion | Culture", "Home > Documentation >
    /// Press releases") nor a dateline, of reasonable length; else, for a text with no headline, its opening words after the
    /// dateline, cut at a word near 100 characters.
    /// </summary>
    /// <remarks>A title laid out in columns ("United Nations          S/PV.10123") reads with one space between them.</remarks>
    public static string? TitleOf(string text) =>
        (SpeechHeading(text)
         ?? Headed(text)
         ?? text.Split('\n').Select(l => l.Trim()).FirstOrDefault(TitleLike)
         ?? Opening(text)) is { } title ? Columns().Replace(title, " ") : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]{2,}")]
    private static partial System.Text.RegularExpressions.Regex Columns();

    private static bool TitleLike(string line) =>
        line.Length is >= 12 and <= 200 && (char.IsLetter(line[0]) || line[0] is '"' or '“' or '‘') && !line.EndsWith(':') && !line.EndsWith('.') && !line.EndsWith('-') && !Menu(line)
        && !DateAlone(line);

    /// <summary>A short line that dates the text ("24 June 2025", "Riga, 5 March 2025").</summary>
    private static bool DateAlone(string line) => line.Length <= 40 && Proposing.Dates.Find(line).Any();

    /// <summary>
    /// The title among the lines a text opens with, above its dateline, its date or its first paragraph: the longest that
    /// reads like one, not who delivered it ("As delivered by …") and not a masthead, which is shorter ("Human Rights Watch"
    /// above "Tajikistan: Free Journalists Jailed for Their Work"); a title wrapped after its colon is read whole.
    /// </summary>
    private static string? Headed(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Take(25).ToList();
        var end = lines.FindIndex(l => l.Length > 200 || (l.Length > 0 && Proposing.Dates.Dateline().Match(l) is { Success: true, Length: > 0 })
                                       || DateAlone(l));
        if (end <= 0) return null;
        var candidates = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            // ("Turkmenistan and the OSCE human dimension:" over "thirty years of unmet promises")
            if (line.EndsWith(':') && i + 1 < end && lines[i + 1] is [var next, ..] && char.IsLower(next)) line = $"{line} {lines[++i]}";
            if (TitleLike(line) && !Delivered().IsMatch(line)) candidates.Add(line);
        }

        // ("INTERVIEW / Maria Telalian: "Observation is not interference" / The Director of … speaks to Kathimerini about …": a headline
        // giving someone's words after their name, over a longer standfirst)
        return candidates.Count == 0 ? null : candidates.FirstOrDefault(c => QuotedHeadline().IsMatch(c)) ?? candidates.MaxBy(c => c.Length);
    }

    /// <summary>A headline giving a person's words after their name: "Maria Telalian: "Observation is not interference""; the group <c>name</c> is theirs.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}):\s+[""“‘«]")]
    internal static partial System.Text.RegularExpressions.Regex QuotedHeadline();

    /// <summary>
    /// A speech's heading among the lines a text opens with, above a masthead's or below it: "Address by the OSCE Secretary General
    /// Feridun H. Sinirlioğlu" with the line it wraps onto ("to the 1506th Meeting of the Permanent Council").
    /// </summary>
    private static string? SpeechHeading(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Take(25).ToList();
        var at = lines.FindIndex(l => l.Length <= 200 && SpeechBy().IsMatch(l));
        if (at < 0) return null;
        return at + 1 < lines.Count && lines[at + 1] is [var next, ..] line && char.IsLower(next) && line.Length <= 120 ? $"{lines[at]} {line}" : lines[at];
    }

    /// <summary>A speech's heading: "Address by the OSCE Secretary General …", "Keynote speech by …" (not a statement, which a State may make); its group <c>name</c> is who gives it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*((Opening|Closing|Welcoming|Keynote)\s+)?(Address|Speech|Remarks|Lecture|(?<=\s)(address|speech|remarks|lecture))\s+by\s+(?<name>[^\n]{3,120})")]
    internal static partial System.Text.RegularExpressions.Regex SpeechBy();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(As\s+)?[Dd]elivered\s+by\b|^By\s")]
    private static partial System.Text.RegularExpressions.Regex Delivered();

    private static bool Menu(string line) =>
        line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" > ", StringComparison.Ordinal) || line.Contains(" › ", StringComparison.Ordinal) || line.Contains(" · ", StringComparison.Ordinal);

    /// <summary>"VIENNA/HELSINKI, 17 September 2025 — OSCE Chairperson-in-Office … concluded her two-day visit to…".</summary>
    private static string? Opening(string text)
    {
        var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length >= 12 && char.IsLetter(l[0]));
        if (first is null) return null;
        if (Proposing.Dates.Dateline().Match(first) is { Success: true, Length: > 0 } dateline) first = first[dateline.Length..];
        if (first.Length <= 100) return first;
        var cut = first.LastIndexOf(' ', 100);
        return first[..(cut > 40 ? cut : 100)].TrimEnd(',', ';', ':') + "…";
    }
}
