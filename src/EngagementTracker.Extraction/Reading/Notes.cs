namespace EngagementTracker.Extraction.Reading;

/// <summary>The wording of the reading notes the readers give.</summary>
internal static class Notes
{
    /// <summary>"1 post", "3 posts": a count and what it counts, in the plural unless one.</summary>
    public static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
