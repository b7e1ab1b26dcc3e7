using System.Text;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Reading;

/// <summary>A document as read: its clean text, what could be inferred about it, and what reading changed.</summary>
/// <param name="Notes">what reading did that a reviewer should know ("dropped 7 repeated paragraphs, 2,804 characters")</param>
public sealed record ReadDocument(string Text, string MediaType, string? Title, string? Published, IReadOnlyList<string> Notes);

/// <summary>A document that cannot be read; nothing of it is stored. <see cref="Status"/> is the HTTP status that says why.</summary>
public sealed class DocumentRejectedException(string reason, int status = 400) : Exception(reason)
{
    public int Status { get; } = status;
}

/// <summary>
/// Reads a document as it arrives: plain text, a saved web page (navigation, menus and scripts dropped, the article
/// kept), a PDF (its text layer, with words broken at line ends joined and wrapped lines unwrapped), a Word document
/// (.docx), an OpenDocument text (.odt) or RTF, an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), a PowerPoint deck (.pptx), an e-book (.epub), LaTeX source, reStructuredText, AsciiDoc, Org mode, Markdown,
/// an e-mail as a mail client saves it (.eml) or a mailbox of them (.mbox), or a web page a browser saved as one file (.mhtml); XML or JSON of
/// any other kind is read for its prose (<see cref="Structured"/>). Passages printed twice are kept once. Empty, binary,
/// unsupported or oversized input is refused.
/// </summary>
public static partial class DocumentReader
{
    /// <summary>The largest document accepted: 5 MiB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlyList<string> MediaTypes =
        ["text/plain", Csv.MediaType, "text/html", "application/pdf", WordDocument.MediaType, OpenDocument.MediaType, Spreadsheet.MediaType, OpenSpreadsheet.MediaType, Presentation.MediaType, Ebook.MediaType, LaTeX.MediaType, ReStructuredText.MediaType, AsciiDoc.MediaType, OrgMode.MediaType, Markdown.MediaType, MailMessage.MediaType, MailMessage.Mailbox, Subtitles.SubRip, Subtitles.WebVtt, Subtitles.SubStation, Subtitles.TimedText, Feed.Rss, Feed.Atom, NewsItem.Nitf, NewsItem.NewsMLG2, Calendar.MediaType, ArticleJson.MediaType, RichText.MediaType, Structured.Json, Structured.Xml, Structured.Yaml];

    public static ReadDocument Read(byte[] content, string? mediaType, string? fileName = null)
    {
        if (content.Length == 0) throw new DocumentRejectedException("The document is empty.");
        if (content.Length > MaxBytes) throw new DocumentRejectedException($"The document has {content.Length:N0} bytes; the limit is {MaxBytes:N0} (5 MiB).", 413);

        var type = MediaTypeOf(content, mediaType, fileName);
        string? legacy = null;
        // (the text decoded, and whether it was in a legacy character set, for the note below)
        string Decode(byte[] bytes)
        {
            (var text, legacy) = Decoded(bytes, Charset(mediaType));
            return text;
        }

        var read = type switch
        {
            "text/plain" => PlainText.Read(Decode(content)),
            Csv.MediaType => Csv.Read(Decode(content)),
            "text/html" => WebPage.Read(Decode(content)),
            "application/pdf" => PdfText.Read(content),
            WordDocument.MediaType => WordDocument.Read(content),
            OpenDocument.MediaType => OpenDocument.Read(content),
            OpenSpreadsheet.MediaType => OpenSpreadsheet.Read(content),
            Spreadsheet.MediaType => Spreadsheet.Read(content),
            Presentation.MediaType => Presentation.Read(content),
            Ebook.MediaType => Ebook.Read(content),
            RichText.MediaType => RichText.Read(content),
            Markdown.MediaType => Markdown.Read(Decode(content)),
            LaTeX.MediaType => LaTeX.Read(Decode(content)),
            ReStructuredText.MediaType => ReStructuredText.Read(Decode(content)),
            AsciiDoc.MediaType => AsciiDoc.Read(Decode(content)),
            OrgMode.MediaType => OrgMode.Read(Decode(content)),
            MailMessage.MediaType => MailMessage.Read(content),
            MailMessage.Mailbox => MailMessage.ReadMailbox(content),
            Subtitles.SubRip or Subtitles.WebVtt or Subtitles.SubStation => Subtitles.Read(Decode(content), type),
            Feed.Rss or Feed.Atom => Feed.Read(Decode(content), type),
            NewsItem.Nitf or NewsItem.NewsMLG2 => NewsItem.Read(Decode(content), type),
            Calendar.MediaType => Calendar.Read(Decode(content)),
            ArticleJson.MediaType or Structured.Json => ArticleJson.Read(Decode(content)),
            Structured.Xml or Subtitles.TimedText => ReadXml(XmlText.Load(Decode(content), "document")),
            Structured.Yaml => Structured.ReadYaml(Decode(content)),
            _ => throw new DocumentRejectedException($"'{mediaType}' is not a type this reads: {string.Join(", ", MediaTypes)}.", 415),
        };

        var (visible, invisible) = Visible(read.Text);
        var (text, dropped) = RepeatedPassages.Drop(visible);
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentRejectedException("The document has no readable text.");
        List<string> notes = [.. read.Notes];
        if (legacy is not null) notes.Insert(0, $"the text is not UTF-8: read as {legacy}");
        if (invisible > 0) notes.Add($"left out {Notes.Counted(invisible, "invisible character")} (soft hyphens, zero-width spaces) and read no-break spaces as spaces");
        if (dropped.Count > 0) notes.Add($"dropped {Notes.Counted(dropped.Count, "repeated paragraph")}, {dropped.Sum(d => d.Length):N0} characters, printed earlier in the document");
        return read with { Text = text, Notes = notes };
    }

