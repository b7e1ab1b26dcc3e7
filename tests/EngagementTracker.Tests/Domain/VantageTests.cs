using EngagementTracker.Core;

namespace EngagementTracker.Tests.Domain;

/// <summary>The rule for precision against an as-of date, at its boundaries.</summary>
public class VantageTests
{
    private static Timing On(string asOf, string occurred) =>
        new Vantage(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), null).Of(PartialDate.Parse(occurred));

    [Theory]
    // a year: before only once it is over, after only before it began
    [InlineData("2009-12-31", "2009", Timing.Before)]
    [InlineData("2009-12-30", "2009", Timing.Uncertain)]
    [InlineData("2009-01-01", "2009", Timing.Uncertain)]
    [InlineData("2008-12-31", "2009", Timing.After)]
    // a month
    [InlineData("2010-04-30", "2010-04", Timing.Before)]
    [InlineData("2010-04-10", "2010-04", Timing.Uncertain)]
    [InlineData("2010-04-01", "2010-04", Timing.Uncertain)]
    [InlineData("2010-03-31", "2010-04", Timing.After)]
    // a day
    [InlineData("2019-05-07", "2019-05-07", Timing.Before)]
    [InlineData("2019-05-06", "2019-05-07", Timing.After)]
    // an interval
    [InlineData("2006-03-27", "2006-03-26/2006-03-27", Timing.Before)]
    [InlineData("2006-03-26", "2006-03-26/2006-03-27", Timing.Uncertain)]
    [InlineData("2006-03-25", "2006-03-26/2006-03-27", Timing.After)]
    [InlineData("2009-06-01", "2008/2009-11-19", Timing.Uncertain)]
    // open at the start: some time before the end, so never certainly after
    [InlineData("1990-01-01", "../2009-11-19", Timing.Uncertain)]
    [InlineData("2009-11-19", "../2009-11-19", Timing.Before)]
    public void classifies(string asOf, string occurred, Timing timing) => On(asOf, occurred).ShouldBe(timing);

    [Fact]
    public void without_an_as_of_date_everything_has_happened_and_without_known_at_everything_is_known()
    {
        Vantage.Now.Of(PartialDate.Parse("2999")).ShouldBe(Timing.Before);
        Vantage.Now.Knows(DateTimeOffset.MaxValue).ShouldBeTrue();
        new Vantage(null, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Knows(new DateTimeOffset(2026, 1, 1, 0, 0, 1, TimeSpan.Zero)).ShouldBeFalse();
    }
}
