using System.Globalization;

namespace EngagementTracker.Extraction.Reading;

/// <summary>Days as the readers find and write them.</summary>
internal static class Days
{
    /// <summary>"2026-11-28T14:05:00+06:00", "2026-12-04": the day a value opens on, as the source wrote it (not moved to another zone); null when it opens on none.</summary>
    public static DateOnly? Leading(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The day a date field states ("2026-11-27", "30 November 2026"): its leading ISO day, else the first whole day written in it; null when it states none.</summary>
    public static string? Stated(string? written) =>
        written is null ? null
        : Leading(written) is { } iso ? Iso(iso)
        : Proposing.Dates.Find(written).Select(f => f.Date).FirstOrDefault(p => p.Precision == Core.DatePrecision.Day) is { } day ? Iso(day.Earliest) : null;

    /// <summary>"2026-12-01" for a day, or null.</summary>
    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"18 March 2026": a day as the text of a document writes it.</summary>
    public static string Written(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
