using System.Text;
using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A video's subtitles, SubRip (.srt) or WebVTT (.vtt), read as what was said: cue numbers, timings, WebVTT's header, notes
/// and styles go, markup in a cue (<c>&lt;i&gt;</c>, <c>&lt;v Speaker&gt;</c>) reads as its words, and the cues run on as
/// sentences do — a sentence split over two cues is one sentence again. A pause of two seconds or more between a cue that ends
/// a sentence and the next begins a new paragraph.
/// </summary>
internal static partial class Subtitles
{
    public const string SubRip = "application/x-subrip";
    public const string WebVtt = "text/vtt";

    /// <summary>Whether a text that came without a type is subtitles: "WEBVTT" first, or a SubRip cue (a number, then a timing line) first.</summary>
    public static string? TypeOf(string text)
    {
        var head = text.TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        if (head.StartsWith("WEBVTT", StringComparison.Ordinal)) return WebVtt;
        return FirstCue().IsMatch(head) ? SubRip : null;
    }

    public static ReadDocument Read(string text, string mediaType)
    {
        var said = new StringBuilder();
        var cues = 0;
        TimeSpan? lastEnd = null;
        string? speaking = null;
        foreach (var block in Blocks().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\uFEFF', '\n', ' ')))
        {
            var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var timing = lines.FindIndex(l => Timing().IsMatch(l));
            // (WebVTT's header, a NOTE, a STYLE or a REGION block has no timing line)
            if (timing < 0 || timing > 1) continue;
            // ("<v Ervin Ibrahimović>Good afternoon. …": WebVTT's voice tag names who speaks; a new speaker's turn is a paragraph of its own,
            // opening on their name as a transcript's does, "Ervin Ibrahimović: Good afternoon. …")
            var voice = lines.Skip(timing + 1).Select(l => Voice().Match(l)).FirstOrDefault(v => v.Success)?.Groups["who"].Value.Trim();
            var words = string.Join(' ', lines.Skip(timing + 1).Select(l => Markup().Replace(l, "")).Select(l => l.TrimStart('-', ' ')).Where(l => l.Length > 0));
            words = System.Net.WebUtility.HtmlDecode(words);
            // ("[MUSIC]", "(applause)", "♪ ♪": a cue that only labels a sound says nothing, and the words after it go on after a pause)
            if (words.Length == 0 || SoundOnly().IsMatch(words)) continue;
            cues++;
            var time = Timing().Match(lines[timing]);
            var start = TimeOf(time.Groups["start"].Value);
            if (voice is { Length: > 0 } && voice != speaking)
            {
                if (said.Length > 0) said.Append("\n\n");
                said.Append(voice).Append(": ");
                speaking = voice;
            }
            else if (said.Length > 0)
            {
                var endsSentence = said[^1] is '.' or '!' or '?' or '"' or '”';
                said.Append(endsSentence && lastEnd is { } end && start - end >= TimeSpan.FromSeconds(2) ? "\n\n" : " ");
            }

            said.Append(words);
            lastEnd = TimeOf(time.Groups["end"].Value);
        }

        if (cues == 0) throw new DocumentRejectedException("The subtitles hold no cue with words.");
        // (subtitles have no headline: their title is what was said first, as a plain text's with none)
        var spoken = said.ToString();
        return new ReadDocument(spoken, mediaType, PlainText.TitleOf(spoken), null, [$"read {Notes.Counted(cues, "subtitle cue")} as running text; numbers and timings left out"]);
    }

    private static TimeSpan TimeOf(string value)
    {
        var parts = value.Replace(',', '.').Split(':');
        var seconds = double.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
        var hours = parts.Length > 2 ? int.Parse(parts[^3], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(hours, minutes, 0) + TimeSpan.FromSeconds(seconds);
    }

    [GeneratedRegex(@"^(\[[^\]]{1,40}\]|\([^)]{1,40}\)|[♪♫ ]+)$")]
    private static partial Regex SoundOnly();

    /// <summary>WebVTT's voice tag opening a cue's line: "&lt;v Ervin Ibrahimović&gt;", "&lt;v.loud Mary&gt;".</summary>
    [GeneratedRegex(@"^\s*<v(\.[^\s>]+)*\s+(?<who>[^>]+)>")]
    private static partial Regex Voice();

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
