using System.Globalization;
using System.Text;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// An iCalendar file (RFC 5545, .ics): an official's public agenda as a ministry publishes it. Each entry is read as a
/// diary's item — its day on a line of its own ("Tuesday, 24 November 2026"), its summary, where it was, then its
/// description — in the order of their days. The calendar's name ("Public agenda of Deputy Prime Minister Mihai Popșoi")
/// is the document's title and its first line, so whose agenda it is heads the entries. Folded lines are unfolded and
/// escapes read; a cancelled entry is left out, as it never took place. The day the calendar was exported is its day.
/// </summary>
internal static class Calendar
{
    public const string MediaType = "text/calendar";

    /// <summary>Whether a text that came without a type is an iCalendar file: it opens on <c>BEGIN:VCALENDAR</c>.</summary>
    public static bool Is(string start) => start.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase);

    public static ReadDocument Read(string text)
    {
        var properties = Unfolded(text).Select(Property).OfType<(string Name, string Parameters, string Value)>().ToList();
        if (!properties.Any(p => p is { Name: "BEGIN", Value: var v } && v.Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase)))
            throw new DocumentRejectedException("This is not an iCalendar file: it has no BEGIN:VCALENDAR.", 415);

        var zone = properties.FirstOrDefault(p => p.Name == "X-WR-TIMEZONE").Value is { Length: > 0 } zoneName ? Zone(zoneName) : null;
        var name = properties.FirstOrDefault(p => p.Name == "X-WR-CALNAME").Value is { Length: > 0 } calendarName ? Unescaped(calendarName).Trim() : null;
        var entries = new List<(DateOnly? Day, string Text)>();
        var stamps = new List<DateOnly>();
        var cancelled = 0;
        Dictionary<string, (string Parameters, string Value)>? entry = null;
        foreach (var (property, parameters, value) in properties)
        {
            if (property == "BEGIN" && value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase)) { entry = new(StringComparer.Ordinal); continue; }
            if (entry is null) continue;
            if (property != "END" || !value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                entry.TryAdd(property, (parameters, value));
                continue;
            }

            if (DayOf(entry.GetValueOrDefault("DTSTAMP"), zone) is { } stamp) stamps.Add(stamp);
            if (DayOf(entry.GetValueOrDefault("LAST-MODIFIED"), zone) is { } modified) stamps.Add(modified);
            if (entry.GetValueOrDefault("STATUS").Value?.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase) == true) cancelled++;
            else if (Entry(entry, zone) is { } read) entries.Add(read);
            entry = null;
        }

        if (entries.Count == 0) throw new DocumentRejectedException(cancelled > 0 ? "The calendar's entries are all cancelled: nothing in it took place." : "The calendar has no entries.");
        var body = Agenda(name, entries);
        var notes = new List<string> { $"read {entries.Count} calendar entr{(entries.Count == 1 ? "y" : "ies")}, each under its day" };
        if (cancelled > 0) notes.Add($"left out {cancelled} cancelled entr{(cancelled == 1 ? "y" : "ies")}");
        var published = stamps.Count > 0 ? stamps.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return new ReadDocument(body, MediaType, name, published, notes);
    }

    /// <summary>Entries read as a diary's items, in the order of their days: each day on a line of its own ("Tuesday, 24 November 2026") over its entry; whose agenda it is first.</summary>
    internal static string Agenda(string? name, IEnumerable<(DateOnly? Day, string Text)> entries)
    {
        var body = new StringBuilder();
        if (name is not null) body.Append(name).Append("\n\n");
        foreach (var (day, words) in entries.OrderBy(e => e.Day ?? DateOnly.MaxValue))
        {
            if (day is { } d) body.Append(d.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture)).Append('\n');
            body.Append(words).Append("\n\n");
        }

        return body.ToString().Trim();
    }

    /// <summary>An entry's day, then its summary, where, and description, each a paragraph of its own.</summary>
    private static (DateOnly? Day, string Text)? Entry(Dictionary<string, (string Parameters, string Value)> entry, TimeZoneInfo? zone)
    {
        var summary = entry.TryGetValue("SUMMARY", out var s) ? Unescaped(s.Value).Trim() : "";
        var location = entry.TryGetValue("LOCATION", out var l) ? Unescaped(l.Value).Trim() : "";
        var description = entry.TryGetValue("DESCRIPTION", out var d) ? Unescaped(d.Value).Trim() : "";
        return EntryText(summary, location, description) is { } text ? (DayOf(entry.GetValueOrDefault("DTSTART"), zone), text) : null;
    }

    /// <summary>An entry's summary, where it was in brackets, then its description on a line of its own; null when it has neither summary nor description.</summary>
    internal static string? EntryText(string summary, string location, string description)
    {
        if (summary.Length == 0 && description.Length == 0) return null;
        var text = new StringBuilder();
        if (summary.Length > 0) text.Append(summary.TrimEnd('.')).Append(location.Length > 0 ? "" : ".");
        if (location.Length > 0) text.Append(text.Length > 0 ? " " : "").Append('(').Append(location.TrimEnd('.')).Append(").");
        if (description.Length > 0) text.Append(text.Length > 0 ? "\n" : "").Append(description);
        return text.ToString();
    }

    /// <summary>The lines of the file with folded lines (a line break then a space or tab) joined again.</summary>
    private static IEnumerable<string> Unfolded(string text)
    {
        var line = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.Length > 0 && raw[0] is ' ' or '\t') { line.Append(raw, 1, raw.Length - 1); continue; }
            if (line.Length > 0) yield return line.ToString();
            line.Clear().Append(raw);
        }

        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>"DTSTART;TZID=Europe/Chisinau:20261124T100000": the name, its parameters and the value after the first colon outside quotes.</summary>
    private static (string Name, string Parameters, string Value)? Property(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted)
            {
                var head = line[..i];
                var semicolon = head.IndexOf(';');
                var name = (semicolon < 0 ? head : head[..semicolon]).Trim().ToUpperInvariant();
                return name.Length == 0 ? null : (name, semicolon < 0 ? "" : head[(semicolon + 1)..], line[(i + 1)..]);
            }
        }

        return null;
    }

    /// <summary>A text value with its escapes read: "\n" a line break, "\," a comma, "\;" a semicolon, "\\" a backslash.</summary>
    private static string Unescaped(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length) { text.Append(value[i]); continue; }
            var next = value[++i];
            text.Append(next is 'n' or 'N' ? '\n' : next);
        }

        return text.ToString();
    }

    /// <summary>
    /// The day a date or date-time falls on where the agenda is kept: a floating or zoned time ("20261124T100000",
    /// TZID=…) on the day it names; a UTC one ("…T070000Z") moved into the calendar's own zone when it names one.
    /// </summary>
    private static DateOnly? DayOf((string Parameters, string Value) property, TimeZoneInfo? zone)
    {
        var value = property.Value?.Trim();
        if (value is not { Length: >= 8 } || !DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        if (zone is null || !value.EndsWith('Z') || !DateTime.TryParseExact(value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)) return day;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
    }

    private static TimeZoneInfo? Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
