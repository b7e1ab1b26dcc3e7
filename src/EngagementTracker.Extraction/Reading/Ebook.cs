using System.IO.Compression;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An e-book (.epub, as NGOs and publishers put out a report to read on a tablet): its chapters in the book's reading order (the
/// package's spine, not the files' names), each chapter's text as a web page's is read; the cover, the table of contents and what
/// the spine marks as outside the reading order (linear="no") are left out, and so are pull quotes and notes set in asides. The
/// title and the day of publication are the package's own (its dc:title and dc:date). A book whose chapters are encrypted (DRM) is
/// refused.
/// </summary>
internal static class Ebook
{
    public const string MediaType = "application/epub+zip";

    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Encryption = "http://www.w3.org/2001/04/xmlenc#";

    private const string What = "The e-book";

    public static ReadDocument Read(byte[] content) =>
        Package.Reading(content, What, zip =>
        {
            var root = (string?)Package.Part(zip, "META-INF/container.xml", What)?.Root?.Descendants(Container + "rootfile").FirstOrDefault()?.Attribute("full-path");
            var opf = root is null ? null : Package.Part(zip, root, What)?.Root;
            if (root is null || opf is null) throw new DocumentRejectedException("The e-book has no package document (META-INF/container.xml names none, or the file it names is missing): it cannot be read in order.");
            var folder = root.Contains('/') ? root[..(root.LastIndexOf('/') + 1)] : "";
            var items = (opf.Element(Opf + "manifest")?.Elements(Opf + "item") ?? [])
                .Where(i => (string?)i.Attribute("id") is not null && (string?)i.Attribute("href") is not null)
                .GroupBy(i => (string)i.Attribute("id")!).ToDictionary(g => g.Key, g => g.First());
            var encrypted = Package.Part(zip, "META-INF/encryption.xml", What)?.Root?.Descendants(Encryption + "CipherReference")
                .Select(c => (string?)c.Attribute("URI")).OfType<string>().Select(Uri.UnescapeDataString).ToHashSet(StringComparer.Ordinal) ?? [];

            var chapters = new List<string>();
            var outside = 0;
            foreach (var itemref in opf.Element(Opf + "spine")?.Elements(Opf + "itemref") ?? [])
            {
                if (!items.TryGetValue((string?)itemref.Attribute("idref") ?? "", out var item)) continue;
                var properties = ((string?)item.Attribute("properties") ?? "").Split(' ');
                if ((string?)itemref.Attribute("linear") is "no" || properties.Contains("nav") || (string?)item.Attribute("media-type") is not ("application/xhtml+xml" or "text/html"))
                {
                    outside++;
                    continue;
                }

                // (an href is relative to the package document, and may be escaped: "text/part%200001.xhtml")
                var path = Package.Resolved(folder + Uri.UnescapeDataString(((string)item.Attribute("href")!).Split('#')[0]));
                if (encrypted.Contains(path)) throw new DocumentRejectedException("The e-book is encrypted (DRM): its chapters cannot be read. Send a copy without protection, or the report as PDF, Word or HTML.", 415);
                if (Package.Text(zip, path, What) is { } xhtml && WebPage.Chapter(xhtml) is { Length: > 0 } text) chapters.Add(text);
            }

            if (chapters.Count == 0) throw new DocumentRejectedException("The e-book has no text in its reading order.");
            var metadata = opf.Element(Opf + "metadata");
            var title = ((string?)metadata?.Element(Dc + "title"))?.Trim() is { Length: > 0 } named ? named : PlainText.TitleOf(chapters[0]);
            var published = Days.Iso(Days.Leading(((string?)metadata?.Element(Dc + "date"))?.Trim()));
            List<string> notes = [$"read an e-book: {Notes.Counted(chapters.Count, "chapter")} in its reading order"];
            if (outside > 0) notes.Add($"left out {Notes.Counted(outside, "part")} outside the reading order (cover, contents)");
            return new ReadDocument(string.Join("\n\n", chapters), MediaType, title, published, notes);
        });
}