    /// <summary>
    /// The text as it shows: what a page copied from the web hides in it ("Sinir&#173;lioğlu" with a soft hyphen, a zero-width space)
    /// left out, so a name or a word reads whole, and a no-break space read as a space ("Ignazio&#160;Cassis"); with how many were
    /// left out. (Not the zero-width joiner, which holds an emoji together.)
    /// </summary>
    /// <summary>XML of a kind a reader of its own reads (TTML subtitles, a Word 2003 XML document), else XML of no known kind.</summary>
    private static ReadDocument ReadXml(System.Xml.Linq.XDocument xml) => Subtitles.ReadTimedText(xml) ?? WordDocument.ReadXml2003(xml) ?? Structured.ReadXml(xml);

    private static (string Text, int Left) Visible(string text)
    {
        if (text.AsSpan().IndexOfAny(Hidden) < 0) return (text, 0);
        var shown = new StringBuilder(text.Length);
        var left = 0;
        foreach (var c in text)
            if (NoBreakSpaces.Contains(c)) shown.Append(' ');
            else if (EvidenceLocator.Ignorable(c)) left++;
            else shown.Append(c);
        return (shown.ToString(), left);
    }

    private static readonly System.Buffers.SearchValues<char> Hidden = System.Buffers.SearchValues.Create(NoBreakSpaces + EvidenceLocator.IgnorableCharacters);

    private const string NoBreakSpaces = "\u00A0\u202F\u2007";

