using EngagementTracker.Core;
using EngagementTracker.Engagements;

namespace EngagementTracker.Commitments;

/// <summary>Where a commitment stands from a vantage point, derived from its claims and assessment trail.</summary>
/// <param name="Status">the status of the latest assessment certainly made by then (by occurrence); open when none</param>
/// <param name="Current">the latest such assessment and those from other sources whose dates overlap it</param>
/// <param name="Contested">the current assessments disagree on the status</param>
/// <param name="DatesDisagree">the sources date the making of the commitment differently</param>
/// <param name="Overdue">its deadline has passed on the vantage day and it is neither met nor withdrawn</param>
/// <param name="Uncertain">it may not have been made yet on the as-of date (every claim's date straddles it)</param>
/// <param name="UncertainAssessments">assessments that may or may not have been made by the as-of date: not counted in the status, shown beside it</param>
public sealed record CommitmentStanding(
    AssessmentStatus Status,
    IReadOnlyList<Account> Claims,
    IReadOnlyList<Account> Trail,
    IReadOnlyList<Account> Current,
    bool Contested,
    bool DatesDisagree,
    bool Overdue,
    bool Uncertain,
    IReadOnlyList<Account> UncertainAssessments)
{
    /// <summary>
    /// The one rule for a commitment's status, used by every view. Null when, seen from
    /// <paramref name="vantage"/>, the commitment had not been made (or not yet recorded).
    /// </summary>
    public static CommitmentStanding? On(Commitment commitment, Vantage vantage, DateOnly today)
    {
        var claims = vantage.Visible(commitment.Claims, a => a.Occurred, a => a.Recorded);
        if (claims.Count == 0) return null;

        var assessments = vantage.Visible(commitment.Assessments, a => a.Occurred, a => a.Recorded);
        var certain = assessments.Where(a => a.Timing == Timing.Before).Select(a => a.Item).ToList();
        var status = AssessmentStatus.Open;
        IReadOnlyList<Account> current = [];
        if (certain.Count > 0)
        {
            var latest = certain.OrderBy(a => a.Occurred.Latest).ThenBy(a => a.Occurred.Earliest).Last();
            status = latest.Status!.Value;
            current = certain.Where(a => a.Occurred.Overlaps(latest.Occurred)).ToList();
        }

        var deadline = commitment.Deadline;
        var overdue = deadline is not null && vantage.Day(today) > deadline.Latest && status is not (AssessmentStatus.Met or AssessmentStatus.Withdrawn);
        return new CommitmentStanding(
            status,
            claims.Select(c => c.Item).OrderBy(c => c.Occurred.Earliest).ToList(),
            assessments.Select(a => a.Item).OrderBy(a => a.Occurred.Earliest).ThenBy(a => a.Occurred.Latest).ToList(),
            current,
            current.Select(a => a.Status).Distinct().Count() > 1,
            claims.Select(c => c.Item.Occurred.Text).Distinct().Count() > 1,
            overdue,
            claims.All(c => c.Timing == Timing.Uncertain),
            assessments.Where(a => a.Timing == Timing.Uncertain).Select(a => a.Item).ToList());
    }
}
