using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>Dates in news text, with their precision: a date found says how it was found (the rule).</summary>
public sealed record FoundDate(PartialDate Date, string Rule, int Index)
{
    /// <summary>The sentence states this date itself, rather than the publication, the story's day, "the same day" or "N days since" supplying it.</summary>
    public bool Stated => Rule is not ("date:publication" or "date:story" or "date:same-day" or "date:elapsed");
}

public static partial class Dates
{
    internal const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>Month names as news text writes them: in full or abbreviated ("Jan.", "Sept.").</summary>
    private const string Month_ = "(?:" + Months + @"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

    private const string Ordinal = @"(?:st|nd|rd|th)?";

    /// <summary>
    /// The expressions asked of every sentence that the extractor's screen reads the needs of with its cues' (see
    /// <see cref="Extractor.Has"/>): one is not run where the sentence has none of what it needs.
    /// </summary>
    internal static IEnumerable<Regex> Checks => [Yesterday(), Tomorrow(), RecentPeriod(), SinceOrAfter(), Today(), Past24Hours(), Recently()];

    /// <summary>What every name of a month opens on, as <see cref="Month_"/> writes them (capitalised): a sentence with none of them has no month to find.</summary>
    private static readonly SearchValues<string> MonthOpenings = SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    /// <summary>The publication date a document states near its top: a dateline ("WARSAW, May 7, 2019"), "date 2024-06-25", a byline date.</summary>
    /// <remarks>A text is not published before the days it reports as past: a saved page stamped "date 2022-04-20" over a
    /// report that the minister "visited Poland … on 1-2 December 2022" was filed no earlier than 2 December 2022 (the
    /// stamp is the page's, not the report's), so the latest such day is taken instead.</remarks>
    public static PartialDate? Publication(string text)
    {
        var head = text.Length > 1500 ? text[..1500] : text;
        var dates = Find(head).Select(d => d.Date).ToList();
        var stated = dates.FirstOrDefault(d => d.Precision == DatePrecision.Day)
               ?? (DottedDay().Match(text) is { Success: true } m && Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } created ? created : null);
        // (most texts give no later day near the top: then there is nothing to read sentence by sentence)
        if (stated is null || !dates.Any(d => d.Latest > stated.Latest && d.Latest != DateOnly.MaxValue)) return stated;
        var reported = Sentences.Split(head) // where a lead reports its days, as the stamp is looked for: near the top
            .Where(x => ReportedPast().IsMatch(x.Text) && !Announced().IsMatch(x.Text))
            .SelectMany(x => Find(x.Text, stated))
            .Where(f => f.Date.Precision is DatePrecision.Day or DatePrecision.Interval && f.Date.Latest > stated.Latest && f.Date.Latest != DateOnly.MaxValue)
            .Select(f => f.Date.Latest)
            .DefaultIfEmpty()
            .Max();
        return reported > stated.Latest ? PartialDate.Day(reported) : stated;
    }

    /// <summary>
    /// "MINSK, November 27. /TASS/.": a dateline that gives the day but not the year, as news agencies write it: the latest such
    /// day on or before <paramref name="today"/> (when the document is read), for a text that states no publication date.
    /// </summary>
    public static PartialDate? FiledWithoutYear(string text, DateOnly today) =>
        YearlessDateline().Match(text.Length > 1500 ? text[..1500] : text) is { Success: true } m ? Before(today, Month(m.Groups["mon"].Value), m.Groups["d"].Value) : null;

    [GeneratedRegex(@"(?m)^\W*\p{Lu}[\p{Lu}'’ -]{2,30},\s+((?<mon>" + Months + @")\s+(?<d>\d{1,2})|(?<d>\d{1,2})\s+(?<mon>" + Months + @"))\b(?!,?\s+\d{4})")]
    private static partial Regex YearlessDateline();

    /// <summary>A verb reporting what has happened ("met", "visited", "took part"), which no announcement dates ahead.</summary>
    [GeneratedRegex(@"\b(?:met|visited|held|participated|took\s+part|attended|inaugurated|concluded|signed|received|discussed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedPast();

    /// <summary>What makes a sentence an announcement rather than a report: "will", "is to", "is expected to", "plans to".</summary>
    [GeneratedRegex(@"\b(?:will|shall|is\s+to|are\s+to|expected\s+to|plans?\s+to|scheduled)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Announced();

    /// <summary>The publication date as what dates a sentence that gives none.</summary>
    public static FoundDate? Published(PartialDate? published) => published is null ? null : new(published, "date:publication", 0);

    /// <summary>The day in a sentence's dateline ("WARSAW, May 7, 2019 –", "VIENNA, 1 April 2019-"), if it has one.</summary>
    public static PartialDate? Filed(string sentence) =>
        Dateline().Match(sentence) is { Success: true } line ? Find(line.Value).Select(f => f.Date).FirstOrDefault(d => d.Precision == DatePrecision.Day) : null;

    /// <summary>The day a speech's heading ends on: "Lecture by OSCE Secretary General Feridun Sinirlioğlu, 3 December 2026".</summary>
    public static PartialDate? SpokenOn(string line) =>
        DayAtLineEnd().Match(line) is { Success: true } day ? Find(day.Value).Select(f => f.Date).FirstOrDefault(d => d.Precision == DatePrecision.Day) : null;

    [GeneratedRegex(DayEndingLine)]
    private static partial Regex DayAtLineEnd();

    /// <summary>", 3 December 2026", ", December 3, 2026" ending a line: a place's, or a speech heading's, day.</summary>
    /// <remarks>(or in figures, day first: "Bern, 04.12.2026")</remarks>
    private const string DayEndingLine = @",\s+((\d{1,2}\s+(" + Months + @")|(" + Months + @")\s+\d{1,2},?)\s+|\d{1,2}\.\d{1,2}\.)(19|20)\d\d\s*$";

    /// <summary>A place and a day alone on a line under a headline, "Tashkent, 2 December 2026": where and when the text was filed.</summary>
    public static PartialDate? PlaceAndDay(string sentence) =>
        PlaceDayLine().IsMatch(sentence) ? Find(sentence).Select(f => f.Date).FirstOrDefault(d => d.Precision == DatePrecision.Day) : null;

    /// <remarks>(a city of up to three capitalised words, not a weekday: not "Monday, 30 November 2026", nor a caption, "Delegates at the Polish Sejm, 22 March 2018")</remarks>
    [GeneratedRegex(@"^\s*(?!(" + Weekdays + @")\b)\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,2}" + DayEndingLine)]
    private static partial Regex PlaceDayLine();

    /// <summary>A deadline the sentence sets: "before the end of 2008" (2008-12-31), "by 2012" (the year).</summary>
    public static PartialDate? Deadline(string sentence)
    {
        var m = DeadlinePhrase().Match(sentence);
        if (!m.Success) return null;
        return m.Groups["end"].Success ? PartialDate.Parse($"{m.Groups["y"].Value}-12-31") : PartialDate.Parse(m.Groups["y"].Value);
    }

    /// <summary>
    /// Every explicit date in a sentence that says when something happened (deadlines left out), in order of appearance:
    /// days ("11 September 2012", "May 7, 2019", "Jan. 25", "01st October, 2020"), spans ("from 10 to 14 April 2022",
    /// "1-2 December 2022"), months ("November 2007"), years after a preposition ("in 2009"). With
    /// <paramref name="reference"/> (the publication date) also dates without a year ("on 7 May", "Feb. 7": the latest
    /// such day not after it), weekdays ("on Monday": the latest such day not after it), "yesterday" and "tomorrow".
    /// </summary>
    public static IEnumerable<FoundDate> Find(string sentence, PartialDate? reference = null)
    {
        var found = new List<(FoundDate Date, int End)>();
        var digits = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0; // every form but a weekday, "yesterday" or a month alone has one
        // (each form below is an expression read over the whole sentence: one that needs a month's or a weekday's name, capitalised,
        // is not read where the sentence has none)
        var months = sentence.AsSpan().IndexOfAny(MonthOpenings) >= 0;
        var weekdays = sentence.Contains("day", StringComparison.Ordinal);
        // ("ODIHR will publish its legal opinion by 15 December": a day named as a term, with or without its year, is when it is due)
        var deadlines = digits ? DeadlinePhrase().Matches(sentence).Concat(DayTerm().Matches(sentence)).Select(m => (m.Index, End: m.Index + m.Length)).ToList() : [];
        void Add(Match m, PartialDate? date, string rule)
        {
            if (date is null || found.Any(f => m.Index < f.End && f.Date.Index < m.Index + m.Length)) return;
            found.Add((new FoundDate(date, rule, m.Index), m.Index + m.Length));
        }

        var day = reference is { Precision: DatePrecision.Day } r ? r.Earliest : reference?.Latest;
        // "On the twenty-seventh of November", as a transcript spells a day out
        if (sentence.Contains(" of ", StringComparison.OrdinalIgnoreCase))
            foreach (Match m in OrdinalWordDay().Matches(sentence))
            {
                var dayNumber = Array.IndexOf(OrdinalWords, m.Groups["d"].Value.ToLowerInvariant().Replace(' ', '-')) + 1;
                if (dayNumber <= 0) continue;
                var dd = dayNumber.ToString(CultureInfo.InvariantCulture);
                if (m.Groups["y"].Success) Add(m, Day(m.Groups["y"].Value, Month(m.Groups["mon"].Value), dd), "date:day-month-year");
                else if (day is { } spelledFrom) Add(m, Before(spelledFrom, Month(m.Groups["mon"].Value), dd), "date:day-month");
            }

        if (digits)
        {
            foreach (Match m in Iso().Matches(sentence)) Add(m, Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value), "date:iso");
            // "On 14.05.2025, …", "last visited Kazakhstan on 12.03.2024": a day in figures, day first
            // (not a dateline's: "Bern, 27.01.2026 - On his first trip …" says when it was filed)
            // ("On 11/30/2026, …", "On 12/01/2026, …" in a note dated 12/03/2026: with slashes, month first where the day-first reading is
            // no day, or lies further from the day of writing)
            foreach (Match m in DottedDay().Matches(sentence))
                if (!(m.Index <= 30 && sentence.AsSpan(m.Index + m.Length).TrimStart(' ') is [ '-' or '–' or '—', ..]))
                    Add(m, m.Groups["s"].Value == "/" ? Slashed(m.Groups["y"].Value, m.Groups["d"].Value, m.Groups["m"].Value, day) : Day(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value), "date:dotted");
            if (months) foreach (Match m in MonthsSpan().Matches(sentence)) Add(m, AcrossMonths(m), "date:span");
            // "30 Nov–2 Dec: …" in a week's digest: a span across two months with no year, the latest such before the reference
            if (months && day is { } spannedBefore)
                foreach (Match m in MonthsSpanWithoutYear().Matches(sentence))
                    if (Before(spannedBefore, Month(m.Groups["mon2"].Value), m.Groups["d2"].Value) is { } spanEnd)
                        Add(m, AcrossMonths(m, spanEnd.Text[..4]), "date:span");
            // "Q1 2026", "the second quarter of 2026": its three months
            if (sentence.Contains('Q', StringComparison.Ordinal) || sentence.Contains("quarter", StringComparison.OrdinalIgnoreCase))
                foreach (Match m in Quarter().Matches(sentence))
                {
                    var first = 3 * (m.Groups["q"].Success ? m.Groups["q"].Value[0] - '0' : Array.IndexOf(QuarterWords, m.Groups["qw"].Value.ToLowerInvariant()) + 1) - 2;
                    Add(m, PartialDate.Parse($"{m.Groups["y"].Value}-{first:D2}/{m.Groups["y"].Value}-{first + 2:D2}"), "date:quarter");
                }
            if (months)
            {
                foreach (Match m in DaySpan().Matches(sentence)) Add(m, Span(m, day), "date:span");
                foreach (Match m in DayMonthYear().Matches(sentence)) Add(m, Day(m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value), "date:day-month-year");
                foreach (Match m in MonthDayYear().Matches(sentence)) Add(m, Day(m.Groups["y"].Value, Month(m.Groups["mon"].Value), m.Groups["d"].Value), "date:month-day-year");
            }

            // ("the release of several political prisoners since July 2024": from that month up to the day of writing)
            if (months) foreach (Match m in MonthYear().Matches(sentence))
                if (PartialDate.Parse($"{m.Groups["y"].Value}-{Month(m.Groups["mon"].Value)}") is var month && SinceBefore().IsMatch(sentence.AsSpan(0, m.Index)) && reference is not null && month.Latest < reference.Earliest)
                    Add(m, PartialDate.Parse($"{month.Text}/{reference.Text}"), "date:since");
                else Add(m, month, "date:month-year");
            // "his first visit to Zagreb since 1993": the year says when the one before was, not this one
            // "Since 2019, the President has repeatedly promised …": from that year up to the day of writing
            foreach (Match m in YearAlone().Matches(sentence))
                // ("a member of the Council of Europe since 2001, when it undertook to …": the year itself, when what follows tells what happened then)
                if (!m.Value.StartsWith("since", StringComparison.OrdinalIgnoreCase) || WhenAfter().IsMatch(sentence.AsSpan(m.Index + m.Length))) Add(m, PartialDate.Parse(m.Groups["y"].Value), "date:year");
                else if (!FirstSince().IsMatch(sentence[Math.Max(0, m.Index - 60)..m.Index]))
                    Add(m, reference is not null && string.CompareOrdinal(m.Groups["y"].Value, reference.Text[..4]) < 0 ? PartialDate.Parse($"{m.Groups["y"].Value}/{reference.Text}") : PartialDate.Parse(m.Groups["y"].Value), "date:since");
            // "ministers gathering in Athens on December 1 and 2 should …": a day a few weeks ahead that the sentence looks forward to is this year's
            // ("Monday, 7 December" heading a week ahead's agenda: the nearest such day that is a Monday, though it is ahead)
            if (months && day is { } dayOf) foreach (Match m in DayMonth().Matches(sentence))
                Add(m, Ahead(dayOf, Month(m.Groups["mon"].Value), m.Groups["d"].Value, sentence) ?? NamedWeekday(sentence, m.Index, Before(dayOf, Month(m.Groups["mon"].Value), m.Groups["d"].Value), dayOf), "date:day-month");
            // "- 24.11: HoM met …", "during the 22.11 protest": a day and month in figures, as a report's items give them (the latest such day)
            if (day is { } dottedFrom && DigitsAroundStop(sentence)) foreach (Match m in DottedDayMonth().Matches(sentence))
                if (int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12)
                    Add(m, Before(dottedFrom, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture).ToString("D2", CultureInfo.InvariantCulture), m.Groups["d"].Value), "date:day-month");
        }

        if (day is { } on)
        {
            // "met Thursday and Friday", "on Monday to Wednesday": the days from the first to the second, the second the latest such day
            if (weekdays) foreach (Match m in WeekdaySpan().Matches(sentence))
            {
                var (first, last) = (Enum.Parse<DayOfWeek>(m.Groups["wd1"].Value, ignoreCase: true), Enum.Parse<DayOfWeek>(m.Groups["wd2"].Value, ignoreCase: true));
                var to = on.AddDays(-(((int)on.DayOfWeek - (int)last + 7) % 7));
                var from = to.AddDays(-(((int)last - (int)first + 7) % 7));
                if (from < to) Add(m, PartialDate.Parse($"{PartialDate.Day(from).Text}/{PartialDate.Day(to).Text}"), "date:weekdays");
            }

            // ("Monday: Ambassador … met …" in a weekly newsletter: an item opening on its weekday)
            if (weekdays) foreach (Match m in Weekday().Matches(sentence).Concat(WeekdayLabel().Matches(sentence)))
            {
                // ("arrived in Bishkek on Wednesday 25 November": the day the weekday goes with is told beside it)
                if (digits && DayBesideWeekday().IsMatch(sentence.AsSpan(m.Index + m.Length))) continue;
                var wanted = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
                var back = ((int)on.DayOfWeek - (int)wanted + 7) % 7;
                if (back == 0 && m.Groups["last"].Success) back = 7;
                Add(m, PartialDate.Day(on.AddDays(-back)), "date:weekday");
            }

            foreach (var m in Extractor.Every(Yesterday(), sentence)) Add(m, PartialDate.Day(on.AddDays(-1)), "date:yesterday");
            // "A year ago, at the ministerial council in Vienna, …": the month a year back; "two years ago": that year
            if (sentence.Contains(" ago", StringComparison.OrdinalIgnoreCase))
                foreach (Match m in YearsAgo().Matches(sentence))
                    if ((m.Groups["n"].Value.ToLowerInvariant() is "a" or "one" ? 1 : Count(m.Groups["n"].Value)) is > 0 and var years)
                        Add(m, years == 1 ? PartialDate.Parse($"{on.AddYears(-1):yyyy-MM}") : PartialDate.Parse($"{on.Year - years:D4}"), "date:years-ago");
            // "met … over the weekend, the ministry said on Monday": the Saturday and Sunday last gone by
            if (sentence.Contains("weekend", StringComparison.OrdinalIgnoreCase))
                foreach (Match m in Weekend().Matches(sentence))
                {
                    var saturday = on.AddDays(-(((int)on.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7 is var back and > 0 ? back : 7));
                    Add(m, saturday.AddDays(1) <= on ? PartialDate.Parse($"{PartialDate.Day(saturday).Text}/{PartialDate.Day(saturday.AddDays(1)).Text}") : PartialDate.Day(saturday), "date:weekend");
                }
            // ("Tomorrow 10:00 at the MFA: FM … receives …", in a message of the day before)
            foreach (var m in Extractor.Every(Tomorrow(), sentence)) Add(m, PartialDate.Day(on.AddDays(1)), "date:tomorrow");
            // "the Representative, who in May called for her release": that month of the reference's year, when it is not yet over
            // (a later month, "the elections in October", might be last year's or one still to come, and a sentence looking ahead is
            // an announcement's)
            // ("Kombos assured him that Cyprus would appoint a special envoy … in January": nor one after "would", the term of what is pledged)
            if (months) foreach (Match m in MonthAlone().Matches(sentence).Append(MonthLed().Match(sentence)).Where(m => m.Success))
                if (int.Parse(Month(m.Groups["mon"].Value), CultureInfo.InvariantCulture) is var month && month <= on.Month && !LooksAhead().IsMatch(sentence)
                    && !sentence.AsSpan(0, m.Index).Contains(" would ", StringComparison.Ordinal))
                    Add(m, PartialDate.Parse($"{on.Year:D4}-{month:D2}"), "date:month");
            // "earlier this week", "last week", "earlier this month", "last month": the days they name, up to the day before
            // ("Earlier this year, the Programme Office expressed concern …", "last year": the year, and no more)
            foreach (var m in Extractor.Every(RecentPeriod(), sentence))
            {
                if (m.Groups["year"].Success)
                {
                    Add(m, PartialDate.Parse($"{on.Year - (m.Groups["last"].Success ? 1 : 0):D4}"), m.Groups["last"].Success ? "date:last-year" : "date:this-year");
                    continue;
                }

                var (monday, first) = (on.AddDays(-(((int)on.DayOfWeek + 6) % 7)), new DateOnly(on.Year, on.Month, 1));
                // ("Lavrov's speech … this week": the week the day of writing falls in, Monday to Sunday)
                var (from, to, rule) = (m.Groups["last"].Success, m.Groups["week"].Success) switch
                {
                    (false, true) when m.Groups["this"].Success => (monday, monday.AddDays(6), "date:this-week"),
                    (false, true) => (monday, on.AddDays(-1), "date:this-week"),
                    (true, true) => (monday.AddDays(-7), monday.AddDays(-1), "date:last-week"),
                    (false, false) => (first, on.AddDays(-1), "date:this-month"),
                    (true, false) => (first.AddMonths(-1), first.AddDays(-1), "date:last-month"),
                };
                if (from < to) Add(m, rule == "date:last-month" ? PartialDate.Parse($"{from:yyyy-MM}") : PartialDate.Parse($"{PartialDate.Day(from).Text}/{PartialDate.Day(to).Text}"), rule);
                else if (from == to) Add(m, PartialDate.Day(from), rule);
            }
        }

        // "Eighth OSCE Secretary General, appointed in December 2024, Feridun H. Sinirlioğlu met …": when someone took office says
        // who they are, not when what the sentence reports happened
        return found.Select(f => f.Date).Where(f => !deadlines.Any(d => f.Index >= d.Index && f.Index < d.End))
            .Where(f => !TookOffice().IsMatch(sentence.AsSpan(Math.Max(0, f.Index - 32), f.Index - Math.Max(0, f.Index - 32))))
            .OrderBy(f => f.Index).ToList();
    }

    private static readonly string[] QuarterWords = ["first", "second", "third", "fourth"];

    /// <summary>"Q1 2026", "Q3/2026", "the second quarter of 2026".</summary>
    [GeneratedRegex(@"\bQ(?<q>[1-4])[\s/]+(?<y>(19|20)\d\d)\b|\b(?<qw>(?i:first|second|third|fourth))\s+(?i:quarter)\s+(of\s+)?(?<y>(19|20)\d\d)\b")]
    private static partial Regex Quarter();

    /// <summary>"over the weekend", "at the weekend", "last weekend", "this past weekend".</summary>
    [GeneratedRegex(@"\b((over|at|during)\s+the|last|this\s+past)\s+weekend\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekend();

    [GeneratedRegex(@"\b(appointed|elected|re-elected|named|nominated|born|sworn\s+in|took\s+office|in\s+office\s+since)\s+((in|on|as\s+of|since)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TookOffice();

    /// <summary>"from 10 to 14 April 2022", "1-2 December 2022", "December 3-4": the span of days, the year from the text or the reference.</summary>
    private static PartialDate? Span(Match m, DateOnly? reference)
    {
        var month = Month(m.Groups["mon"].Value);
        // (the year of its first day: a span going on at the reference, "who is visiting Kazakhstan from 3 to 5 December" written on the 4th, is this year's)
        var year = m.Groups["y"].Success ? m.Groups["y"].Value : reference is { } r ? Before(r, month, m.Groups["d1"].Value)?.Text[..4] : null;
        if (year is null) return null;
        var from = Day(year, month, m.Groups["d1"].Value);
        var to = Day(year, month, m.Groups["d2"].Value);
        return from is null || to is null || to.Earliest <= from.Earliest ? null : PartialDate.Parse($"{from.Text}/{to.Text}");
    }

    /// <summary>"22 October – 4 November 2026", "from 28 December 2025 to 3 January 2026", "November 30, 2026 → December 1, 2026" (a notes app's date range): a span across months, the first day's year the last's, or the one before.</summary>
    private static PartialDate? AcrossMonths(Match m, string? year = null)
    {
        year ??= m.Groups["y"].Value;
        var to = Day(year, Month(m.Groups["mon2"].Value), m.Groups["d2"].Value);
        var from = Day(m.Groups["y1"].Success ? m.Groups["y1"].Value : year, Month(m.Groups["mon1"].Value), m.Groups["d1"].Value);
        if (from is not null && to is not null && from.Earliest > to.Earliest && !m.Groups["y1"].Success)
            from = Day((to.Earliest.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Month(m.Groups["mon1"].Value), m.Groups["d1"].Value);
        return from is null || to is null || to.Earliest <= from.Earliest || to.Earliest.DayNumber - from.Earliest.DayNumber > 120 ? null : PartialDate.Parse($"{from.Text}/{to.Text}");
    }

    /// <summary>The day with this month and day-of-month in the next six weeks after <paramref name="on"/>, when the sentence looks forward to it.</summary>
    private static PartialDate? Ahead(DateOnly on, string month, string day, string sentence) =>
        Day(on.Year.ToString(CultureInfo.InvariantCulture), month, day) is { } date && date.Earliest > on && date.Earliest <= on.AddDays(42) && LooksAhead().IsMatch(sentence) ? date : null;

    [GeneratedRegex(@"\b(will|should|shall|upcoming|forthcoming|ahead\s+of|is\s+due|are\s+due|scheduled|plans?\s+to|gathering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksAhead();

    /// <summary>The day with this month and day-of-month that is latest on or before <paramref name="on"/>.</summary>
    private static PartialDate? Before(DateOnly on, string month, string day)
    {
        var date = Day(on.Year.ToString(CultureInfo.InvariantCulture), month, day);
        if (date is not null && date.Earliest > on) date = Day((on.Year - 1).ToString(CultureInfo.InvariantCulture), month, day);
        return date;
    }

    /// <summary>
    /// When what a sentence reports happened: its own explicit date (background history is dated to when it happened);
    /// "today"; "over the past 24 hours"; "recent(ly)" (some time before publication); else the publication date.
    /// </summary>
    public static FoundDate? For(string sentence, PartialDate? published)
    {
        // "VIENNA, 1 April 2019 – … yesterday met …": the dateline says when it was filed, not when it happened
        var dateline = Dateline().Match(sentence) is { Success: true } d ? d.Length : 0;
        // ("Bratislava, 1 December 2026 – … met … in Vienna on Monday, 30 November.": so does a dateline in a ministry's hand, when the
        // sentence tells its own day after it)
        if (dateline == 0 && PlaceDayDateline().Match(sentence) is { Success: true } filed && Find(sentence[filed.Length..], published).Any(f => f.Stated && f.Date.Precision == DatePrecision.Day))
            dateline = filed.Length;
        // "One hundred days since Kazakhstan took over …": counted on the day it is said; the dates after "since" are background
        // (the count read only where "since" or "after" is: it opens on any word, and would be tried at each)
        if (published is not null && Extractor.Has(SinceOrAfter(), sentence) && Elapsed().IsMatch(sentence)) return new(published, "date:elapsed", 0);
        var found = Find(sentence, published);
        // ("published its final report on Georgia's 4 October local elections on Thursday": a day naming the elections a thing is of, not
        // when what the sentence tells happened, when the sentence tells that too; without it, "In its final report on the October 2021
        // presidential election, ODIHR found …", the elections' time is the best the sentence gives)
        if (found.Where(f => !NamesElections(sentence, f.Index)).ToList() is { Count: > 0 } others && others.Count < found.Count()) found = others;
        if (found.FirstOrDefault(f => f.Index >= dateline) is { } own)
        {
            // ("Braathu, who began a three-day visit to Uzbekistan on Wednesday, met … in Tashkent on Thursday": a day told in a clause set
            // off by commas about who the subject is dates that clause, not the news of the sentence, when a day is told after it)
            if (own.Rule is "date:weekday" or "date:yesterday" && sentence.Contains(", who ", StringComparison.Ordinal) && WhoClause().Match(sentence) is { Success: true } clause
                && own.Index > clause.Index && own.Index < clause.Index + clause.Length
                && found.FirstOrDefault(f => f.Index >= clause.Index + clause.Length && f.Date.Precision == DatePrecision.Day && f.Stated) is { } news)
                return news;
            // ("… must release the seven journalists … who were sentenced on Wednesday to prison terms …, the Committee … said Friday",
            // "Kamp, a Dutch diplomat who took up the post in December 2024, is on his third visit": a day in a clause telling what was done to
            // someone, or since when they hold an office, dates that clause, not the sentence's news: a day told after it does, or none)
            if (sentence.Contains(" wh", StringComparison.Ordinal) && DoneToOrInOffice().Match(sentence, dateline) is { Success: true } doneTo && own.Index >= doneTo.Index
                && own.Index < ClauseEnd(sentence, doneTo.Index + doneTo.Length))
            {
                if (found.FirstOrDefault(f => f.Index >= ClauseEnd(sentence, doneTo.Index + doneTo.Length) && f.Stated) is { } after) return after;
                if (published is null) return null;
                return Extractor.Found(Today(), sentence) is { Success: true } saidToday ? new(published, "date:today", saidToday.Index) : Published(published);
            }
            // ("I returned yesterday from Chișinău, where I met President Maia Sandu … on 2 December": a day told outright, after a day
            // told only relative to the day of writing, is when what the sentence goes on to tell happened)
            if (own.Rule is "date:yesterday" or "date:weekday" && found.FirstOrDefault(f => f.Index > own.Index && f.Date.Precision == DatePrecision.Day && f.Stated
                    && f.Rule is not ("date:yesterday" or "date:weekday" or "date:today") && f.Date.Text != own.Date.Text
                    // (said as when, "on 2 December", not a day naming a thing: "its final report on the 4 October local elections")
                    && sentence.AsSpan(0, f.Index).TrimEnd().EndsWith(" on", StringComparison.Ordinal)) is { } outright)
                return outright;
            // ("Today Ambassador … met with … to discuss the follow-up to Finland's OSCE Chairpersonship in 2025": a year named after
            // "today" says when what is discussed was)
            return published is not null && own.Date.Precision == DatePrecision.Year && Extractor.Found(Today(), sentence) is { Success: true } today && today.Index < own.Index
                ? new(published, "date:today", today.Index) : own;
        }

        if (published is null) return null;
        if (Extractor.Has(Today(), sentence)) return new(published, "date:today", 0);
        if (Extractor.Has(Past24Hours(), sentence) && published.Precision == DatePrecision.Day)
            return new(PartialDate.Parse($"{PartialDate.Day(published.Earliest.AddDays(-1)).Text}/{published.Text}"), "date:past-24-hours", 0);
        if (Extractor.Found(Recently(), sentence) is { Success: true } recently) return new(PartialDate.Parse($"../{published.Text}"), "date:recently", recently.Index);
        return Published(published);
    }

    private static string Month(string name) =>
        (Array.FindIndex(Months.Split('|'), m => m.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>
    /// A day written "a/b/yyyy": day first ("20/02/2025"), unless only month first reads as a day ("11/30/2026"), or both do and
    /// month first is the nearer to <paramref name="writing"/>, the day of writing ("12/01/2026" in a note of 3 December 2026).
    /// </summary>
    private static PartialDate? Slashed(string year, string first, string second, DateOnly? writing)
    {
        var dayFirst = Day(year, second, first);
        var monthFirst = Day(year, first, second);
        if (dayFirst is null || monthFirst is null || writing is not { } on) return dayFirst ?? monthFirst;
        int Distance(PartialDate d) => Math.Abs(d.Earliest.DayNumber - on.DayNumber);
        return Distance(monthFirst) < Distance(dayFirst) ? monthFirst : dayFirst;
    }

    private static PartialDate? Day(string year, string month, string day) =>
        PartialDate.TryParse($"{year}-{int.Parse(month, CultureInfo.InvariantCulture):D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}", out var date, out _) ? date : null;

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)\b")]
    private static partial Regex Iso();

    // ("the 26th of November 2026", as British English tells a day, too)
    [GeneratedRegex(@"\b(?<d>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<mon>" + Month_ + @"),?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>" + Month_ + @")\s+(?<d>\d{1,2})" + Ordinal + @",?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    /// <summary>", 25 November", " 25 November 2026", " December 3": a day told right after a weekday.</summary>
    [GeneratedRegex(@"^,?\s+((the\s+)?\d{1,2}(st|nd|rd|th)?\s+(of\s+)?" + Month_ + @"(?!\w)|" + Month_ + @"\s+\d{1,2}\b)")]
    private static partial Regex DayBesideWeekday();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:" + Ordinal + @"\s+|(?:st|nd|rd|th)\s+of\s+)(?<mon>" + Month_ + @")(?!\w)|\b(?<mon>" + Month_ + @")\s+(?<d>\d{1,2})" + Ordinal + @"\b(?![-–:.]\d)")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:from\s+)?(?<d1>\d{1,2})\s+(?<mon1>" + Month_ + @")(?:,?\s+(?<y1>(19|20)\d\d))?\s*(?:-|–|—|→|to|until)\s*(?<d2>\d{1,2})\s+(?<mon2>" + Month_ + @"),?\s+(?<y>(19|20)\d\d)\b|\b(?<mon1>" + Month_ + @")\s+(?<d1>\d{1,2})(?:,?\s+(?<y1>(19|20)\d\d))?\s*(?:-|–|—|→|to)\s*(?<mon2>" + Month_ + @")\s+(?<d2>\d{1,2}),?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex MonthsSpan();

    /// <summary>"30 Nov–2 Dec", "30 November to 2 December", with no year after it.</summary>
    [GeneratedRegex(@"\b(?<d1>\d{1,2})\s+(?<mon1>" + Month_ + @")\s*(?:-|–|—|to)\s*(?<d2>\d{1,2})\s+(?<mon2>" + Month_ + @")\b(?!,?\s+(19|20)\d\d)")]
    private static partial Regex MonthsSpanWithoutYear();

    [GeneratedRegex(@"\b(?:from\s+)?(?<d1>\d{1,2})" + Ordinal + @"\s*(?:-|–|to|until|and)\s*(?<d2>\d{1,2})" + Ordinal + @"\s+(?<mon>" + Month_ + @")(?:,?\s+(?<y>(19|20)\d\d))?|\b(?<mon>" + Month_ + @")\s+(?<d1>\d{1,2})\s*(?:-|–|to)\s*(?<d2>\d{1,2})\b(?:,?\s+(?<y>(19|20)\d\d))?")]
    private static partial Regex DaySpan();

    /// <summary>The names of the days, for the weekday patterns here and the opening phrases a pronoun follows (<see cref="Mentions.SubjectPronoun"/>).</summary>
    internal const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>
    /// "Monday, 7 December" heading a week ahead's agenda: a day taken as the latest such day before <paramref name="on"/> that is
    /// not the weekday named before it is the nearest one that is, in the two months ahead.
    /// </summary>
    private static PartialDate? NamedWeekday(string sentence, int at, PartialDate? before, DateOnly on) =>
        before is { Precision: DatePrecision.Day } b && WeekdayNamed().Match(sentence, 0, at) is { Success: true } named
        && Enum.Parse<DayOfWeek>(named.Groups["wd"].Value) is var weekday && b.Earliest.DayOfWeek != weekday
        && b.Earliest.AddYears(1) is var next && next.DayOfWeek == weekday && next.DayNumber - on.DayNumber is >= 0 and <= 60
            ? PartialDate.Day(next) : before;

    /// <summary>A weekday right before a day and month: "Monday, 7 December".</summary>
    [GeneratedRegex(@"\b(?<wd>" + Weekdays + @"),?\s+$")]
    private static partial Regex WeekdayNamed();

    [GeneratedRegex(@"\b(?:(?:[Oo]n\s+|(?<last>[Ll]ast\s+))(?<wd>" + Weekdays + ")|(?<wd>" + Weekdays + @")(?=\s+(?:morning|afternoon|evening|night))|(?<=\b(?:said|says|stated|announced|reported|told\s+reporters|met|visited|arrived|travelled|traveled)\s)(?<wd>" + Weekdays + @"))\b")]
    private static partial Regex Weekday();

    /// <summary>A weekday labelling what follows it, at the sentence's start: "Monday: ".</summary>
    [GeneratedRegex(@"^\s*(?<wd>" + Weekdays + @")(?=\s*:)")]
    private static partial Regex WeekdayLabel();

    [GeneratedRegex(@"\b(?:[Oo]n\s+)?(?<wd1>" + Weekdays + @")\s+(?:and|to|through|until|-|–)\s+(?<wd2>" + Weekdays + @")\b")]
    private static partial Regex WeekdaySpan();

    /// <summary>"yesterday", and "last night" (the evening before the day of writing, as a morning paper tells it).</summary>
    [GeneratedRegex(@"\byesterday\b|\blast\s+night\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yesterday();

    private static bool NamesElections(string sentence, int at) =>
        ElectionsNamed().IsMatch(sentence.AsSpan(at))
        && ElectionsOwner().IsMatch(sentence.AsSpan(Math.Max(0, at - 16), Math.Min(16, at)));

    /// <summary>"4 October local elections", "2024 parliamentary elections": a date opening the name of elections.</summary>
    [GeneratedRegex(@"^[\w ]{0,20}?\b(local|parliamentary|presidential|general|municipal|snap|early|regional)\s+(elections?|vote|polls)\b")]
    private static partial Regex ElectionsNamed();

    /// <summary>"Georgia's ", "on the ", "from the ", "from " (before "the 2024 …"): what names the elections as something else's, right before their date.</summary>
    [GeneratedRegex(@"(’s|'s|\b(on|from|of|after|for)(\s+the)?)\s+$")]
    private static partial Regex ElectionsOwner();

    /// <summary>"who were sentenced", "which was adopted", "who took up the post": a relative clause of what was done to someone, or of when they took office.</summary>
    [GeneratedRegex(@"\b(who|which)\s+((was|were|had\s+been|has\s+been|have\s+been)\s+\w+(ed|en)\b|(took\s+up|assumed|took)\s+(the|his|her|their)?\s*(post|office|duties|position)\b)")]
    private static partial Regex DoneToOrInOffice();

    /// <summary>Where the clause from <paramref name="from"/> ends: at the next comma, semicolon or dash, or the sentence's end.</summary>
    private static int ClauseEnd(string sentence, int from) =>
        sentence.AsSpan(from).IndexOfAny(",;—–") is var stop and >= 0 ? from + stop : sentence.Length;

    /// <summary>", who began a three-day visit on Wednesday,": a clause set off by commas about who the sentence's subject is.</summary>
    [GeneratedRegex(@",\s+who\s+[^,;]{3,120},")]
    private static partial Regex WhoClause();

    /// <summary>"A year ago", "two years ago": counted back from the day of writing.</summary>
    [GeneratedRegex(@"\b(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsAgo();

    [GeneratedRegex(@"\btomorrow\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tomorrow();

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
        "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
    ];

    /// <summary>A day spelt out: "the twenty-seventh of November", "the second of December 2026".</summary>
    [GeneratedRegex(@"\bthe\s+(?<d>(twenty|thirty)[-\s](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\s+of\s+(?<mon>" + Month_ + @")(,?\s+(?<y>(19|20)\d\d))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalWordDay();

    [GeneratedRegex(@"\b(earlier\s+this|earlier\s+in\s+the|(?<last>last)|(?<!\b(later|by|until|next)\s)(?<this>this)(?=\s+week\b))\s+((?<week>week)|month|(?<year>year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecentPeriod();

    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    [GeneratedRegex(@"^,\s+when\b")]
    private static partial Regex WhenAfter();

    [GeneratedRegex(@"\b(?<mon>" + Month_ + @"),?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    /// <summary>A month named without a year or a day after a preposition: "in May", "earlier in March", "in early June" (not "in May 2019", "in May 7").</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Ee]arlier\s+in|[Ll]ater\s+in)\s+(?:(?:early|mid|late)[\s-]+)?(?<mon>" + Months + @")\b(?![\s,]+(?:\d|of\s+\d))")]
    private static partial Regex MonthAlone();

    /// <summary>The month a line of a year's highlights opens on: "June – In Astana, Cassis welcomed …".</summary>
    [GeneratedRegex(@"^\W*(?<mon>" + Months + @")\s+[–—-]\s")]
    private static partial Regex MonthLed();

    /// <summary>A year after a preposition ("in 2009", "In early 2008", "since 2004"), not a span like "2009-2012"; a gathering's or a vote's year ("At the 2010 Astana Summit", "At the 2016 Human Dimension Implementation Meeting", "the 2022 referendum", "the 2023 constitutional referendum"), the year of a meeting or a visit ("In a 2021 meeting with …", "In a 2023 address, Tokayev promised …"), of what one said ("in his 2022 state-of-the-nation address"), or was reviewed at ("During its 2021 Universal Periodic Review").</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:(?:early|mid|late|the\s+year)\s+)?(?<y>(19|20)\d\d)\b(?![-–/]\d)|\b[Tt]he\s+(?<y>(19|20)\d\d)\s+(?:\p{Lu}[\w-]+\s+){0,3}(?:Summit|Ministerial|Conference|Congress|Meeting|Session|Review|[Ee]lections?|[Rr]eferendum)\b|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?<y>(19|20)\d\d)\s+(?:[\w-]+\s+){0,3}(?:report|assessment|review|Review|statement|opinion|address|speech|message|interview|letter|visit)\b|\b[Tt]he\s+(?<y>(19|20)\d\d)\s+(?:(?:early\s+|snap\s+)?(?:constitutional|parliamentary|presidential|local|municipal|general)\s+)(?:[Ee]lections?|[Rr]eferendum|vote|polls)\b|\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+an?\s+(?<y>(19|20)\d\d)\s+(?:[\w-]+\s+){0,2}(?:meeting|visit|conversation|interview|call|talks|letter|speech|trip|address|statement|decree)\b")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"\b(first|last|only)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSince();

    /// <summary>
    /// A day that ends or starts what is pledged: "by 15 December", "no later than 1 March", "before 15 December"; and "from 5
    /// January" after a "will" ("we will deploy 28 long-term observers from 5 January"): the term, not the day the pledge was made.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:by|until|before|no\s+later\s+than)|\bfrom(?<=\b(?:will|would|shall)\s[^.;]{0,100}?from))\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + Months + @")|(?:" + Months + @")\s+\d{1,2}(?:st|nd|rd|th)?)\b(?:,?\s+(?:19|20)\d\d)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayTerm();

    [GeneratedRegex(@"\b(?:before|by|until|no\s+later\s+than)\s+(?<end>(?:the\s+)?end\s+of\s+)?(?:(?:" + Months + @")\s+)?(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlinePhrase();

    /// <summary>Whether a stop stands between two digits somewhere ("24.11"): most sentences have none, and are not searched for such days.</summary>
    private static bool DigitsAroundStop(string sentence)
    {
        for (var at = sentence.IndexOf('.', 1); at > 0 && at < sentence.Length - 1; at = sentence.IndexOf('.', at + 1))
            if (char.IsAsciiDigit(sentence[at - 1]) && char.IsAsciiDigit(sentence[at + 1])) return true;
        return false;
    }

    /// <summary>A day and month in figures with no year, where a report's item opens on it or "the"/"on" names it: "- 24.11: ", "the 22.11 protest".</summary>
    [GeneratedRegex(@"(?:^[ \t]*[-•*–]?[ \t]*|\b(?:on|the|since|from|until|by)\s+)(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.?(?=\s*[:–—]\s|\s+-\s|\s+\p{Ll})", RegexOptions.Multiline)]
    private static partial Regex DottedDayMonth();

    /// <summary>A day written in figures, day first: "27.01.2026" (Swiss FDFA), "20/02/2025" (Council of Europe).</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<s>[./])(?<m>\d{1,2})\k<s>(?<y>(19|20)\d\d)\b")]
    private static partial Regex DottedDay();

    /// <summary>"BERLIN, Jan. 25 (UPI) --", "(Berlin, Germany) –", "VIENNA, 1 April 2019-", "ASTANA. KAZINFORM –", a saved page's "date 2023-09-20 18:41": where and when the text was filed.</summary>
    [GeneratedRegex(@"^\s*date\s+(?:19|20)\d\d-\d\d-\d\d(?:\s+\d{1,2}:\d\d)?\s+|^(?:\([\p{Lu}][^)\n]{1,40}\)|\p{Lu}[\p{Lu}\-/ .]{1,30}(?:,\s*[^–—()\n]{1,40}?)?(?:\s*\([^)\n]{1,30}\))?)\s*(?:--|–|—|-(?=\s|\p{Lu}))\s*")]
    public static partial Regex Dateline();

    /// <summary>"Bratislava, 1 December 2026 – ": a place as a ministry writes it, then the day it was filed with its year, before a dash.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2},)\s+(?:19|20)\d\d\s*(?:--|–|—)\s*")]
    private static partial Regex PlaceDayDateline();

    /// <summary>"on the same day", "In the same statement, …", "At the same meeting, …", "At the time, …", "On the margins of the conference", "On the margins I met …" and "In my national statement I …": what took place beside a gathering or at a time the text has dated.</summary>
    [GeneratedRegex(@"\b(?:on|that)\s+the\s+same\s+day\b|\bthe\s+same\s+day\b|^\W*(?:in|at|during)\s+the\s+same\s+(?:statement|speech|interview|remarks|address|press\s+conference|meeting|session|talks)\b|^\W*(?:at\s+the\s+time|at\s+that\s+time|that\s+same\s+year|in\s+the\s+same\s+year)\b|^\W*(?:on|in)\s+the\s+(?:margins?|sidelines?)\s+of\s+the\s+(?:conference|summit|meeting|session|forum|event)\b|^\W*(?:later\s+)?that\s+(?:morning|afternoon|evening)\b|^\W*(?:on|in)\s+the\s+(?:margins?|sidelines?)\b(?!\s+of\b)|^\W*in\s+(?:my|our|his|her|its|their)\s+(?:national\s+|opening\s+|closing\s+)?(?:statement|speech|address|remarks|intervention)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SameDay();

    [GeneratedRegex(@"\b(\d+|\w+)\s+(days|weeks|months|years)\s+(since|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elapsed();

    [GeneratedRegex(@"since|after", RegexOptions.IgnoreCase)]
    private static partial Regex SinceOrAfter();

    private static readonly string[] CountWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>A count as a text writes it, in figures or in words up to twelve ("two", "3"); 0 when it is neither.</summary>
    public static int Count(string words) =>
        Array.FindIndex(CountWords, w => w.Equals(words, StringComparison.OrdinalIgnoreCase)) is >= 0 and var i ? i + 1
        : int.TryParse(words, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>
    /// "Two years after President Shavkat Mirziyoyev promised …": what the count starts from, when <paramref name="at"/> (a cue) lies in
    /// the clause after "since" or "after": that long before the day of writing, as precise as the count (a year for years, a month for
    /// months, a day for days and weeks); null otherwise.
    /// </summary>
    public static FoundDate? CountedFrom(string sentence, int at, PartialDate published)
    {
        var m = Elapsed().Match(sentence);
        if (!m.Success || m.Index + m.Length > at || sentence.AsSpan(m.Index + m.Length, at - m.Index - m.Length).IndexOfAny(",;:") >= 0) return null;
        var n = Count(m.Groups[1].Value);
        if (n is <= 0 or > 100) return null;
        var day = published.Latest;
        var then = m.Groups[2].Value.ToLowerInvariant() switch
        {
            "years" => PartialDate.Parse($"{day.Year - n:D4}"),
            "months" => PartialDate.Parse($"{day.AddMonths(-n):yyyy-MM}"),
            "weeks" => PartialDate.Day(day.AddDays(-7 * n)),
            _ => PartialDate.Day(day.AddDays(-n)),
        };
        return new FoundDate(then, "date:counted-from", m.Index);
    }

    [GeneratedRegex(@"\b[Tt]oday\b")]
    private static partial Regex Today();

    [GeneratedRegex(@"\bpast 24 hours\b")]
    private static partial Regex Past24Hours();

    /// <summary>
    /// "recently met", "during her recent visit", "in recent weeks", "Earlier, it was reported that …": some time before publication; not "concern over recent
    /// events", where what is recent is what is judged, not the judging.
    /// </summary>
    [GeneratedRegex(@"\brecently\b|\brecent\s+(?:working\s+|official\s+|state\s+)?(?:visit|trip|tour|meeting|talks|mission|consultations)|\b[Ii]n\s+(?:the\s+)?recent\s+(?:days|weeks|months|years)\b|\balready\s+(visited|met|held|signed|adopted)\b|^\W*(Previously|Earlier)\b(?!\s+(today|this|on|in|that)\b)")]
    private static partial Regex Recently();
}
