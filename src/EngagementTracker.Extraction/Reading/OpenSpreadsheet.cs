using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An OpenDocument spreadsheet (.ods, as LibreOffice Calc saves a log or a tracker), read as an Excel workbook is
/// (<see cref="Spreadsheet"/>): each visible sheet in order under its name, its rows one to a line with their filled cells read
/// "cell | cell". A cell reads as the sheet shows it, but for a date, which reads as its day ("7 October 2026", from the date
/// value ODF keeps, however the cell formats it); the empty rows and columns Calc repeats to the sheet's edge are not read, and
/// hidden sheets are left out and said so.
/// </summary>
internal static class OpenSpreadsheet
{
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";

    // (ODF's namespaces, the OpenDocument text's)
    private static readonly XNamespace Office = OpenDocument.Office, Table = OpenDocument.Table, Text = OpenDocument.Text, Style = OpenDocument.Style, Dc = OpenDocument.Dc;

    private const string What = "The OpenDocument spreadsheet";

    // (a row or a cell Calc repeats, when it holds something, is read that many times, within reason)
    private const int MostRepeats = 100;

    public static ReadDocument Read(byte[] content) =>
        Package.Reading(content, What, zip =>
        {
            var document = Package.Part(zip, "content.xml", What)?.Root;
            var workbook = document?.Element(Office + "body")?.Element(Office + "spreadsheet")
                           ?? throw new DocumentRejectedException("The file is not an OpenDocument spreadsheet: it holds no spreadsheet body in content.xml. Send .ods, .xlsx, CSV, PDF or text.", 415);
            // (a sheet whose table style says display="false" is hidden)
            var hiddenStyles = document!.Element(Office + "automatic-styles")?.Elements(Style + "style")
                .Where(s => s.Element(Style + "table-properties")?.Attribute(Table + "display")?.Value == "false")
                .Select(s => (string?)s.Attribute(Style + "name")).OfType<string>().ToHashSet() ?? [];
            var hidden = 0;
            var days = 0;
            var sheets = new List<(string Name, IReadOnlyList<string> Lines)>();
            foreach (var sheet in workbook.Elements(Table + "table"))
            {
                if ((string?)sheet.Attribute(Table + "style-name") is { } style && hiddenStyles.Contains(style)) { hidden++; continue; }
                var lines = new List<string>();
                foreach (var row in sheet.Descendants(Table + "table-row"))
                {
                    var cells = new List<string>();
                    foreach (var cell in row.Elements(Table + "table-cell"))
                        if (Cell(cell, ref days) is { Length: > 0 } shown)
                            cells.AddRange(Enumerable.Repeat(shown, Math.Clamp((int?)cell.Attribute(Table + "number-columns-repeated") ?? 1, 1, MostRepeats)));
                    if (cells.Count > 0) lines.AddRange(Enumerable.Repeat(string.Join(" | ", cells), Math.Clamp((int?)row.Attribute(Table + "number-rows-repeated") ?? 1, 1, MostRepeats)));
                }

                sheets.Add(((string?)sheet.Attribute(Table + "name") ?? "", lines));
            }

            var (text, read, rows) = Spreadsheet.Laid(sheets);
            if (read == 0) throw new DocumentRejectedException("The OpenDocument spreadsheet has no visible sheet with anything in it.");
            List<string> notes = [$"read an OpenDocument spreadsheet: {Notes.Counted(read, "sheet")}, {Notes.Counted(rows, "row")}, each row's cells read \"cell | cell\"{(days > 0 ? $"; {Notes.Counted(days, "date")} read from their date values" : "")}"];
            if (hidden > 0) notes.Add($"left out {Notes.Counted(hidden, "hidden sheet")}");
            var title = ((string?)Package.Part(zip, "meta.xml", What)?.Root?.Element(Office + "meta")?.Element(Dc + "title"))?.Trim() is { Length: > 0 } named ? named : PlainText.TitleOf(text);
            return new ReadDocument(text, MediaType, title, null, notes);
        });

    /// <summary>A cell as the sheet shows it: its paragraphs on one line; a date by its day.</summary>
    private static string Cell(XElement cell, ref int days)
    {
        if ((string?)cell.Attribute(Office + "value-type") == "date" && Days.Leading((string?)cell.Attribute(Office + "date-value")) is { } day)
        {
            days++;
            return Days.Written(day);
        }

        var shown = string.Join(' ', cell.Elements(Text + "p").Select(Words));
        return string.Join(' ', shown.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A paragraph's words: its text and its spans' and links' text, a run of spaces (&lt;text:s/&gt;) or a tab as a space.</summary>
    private static string Words(XElement paragraph) =>
        string.Concat(paragraph.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "s" or "tab" or "line-break" } => " ",
            XElement inner => Words(inner),
            _ => "",
        }));
}
