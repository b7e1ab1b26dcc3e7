namespace EngagementTracker.Extraction.Reading;

/// <summary>The wording of the reading notes the readers give.</summary>
internal static class Notes
{
    /// <summary>"1 post", "3 posts": a count and what it counts, in the plural unless one.</summary>
    public static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>A text with its footnotes after it, each a paragraph "[1] …" (as LaTeX, reStructuredText, AsciiDoc and ODF notes print).</summary>
    public static string Footnoted(string text, IReadOnlyList<string> footnotes) =>
        footnotes.Count == 0 ? text : text + "\n\n" + string.Join("\n\n", footnotes.Select((note, i) => $"[{i + 1}] {note}"));
}
