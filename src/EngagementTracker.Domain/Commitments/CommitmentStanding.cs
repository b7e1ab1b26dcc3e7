using EngagementTracker.Core;

namespace EngagementTracker.Commitments;

/// <summary>Where a commitment stands, derived from its assessment trail.</summary>
/// <param name="Status">the status of the latest assessment by occurrence; open when none</param>
/// <param name="Current">the latest assessment and those from other sources whose dates overlap it</param>
/// <param name="Contested">the current assessments disagree on the status</param>
/// <param name="DatesDisagree">sources date the making of the commitment differently</param>
public sealed record CommitmentStanding(
    AssessmentStatus Status,
    IReadOnlyList<CommitmentAssessed> Current,
    bool Contested,
    bool DatesDisagree)
{
    /// <summary>The one rule for a commitment's status, used by every view.</summary>
    public static CommitmentStanding Of(Commitment commitment)
    {
        var datesDisagree = commitment.Claims.Select(c => c.Occurred.Text).Distinct().Count() > 1;
        if (commitment.Assessments.Count == 0) return new(AssessmentStatus.Open, [], false, datesDisagree);

        var latest = commitment.Assessments
            .OrderBy(a => a.Occurred.Latest).ThenBy(a => a.Occurred.Earliest)
            .Last();
        var current = commitment.Assessments.Where(a => a.Occurred.Overlaps(latest.Occurred)).ToList();
        var contested = current.Select(a => a.Status).Distinct().Count() > 1;
        return new(latest.Status, current, contested, datesDisagree);
    }
}
