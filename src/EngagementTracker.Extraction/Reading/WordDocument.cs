using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A Word document (.docx) as its author last saw it: the body's paragraphs and tables in order, with tracked insertions kept and
/// tracked deletions, field codes and the page's running headers and footers left out; a list item keeps its number or bullet,
/// a footnote mark reads "[1]" and the footnotes follow the text, as a PDF's do. A text box Word also saves as a drawing
/// fallback is read once.
/// </summary>
internal static class WordDocument
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace W2003 = "http://schemas.microsoft.com/office/word/2003/wordml";
    private static readonly XNamespace Office = "urn:schemas-microsoft-com:office:office";

    public static ReadDocument Read(byte[] content) =>
        Package.Reading(content, "The Word document", zip =>
        {
            var body = Part(zip, "word/document.xml")?.Root?.Element(W + "body")
                       ?? throw new DocumentRejectedException("The file is not a Word document: it holds no word/document.xml. Send .docx, PDF, HTML or text.");
            var styles = Styles(Part(zip, "word/styles.xml")?.Root, W);
            var reading = new Reading(Numbering(Part(zip, "word/numbering.xml")), W);
            foreach (var block in body.Elements()) reading.Block(block);

            var footnotes = Part(zip, "word/footnotes.xml")?.Root?.Elements(W + "footnote").ToDictionary(f => (string?)f.Attribute(W + "id") ?? "", f => f, StringComparer.Ordinal) ?? [];
            var notes = reading.FootnoteMarks.Select(mark => footnotes.TryGetValue(mark.Id, out var note)
                    ? $"[{mark.Number}] {reading.Plain(note)}"
                    : null).OfType<string>().ToList();

            var text = string.Join("\n\n", reading.Paragraphs.Select(p => p.Text).Concat(notes));
            var title = reading.Titled(styles) ?? PlainText.TitleOf(text)
                        ?? Package.PropertiesTitle(zip, "The Word document");
            var said = Package.Said("a Word document", reading.Paragraphs.Count, notes.Count, reading.Deletions);
            return new ReadDocument(text, MediaType, title?.Trim(), null, said);
        });

    /// <summary>
    /// A Word 2003 XML document (WordprocessingML, Word's "Save as XML"): its body read as a .docx's is (its sections' paragraphs and
    /// tables in order, words Word split across runs joined), its title from a paragraph styled as one or its properties, its day from
    /// when it was created; null when the XML is no such document.
    /// </summary>
    public static ReadDocument? ReadXml2003(XDocument xml)
    {
        if (xml.Root is not { } root || root.Name != W2003 + "wordDocument") return null;
        var body = root.Element(W2003 + "body") ?? throw new DocumentRejectedException("The Word 2003 XML document has no body: save it as .docx or PDF and send that.", 415);
        var reading = new Reading([], W2003);
        foreach (var block in Blocks(body)) reading.Block(block);
        var text = string.Join("\n\n", reading.Paragraphs.Select(p => p.Text));
        var properties = root.Element(Office + "DocumentProperties");
        var title = reading.Titled(Styles(root.Element(W2003 + "styles"), W2003)) ?? ((string?)properties?.Element(Office + "Title"))?.Trim() ?? PlainText.TitleOf(text);
        return new ReadDocument(text, Structured.Xml, title, Days.Iso(Days.Leading((string?)properties?.Element(Office + "Created"))),
            Package.Said("a Word 2003 XML document", reading.Paragraphs.Count, 0, reading.Deletions));

        // (the body's blocks stand in sections, "wx:sect" and "wx:sub-section", of another namespace)
        static IEnumerable<XElement> Blocks(XElement container) => container.Elements().SelectMany(e => e.Name.Namespace == W2003 ? [e] : Blocks(e));
    }

    /// <summary>The styles' names by their ids.</summary>
    private static Dictionary<string, string> Styles(XElement? styles, XNamespace w) =>
        styles?.Elements(w + "style")
            .Select(s => (Id: (string?)s.Attribute(w + "styleId"), Name: (string?)s.Element(w + "name")?.Attribute(w + "val")))
            .Where(s => s.Id is not null && s.Name is not null).GroupBy(s => s.Id!).ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal)
        ?? [];

    private static XDocument? Part(ZipArchive zip, string name) => Package.Part(zip, name, "The Word document");

    /// <summary>Each list's format per level (numId → level → "decimal", "bullet", "lowerLetter", …).</summary>
    private static Dictionary<string, Dictionary<string, string>> Numbering(XDocument? numbering)
    {
        if (numbering?.Root is not { } root) return [];
        var abstracts = root.Elements(W + "abstractNum").ToDictionary(
            a => (string?)a.Attribute(W + "abstractNumId") ?? "",
            a => a.Elements(W + "lvl").ToDictionary(l => (string?)l.Attribute(W + "ilvl") ?? "0", l => (string?)l.Element(W + "numFmt")?.Attribute(W + "val") ?? "decimal", StringComparer.Ordinal),
            StringComparer.Ordinal);
        return root.Elements(W + "num").ToDictionary(
            n => (string?)n.Attribute(W + "numId") ?? "",
            n => abstracts.GetValueOrDefault((string?)n.Element(W + "abstractNumId")?.Attribute(W + "val") ?? "") ?? [],
            StringComparer.Ordinal);
    }

    private sealed record Paragraph(string Text, string? Style);

    private sealed class Reading(Dictionary<string, Dictionary<string, string>> numbering, XNamespace w)
    {
        public List<Paragraph> Paragraphs { get; } = [];
        public List<(string Id, int Number)> FootnoteMarks { get; } = [];
        public int Deletions { get; private set; }

        /// <summary>The text of the first paragraph styled as a title or a first heading, by its style's name.</summary>
        public string? Titled(Dictionary<string, string> styles) =>
            Paragraphs.FirstOrDefault(p => p.Style is { } id && styles.GetValueOrDefault(id, id) is var name
                                           && (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.Equals("heading 1", StringComparison.OrdinalIgnoreCase) || name.Equals("Heading1", StringComparison.OrdinalIgnoreCase)))?.Text;
        private readonly Dictionary<(string, string), int> counters = [];

        public void Block(XElement block)
        {
            if (block.Name == w + "p") Paragraph(block);
            else if (block.Name == w + "tbl")
                foreach (var cell in block.Descendants(w + "tc"))
                    foreach (var inner in cell.Elements()) Block(inner);
            else if (block.Name == w + "sdt") // a content control (a cover page, a table of contents) holds blocks of its own
                foreach (var inner in block.Element(w + "sdtContent")?.Elements() ?? []) Block(inner);
        }

        private void Paragraph(XElement p)
        {
            var properties = p.Element(w + "pPr");
            var text = new StringBuilder();
            Inline(p, text);
            var line = string.Join('\n', text.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))));
            if (line.Trim().Length == 0) return;
            if (properties?.Element(w + "numPr") is { } list)
            {
                var id = (string?)list.Element(w + "numId")?.Attribute(w + "val") ?? "";
                var level = (string?)list.Element(w + "ilvl")?.Attribute(w + "val") ?? "0";
                var count = counters[(id, level)] = counters.GetValueOrDefault((id, level)) + 1;
                line = (numbering.GetValueOrDefault(id)?.GetValueOrDefault(level)) switch
                {
                    "bullet" => $"• {line}",
                    "decimal" or null when id != "0" => $"{count}. {line}",
                    "lowerLetter" => $"{(char)('a' + (count - 1) % 26)}) {line}",
                    "upperLetter" => $"{(char)('A' + (count - 1) % 26)}. {line}",
                    _ => line,
                };
            }

            Paragraphs.Add(new Paragraph(line.Trim(), (string?)properties?.Element(w + "pStyle")?.Attribute(w + "val")));
        }

        private void Inline(XElement element, StringBuilder text)
        {
            foreach (var node in element.Elements())
            {
                var name = node.Name;
                if (name == w + "pPr" || name == w + "rPr" || name == w + "instrText" || name == Mc + "Fallback") continue;
                if (name == w + "del" || name == w + "moveFrom") { Deletions++; continue; }
                if (name == w + "t") text.Append(node.Value);
                else if (name == w + "tab" || name == w + "ptab") text.Append(' ');
                else if (name == w + "br" || name == w + "cr") text.Append('\n');
                else if (name == w + "noBreakHyphen") text.Append('-');
                else if (name == w + "footnoteReference")
                {
                    FootnoteMarks.Add(((string?)node.Attribute(w + "id") ?? "", FootnoteMarks.Count + 1));
                    text.Append('[').Append(FootnoteMarks.Count).Append(']');
                }
                else if (name == w + "txbxContent") foreach (var inner in node.Elements()) Block(inner);
                else Inline(node, text);
            }
        }

        /// <summary>A footnote's text, its paragraphs read as the body's are (its own mark, a <c>w:footnoteRef</c>, reads as nothing).</summary>
        public string Plain(XElement note)
        {
            var reading = new Reading([], w);
            foreach (var block in note.Elements()) reading.Block(block);
            return string.Join(' ', reading.Paragraphs.Select(p => p.Text));
        }
    }
}
