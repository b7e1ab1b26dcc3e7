using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A video's subtitles, SubRip (.srt), WebVTT (.vtt), SubStation Alpha (.ass, .ssa), TTML (.ttml, .dfxp) or a YouTube caption track
/// (json3), read as what was said: cue numbers, timings, WebVTT's header, notes
/// and styles go, markup in a cue (<c>&lt;i&gt;</c>, <c>&lt;v Speaker&gt;</c>) reads as its words, and the cues run on as
/// sentences do — a sentence split over two cues is one sentence again. A pause of two seconds or more between a cue that ends
/// a sentence and the next begins a new paragraph.
/// </summary>
internal static partial class Subtitles
{
    public const string SubRip = "application/x-subrip";
    public const string WebVtt = "text/vtt";
    public const string SubStation = "text/x-ssa";
    public const string TimedText = "application/ttml+xml";

    private static readonly HashSet<string> TimedTextNamespaces = ["http://www.w3.org/ns/ttml", "http://www.w3.org/2006/10/ttaf1", "http://www.w3.org/2006/04/ttaf1"];

    /// <summary>Whether a text that came without a type is subtitles: "WEBVTT" first, SubStation Alpha's "[Script Info]" first, or a SubRip cue (a number, then a timing line) first.</summary>
    public static string? TypeOf(string text)
    {
        var head = text.TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        if (head.StartsWith("WEBVTT", StringComparison.Ordinal)) return WebVtt;
        if (head.StartsWith("[Script Info]", StringComparison.Ordinal)) return SubStation;
        return FirstCue().IsMatch(head) ? SubRip : null;
    }

