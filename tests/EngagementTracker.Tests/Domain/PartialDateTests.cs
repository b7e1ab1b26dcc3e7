using EngagementTracker.Core;

namespace EngagementTracker.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2009", DatePrecision.Year, "2009-01-01", "2009-12-31")]
    [InlineData("2007-11", DatePrecision.Month, "2007-11-01", "2007-11-30")]
    [InlineData("2008-02", DatePrecision.Month, "2008-02-01", "2008-02-29")]
    [InlineData("2019-05-07", DatePrecision.Day, "2019-05-07", "2019-05-07")]
    [InlineData("2024-06-24/2024-06-25", DatePrecision.Interval, "2024-06-24", "2024-06-25")]
    [InlineData("2008/2009-11-19", DatePrecision.Interval, "2008-01-01", "2009-11-19")]
    public void parses_each_precision_without_inventing_a_day(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        date.Precision.ShouldBe(precision);
        date.Earliest.ShouldBe(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture));
        date.Latest.ShouldBe(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
        date.Text.ShouldBe(text);
    }

    [Fact]
    public void an_interval_open_at_the_start_ends_where_the_source_says()
    {
        var date = PartialDate.Parse("../2009-11-19");

        date.IsOpen.ShouldBeTrue();
        date.Latest.ShouldBe(new DateOnly(2009, 11, 19));
        date.MonthOrYear.ShouldBe("../2009-11-19");
    }

    [Theory]
    [InlineData("")]
    [InlineData("2009-13")]
    [InlineData("2009-02-30")]
    [InlineData("09-02")]
    [InlineData("May 2019")]
    [InlineData("2010/2009")]
    [InlineData("2009-1-05")]
    public void refuses_what_is_not_a_date(string text)
    {
        PartialDate.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("2019-05-07", "2019-05")]
    [InlineData("2019-05", "2019-05")]
    [InlineData("2009", "2009")]
    [InlineData("2006-03-26/2006-03-27", "2006-03")]
    [InlineData("2006-03-30/2006-04-02", "2006")]
    [InlineData("2008/2009", "2008")]
    public void keys_happenings_by_the_month_when_known_else_the_year(string text, string key) =>
        PartialDate.Parse(text).MonthOrYear.ShouldBe(key);

    [Fact]
    public void round_trips_through_json_as_its_text()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { At = PartialDate.Parse("2007-11") });
        json.ShouldBe("""{"At":"2007-11"}""");
        System.Text.Json.JsonSerializer.Deserialize<PartialDate>("\"2024-06-24/2024-06-25\"")!.Precision.ShouldBe(DatePrecision.Interval);
    }
}
