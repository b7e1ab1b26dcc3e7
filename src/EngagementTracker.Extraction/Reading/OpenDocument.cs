using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An OpenDocument text (.odt, as LibreOffice, OpenOffice or a word processor exporting to ODF saves it), read as a Word
/// document is (<see cref="WordDocument"/>): the body's headings, paragraphs, lists and tables in order, a list item with its
/// bullet or number, a footnote mark as "[1]" with the footnotes after the text; tracked deletions, comments, tables of
/// contents and the page's running headers and footers left out. A run of spaces ("&lt;text:s/&gt;") or a tab reads as a space, a
/// line break as a new line.
/// </summary>
internal static class OpenDocument
{
    public const string MediaType = "application/vnd.oasis.opendocument.text";

    internal static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    internal static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    internal static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    internal static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    internal static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static ReadDocument Read(byte[] content) =>
        Package.Reading(content, "The OpenDocument text", zip =>
        {
            var document = Package.Part(zip, "content.xml", "The OpenDocument text")?.Root;
            var body = document?.Element(Office + "body")?.Element(Office + "text")
                       ?? throw new DocumentRejectedException("The file is not an OpenDocument text: it holds no text body in content.xml (a spreadsheet or a presentation is not read). Send .odt, .docx, PDF, HTML or text.", 415);
            var numbered = NumberedLists(document!, Package.Part(zip, "styles.xml", "The OpenDocument text")?.Root);
            var reading = new Reading(numbered);
            foreach (var block in body.Elements()) reading.Block(block, null);

            var text = Notes.Footnoted(string.Join("\n\n", reading.Paragraphs.Select(p => p.Text)), reading.Footnotes);
            var title = reading.Paragraphs.FirstOrDefault(p => p.Heading)?.Text
                        ?? PlainText.TitleOf(text)
                        ?? (string?)Package.Part(zip, "meta.xml", "The OpenDocument text")?.Root?.Element(Office + "meta")?.Element(Dc + "title");
            var said = Package.Said("an OpenDocument text", reading.Paragraphs.Count, reading.Footnotes.Count, reading.Deletions);
            return new ReadDocument(text, MediaType, title?.Trim(), null, said);
        });

    /// <summary>The list styles (of the document and of its styles part) whose first level is numbered rather than bulleted.</summary>
    private static HashSet<string> NumberedLists(XElement content, XElement? styles) =>
        [.. new[] { content, styles }.OfType<XElement>().SelectMany(root => root.Descendants(Text + "list-style"))
            .Where(s => s.Elements().FirstOrDefault()?.Name == Text + "list-level-style-number")
            .Select(s => (string?)s.Attribute(Style + "name")).OfType<string>()];

    private sealed record Paragraph(string Text, bool Heading);

    private sealed class Reading(HashSet<string> numbered)
    {
        public List<Paragraph> Paragraphs { get; } = [];
        public List<string> Footnotes { get; } = [];
        public int Deletions { get; private set; }

        public void Block(XElement block, string? mark)
        {
            var name = block.Name;
            if (name == Text + "p" || name == Text + "h") Paragraph(block, mark);
            else if (name == Text + "list")
            {
                var style = (string?)block.Attribute(Text + "style-name");
                var count = 0;
                foreach (var item in block.Elements().Where(e => e.Name == Text + "list-item" || e.Name == Text + "list-header"))
                {
                    var first = true;
                    count++;
                    foreach (var inner in item.Elements())
                    {
                        Block(inner, first && item.Name == Text + "list-item" ? style is not null && numbered.Contains(style) ? $"{count}. " : "• " : null);
                        first = false;
                    }
                }
            }
            else if (name == Table + "table")
                foreach (var cell in block.Descendants(Table + "table-cell"))
                    foreach (var inner in cell.Elements()) Block(inner, null);
            else if (name == Text + "section" || name == Text + "index-body")
                foreach (var inner in block.Elements()) Block(inner, null);
            else if (name == Text + "tracked-changes")
                Deletions += block.Descendants(Text + "deletion").Count();
        }

        private void Paragraph(XElement p, string? mark)
        {
            var text = new StringBuilder();
            var boxes = new List<XElement>();
            Inline(p, text, boxes);
            var line = string.Join('\n', text.ToString().Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))));
            if (line.Trim().Length > 0)
                Paragraphs.Add(new Paragraph(mark + line.Trim(), p.Name == Text + "h" && (int?)p.Attribute(Text + "outline-level") is null or 1
                                                                 || ((string?)p.Attribute(Text + "style-name"))?.Equals("Title", StringComparison.OrdinalIgnoreCase) == true));
            foreach (var box in boxes)
                foreach (var inner in box.Elements()) Block(inner, null);
        }

        private void Inline(XElement element, StringBuilder text, List<XElement> boxes)
        {
            foreach (var node in element.Nodes())
            {
                if (node is XText run) { text.Append(run.Value.Replace('\n', ' ').Replace('\r', ' ')); continue; }
                if (node is not XElement e) continue;
                var name = e.Name;
                if (name == Text + "s" || name == Text + "tab") text.Append(' ');
                else if (name == Text + "line-break") text.Append('\n');
                else if (name == Text + "note")
                {
                    var note = new Reading(numbered);
                    foreach (var inner in e.Element(Text + "note-body")?.Elements() ?? []) note.Block(inner, null);
                    Footnotes.Add(string.Join(' ', note.Paragraphs.Select(x => x.Text)));
                    text.Append('[').Append(Footnotes.Count).Append(']');
                }
                else if (name.Namespace == Office) continue; // a comment (office:annotation) is not the text
                else if (name == Draw + "text-box") boxes.Add(e);
                else if (name == Draw + "frame") Inline(e, text, boxes);
                else if (name.Namespace == Text || name.Namespace == Draw) Inline(e, text, boxes);
            }
        }
    }
}
