using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementTracker.Core;

public enum DatePrecision { Year, Month, Day, Interval }

/// <summary>
/// When something happened in the world, as precisely as the source says and no more:
/// <c>2009</c>, <c>2007-11</c>, <c>2019-05-07</c> or an interval <c>2024-06-24/2024-06-25</c>
/// (EDTF level 0), or an interval open at one end, <c>../2009-11-19</c> ("has stated", some time before
/// the brief), as EDTF level 1 allows. A day is never invented: <see cref="Earliest"/> and
/// <see cref="Latest"/> bound the days the source allows.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public sealed record PartialDate
{
    private PartialDate(string text, DatePrecision precision, DateOnly earliest, DateOnly latest)
    {
        Text = text;
        Precision = precision;
        Earliest = earliest;
        Latest = latest;
    }

    public string Text { get; }
    public DatePrecision Precision { get; }
    public DateOnly Earliest { get; }
    public DateOnly Latest { get; }

    public static PartialDate Day(DateOnly day) =>
        new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, day, day);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        date = null!;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a date is required (YYYY, YYYY-MM, YYYY-MM-DD or A/B)";
            return false;
        }

        text = text.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var (start, end) = (text[..slash].Trim(), text[(slash + 1)..].Trim());
            if (start == ".." && TryParseSingle(end, out var until))
            {
                date = new PartialDate($"../{until.Text}", DatePrecision.Interval, DateOnly.MinValue, until.Latest);
                return true;
            }

            if (end == ".." && TryParseSingle(start, out var since))
            {
                date = new PartialDate($"{since.Text}/..", DatePrecision.Interval, since.Earliest, DateOnly.MaxValue);
                return true;
            }

            if (!TryParseSingle(start, out var from) || !TryParseSingle(end, out var to))
            {
                error = $"'{text}' is not an interval of two dates A/B";
                return false;
            }

            if (to.Latest < from.Earliest)
            {
                error = $"interval '{text}' ends before it starts";
                return false;
            }

            date = new PartialDate($"{from.Text}/{to.Text}", DatePrecision.Interval, from.Earliest, to.Latest);
            return true;
        }

        if (TryParseSingle(text, out date)) return true;
        error = $"'{text}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)";
        return false;
    }

    private static bool TryParseSingle(string text, out PartialDate date)
    {
        date = null!;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        if (!parts.All(p => p.All(char.IsAsciiDigit))) return false;

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1) return false;
        if (parts.Length == 1)
        {
            date = new PartialDate(parts[0], DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        var first = new DateOnly(year, month, 1);
        if (parts.Length == 2)
        {
            date = new PartialDate($"{parts[0]}-{parts[1]}", DatePrecision.Month, first, first.AddMonths(1).AddDays(-1));
            return true;
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = Day(new DateOnly(year, month, day));
        return true;
    }

    /// <summary>The coarsest honest key for "the same happening": month when the source knows it, else year.</summary>
    public string MonthOrYear =>
        IsOpen ? Text
        : Precision == DatePrecision.Year || Earliest.Year != Latest.Year ? Earliest.Year.ToString(CultureInfo.InvariantCulture)
        : Earliest.Month == Latest.Month || Precision != DatePrecision.Interval ? Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : Earliest.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The same date, <paramref name="years"/> later (29 February becomes the 28th in a common year).</summary>
    public PartialDate AddYears(int years)
    {
        static string Shift(string single, int years)
        {
            if (single == "..") return single;
            var year = int.Parse(single[..4], System.Globalization.CultureInfo.InvariantCulture) + years;
            var rest = single[4..];
            if (rest == "-02-29" && !DateTime.IsLeapYear(year)) rest = "-02-28";
            return year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + rest;
        }

        return Parse(string.Join('/', Text.Split('/').Select(part => Shift(part, years))));
    }

    /// <summary>An interval with one end unknown (<c>../X</c> or <c>X/..</c>).</summary>
    public bool IsOpen => Earliest == DateOnly.MinValue || Latest == DateOnly.MaxValue;

    public bool Overlaps(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    public override string ToString() => Text;
}

public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date, out var error) ? date : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Text);
}
