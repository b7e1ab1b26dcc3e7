using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>An office document saved as a ZIP package of XML parts (Word's .docx, OpenDocument's .odt, Excel's .xlsx, PowerPoint's .pptx).</summary>
internal static class Package
{
    /// <summary>The most a part of the document may unpack to; more is refused as a decompression bomb.</summary>
    private const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>What a ZIP archive does not otherwise say it is: no document read here.</summary>
    public const string Zip = "application/zip";

    /// <summary>
    /// What the bytes are, by the parts the package holds (opened once): a Word document (word/document.xml), an OpenDocument text
    /// or an EPUB e-book (its "mimetype" says so), an Excel workbook (xl/workbook.xml) or a PowerPoint deck (ppt/presentation.xml); <see cref="Zip"/>
    /// for any other ZIP archive, a broken one too; null when the bytes are no ZIP archive.
    /// </summary>
    public static string? TypeOf(byte[] content)
    {
        if (!content.AsSpan().StartsWith("PK\u0003\u0004"u8)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return WordDocument.MediaType;
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open());
                var buffer = new char[1024];
                if (new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).Trim() is var said && said is OpenDocument.MediaType or OpenSpreadsheet.MediaType or Ebook.MediaType) return said;
            }

            return zip.GetEntry("xl/workbook.xml") is not null ? Spreadsheet.MediaType
                : zip.GetEntry("ppt/presentation.xml") is not null ? Presentation.MediaType
                : Zip;
        }
        catch (InvalidDataException)
        {
            return Zip;
        }
    }

    /// <summary>One part of the package as text (UTF-8); null when the package lacks it. <paramref name="what"/> names the document in the refusal.</summary>
    public static string? Text(ZipArchive zip, string name, string what)
    {
        var entry = zip.GetEntry(name);
        if (entry is null) return null;
        if (entry.Length > MaxPartBytes) throw new DocumentRejectedException($"{what}'s {name} unpacks to {entry.Length:N0} bytes; the limit is {MaxPartBytes:N0}.", 413);
        using var reader = new StreamReader(entry.Open(), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One part of the package as XML, without resolving DTDs (a part naming one is refused); null when the package lacks it. <paramref name="what"/> names the document in the refusal ("The Word document").</summary>
    public static XDocument? Part(ZipArchive zip, string name, string what)
    {
        var entry = zip.GetEntry(name);
        if (entry is null) return null;
        if (entry.Length > MaxPartBytes) throw new DocumentRejectedException($"{what}'s {name} unpacks to {entry.Length:N0} bytes; the limit is {MaxPartBytes:N0}.", 413);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    /// <summary>
    /// Opens the package and reads it with <paramref name="read"/>; a package that is not well-formed (a broken ZIP, XML that does
    /// not parse) is refused, <paramref name="what"/> naming the document in the refusal ("The Word document cannot be read: …").
    /// </summary>
    public static ReadDocument Reading(byte[] content, string what, Func<ZipArchive, ReadDocument> read)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return read(zip);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            throw new DocumentRejectedException($"{what} cannot be read: {e.Message}");
        }
    }

    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The title an Office package's properties (docProps/core.xml) give it, if any.</summary>
    public static string? PropertiesTitle(ZipArchive zip, string what) =>
        ((string?)Part(zip, "docProps/core.xml", what)?.Root?.Element(Dc + "title"))?.Trim() is { Length: > 0 } title ? title : null;

    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// A part's relationships (its "_rels/….rels"), each id with the part it points to as a path in the package: a target relative
    /// to <paramref name="folder"/> ("worksheets/sheet1.xml" from "xl/", "../notesSlides/notesSlide2.xml" from "ppt/slides/"), or
    /// from the root when it starts with "/". Links outside the package are left out.
    /// </summary>
    public static Dictionary<string, (string Part, string Type)> Targets(XDocument? relationships, string folder)
    {
        var targets = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var relationship in relationships?.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if ((string?)relationship.Attribute("TargetMode") is "External" || (string?)relationship.Attribute("Id") is not { } id || (string?)relationship.Attribute("Target") is not { } target) continue;
            targets[id] = (Resolved(target.StartsWith('/') ? target[1..] : folder + target), (string?)relationship.Attribute("Type") ?? "");
        }

        return targets;
    }

    /// <summary>A path in the package with its "." and ".." steps taken ("ppt/slides/../notesSlides/notesSlide2.xml" is "ppt/notesSlides/notesSlide2.xml").</summary>
    public static string Resolved(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        return string.Join('/', parts);
    }

    /// <summary>What reading a word processor's document did: "read a Word document: 12 paragraphs, 1 footnote at the end", and the tracked deletions left out.</summary>
    public static List<string> Said(string what, int paragraphs, int footnotes, int deletions)
    {
        List<string> said = [$"read {what}: {Notes.Counted(paragraphs, "paragraph")}{(footnotes > 0 ? $", {Notes.Counted(footnotes, "footnote")} at the end" : "")}"];
        if (deletions > 0) said.Add($"left out {Notes.Counted(deletions, "tracked deletion")} (the text as last saved, not as first written)");
        return said;
    }
}
