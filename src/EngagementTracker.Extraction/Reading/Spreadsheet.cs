using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An Excel workbook (.xlsx), as a tracker, a log or a list is kept in one: each visible sheet in the workbook's order, under its
/// name (not a default "Sheet1"), its rows one to a line with their filled cells read "cell | cell", as a table in a web page or
/// Markdown reads. A cell reads as Excel shows it: a shared or inline string as written, a formula by its last result, a number
/// formatted as a date by its day ("18 March 2026", the serial number Excel stores read in the workbook's 1900 or 1904 system),
/// TRUE or FALSE, and an error as nothing. Hidden sheets are left out and said so.
/// </summary>
internal static partial class Spreadsheet
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static ReadDocument Read(byte[] content) =>
        Package.Reading(content, What, zip =>
        {
            var workbook = Package.Part(zip, "xl/workbook.xml", What)?.Root
                           ?? throw new DocumentRejectedException("The file is not an Excel workbook: it holds no xl/workbook.xml. Send .xlsx, CSV, PDF, HTML or text.", 415);
            var targets = Package.Targets(Package.Part(zip, "xl/_rels/workbook.xml.rels", What), "xl/");
            var strings = Package.Part(zip, "xl/sharedStrings.xml", What)?.Root?.Elements(S + "si").Select(Shown).ToList() ?? [];
            var dates = DateStyles(Package.Part(zip, "xl/styles.xml", What)?.Root);
            var from1904 = (string?)workbook.Element(S + "workbookPr")?.Attribute("date1904") is "1" or "true";

            int hidden = 0, days = 0;
            var read = new List<(string Name, IReadOnlyList<string> Lines)>();
            foreach (var sheet in workbook.Element(S + "sheets")?.Elements(S + "sheet") ?? [])
            {
                if ((string?)sheet.Attribute("state") is "hidden" or "veryHidden") { hidden++; continue; }
                if (!targets.TryGetValue((string?)sheet.Attribute(R + "id") ?? "", out var part) || Package.Part(zip, part.Part, What)?.Root?.Element(S + "sheetData") is not { } data) continue;
                var lines = new List<string>();
                foreach (var row in data.Elements(S + "row"))
                {
                    var cells = new List<string>();
                    foreach (var cell in row.Elements(S + "c"))
                        if (Cell(cell, strings, dates, from1904, ref days) is { Length: > 0 } shown) cells.Add(shown);
                    if (cells.Count > 0) lines.Add(string.Join(" | ", cells));
                }

                read.Add(((string?)sheet.Attribute("name") ?? "", lines));
            }

            var (text, sheets, rows) = Laid(read);
            if (sheets == 0) throw new DocumentRejectedException("The Excel workbook has no visible sheet with anything in it.");
            List<string> notes = [$"read an Excel workbook: {Notes.Counted(sheets, "sheet")}, {Notes.Counted(rows, "row")}, each row's cells read \"cell | cell\"{(days > 0 ? $"; {Notes.Counted(days, "date")} read from the serial numbers Excel keeps" : "")}"];
            if (hidden > 0) notes.Add($"left out {Notes.Counted(hidden, "hidden sheet")}");
            var title = Package.PropertiesTitle(zip, What) ?? PlainText.TitleOf(text);
            return new ReadDocument(text, MediaType, title, null, notes);
        });

    private const string What = "The Excel workbook";

    /// <summary>
    /// Sheets laid out as read (an Excel workbook's, an OpenDocument spreadsheet's): each with rows under its name (not a default
    /// "Sheet1"), its rows a line each; with how many sheets and rows were laid (a sheet with no rows is not).
    /// </summary>
    internal static (string Text, int Sheets, int Rows) Laid(IEnumerable<(string Name, IReadOnlyList<string> Lines)> sheets)
    {
        var read = new StringBuilder();
        int laid = 0, rows = 0;
        foreach (var (name, lines) in sheets.Where(s => s.Lines.Count > 0))
        {
            if (read.Length > 0) read.Append("\n\n");
            if (name.Trim() is { Length: > 0 } named && !DefaultName().IsMatch(named)) read.Append(named).Append("\n\n");
            read.Append(string.Join('\n', lines));
            laid++;
            rows += lines.Count;
        }

        return (read.ToString(), laid, rows);
    }

    /// <summary>A cell as Excel shows it (see the class); empty for an empty cell or an error.</summary>
    private static string Cell(XElement cell, List<string> strings, HashSet<int> dates, bool from1904, ref int days)
    {
        var value = (string?)cell.Element(S + "v");
        var shown = (string?)cell.Attribute("t") switch
        {
            "s" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "",
            "inlineStr" => cell.Element(S + "is") is { } inline ? Shown(inline) : "",
            "str" => value ?? "",
            "b" => value is "1" ? "TRUE" : value is "0" ? "FALSE" : "",
            "e" => "",
            _ => value is null ? "" : Number(value, int.TryParse((string?)cell.Attribute("s"), out var style) && dates.Contains(style), from1904, ref days),
        };
        return string.Join(' ', shown.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A number as written, or, when its style is a date's, the day its serial number stands for.</summary>
    private static string Number(string value, bool date, bool from1904, ref int days)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        if (date && number is >= 1 and < 2958466)
        {
            days++;
            var day = (from1904 ? new DateTime(1904, 1, 1) : new DateTime(1899, 12, 30)).AddDays(Math.Floor(number));
            return Days.Written(DateOnly.FromDateTime(day));
        }

        return number.ToString("G15", CultureInfo.InvariantCulture);
    }

    /// <summary>A string item's text: its runs in order, without the phonetic guides (&lt;rPh&gt;) East Asian workbooks add.</summary>
    private static string Shown(XElement item) =>
        string.Concat(item.Descendants(S + "t").Where(t => t.Parent?.Name != S + "rPh").Select(t => t.Value));

    /// <summary>The cell styles (their index in cellXfs) whose number format shows a date: Excel's own (14-22, 45-47) or a custom one with days, months or years.</summary>
    private static HashSet<int> DateStyles(XElement? styles)
    {
        if (styles is null) return [];
        var custom = styles.Element(S + "numFmts")?.Elements(S + "numFmt")
            .Where(f => ShowsDay(Literals().Replace((string?)f.Attribute("formatCode") ?? "", "")))
            .Select(f => (int?)f.Attribute("numFmtId")).OfType<int>().ToHashSet() ?? [];
        return [.. (styles.Element(S + "cellXfs")?.Elements(S + "xf") ?? [])
            .Select((xf, i) => (Format: (int?)xf.Attribute("numFmtId") ?? 0, Index: i))
            .Where(x => x.Format is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(x.Format))
            .Select(x => x.Index)];
    }

    /// <summary>A number format's quoted text, escapes, colours and conditions ("[Red]", "\"on\"", "\\d"), which show no date.</summary>
    [GeneratedRegex(@"""[^""]*""|\\.|\[[^\]]*\]")]
    private static partial Regex Literals();

    /// <summary>Whether a format shows a day: it has days or years, or months without hours or seconds (where "m" is minutes).</summary>
    private static bool ShowsDay(string format) =>
        format.AsSpan().IndexOfAny("dDyY") >= 0 || (format.AsSpan().IndexOfAny("mM") >= 0 && format.AsSpan().IndexOfAny("hHsS") < 0);

    /// <summary>"Sheet1", "Feuil2", "Лист3": a sheet named as Excel names a new one, which says nothing.</summary>
    [GeneratedRegex(@"^(Sheet|Feuil|Tabelle|Hoja|Foglio|Planilha|Blad|Arkusz|Лист|Аркуш)\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultName();
}