    public static ReadDocument Read(string text, string mediaType)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\uFEFF', '\n', ' ');
        var (said, cues) = Running(mediaType == SubStation ? Dialogue(text) : Blocked(text));
        if (cues == 0) throw new DocumentRejectedException("The subtitles hold no cue with words.");
        // (subtitles have no headline: their title is what was said first, as a plain text's with none; or the script's own)
        var title = mediaType == SubStation && ScriptTitle().Match(text) is { Success: true } named ? named.Groups["title"].Value.Trim() : PlainText.TitleOf(said);
        return new ReadDocument(said, mediaType, title, null,
            [$"read {Notes.Counted(cues, "subtitle cue")} as running text; {(mediaType == SubStation ? "timings, styles, comments and override tags" : "numbers and timings")} left out"]);
    }

    /// <summary>
    /// TTML subtitles (DFXP): each paragraph ("&lt;p begin="00:00:04.800" end="00:00:08.900" ttm:agent="guest"&gt;") a cue, a line break
    /// in it a space; who speaks is the name the file's metadata gives the agent a cue names ("&lt;ttm:agent xml:id="guest"&gt;&lt;ttm:name&gt;Jan
    /// Braathu&lt;/ttm:name&gt;"); the title is the metadata's. Null when the XML is not TTML.
    /// </summary>
    public static ReadDocument? ReadTimedText(XDocument xml)
    {
        if (xml.Root is not { Name.LocalName: "tt" } root || !TimedTextNamespaces.Contains(root.Name.NamespaceName)) return null;
        var agents = root.Descendants().Where(e => e.Name.LocalName == "agent" && e.Name.NamespaceName.EndsWith("#metadata", StringComparison.Ordinal))
            .Select(a => (Id: (string?)a.Attribute(XNamespace.Xml + "id"), Name: a.Elements().FirstOrDefault(n => n.Name.LocalName == "name")?.Value.Trim()))
            .Where(a => a.Id is not null && a.Name is { Length: > 0 }).GroupBy(a => a.Id!).ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal);
        var cues = root.Descendants(root.Name.Namespace + "p").Select(p => (Clock(p, "begin"), Clock(p, "end"), Agent(p) is { } agent ? agents.GetValueOrDefault(agent) : null,
            OneLine(Spoken(p)))).ToList();
        var (said, count) = Running(cues);
        if (count == 0) throw new DocumentRejectedException("The subtitles hold no cue with words.");
        var title = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "title" && e.Parent?.Name.LocalName == "metadata")?.Value.Trim() is { Length: > 0 } named ? named : PlainText.TitleOf(said);
        return new ReadDocument(said, TimedText, title, null,
            [$"read {Notes.Counted(count, "subtitle cue")} (TTML) as running text; timings, styles and layout left out{(agents.Count > 0 ? ", each speaker named from the file's agents" : "")}"]);

        // (the agent a cue, or the division it stands in, names: the first of them)
        static string? Agent(XElement p) =>
            p.AncestorsAndSelf().Select(e => e.Attributes().FirstOrDefault(a => a.Name.LocalName == "agent")?.Value).FirstOrDefault(v => v is not null)?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

        static string Spoken(XElement element) =>
            string.Concat(element.Nodes().Select(n => n switch { XText t => t.Value, XElement { Name.LocalName: "br" } => " ", XElement e => Spoken(e), _ => "" }));

        // ("00:00:04.800", "00:00:04:12" with frames, "4.8s", "4800ms")
        static TimeSpan Clock(XElement p, string name)
        {
            var value = (string?)p.Attribute(name) ?? "";
            if (OffsetTime().Match(value) is { Success: true } offset)
            {
                var number = double.Parse(offset.Groups["n"].Value, CultureInfo.InvariantCulture);
                return offset.Groups["unit"].Value switch { "h" => TimeSpan.FromHours(number), "m" => TimeSpan.FromMinutes(number), "ms" => TimeSpan.FromMilliseconds(number), _ => TimeSpan.FromSeconds(number) };
            }

            return ClockTime().IsMatch(value) ? TimeOf(string.Join(':', value.Split(':').Take(3))) : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// A YouTube caption track as its "json3" format gives it ({"events": [{"tStartMs": 1400, "dDurationMs": 2500, "segs": [{"utf8":
    /// "Today I met …"}]}]}): each event's segments joined a cue, a line break in it a space. Null when the JSON is no such track.
    /// </summary>
    public static ReadDocument? ReadCaptionTrack(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array
            || !events.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("tStartMs", out _) && e.TryGetProperty("segs", out _)))
            return null;
        var cues = events.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("segs", out var segs) && segs.ValueKind == JsonValueKind.Array).Select(e =>
        {
            var start = TimeSpan.FromMilliseconds(Milliseconds(e, "tStartMs"));
            var words = string.Concat(e.GetProperty("segs").EnumerateArray().Select(g => g.ValueKind == JsonValueKind.Object && g.TryGetProperty("utf8", out var utf8) && utf8.ValueKind == JsonValueKind.String ? utf8.GetString() : ""));
            return (start, start + TimeSpan.FromMilliseconds(Milliseconds(e, "dDurationMs")), (string?)null, OneLine(words));
        }).ToList();
        var (said, count) = Running(cues);
        if (count == 0) throw new DocumentRejectedException("The caption track holds no cue with words.");
        return new ReadDocument(said, Structured.Json, PlainText.TitleOf(said), null, [$"read a caption track (YouTube json3) of {Notes.Counted(count, "cue")} as running text; timings and styles left out"]);

        static double Milliseconds(JsonElement e, string name) => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
    }

    /// <summary>
    /// Cues as running text: a sentence split over two cues one sentence again; a new speaker's turn a paragraph of its own, opening
    /// on their name as a transcript's does ("Ervin Ibrahimović: Good afternoon. …"); a pause of two seconds or more after a
    /// sentence's end a new paragraph. With how many cues had words.
    /// </summary>
    private static (string Said, int Cues) Running(IEnumerable<(TimeSpan Start, TimeSpan End, string? Voice, string Words)> cues)
    {
        var said = new StringBuilder();
        var count = 0;
        TimeSpan? lastEnd = null;
        string? speaking = null;
        foreach (var (start, end, voice, words) in cues)
        {
            // ("[MUSIC]", "(applause)", "♪ ♪": a cue that only labels a sound says nothing, and the words after it go on after a pause)
            if (words.Length == 0 || SoundOnly().IsMatch(words)) continue;
            count++;
            if (voice is { Length: > 0 } && voice != speaking)
            {
                if (said.Length > 0) said.Append("\n\n");
                said.Append(voice).Append(": ");
                speaking = voice;
            }
            else if (said.Length > 0)
            {
                var endsSentence = said[^1] is '.' or '!' or '?' or '"' or '”';
                said.Append(endsSentence && lastEnd is { } before && start - before >= TimeSpan.FromSeconds(2) ? "\n\n" : " ");
            }

            said.Append(words);
            lastEnd = end;
        }

        return (said.ToString(), count);
    }

    /// <summary>SubRip's or WebVTT's cues: blocks with a timing line, the words under it; WebVTT's voice tag ("&lt;v Ervin Ibrahimović&gt;") names who speaks.</summary>
    private static IEnumerable<(TimeSpan Start, TimeSpan End, string? Voice, string Words)> Blocked(string text)
    {
        foreach (var block in Blocks().Split(text))
        {
            var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var timing = lines.FindIndex(l => Timing().IsMatch(l));
            // (WebVTT's header, a NOTE, a STYLE or a REGION block has no timing line)
            if (timing < 0 || timing > 1) continue;
            var voice = lines.Skip(timing + 1).Select(l => Voice().Match(l)).FirstOrDefault(v => v.Success)?.Groups["who"].Value.Trim();
            var words = string.Join(' ', lines.Skip(timing + 1).Select(l => Markup().Replace(l, "")).Select(l => l.TrimStart('-', ' ')).Where(l => l.Length > 0));
            var time = Timing().Match(lines[timing]);
            yield return (TimeOf(time.Groups["start"].Value), TimeOf(time.Groups["end"].Value), voice, System.Net.WebUtility.HtmlDecode(words));
        }
    }

    /// <summary>
    /// SubStation Alpha's (.ass, .ssa) dialogue lines, in the fields its [Events] format line names: the Name field says who speaks;
    /// override tags ("{\i1}", "{\fad(300,300)}") go, and a line break ("\N") reads as a space. Comments are not cues.
    /// </summary>
    private static IEnumerable<(TimeSpan Start, TimeSpan End, string? Voice, string Words)> Dialogue(string text)
    {
        string[] fields = ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"];
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("Format:", StringComparison.Ordinal) && line.Contains("Text", StringComparison.Ordinal))
                fields = [.. line["Format:".Length..].Split(',').Select(f => f.Trim())];
            if (!line.StartsWith("Dialogue:", StringComparison.Ordinal)) continue;
            // (the text is the last field, and may hold commas)
            var values = line["Dialogue:".Length..].Split(',', fields.Length);
            if (values.Length < fields.Length) continue;
            string Field(string name) => Array.IndexOf(fields, name) is var at and >= 0 ? values[at].Trim() : "";
            var words = SubStationTags().Replace(Field("Text"), "").Replace("\\N", " ", StringComparison.Ordinal).Replace("\\n", " ", StringComparison.Ordinal).Replace("\\h", " ", StringComparison.Ordinal);
            yield return (TimeOf(Field("Start")), TimeOf(Field("End")), Field("Name") is { Length: > 0 } name ? name : null, OneLine(words));
        }
    }

    /// <summary>A cue's words on one line: its line breaks and runs of spaces one space each.</summary>
    private static string OneLine(string words) => Whitespace().Replace(words, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static TimeSpan TimeOf(string value)
    {
        var parts = value.Replace(',', '.').Split(':');
        var seconds = double.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
        var hours = parts.Length > 2 ? int.Parse(parts[^3], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(hours, minutes, 0) + TimeSpan.FromSeconds(seconds);
    }

    /// <summary>A TTML offset time: "4.8s", "4800ms", "1.5m".</summary>
    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)(?<unit>h|ms|m|s)$")]
    private static partial Regex OffsetTime();

    /// <summary>A TTML clock time: "00:00:04.800", "00:00:04:12" (frames, left out).</summary>
    [GeneratedRegex(@"^\d{1,2}:\d{2}:\d{2}([.:]\d+)?$")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(\[[^\]]{1,40}\]|\([^)]{1,40}\)|[♪♫ ]+)$")]
    private static partial Regex SoundOnly();

    /// <summary>WebVTT's voice tag opening a cue's line: "&lt;v Ervin Ibrahimović&gt;", "&lt;v.loud Mary&gt;".</summary>
    [GeneratedRegex(@"^\s*<v(\.[^\s>]+)*\s+(?<who>[^>]+)>")]
    private static partial Regex Voice();

    /// <summary>SubStation Alpha's override tags in a line: "{\i1}", "{\fad(300,300)}", "{\an8\pos(960,50)}".</summary>
    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex SubStationTags();

    [GeneratedRegex(@"(?m)^Title:[ \t]*(?<title>\S[^\n]*)$")]
    private static partial Regex ScriptTitle();

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^(?<start>(\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3})\s*-->\s*(?<end>(\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3})")]
    private static partial Regex Timing();

    [GeneratedRegex(@"^\d+[ \t]*\r?\n(\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}\s*-->")]
    private static partial Regex FirstCue();

    /// <summary>Markup in a cue: <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;v Speaker&gt;</c>, <c>&lt;c.yellow&gt;</c>, a timestamp tag, and SubRip's <c>{\an8}</c>.</summary>
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}")]
    private static partial Regex Markup();
}
