using System.Text;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// The legacy code pages documents still arrive in ("windows-1251" in an e-mail's charset, "\ansicpg1250" in an RTF, a page a
/// ministry's old site saved as Windows-1252), beyond those .NET has by itself; registered once, before the first is asked for.
/// </summary>
internal static class CodePages
{
    static CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Western European (Windows), what a text that is not UTF-8 most often is.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>The code page by number; null when there is none such.</summary>
    public static Encoding? Get(int page)
    {
        try { return Encoding.GetEncoding(page); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { return null; }
    }

    /// <summary>The encoding by its name ("windows-1251", "ISO-8859-2", "koi8-r"); null when there is none such.</summary>
    public static Encoding? Get(string name)
    {
        try { return Encoding.GetEncoding(name.Trim('"', '\'', ' ')); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { return null; }
    }
}
