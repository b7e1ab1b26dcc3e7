using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// XML or JSON of a kind no reader here knows (a chat's export, a notebook, a parliament's debate record, a translation file,
/// a notes app's export), read for what a person would read in it rather than refused: its prose values in the order they
/// stand, a title from a field named so ("title", "headline", "subject"), the day from a field named for one ("date",
/// "created_at", "timestamp", "ts", …: ISO, compact ISO or Unix time). Where the data is a run of dated records with text
/// (messages, posts, notes), each is read as a feed's item is: under its day, its title, its author before its words
/// ("Name: …"). Identifiers, links, code and other values that are not prose are left out; data with no prose at all is
/// refused with a 415. The reviewer is told the document was read this way.
/// </summary>
internal static partial class Structured
{
    /// <summary>The type an XML document of no known kind is read as (any "+xml" type, "text/xml").</summary>
    public const string Xml = "application/xml";

    /// <summary>The type a JSON document of no known kind is read as.</summary>
    public const string Json = "application/json";

    /// <summary>A field, an element or an attribute: its name (lower case, letters and digits only), its value when it is one, the fields it holds.</summary>
    private sealed class Node(string name, string? value, IReadOnlyList<Node> children)
    {
        public string Name { get; } = name;
        public string? Value { get; } = value;
        public IReadOnlyList<Node> Children { get; } = children;

        /// <summary>The value as prose, read once (<see cref="Structured.Prose"/>); null when it is not prose.</summary>
        public string? Prose => (prose ??= Value is null ? "" : Structured.Prose(Value) ?? "") is { Length: > 0 } read ? read : null;

        /// <summary>How many characters of prose it holds, with its fields' (none in a field that holds no reading).</summary>
        public int ProseLength => length ??= Unread(this) ? 0 : Value is not null ? Prose?.Length ?? 0 : Children.Sum(c => c.ProseLength);

        private string? prose;
        private int? length;
    }

    public static ReadDocument ReadXml(XDocument document) =>
        Read(FromXml(document.Root!), Xml, "XML", "its elements' text", "a news feed (RSS or Atom) or a news agency's story (NITF or NewsML-G2)");

    /// <summary>The type a YAML document (a site's data file, a CMS's export) is read as.</summary>
    public const string Yaml = "application/yaml";

