using System.Xml;
using System.Xml.Linq;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// The XML documents read (news feeds, wire stories): their root element sniffed, and the document loaded. A DOCTYPE is passed
/// over (old RSS and NITF carry one naming their DTD) but never read or fetched, nor any entity expanded: a document is data,
/// never a way to read the server's files.
/// </summary>
internal static class XmlText
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };

    /// <summary>The root element's local name and namespace, when the text is XML; else null.</summary>
    public static (string Name, string Namespace)? Root(string text)
    {
        var head = text.TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        if (!head.StartsWith('<')) return null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(head), Settings);
            reader.MoveToContent();
            return (reader.LocalName, reader.NamespaceURI);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The whole document, or a refusal naming <paramref name="what"/> it was taken for when it is not well-formed.</summary>
    public static XDocument Load(string text, string what)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new DocumentRejectedException($"The {what} is not well-formed XML: {e.Message}");
        }
    }
}
