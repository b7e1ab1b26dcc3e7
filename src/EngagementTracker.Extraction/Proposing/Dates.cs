using System.Globalization;
using System.Text.RegularExpressions;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>Dates in news text, with their precision: a date found says how it was found (the rule).</summary>
public sealed record FoundDate(PartialDate Date, string Rule, int Index);

public static partial class Dates
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The publication date a document states near its top: a dateline ("WARSAW, May 7, 2019"), "date 2024-06-25", a byline date.</summary>
    public static PartialDate? Publication(string text)
    {
        var head = text.Length > 1500 ? text[..1500] : text;
        return Find(head).Where(d => d.Date.Precision == DatePrecision.Day).Select(d => d.Date).FirstOrDefault()
               ?? (DottedDay().Match(text) is { Success: true } m && Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } created ? created : null);
    }

    /// <summary>A deadline the sentence sets: "before the end of 2008" (2008-12-31), "by 2012" (the year).</summary>
    public static PartialDate? Deadline(string sentence)
    {
        var m = DeadlinePhrase().Match(sentence);
        if (!m.Success) return null;
        return m.Groups["end"].Success ? PartialDate.Parse($"{m.Groups["y"].Value}-12-31") : PartialDate.Parse(m.Groups["y"].Value);
    }

    /// <summary>Every explicit date in a sentence that says when something happened (deadlines left out), in order of appearance.</summary>
    public static IEnumerable<FoundDate> Find(string sentence)
    {
        var found = new List<FoundDate>();
        var deadlines = DeadlinePhrase().Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (Match m in Iso().Matches(sentence))
            if (Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } d) found.Add(new(d, "date:iso", m.Index));
        foreach (Match m in DayMonthYear().Matches(sentence))
            if (Day(m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value) is { } d) found.Add(new(d, "date:day-month-year", m.Index));
        foreach (Match m in MonthDayYear().Matches(sentence))
            if (Day(m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value) is { } d) found.Add(new(d, "date:month-day-year", m.Index));
        foreach (Match m in MonthYear().Matches(sentence))
            if (!found.Any(f => Math.Abs(f.Index - m.Index) < 4 || (m.Index > f.Index && m.Index < f.Index + 12)))
                found.Add(new(PartialDate.Parse($"{m.Groups["y"].Value}-{Month(m.Groups["mon"].Value)}"), "date:month-year", m.Index));
        foreach (Match m in YearAlone().Matches(sentence))
            if (!found.Any(f => f.Index <= m.Groups["y"].Index && m.Groups["y"].Index < f.Index + 25))
                found.Add(new(PartialDate.Parse(m.Groups["y"].Value), "date:year", m.Index));
        return found.Where(f => !deadlines.Any(d => f.Index >= d.Index && f.Index < d.End)).OrderBy(f => f.Index);
    }

    /// <summary>
    /// When what a sentence reports happened: its own explicit date (background history is dated to when it happened);
    /// "today"; "over the past 24 hours"; "recent(ly)" (some time before publication); else the publication date.
    /// </summary>
    public static FoundDate? For(string sentence, PartialDate? published)
    {
        if (Find(sentence).FirstOrDefault() is { } own) return own;
        if (published is null) return null;
        if (Today().IsMatch(sentence)) return new(published, "date:today", 0);
        if (Past24Hours().IsMatch(sentence) && published.Precision == DatePrecision.Day)
            return new(PartialDate.Parse($"{PartialDate.Day(published.Earliest.AddDays(-1)).Text}/{published.Text}"), "date:past-24-hours", 0);
        if (Recently().IsMatch(sentence)) return new(PartialDate.Parse($"../{published.Text}"), "date:recently", 0);
        return new(published, "date:publication", 0);
    }

    private static string Month(string name) =>
        (Array.FindIndex(Months.Split('|'), m => m.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1).ToString("D2", CultureInfo.InvariantCulture);

    private static PartialDate? Day(string year, string month, string day) =>
        PartialDate.TryParse($"{year}-{int.Parse(month, CultureInfo.InvariantCulture):D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}", out var date, out _) ? date : null;

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<mon>" + Months + @")\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>" + Months + @")\s+(?<d>\d{1,2}),?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<mon>" + Months + @")\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    /// <summary>A year after a preposition ("in 2009", "In early 2008", "since 2004"), not a span like "2009-2012".</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:(?:early|mid|late|the\s+year)\s+)?(?<y>(19|20)\d\d)\b(?![-–/]\d)")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"\b(?:before|by|until|no\s+later\s+than)\s+(?<end>(?:the\s+)?end\s+of\s+)?(?:(?:" + Months + @")\s+)?(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlinePhrase();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(19|20)\d\d)\b")]
    private static partial Regex DottedDay();

    [GeneratedRegex(@"\b[Tt]oday\b")]
    private static partial Regex Today();

    [GeneratedRegex(@"\bpast 24 hours\b")]
    private static partial Regex Past24Hours();

    [GeneratedRegex(@"\brecent(ly)?\b")]
    private static partial Regex Recently();
}