    /// <summary>A YAML document, its mappings, sequences and scalars read as JSON's are; comments are not read.</summary>
    public static ReadDocument ReadYaml(string text)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new DocumentRejectedException($"The YAML is not well-formed: {e.Message}");
        }

        return Read(new Node("", null, [.. stream.Documents.SelectMany(d => FromYaml("", d.RootNode))]), Yaml, "YAML", "its text values", null);
    }

    public static ReadDocument ReadJson(JsonElement root) =>
        Read(FromJson("", root), Json, "JSON", "its text values",
            "a news article's or an events page's JSON-LD, a Telegram export, an X or Mastodon archive, a news search's results or a WordPress site's posts");

    /// <param name="known">the kinds of <paramref name="kind"/> other readers read, named when this holds no prose</param>
    private static ReadDocument Read(Node root, string mediaType, string kind, string what, string? known)
    {
        if (Translated(root) is { Count: > 0 } translated)
            return new ReadDocument(string.Join("\n\n", translated), mediaType, PlainText.TitleOf(translated[0]), Days.Iso(Dated(root, int.MaxValue)),
                [$"read a translation file ({kind}): the translation of its {Notes.Counted(translated.Count, "passage")} in order; the original and translators' notes left out"]);

        var records = Records(root);
        // (the data's own title, not a record's)
        HashSet<Node> inRecords = records is null ? [] : [.. records];
        var title = First(root, n => TitleNames.Contains(n.Name) ? Title(n.Value) : null, past: inRecords.Contains);
        if (records is not null)
        {
            var (text, days, kept) = Posts.Entries(records.Select(Entry));
            if (title is not null) text = title + "\n\n" + text;
            return new ReadDocument(text, mediaType, title ?? Posts.Spanned(kept, "record", days), Days.Iso(days.Count > 0 ? days.Max() : null),
                [$"read {kind} of a kind not known here as {Notes.Counted(kept, "record")}, each under its day, its title and its author; identifiers, links, code and other values that are not prose left out"]);
        }

        var paragraphs = new List<string>();
        Walk(root, paragraphs);
        if (paragraphs.Count == 0)
            throw new DocumentRejectedException($"This {kind} {(known is null ? "" : $"is not {known}, and ")}holds no prose to read: send the document itself as text, HTML, PDF or Word.", 415);
        // (the title first, and once: a note's title field may follow its text)
        if (title is not null && paragraphs[0] != title)
        {
            paragraphs.Remove(title);
            paragraphs.Insert(0, title);
        }
        return new ReadDocument(string.Join("\n\n", paragraphs), mediaType, title ?? PlainText.TitleOf(paragraphs[0]), Days.Iso(Dated(root, int.MaxValue)),
            [$"read {kind} of a kind not known here: {what} in order; identifiers, links, code and other values that are not prose left out"]);
    }

    /// <summary>
    /// A translation file's translation (XLIFF's units, and files like it: a "source" beside its "target"): each target's prose in
    /// order; the original beside it and the notes on it are not the document. Empty when the data holds no such pairs.
    /// </summary>
    private static List<string> Translated(Node root)
    {
        var paragraphs = new List<string>();
        foreach (var unit in Descendants(root).Where(n => n.Children.Any(c => c.Name == "source") && n.Children.Any(c => c.Name == "target")))
            foreach (var target in unit.Children.Where(c => c.Name == "target"))
                Walk(target, paragraphs);
        return paragraphs;
    }

    /// <summary>A record as an entry: its day, its title, its words (its author's name before them).</summary>
    private static (DateOnly? Day, string? Title, string Text) Entry(Node record)
    {
        var paragraphs = new List<string>();
        Walk(record, paragraphs, TitleNames);
        return (Dated(record), First(record, n => TitleNames.Contains(n.Name) ? Title(n.Value) : null), string.Join("\n\n", paragraphs));
    }

    /// <summary>
    /// The records, when the data is a run of them: the largest group of like-named fields under one parent (a JSON array's items,
    /// repeated elements), at least two, each with a day and prose of its own, holding most of the data's prose. Else null.
    /// </summary>
    private static List<Node>? Records(Node root)
    {
        List<Node>? best = null;
        var most = 0;
        foreach (var parent in Descendants(root).Prepend(root).Where(n => n.Value is null && !Skipped(n)))
            foreach (var group in parent.Children.Where(c => c.Value is null).GroupBy(c => c.Name))
            {
                var dated = group.Where(r => r.ProseLength > 0 && Dated(r) is not null).ToList();
                if (dated.Count < 2 || dated.Count * 2 < group.Count()) continue;
                var length = dated.Sum(r => r.ProseLength);
                if (length > most) (best, most) = (dated, length);
            }

        return most * 2 >= root.ProseLength ? best : null;
    }

    /// <summary>
    /// The prose values in order, each a paragraph, a heading-like field's value a line of its own, fields named in
    /// <paramref name="left"/> left out; where a field names its author or speaker ("from": "Ms Telalian"), the name opens the
    /// first paragraph after it ("Ms Telalian: …").
    /// </summary>
    private static void Walk(Node node, List<string> paragraphs, HashSet<string>? left = null)
    {
        if (Unread(node) || left?.Contains(node.Name) == true) return;
        if (node.Value is not null)
        {
            // (a day-named field's day is the record's, not its words: "created_date": "Tuesday, December 1, 2026 at 9:12:44 AM UTC")
            if (DayName(node.Name) && Day(node.Value) is not null) return;
            // (a value that is a day alone, "2 December", an outline's heading over the notes of that day, stands as a line of its own)
            var text = TitleNames.Contains(node.Name) ? Title(node.Value) : node.Prose ?? (DayAlone().IsMatch(node.Value) ? node.Value.Trim() : null);
            if (text is not null && (paragraphs.Count == 0 || paragraphs[^1] != text)) paragraphs.Add(text);
            return;
        }

        // (a full name before a handle or a reference: "Ms Kallas" before "kallas")
        var authors = node.Children.Select(Author).OfType<string>().ToList();
        var author = authors.FirstOrDefault(a => a.Contains(' ', StringComparison.Ordinal)) ?? authors.FirstOrDefault();
        var before = paragraphs.Count;
        foreach (var child in node.Children)
            if (author is null || !AuthorNames.Contains(child.Name)) Walk(child, paragraphs, left);
        if (author is not null && paragraphs.Count > before) paragraphs[before] = author + ": " + paragraphs[before];
    }

    /// <summary>A field whose values are not read as prose: one that holds no reading, or metadata ("meta", as Akoma Ntoso's roles and references), searched for a day all the same.</summary>
    private static bool Unread(Node node) => Skipped(node) || node.Name == "meta";

    /// <summary>
    /// A field that holds no reading: code (a notebook's code cell, a script), what code printed, styles, attachments (and a shared
    /// file's details, Google Chat's "drive_metadata"), and a chat's notice of someone joining or leaving ("subtype": "channel_join").
    /// </summary>
    private static bool Skipped(Node node) =>
        SkippedNames.Contains(node.Name)
        || node.Children.Any(c => c.Name is "type" or "celltype" or "kind" && c.Value?.Trim().ToLowerInvariant() is "code" or "raw" or "script" or "style")
        || node.Children.Any(c => c.Name == "subtype" && c.Value is { } subtype && Notice().IsMatch(subtype));

    /// <summary>The day a record (or the whole data) is of: its nearest day-named field's, no more than <paramref name="depth"/> fields down; not its author's (the day an account was opened).</summary>
    private static DateOnly? Dated(Node record, int depth = 3) =>
        Days.Leading(First(record, n => DayName(n.Name) ? Days.Iso(Day(n.Value)) : null, depth, past: n => AuthorNames.Contains(n.Name)));

    /// <summary>
    /// Whether a field is named for the day something was made or sent: "date", "created_at", "ts", "createdTimestampUsec",
    /// "publishDate"; not for a later edit or an expiry ("userEditedTimestampUsec", "updated_at").
    /// </summary>
    private static bool DayName(string name) =>
        (DayNames.Contains(name) || name.Contains("timestamp", StringComparison.Ordinal) || name.EndsWith("date", StringComparison.Ordinal)
         || name.StartsWith("created", StringComparison.Ordinal) || name.StartsWith("published", StringComparison.Ordinal) || name.StartsWith("posted", StringComparison.Ordinal))
        && !Later().IsMatch(name);

    /// <summary>A day as data writes it: "2026-11-20T09:14:00Z", "20261120T091400Z", a Unix time in seconds or milliseconds ("1763630040.000200", and microseconds), or "20 November 2026", "Tuesday, December 1, 2026 at 9:12:44 AM UTC".</summary>
    private static DateOnly? Day(string? value)
    {
        if (value is null) return null;
        value = value.Trim();
        if (Days.Leading(value) is { } iso) return iso;
        if (value.Length >= 8 && value.Take(8).All(char.IsAsciiDigit) && (value.Length == 8 || value[8] is 'T')
            && DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact)) return compact;
        if (UnixTime().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var seconds = number >= 1e15 ? number / 1e6 : number >= 1e12 ? number / 1000 : number;
            if (seconds is >= 1e9 and < 4e9) return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds((long)seconds).UtcDateTime);
        }

        // ("Tuesday, December 1, 2026 at 9:12:44 AM UTC", as Google Chat's Takeout writes a message's day)
        return value.Length <= 64 && Days.Stated(value) is { } written ? Days.Leading(written) : null;
    }

    /// <summary>Who wrote a record: an author-named field's name ("author": "…", or "user_profile": {"real_name": "…"}), a full name before a handle ("Adilet Toktogulov" before "adilet.t", "OSCE/ODIHR" before "osce-odihr.bsky.social").</summary>
    private static string? Author(Node node) =>
        !AuthorNames.Contains(node.Name) ? null
        : node.Value is { } value ? Name(value)
        : node.Children.Where(c => NameNames.Contains(c.Name) || c.Name == node.Name).Select(c => Name(c.Value)).OfType<string>()
            .OrderBy(n => n.Contains(' ', StringComparison.Ordinal) ? 0 : n.Contains('.', StringComparison.Ordinal) || n.Contains('_', StringComparison.Ordinal) ? 2 : 1).FirstOrDefault();

    /// <summary>A person's or body's name as written ("Ms Kallas", "OSCE/ODIHR"), not an identifier ("U024BE7LH", "#kallas"), an address or a link.</summary>
    private static string? Name(string? value)
    {
        var name = value?.Trim();
        return name is { Length: >= 2 and <= 80 } && name.Any(char.IsLetter) && name[0] is not ('#' or '@') && !name.Contains('@', StringComparison.Ordinal) && !name.Contains("://", StringComparison.Ordinal)
               && (name.Contains(' ', StringComparison.Ordinal) || name.Any(char.IsLower) || name.All(c => char.IsUpper(c) || c is '/' or '-' or '&'))
            ? name
            : null;
    }

    /// <summary>A title's words on one line; null when it has none (or is an empty value written out: "null", as an SMS backup writes a message's subject).</summary>
    private static string? Title(string? value) =>
        value is null || !value.Any(char.IsLetter) || value.Trim() is "null" or "undefined" or "None" ? null
        : Prose(value) is { } prose && !prose.Contains('\n', StringComparison.Ordinal) ? prose
        : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 and <= 300 } line ? line : null;

    /// <summary>
    /// A value as a person reads it, when it is prose: a Confluence page's storage format read as the page shows it, HTML read as a web page, Markdown as rendered, chat links
    /// ("&lt;https://…|the statement&gt;") as their words; null for what is not prose (identifiers, links, numbers, a word or two).
    /// </summary>
    private static string? Prose(string value)
    {
        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0 || text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !text.Contains(' ', StringComparison.Ordinal)) return null;
        if (Confluence.Is(text)) text = Confluence.Read(text);
        else if (Tag().IsMatch(text)) text = WebPage.Fragment(text);
        else if (Markdown.Is(text) || MarkdownLine().IsMatch(text)) text = Markdown.Read(text).Text;
        text = ChatLink().Replace(text, m => m.Groups["words"].Success ? m.Groups["words"].Value : "").Trim();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var letters = text.Count(char.IsLetter);
        return words.Length >= 4 || (words.Length >= 2 && text[^1] is '.' or '!' or '?' or ':')
               ? letters * 2 >= text.Count(c => !char.IsWhiteSpace(c)) ? text : null
               : null;
    }

    /// <summary>The first value <paramref name="pick"/> takes, the shallowest first, no deeper than <paramref name="depth"/>, not within the fields <paramref name="past"/> passes over.</summary>
    private static string? First(Node root, Func<Node, string?> pick, int depth = int.MaxValue, Func<Node, bool>? past = null)
    {
        var level = new List<Node> { root };
        for (var d = 0; level.Count > 0 && d <= depth; d++)
        {
            foreach (var node in level)
                if (!Skipped(node) && pick(node) is { } found) return found;
            level = [.. level.Where(n => !Skipped(n) && past?.Invoke(n) != true).SelectMany(n => n.Children)];
        }

        return null;
    }

    private static IEnumerable<Node> Descendants(Node node) => node.Children.SelectMany(c => Descendants(c).Prepend(c));

    /// <summary>
    /// An element as a node: its attributes as fields, then, when it holds text of its own (a paragraph, with its inline elements),
    /// that text as its value; else its elements.
    /// </summary>
    private static Node FromXml(XElement element)
    {
        var name = Key(element.Name.LocalName);
        List<Node> attributes = [.. element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new Node(Key(a.Name.LocalName), a.Value, []))];
        if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
            return attributes.Count == 0 ? new Node(name, Inner(element), []) : new Node(name, null, [.. attributes, new Node(name, Inner(element), [])]);
        return new Node(name, null, [.. attributes, .. element.Elements().Select(FromXml)]);
    }

    /// <summary>An element's text with its inline elements', a line break ("br", "lb") as one.</summary>
    private static string Inner(XElement element) =>
        string.Concat(element.Nodes().Select(n => n switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "br" or "lb" } => "\n",
            XElement child => Inner(child),
            _ => "",
        }));

    /// <summary>
    /// A JSON value as a node: an object's properties as its fields (an array's items each a field of the array's name), a string
    /// or a number as its value; an array of a text's lines (as a notebook keeps a cell's source) one value.
    /// </summary>
    private static Node FromJson(string name, JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => new Node(Key(name), null, [.. element.EnumerateObject().SelectMany(p => Fields(p.Name, p.Value))]),
            JsonValueKind.Array => new Node(Key(name), null, [.. Fields(name, element)]),
            JsonValueKind.String => new Node(Key(name), Repaired(element.GetString()!), []),
            JsonValueKind.Number => new Node(Key(name), element.GetRawText(), []),
            _ => new Node(Key(name), null, []),
        };

    /// <summary>
    /// "Popșoi" as Meta's export of a page's posts writes it, "PopÈ\u0099oi": each byte of its UTF-8 written as a Latin-1
    /// character; read as the UTF-8 it is. A string whose characters are not all such bytes, or whose bytes are no UTF-8
    /// ("Kavajë" in Latin-1), is as written.
    /// </summary>
    private static string Repaired(string value)
    {
        if (!value.Any(c => c is >= '\u0080' and <= '\u00FF') || value.Any(c => c > '\u00FF')) return value;
        byte[] bytes = [.. value.Select(c => (byte)c)];
        return System.Text.Unicode.Utf8.IsValid(bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : value;
    }

    private static IEnumerable<Node> Fields(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) return [FromJson(name, value)];
        var items = value.EnumerateArray().ToList();
        if (items.Count > 1 && items.All(i => i.ValueKind == JsonValueKind.String) && items.SkipLast(1).All(i => i.GetString()!.EndsWith('\n')))
            return [new Node(Key(name), string.Concat(items.Select(i => i.GetString())), [])];
        // (a paragraph kept in styled runs, as the Google Docs API gives it: [{"textRun": {"content": "met Deputy Minister "}},
        // {"textRun": {"content": "Stanislav Copețchi", "textStyle": {"bold": true}}}, …]: one value, the runs' text joined)
        if (items.Count > 1 && Runs(items) is { } runs) return [new Node(Key(name), string.Concat(runs), [])];
        return items.Select(i => FromJson(name, i));
    }

    /// <summary>
    /// The text of items that are runs of one text: each holding one string under a name they all share, where one goes on
    /// from the one before within a line ("… Minister " then "Stanislav Copețchi"); null when they are not.
    /// </summary>
    private static List<string>? Runs(List<JsonElement> items)
    {
        var strings = items.Select(i => Strings(i).GroupBy(x => x.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Value)).ToList();
        var common = strings[0].Keys.ToHashSet();
        foreach (var next in strings.Skip(1)) common.IntersectWith(next.Keys);
        if (common.Count != 1) return null;
        var shared = common.Single();
        var runs = strings.Select(x => x[shared]).ToList();
        // (words, not a field of kinds: "markdown", "code" are no runs of one text)
        if (runs.Count(r => r.Contains(' ', StringComparison.Ordinal)) * 2 < runs.Count) return null;
        return runs.Zip(runs.Skip(1)).Any(p => p.First.Length > 0 && p.Second.Length > 0 && !p.First.EndsWith('\n')
                                               && (p.First.EndsWith(' ') || p.Second[0] is ' ' || char.IsLower(p.Second[0]) || char.IsPunctuation(p.Second[0])))
            ? runs : null;
    }

    /// <summary>Every string an item holds, with the name of the field it stands in.</summary>
    private static IEnumerable<(string Name, string Value)> Strings(JsonElement element, string name = "") =>
        element.ValueKind switch
        {
            JsonValueKind.String => [(name, element.GetString()!)],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, p.Name)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(i => Strings(i, name)),
            _ => [],
        };

    /// <summary>A YAML node as nodes: a mapping's entries as its fields, a sequence's items each a field of its name, a scalar its value (not a null).</summary>
    private static IEnumerable<Node> FromYaml(string name, YamlDotNet.RepresentationModel.YamlNode node) =>
        node switch
        {
            YamlDotNet.RepresentationModel.YamlMappingNode mapping =>
                [new Node(Key(name), null, [.. mapping.Children.SelectMany(e => FromYaml((e.Key as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "", e.Value))])],
            YamlDotNet.RepresentationModel.YamlSequenceNode sequence => sequence.Children.SelectMany(item => FromYaml(name, item)),
            YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } value } scalar
                when !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "null" or "~" or "") => [new Node(Key(name), value, [])],
            _ => [],
        };

    /// <summary>A name as compared: lower case, letters and digits only ("created_at", "createdAt" and "dc:created" alike read "createdat", "created").</summary>
    private static string Key(string name) =>
        string.Concat(name[(name.LastIndexOf(':') + 1)..].Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static readonly HashSet<string> TitleNames = ["title", "headline", "subject", "heading", "doctitle", "hl1"];

    private static readonly HashSet<string> DayNames =
    [
        "date", "datetime", "time", "timestamp", "ts", "created", "createdat", "createdtime", "creationdate", "datecreated", "published",
        "publishedat", "pubdate", "datepublished", "posted", "postedat", "sent", "sentat", "issued", "dateissued", "when", "day", "docdate",
    ];

    private static readonly HashSet<string> AuthorNames =
        ["author", "from", "sender", "speaker", "by", "user", "username", "userprofile", "realname", "displayname", "authorname", "sendername", "fromname", "creator", "owner"];

    private static readonly HashSet<string> NameNames = ["name", "realname", "displayname", "fullname", "nickname", "username", "screenname", "handle"];

    private static readonly HashSet<string> SkippedNames = ["outputs", "attachments", "attachedfiles", "drivemetadata", "script", "style", "styles", "css"];

    /// <summary>A chat's notice as a message's kind: "channel_join", "group_leave", "channel_topic", "channel_purpose".</summary>
    [GeneratedRegex(@"_(join|leave|topic|purpose|name|archive|unarchive)$")]
    private static partial Regex Notice();

    /// <summary>A day alone: "2 December", "3 December 2026", "Monday, 30 November", "December 2".</summary>
    [GeneratedRegex(@"^\s*(?:(?:" + Proposing.Dates.Weekdays + @"),?\s+)?(?:\d{1,2}\s+(?:" + Proposing.Dates.Months + @")|(?:" + Proposing.Dates.Months + @")\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?\s*$")]
    private static partial Regex DayAlone();

    [GeneratedRegex(@"^\d{9,16}(\.\d+)?$")]
    private static partial Regex UnixTime();

    /// <summary>A field named for a later day than the making: an edit, an update, an expiry, an index.</summary>
    [GeneratedRegex("edit|modif|updat|expir|index|deleted|lastseen")]
    private static partial Regex Later();

    [GeneratedRegex(@"<(p|br|div|span|a|b|i|strong|em|li|ul|ol|h[1-6]|table|tr|td|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    /// <summary>A line in Markdown's marks: a heading ("## Minsk"), a list item ("- Met …", "* Met …"), a quotation ("> Deputy Minister … received …", as a notebook's text cell quotes a release).</summary>
    [GeneratedRegex(@"(?m)^(#{1,6} |[-*] |> )\S")]
    private static partial Regex MarkdownLine();

    /// <summary>A chat's link or mention: "&lt;https://…|words&gt;", "&lt;https://…&gt;", "&lt;@U024BE7LH&gt;".</summary>
    [GeneratedRegex(@"<(?:https?://|mailto:|@|#|!)[^<>|\s]*(?:\|(?<words>[^<>]+))?>")]
    private static partial Regex ChatLink();
}
