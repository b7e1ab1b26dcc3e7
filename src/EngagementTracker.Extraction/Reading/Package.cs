using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>An office document saved as a ZIP package of XML parts (Word's .docx, OpenDocument's .odt).</summary>
internal static class Package
{
    /// <summary>The most a part of the document may unpack to; more is refused as a decompression bomb.</summary>
    private const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Whether the bytes are a ZIP package holding <paramref name="part"/>.</summary>
    public static bool Holds(byte[] content, string part) => Opened(content, zip => zip.GetEntry(part) is not null);

    /// <summary>The first kilobyte of a small part as text ("mimetype": "application/vnd.oasis.opendocument.text"); null when the bytes are no package holding it.</summary>
    public static string? Head(byte[] content, string part) =>
        Opened(content, zip =>
        {
            if (zip.GetEntry(part) is not { } entry) return null;
            using var reader = new StreamReader(entry.Open());
            var buffer = new char[1024];
            return new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        });

    private static T? Opened<T>(byte[] content, Func<ZipArchive, T> read)
    {
        if (!content.AsSpan().StartsWith("PK\u0003\u0004"u8)) return default;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return read(zip);
        }
        catch (InvalidDataException)
        {
            return default;
        }
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
            var path = target.StartsWith('/') ? target[1..] : folder + target;
            var parts = new List<string>();
            foreach (var segment in path.Split('/'))
                if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
                else if (segment is not ("." or "")) parts.Add(segment);
            targets[id] = (string.Join('/', parts), (string?)relationship.Attribute("Type") ?? "");
        }

        return targets;
    }

    /// <summary>What reading a word processor's document did: "read a Word document: 12 paragraphs, 1 footnote at the end", and the tracked deletions left out.</summary>
    public static List<string> Said(string what, int paragraphs, int footnotes, int deletions)
    {
        List<string> said = [$"read {what}: {paragraphs} paragraph{(paragraphs == 1 ? "" : "s")}{(footnotes > 0 ? $", {footnotes} footnote{(footnotes == 1 ? "" : "s")} at the end" : "")}"];
        if (deletions > 0) said.Add($"left out {deletions} tracked deletion{(deletions == 1 ? "" : "s")} (the text as last saved, not as first written)");
        return said;
    }
}
