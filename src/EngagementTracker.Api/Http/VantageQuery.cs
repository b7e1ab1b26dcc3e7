using System.Globalization;
using EngagementTracker.Core;
using Microsoft.AspNetCore.Mvc;

namespace EngagementTracker;

/// <summary>
/// Reads the <c>asOf</c> and <c>knownAt</c> query parameters every read endpoint takes.
/// <c>asOf</c> is a day, <c>YYYY-MM-DD</c>: the world as it stood at the end of that day.
/// <c>knownAt</c> is an ISO 8601 instant (<c>2026-11-17T09:00:00Z</c>), or a day, meaning the end of that day (UTC):
/// our records as they stood then.
/// </summary>
public static class VantageQuery
{
    public static bool TryRead(string? asOf, string? knownAt, out Vantage vantage, out ProblemDetails? problem)
    {
        vantage = Vantage.Now;
        problem = null;
        DateOnly? day = null;
        DateTimeOffset? instant = null;

        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                problem = Problems.BadParameter("asOf", $"'{asOf}' is not a day: use YYYY-MM-DD, e.g. asOf=2010-04-10.");
                return false;
            }

            day = parsed;
        }

        if (knownAt is not null)
        {
            var text = knownAt.Trim();
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wholeDay))
            {
                instant = new DateTimeOffset(wholeDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-10);
            }
            else if (text.Length >= 16 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                instant = parsed;
            }
            else
            {
                problem = Problems.BadParameter("knownAt", $"'{knownAt}' is not an instant: use ISO 8601, e.g. knownAt=2026-11-17T09:00:00Z, or a day YYYY-MM-DD for the end of that day (UTC).");
                return false;
            }
        }

        vantage = new Vantage(day, instant);
        return true;
    }
}
