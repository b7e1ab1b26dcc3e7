using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Commitments;

public sealed record MadeClaim(PartialDate Occurred, string? Place, IReadOnlyList<ActorRef> Makers, Evidence Source);

public sealed record AssessmentItem(AssessmentStatus Status, PartialDate Occurred, IReadOnlyList<ActorRef> By, Evidence Source);

/// <summary>A commitment as the board shows it: maker, topic, status, every claim of its making and its assessment trail.</summary>
/// <param name="Contested">the latest assessments from different sources disagree: see <paramref name="Current"/></param>
/// <param name="DatesDisagree">sources date the making differently: see <paramref name="Made"/></param>
public sealed record CommitmentCard(
    string Id,
    string Statement,
    IReadOnlyList<ActorRef> Makers,
    string? Topic,
    PartialDate? Deadline,
    AssessmentStatus Status,
    bool Contested,
    bool DatesDisagree,
    IReadOnlyList<AssessmentItem> Current,
    IReadOnlyList<MadeClaim> Made,
    IReadOnlyList<AssessmentItem> Trail)
{
    public static CommitmentCard From(Commitment commitment)
    {
        var standing = CommitmentStanding.Of(commitment);
        return new CommitmentCard(
            commitment.Id,
            commitment.Statement,
            commitment.Makers,
            commitment.Topic,
            commitment.Deadline,
            standing.Status,
            standing.Contested,
            standing.DatesDisagree,
            standing.Current.Select(Item).ToList(),
            commitment.Claims.OrderBy(c => c.Occurred.Earliest).Select(c => new MadeClaim(c.Occurred, c.Place, c.Makers, c.Source)).ToList(),
            commitment.Assessments.OrderBy(a => a.Occurred.Earliest).ThenBy(a => a.Occurred.Latest).Select(Item).ToList());
    }

    private static AssessmentItem Item(CommitmentAssessed a) => new(a.Status, a.Occurred, a.By, a.Source);
}
