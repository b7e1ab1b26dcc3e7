using System.Text;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A PowerPoint deck (.pptx), as a briefing is given with one: its slides in the order they are shown (the deck's list, not the
/// parts' file names), each slide's text boxes in the order they lie on it, a paragraph a paragraph (a bullet's line as written,
/// a table's rows "cell | cell"), and then the speaker's notes for the slide, which often say what the bullets only name. The
/// slide number, date and footer a slide repeats, the layouts' and masters' prompts ("Click to edit Master title style") and
/// hidden slides are left out.
/// </summary>
internal static class Presentation
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string What = "The PowerPoint deck";

    public static ReadDocument Read(byte[] content) =>
        Package.Reading(content, What, zip =>
        {
            var deck = Package.Part(zip, "ppt/presentation.xml", What)?.Root
                       ?? throw new DocumentRejectedException("The file is not a PowerPoint deck: it holds no ppt/presentation.xml. Send .pptx, PDF, HTML or text.", 415);
            var slides = Package.Targets(Package.Part(zip, "ppt/_rels/presentation.xml.rels", What), "ppt/");
            var paragraphs = new List<string>();
            string? title = null;
            int shown = 0, hidden = 0, noted = 0;
            foreach (var id in deck.Element(P + "sldIdLst")?.Elements(P + "sldId") ?? [])
            {
                if (!slides.TryGetValue((string?)id.Attribute(R + "id") ?? "", out var slide) || Package.Part(zip, slide.Part, What)?.Root is not { } root) continue;
                if ((string?)root.Attribute("show") is "0" or "false") { hidden++; continue; }
                shown++;
                var said = Said(root);
                title ??= said.Title;
                paragraphs.AddRange(said.Paragraphs);

                // (the notes are the slide's own part, found through its relationships)
                var folder = slide.Part[..(slide.Part.LastIndexOf('/') + 1)];
                var related = Package.Targets(Package.Part(zip, folder + "_rels/" + slide.Part[folder.Length..] + ".rels", What), folder);
                if (related.Values.FirstOrDefault(r => r.Type.EndsWith("/notesSlide", StringComparison.Ordinal)) is { Part.Length: > 0 } notes
                    && Package.Part(zip, notes.Part, What)?.Root is { } notesRoot
                    && Said(notesRoot, body: true).Paragraphs is { Count: > 0 } spoken)
                {
                    noted++;
                    paragraphs.AddRange(spoken);
                }
            }

            if (paragraphs.Count == 0) throw new DocumentRejectedException("The PowerPoint deck has no text on its slides.");
            List<string> readNotes = [$"read a PowerPoint deck: {Notes.Counted(shown, "slide")} in the order shown, {Notes.Counted(paragraphs.Count, "paragraph")}{(noted > 0 ? $"; the speaker's notes of {Notes.Counted(noted, "slide")} after each" : "")}"];
            if (hidden > 0) readNotes.Add($"left out {Notes.Counted(hidden, "hidden slide")}");
            title ??= Package.PropertiesTitle(zip, What);
            return new ReadDocument(string.Join("\n\n", paragraphs), MediaType, title, null, readNotes);
        });

    /// <summary>
    /// A slide's (or, with <paramref name="body"/>, a notes page's) paragraphs, its shapes in their order; and the text of its
    /// title placeholder. A notes page's body placeholder alone is read: its other shapes are the slide's picture and number.
    /// </summary>
    private static (List<string> Paragraphs, string? Title) Said(XElement root, bool body = false)
    {
        var paragraphs = new List<string>();
        string? title = null;
        foreach (var shape in root.Element(P + "cSld")?.Element(P + "spTree")?.Descendants() ?? [])
        {
            if (shape.Name == P + "sp")
            {
                var placeholder = shape.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph");
                var type = placeholder is null ? null : (string?)placeholder.Attribute("type") ?? "body";
                if (type is "sldNum" or "dt" or "ftr" or "hdr" or "sldImg") continue;
                if (body && type is not "body") continue;
                var lines = Lines(shape.Element(P + "txBody"));
                if (type is "title" or "ctrTitle" && lines.Count > 0) title ??= string.Join(" ", lines);
                paragraphs.AddRange(lines);
            }
            else if (shape.Name == A + "tbl" && !body)
            {
                foreach (var row in shape.Elements(A + "tr"))
                {
                    var cells = row.Elements(A + "tc").Select(c => string.Join(" ", Lines(c.Element(A + "txBody")))).Where(c => c.Length > 0).ToList();
                    if (cells.Count > 0) paragraphs.Add(string.Join(" | ", cells));
                }
            }
        }

        return (paragraphs, title);
    }

    /// <summary>A text body's paragraphs, each its runs and fields in order, a line break a new line, spaces as they show.</summary>
    private static List<string> Lines(XElement? text)
    {
        var lines = new List<string>();
        foreach (var paragraph in text?.Elements(A + "p") ?? [])
        {
            var line = new StringBuilder();
            foreach (var run in paragraph.Elements())
                if (run.Name == A + "r" || run.Name == A + "fld") line.Append((string?)run.Element(A + "t"));
                else if (run.Name == A + "br") line.Append('\n');
            var shown = string.Join('\n', line.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0));
            if (shown.Length > 0) lines.Add(shown);
        }

        return lines;
    }
}
