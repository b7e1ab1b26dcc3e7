using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Commitments;

/// <summary>A commitment as the board shows it, seen from a vantage point: maker, topic, deadline, status, every claim of its making, and its assessment trail.</summary>
/// <param name="Version">the commitment stream's version: send it back as <c>expectedVersion</c> when assessing</param>
/// <param name="Contested">the latest assessments from different sources disagree: see <paramref name="Current"/></param>
/// <param name="DatesDisagree">sources date the making differently: see <paramref name="Made"/></param>
/// <param name="Overdue">past its deadline on the <c>asOf</c> day (or today) and neither met nor withdrawn</param>
/// <param name="Uncertain">on the <c>asOf</c> day it may not have been made yet</param>
/// <param name="UncertainAssessments">assessments that may or may not have been made by the <c>asOf</c> day, not counted in the status</param>
public sealed record CommitmentCard(
    string Id,
    long Version,
    string Statement,
    IReadOnlyList<ActorRef> Makers,
    string? Topic,
    PartialDate? Deadline,
    AssessmentStatus Status,
    bool Overdue,
    bool Contested,
    bool DatesDisagree,
    bool Uncertain,
    IReadOnlyList<AccountItem> Current,
    IReadOnlyList<AccountItem> Made,
    IReadOnlyList<AccountItem> Trail,
    IReadOnlyList<AccountItem> UncertainAssessments)
{
    /// <summary>The card seen from <paramref name="vantage"/>; null when the commitment had not been made (or recorded) by then.</summary>
    public static CommitmentCard? From(Commitment commitment, Vantage vantage, DateOnly today)
    {
        if (CommitmentStanding.On(commitment, vantage, today) is not { } standing) return null;
        return new CommitmentCard(
            commitment.Id,
            commitment.Version,
            commitment.Statement,
            commitment.Makers,
            commitment.Topic,
            commitment.Deadline,
            standing.Status,
            standing.Overdue,
            standing.Contested,
            standing.DatesDisagree,
            standing.Uncertain,
            Items(standing.Current),
            Items(standing.Claims),
            Items(standing.Trail),
            Items(standing.UncertainAssessments));

        IReadOnlyList<AccountItem> Items(IEnumerable<Engagements.Account> accounts) =>
            accounts.Select(a => AccountItem.From(a, vantage.Of(a.Occurred))).ToList();
    }
}