    /// <summary>The declared type when it is one we read; else what the file name or the first bytes say.</summary>
    private static string MediaTypeOf(byte[] content, string? declared, string? fileName)
    {
        var type = (declared ?? "").Split(';')[0].Trim().ToLowerInvariant();
        type = type switch
        {
            "application/xhtml+xml" => "text/html",
            "text/x-markdown" => Markdown.MediaType,
            "application/srt" or "text/srt" => Subtitles.SubRip,
            "text/x-ass" or "application/x-ass" or "application/x-ssa" => Subtitles.SubStation,
            "application/ics" or "text/x-vcalendar" => Calendar.MediaType,
            "application/activity+json" => ArticleJson.MediaType,
            "text/xml" => Structured.Xml,
            "text/yaml" or "application/x-yaml" or "text/x-yaml" => Structured.Yaml,
            // (XML or JSON of a kind not known here, "application/xliff+xml", "application/x-ipynb+json": read for its text)
            _ when type.EndsWith("+xml", StringComparison.Ordinal) && !MediaTypes.Contains(type) => Structured.Xml,
            _ when type.EndsWith("+json", StringComparison.Ordinal) || type is "text/json" or "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => Structured.Json,
            "application/nitf+xml" => NewsItem.Nitf,
            "text/rtf" or "application/x-rtf" => RichText.MediaType,
            "text/x-tex" or "application/x-latex" or "text/x-latex" => LaTeX.MediaType,
            "text/prs.fallenstein.rst" => ReStructuredText.MediaType,
            "text/x-asciidoc" => AsciiDoc.MediaType,
            "text/x-org" or "application/vnd.lotus-organizer" => OrgMode.MediaType,
            // (a web page a browser saved as one file, MHTML, is a MIME message)
            "multipart/related" or "application/x-mimearchive" => MailMessage.MediaType,
            // (a spreadsheet's rows as text: a meetings log is read as it stands; CSV's cells that hold line breaks joined)
            "text/csv" or "application/csv" => Csv.MediaType,
            "text/tab-separated-values" => "text/plain",
            _ => type,
        };
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        // an Office 97-2003 file is named for what it is, whatever it was sent as
        if (content.AsSpan().StartsWith(OleCompound) || type is "application/msword" or "application/vnd.ms-excel" or "application/vnd.ms-powerpoint")
            throw new DocumentRejectedException(
                extension is ".xls" || type is "application/vnd.ms-excel" ? "This is an Excel 97-2003 workbook (.xls), which is not read: save it as .xlsx or CSV and send that."
                : extension is ".ppt" || type is "application/vnd.ms-powerpoint" ? "This is a PowerPoint 97-2003 deck (.ppt), which is not read: save it as .pptx or PDF and send that."
                : "This is a Word 97-2003 document (.doc), which is not read: save it as .docx or PDF and send that.", 415);
        // (plain text is what many clients send when they do not know: the content may say better)
        if (MediaTypes.Contains(type) && type is not ("text/plain" or Structured.Xml or Structured.Json)) return type;
        // (a word processor's RTF, sent as text or with no type: its first bytes say what it is)
        if (type is "" or "application/octet-stream" or "text/plain" && RichText.Is(content)) return RichText.MediaType;
        if (type is "" or "application/octet-stream" or "text/plain" or Structured.Xml or Structured.Json or "application/javascript" or "text/javascript" && !content.AsSpan().StartsWith("%PDF-"u8))
        {
            var start = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 4096));
            if (Subtitles.TypeOf(start) is { } subtitles) return subtitles;
            if (Calendar.Is(start)) return Calendar.MediaType;
            if (extension is ".tex" or ".latex" or ".ltx" || LaTeX.Is(start)) return LaTeX.MediaType;
            if (extension is ".rst" or ".rest" || ReStructuredText.Is(start)) return ReStructuredText.MediaType;
            if (extension is ".adoc" or ".asciidoc" or ".asc" || AsciiDoc.Is(start)) return AsciiDoc.MediaType;
            if (extension is ".org" || OrgMode.Is(start)) return OrgMode.MediaType;
            if (extension is ".yaml" or ".yml") return Structured.Yaml;
            var opening = start.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
            if ((opening is ['{' or '[', ..] || XArchive.IsScript(start)) && ArticleJson.Is(Encoding.UTF8.GetString(content))) return ArticleJson.MediaType;
            if (opening is ['{' or '[', ..] && Encoding.UTF8.GetString(content) is var whole && (ArticleJson.Parse(whole) ?? ArticleJson.ParseLines(whole)) is { } json)
            {
                json.Dispose();
                return Structured.Json;
            }

            if (type is Structured.Json) return type;
            if (opening.StartsWith('<') && Encoding.UTF8.GetString(content) is var xml)
            {
                if (Feed.TypeOf(xml) is { } feed) return feed;
                if (NewsItem.TypeOf(xml) is { } story) return story;
                if (type is Structured.Xml || extension is ".xml" || (XmlText.Root(xml) is { } root && !WebPage.Opens(root.Name))) return Structured.Xml;
            }

