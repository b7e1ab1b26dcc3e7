using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An e-mail as a mail client saves it (.eml, RFC 5322 with MIME): its text part (else its HTML part), decoded from
/// quoted-printable or base64 in its own character set. A forwarded message is the document: the cover notes above it and
/// the forwarding header go, and its own subject and date are the title and the day. The signature after "-- " goes.
/// Attachments the reader reads (PDF, Word, HTML, text) follow the message, each under "Attachment: name". A web page a
/// browser saved as one file (MHTML, also MIME) is read as the page, its title and day its own. A mailbox (mbox, as a mail client
/// or a mailing list's archive keeps many messages in one file) is read as its messages, each under its day and subject. A
/// mailing list's footer ("_____ / … mailing list / To unsubscribe …") and its tag before the subject ("[OSCE-Press]") go.
/// </summary>
internal static partial class MailMessage
{
    public const string MediaType = "message/rfc822";

    public const string Mailbox = "application/mbox";

    /// <summary>
    /// Whether a text is a mailbox: it opens on the line a mail client writes before each message, "From " with the sender and
    /// the time it arrived ("From press@lists.osce.org  Mon Nov 30 09:12:44 2026").
    /// </summary>
    public static bool IsMailbox(byte[] content) =>
        content.AsSpan().StartsWith("From "u8) && Separator().Match(Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 300))) is { Success: true, Index: 0 };

    /// <summary>A mailbox's messages in the order it keeps them, each read as an e-mail is, under its day and subject; its last day is the document's.</summary>
    public static ReadDocument ReadMailbox(byte[] content)
    {
        var raw = Encoding.Latin1.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal);
        var separators = Separator().Matches(raw);
        var messages = new List<(DateOnly? Day, string? Title, string Text)>();
        string? list = null;
        var unread = 0;
        for (var i = 0; i < separators.Count; i++)
        {
            var start = separators[i].Index + separators[i].Length + 1;
            var end = i + 1 < separators.Count ? separators[i + 1].Index : raw.Length;
            // (a line of the text that began "From " was written ">From ", and ">From " as ">>From ")
            var message = Escaped().Replace(raw[Math.Min(start, end)..end], "$1");
            list ??= ListName(Part.Parse(message).Header("List-Id"));
            try
            {
                var read = Read(Encoding.Latin1.GetBytes(message));
                messages.Add((Days.Leading(read.Published), read.Title, read.Text));
            }
            catch (DocumentRejectedException)
            {
                unread++;
            }
        }

        var (text, days, kept) = Posts.Entries(messages);
        if (kept == 0) throw new DocumentRejectedException("The mailbox holds no message with text.");
        var last = days.Count > 0 ? days.Max() : (DateOnly?)null;
        var title = list ?? (kept == 1 ? messages.First(m => m.Title is not null || m.Text.Length > 0).Title : Posts.Spanned(kept, "e-mail", days));
        return new ReadDocument(text, Mailbox, title, Days.Iso(last),
            [$"read a mailbox: {Notes.Counted(kept, "e-mail")}, each under its day and subject{(unread > 0 ? $"; {Notes.Counted(unread, "message")} with no text left out" : "")}"]);
    }

    /// <summary>
    /// Whether a text is a mailing list's digest, as Mailman sends it: "Today's Topics:" over the list of subjects, then each
    /// message under "Message: 1" and its header fields.
    /// </summary>
    public static bool IsDigest(string text) =>
        text.Contains("Today's Topics:", StringComparison.Ordinal) && DigestMessage().Count(text) >= 1 && DigestRule().IsMatch(text);

    /// <summary>
    /// A digest's messages, each read as an e-mail is, under its day and subject, the sender's name before their words ("Tolekan
    /// Ismailova: Thanks Aida. …"); the list's notice at the head, the topics, the footer, and the lines a reply quotes from
    /// messages before it ("> …") left out. Its last day is the document's; its title the digest's ("OSCE-watch Digest, Vol 42, Issue 7").
    /// </summary>
    public static ReadDocument ReadDigest(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var messages = new List<(DateOnly? Day, string? Title, string Text)>();
        var quoted = 0;
        foreach (var part in DigestRule().Split(text))
        {
            if (DigestMessage().Match(part) is not { Success: true } opening) continue;
            var raw = part[(opening.Index + opening.Length)..].TrimStart('\n');
            var header = Part.Parse(raw);
            if (header.Header("Subject") is { } subject && subject.Trim().Equals("Digest Footer", StringComparison.OrdinalIgnoreCase)) continue;
            // (what a reply quotes is in the digest already, as the message it replies to)
            var lines = raw.Split('\n').ToList();
            var bodyAt = lines.FindIndex(l => l.Trim().Length == 0);
            quoted += lines.Skip(bodyAt).Count(l => l.StartsWith('>'));
            var unquoted = string.Join('\n', lines.Take(bodyAt).Concat(lines.Skip(bodyAt).Where(l => !l.StartsWith('>'))));
            if (header.Header("Content-Type") is null) unquoted = "Content-Type: text/plain; charset=utf-8\n" + unquoted;
            try
            {
                var read = Read(Encoding.UTF8.GetBytes(unquoted));
                var sender = header.Header("From") is { } from ? Sender(Words(from)) : null;
                messages.Add((Days.Leading(read.Published), read.Title, sender is null ? read.Text : sender + ": " + read.Text));
            }
            catch (DocumentRejectedException)
            {
            }
        }

        var (entries, days, kept) = Posts.Entries(messages);
        if (kept == 0) throw new DocumentRejectedException("The digest holds no message with text.");
        var title = DigestEnd().Match(text) is { Success: true } end ? end.Groups["digest"].Value.Trim() : Posts.Spanned(kept, "e-mail", days);
        return new ReadDocument(entries, "text/plain", title, Days.Iso(days.Count > 0 ? days.Max() : null),
            [$"read a mailing list's digest: {Notes.Counted(kept, "e-mail")}, each under its day and subject, its sender before it; the list's notices{(quoted > 0 ? " and the lines replies quote" : "")} left out"]);
    }

    /// <summary>A sender's name as the From field gives it: "Aida Bekova &lt;aida@example.kg&gt;", "aida@example.kg (Aida Bekova)"; null for an address alone.</summary>
    private static string? Sender(string from)
    {
        var name = from.Contains('<', StringComparison.Ordinal) ? from[..from.IndexOf('<', StringComparison.Ordinal)]
            : from.IndexOf('(', StringComparison.Ordinal) is var open and >= 0 && from.EndsWith(')') ? from[(open + 1)..^1] : "";
        name = name.Trim().Trim('"').Trim();
        return name.Length >= 2 && !name.Contains('@', StringComparison.Ordinal) ? name : null;
    }

    [GeneratedRegex(@"(?m)^Message: \d+[ \t]*$")]
    private static partial Regex DigestMessage();

    /// <summary>The rule a digest draws between its parts: a line of thirty or more dashes.</summary>
    [GeneratedRegex(@"(?m)^-{30,}[ \t]*$")]
    private static partial Regex DigestRule();

    [GeneratedRegex(@"(?m)^End of (?<digest>[^\n]*?Digest[^\n]*?)\s*$")]
    private static partial Regex DigestEnd();

    /// <summary>A mailing list's name from its List-Id ("OSCE Mission to Skopje press list &lt;press.lists.osce.org&gt;"), or null.</summary>
    private static string? ListName(string? listId) =>
        listId is null ? null : Words(listId.Split('<')[0]).Trim().Trim('"').Trim() is { Length: > 0 } name ? name : null;

    /// <summary>Whether a text that came without a type is a saved e-mail: it opens with header fields, among them From and a Date, Subject, Received or MIME-Version.</summary>
    public static bool Is(byte[] content)
    {
        // (most texts fail on their first line: not "Name: " in the characters a field's name may have)
        var colon = content.AsSpan(0, Math.Min(content.Length, 80)).IndexOf((byte)':');
        if (colon <= 0 || content.AsSpan(0, colon).ContainsAnyExceptInRange((byte)'!', (byte)'~')) return false;
        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 8192)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = head.IndexOf("\n\n", StringComparison.Ordinal);
        if (end <= 0) return false;
        var fields = Unfold(head[..end]).ToList();
        return fields.Count >= 2 && fields.All(f => f.Name.Length > 0)
               && fields.Any(f => f.Name.Equals("From", StringComparison.OrdinalIgnoreCase))
               && fields.Any(f => f.Name.ToLowerInvariant() is "date" or "subject" or "received" or "mime-version");
    }

    public static ReadDocument Read(byte[] content)
    {
        var raw = Encoding.Latin1.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal);
        var message = Part.Parse(raw);
        var attachments = new List<(string Name, byte[] Bytes)>();
        var body = Body(message, attachments);
        // a web page a browser saved as one file (MHTML: "Snapshot-Content-Location", "From: <Saved by Blink>"): the page is the
        // document, with its own title and day; the message's date is when it was saved
        if (body is { Html: true } && (message.Header("Snapshot-Content-Location") is not null || message.Header("From")?.Contains("<Saved by ", StringComparison.OrdinalIgnoreCase) == true))
        {
            var page = WebPage.Read(body.Value.Text);
            var saved = DayOf(message.Header("Date"));
            return page with
            {
                MediaType = MediaType,
                Title = page.Title ?? Subject(message.Header("Subject")),
                Published = page.Published ?? saved,
                Notes = [$"read a web page saved as one file (MHTML){(Days.Leading(saved) is { } savedOn ? $" on {Days.Written(savedOn)}" : "")}", .. page.Notes],
            };
        }

        var notes = new List<string>();
        string text;
        if (body is null) text = "";
        else if (body.Value.Html) text = WebPage.Read(body.Value.Text).Text;
        else text = body.Value.Text.Replace("\r\n", "\n", StringComparison.Ordinal);

        var title = Subject(message.Header("Subject"));
        var published = DayOf(message.Header("Date"));
        // the innermost forwarded message is the document; what was written above it covers it
        var marks = ForwardMark().Matches(text);
        if (marks.Count > 0)
        {
            var mark = marks[^1];
            var cover = text[..mark.Index].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            var rest = text[(mark.Index + mark.Length)..].TrimStart('\n');
            var header = Unfold(string.Join('\n', rest.Split('\n').TakeWhile(l => l.Trim().Length > 0))).ToList();
            if (header.Count > 0 && header.All(f => f.Name.Length > 0))
            {
                title = Subject(header.FirstOrDefault(f => f.Name.Equals("Subject", StringComparison.OrdinalIgnoreCase)).Value) ?? title;
                published = DayOf(header.FirstOrDefault(f => f.Name.ToLowerInvariant() is "date" or "sent").Value) ?? published;
                rest = string.Join('\n', rest.Split('\n').SkipWhile(l => l.Trim().Length > 0));
            }

            text = rest;
            notes.Add($"read the forwarded message; the {Notes.Counted(cover, "line")} written above it left out");
        }

        // a signature: everything after the line "-- ", when it is short
        var lines = text.Split('\n').ToList();
        var signature = lines.FindLastIndex(l => l is "-- " or "--");
        if (signature >= 0 && lines.Count - signature <= 15)
        {
            text = string.Join('\n', lines.Take(signature));
            notes.Add("left out the sender's signature");
        }

        // a mailing list's footer: a rule of underscores over "… mailing list" and how to leave it
        if (ListFooter().Match(text) is { Success: true } footer) text = text[..footer.Index];

        var read = new StringBuilder(text.Trim());
        foreach (var (name, bytes) in attachments)
        {
            try
            {
                var attached = DocumentReader.Read(bytes, null, name);
                read.Append("\n\nAttachment: ").Append(name).Append("\n\n").Append(attached.Text);
                notes.Add($"read the attachment {name}");
                title ??= attached.Title;
            }
            catch (DocumentRejectedException e)
            {
                notes.Add($"left out the attachment {name}: {e.Message}");
            }
        }

        if (read.Length == 0) throw new DocumentRejectedException("The e-mail has no text part, HTML part or readable attachment.");
        return new ReadDocument(read.ToString(), MediaType, title, published, notes);
    }

    /// <summary>The message's text: its first text/plain part, else its first text/html part; attachments gathered on the way.</summary>
    private static (string Text, bool Html)? Body(Part part, List<(string Name, byte[] Bytes)> attachments)
    {
        var type = part.Type;
        if (part.Children.Count > 0)
        {
            var found = part.Children.Select(child => Body(child, attachments)).Where(b => b is not null).ToList();
            return found.FirstOrDefault(b => !b!.Value.Html) ?? found.FirstOrDefault();
        }

        if (part.FileName is { } file && (part.Header("Content-Disposition")?.StartsWith("attachment", StringComparison.OrdinalIgnoreCase) == true || !type.StartsWith("text/", StringComparison.Ordinal)))
        {
            attachments.Add((file, part.Decoded()));
            return null;
        }

        return type switch
        {
            "text/plain" => (part.Text(), false),
            "text/html" => (part.Text(), true),
            _ => null,
        };
    }

    private static string? Subject(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject)) return null;
        var plain = Words(subject).Trim();
        while (Reply().Match(plain) is { Success: true } prefix) plain = plain[prefix.Length..].TrimStart();
        if (ListTag().Match(plain) is { Success: true } tag) plain = plain[tag.Length..].TrimStart();
        return plain.Length == 0 ? null : plain;
    }

    /// <summary>"Tue, 24 Nov 2026 17:02:00 +0100", "Tue, 24 Nov 2026 at 17:02", "Tuesday, November 24, 2026 5:02 PM" as 2026-11-24.</summary>
    internal static string? DayOf(string? value)
    {
        if (value is null) return null;
        var m = DayMonthYear().Match(value);
        if (!m.Success) m = MonthDayYear().Match(value);
        if (!m.Success) return null;
        var month = Array.FindIndex(Months, name => m.Groups["month"].Value.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;
        var year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Header fields with their continuation lines joined; a line that is not a field has an empty name.</summary>
    private static IEnumerable<(string Name, string Value)> Unfold(string header)
    {
        string? name = null;
        var value = new StringBuilder();
        foreach (var line in header.Split('\n'))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t' && name is not null) { value.Append(' ').Append(line.Trim()); continue; }
            if (name is not null) yield return (name, value.ToString());
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 && FieldName().IsMatch(line[..colon]);
            name = field ? line[..colon] : "";
            value.Clear().Append(field ? line[(colon + 1)..].Trim() : line);
        }

        if (name is not null) yield return (name, value.ToString());
    }

    /// <summary>RFC 2047 encoded words ("=?UTF-8?Q?Dina_Had=C5=BEi=C4=87?=") as text.</summary>
    private static string Words(string value) =>
        EncodedWord().Replace(EncodedGap().Replace(value, "$1$2"), m =>
        {
            var encoding = EncodingOf(m.Groups["charset"].Value);
            var data = m.Groups["data"].Value;
            try
            {
                var bytes = m.Groups["kind"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                    ? Convert.FromBase64String(data)
                    : QuotedPrintable(data.Replace('_', ' '));
                return encoding.GetString(bytes);
            }
            catch (FormatException)
            {
                return m.Value;
            }
        });

    private static Encoding EncodingOf(string? charset) =>
        string.IsNullOrWhiteSpace(charset) ? Encoding.UTF8 : CodePages.Get(charset) ?? Encoding.UTF8;

    private static byte[] QuotedPrintable(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 1 < value.Length && value[i + 1] == '\n') { i++; continue; }
            if (value[i] == '=' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            bytes.Add((byte)value[i]);
        }

        return [.. bytes];
    }

    /// <summary>One MIME part: its header fields, its raw body (as Latin-1 characters, one per byte) and, for a multipart, its parts.</summary>
    private sealed class Part(List<(string Name, string Value)> fields, string body, List<Part> children)
    {
        public List<Part> Children { get; } = children;

        public string? Header(string name) => fields.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

        public string Type => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

        public string? FileName => Parameter(Header("Content-Disposition"), "filename") ?? Parameter(Header("Content-Type"), "name");

        public static Part Parse(string raw)
        {
            var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
            var head = split < 0 ? raw : raw[..split];
            var body = split < 0 ? "" : raw[(split + 2)..];
            var fields = Unfold(head).Where(f => f.Name.Length > 0).ToList();
            var part = new Part(fields, body, []);
            if (part.Type.StartsWith("multipart/", StringComparison.Ordinal) && Parameter(part.Header("Content-Type"), "boundary") is { } boundary)
            {
                var pieces = body.Split("--" + boundary);
                // (the preamble before the first boundary and the epilogue after the last, "--boundary--", are not parts)
                foreach (var piece in pieces.Skip(1))
                {
                    if (piece.StartsWith("--", StringComparison.Ordinal)) break;
                    part.Children.Add(Parse(piece.TrimStart(' ', '\t').StartsWith('\n') ? piece.TrimStart(' ', '\t')[1..] : piece));
                }
            }

            return part;
        }

        public byte[] Decoded() => (Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable(body),
            "base64" => Base64(body),
            _ => Encoding.Latin1.GetBytes(body),
        };

        public string Text() => EncodingOf(Parameter(Header("Content-Type"), "charset")).GetString(Decoded());

        private static byte[] Base64(string value)
        {
            try
            {
                return Convert.FromBase64String(string.Concat(value.Where(c => !char.IsWhiteSpace(c))));
            }
            catch (FormatException)
            {
                throw new DocumentRejectedException("The e-mail has a part whose base64 cannot be decoded.");
            }
        }

        private static string? Parameter(string? header, string name)
        {
            if (header is null) return null;
            var m = Regex.Match(header, $@"(?:^|;)\s*{name}\*?\s*=\s*(?:""(?<v>[^""]*)""|(?<v>[^;\s]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            return m.Success ? Words(m.Groups["v"].Value.Replace("UTF-8''", "", StringComparison.OrdinalIgnoreCase)) : null;
        }
    }

    [GeneratedRegex(@"^From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d(?::\d\d)? (?:[A-Z]{3,4} )?\d{4}[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^>(>*From )", RegexOptions.Multiline)]
    private static partial Regex Escaped();

    [GeneratedRegex(@"^_{10,}[ \t]*\n(?:[^\n]*\n){0,2}?[^\n]*\bmailing list\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ListFooter();

    /// <summary>A mailing list's tag before a subject: "[OSCE-Skopje-Press] ".</summary>
    [GeneratedRegex(@"^\[[^\]\s]{2,60}\]")]
    private static partial Regex ListTag();

    [GeneratedRegex(@"^[!-9;-~]+$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[QqBb])\?(?<data>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex EncodedGap();

    [GeneratedRegex(@"^\s*(?:(?:Re|Fwd?|AW|WG|TR|SV|VS|RV|Rif|Enc)\s*(?:\[\d+\])?\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex Reply();

    [GeneratedRegex(@"^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Forwarded Message|Weitergeleitete Nachricht|Message transféré)[ \t]*-{2,}|Begin forwarded message:)[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ForwardMark();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2}),?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
}