            if (type is Structured.Xml || extension is ".xml" or ".rss" or ".atom" or ".nitf") return Structured.Xml;
        }

        if (type is not ("" or "application/octet-stream" or "text/plain")) return type;

        if (extension is ".pdf" || content.AsSpan().StartsWith("%PDF-"u8)) return "application/pdf";
        // (an office package is known by the parts it holds, read once)
        var packaged = Package.TypeOf(content);
        if (extension is ".docx" || packaged is WordDocument.MediaType) return WordDocument.MediaType;
        if (extension is ".odt" || packaged is OpenDocument.MediaType) return OpenDocument.MediaType;
        if (extension is ".ods" || packaged is OpenSpreadsheet.MediaType) return OpenSpreadsheet.MediaType;
        if (extension is ".xlsx" || packaged is Spreadsheet.MediaType) return Spreadsheet.MediaType;
        if (extension is ".pptx" || packaged is Presentation.MediaType) return Presentation.MediaType;
        if (extension is ".epub" || packaged is Ebook.MediaType) return Ebook.MediaType;
        if (packaged is Package.Zip)
            throw new DocumentRejectedException("This is a ZIP archive, but not a document read here (Word .docx, OpenDocument .odt or .ods, Excel .xlsx, PowerPoint .pptx or an EPUB e-book): send the document itself.", 415);
        if (extension is ".mbox" || MailMessage.IsMailbox(content)) return MailMessage.Mailbox;
        if (extension is ".eml" or ".mht" or ".mhtml" || MailMessage.Is(content)) return MailMessage.MediaType;
        if (extension is ".md" or ".markdown") return Markdown.MediaType;
        if (extension is ".csv") return Csv.MediaType;
        if (type is "text/plain" || extension is ".txt") return "text/plain";
        if (extension is ".html" or ".htm") return "text/html";
        if (extension is ".srt") return Subtitles.SubRip;
        if (extension is ".vtt") return Subtitles.WebVtt;
        if (extension is ".ass" or ".ssa") return Subtitles.SubStation;
        if (extension is ".ics" or ".ical") return Calendar.MediaType;
        if (extension is ".json" or ".jsonld") return ArticleJson.MediaType;
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 512)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t').ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)) return "text/html";
        return Markdown.Is(Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 64 * 1024))) ? Markdown.MediaType : "text/plain";
    }

    /// <summary>The signature of an OLE compound file: a Word 97-2003 document (or another old Office file).</summary>
    private static ReadOnlySpan<byte> OleCompound => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>"text/plain; charset=windows-1251": the character set a type names, or null.</summary>
    private static string? Charset(string? mediaType) =>
        mediaType?.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?[8..].Trim('"', ' ');

    /// <summary>
    /// The bytes as text: UTF-16 by its byte-order mark; else UTF-8 (with or without BOM) when they are that; else, as an old site or
    /// editor saved them, in the character set the sender named (<paramref name="charset"/>), or the document names at its head
    /// ("&lt;meta charset=windows-1251&gt;", "&lt;?xml … encoding="ISO-8859-2"?&gt;"), or else Windows-1252, with that encoding's name.
    /// Refuses bytes that are not text (control characters, NULs).
    /// </summary>
    private static (string Text, string? Legacy) Decoded(byte[] content, string? charset)
    {
        string text;
        string? legacy = null;
        if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            text = (content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(content, 2, content.Length - 2);
        }
        else if (System.Text.Unicode.Utf8.IsValid(content))
        {
            text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        }
        else
        {
            var encoding = (charset is null ? null : CodePages.Get(charset)) ?? (Declared().Match(Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 2048))) is { Success: true } m ? CodePages.Get(m.Groups["set"].Value) : null);
            if (encoding is null || encoding is UTF8Encoding) encoding = CodePages.Windows1252;
            text = encoding.GetString(content);
            legacy = encoding.WebName;
        }

        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (text.Contains('\0', StringComparison.Ordinal) || control > text.Length / 100)
            throw new DocumentRejectedException("The document holds control characters: it looks binary. Send text, HTML, Markdown, PDF, Word (.docx) or e-mail (.eml).");
        return (text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), legacy);
    }

    /// <summary>The character set a page or an XML file declares at its head: "charset=windows-1251", "encoding="ISO-8859-2"".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(charset\s*=\s*[""']?|<\?xml[^>]*\sencoding\s*=\s*[""'])(?<set>[A-Za-z][\w.:-]{1,30})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Declared();
}
