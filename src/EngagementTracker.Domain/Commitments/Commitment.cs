using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Engagements;

namespace EngagementTracker.Commitments;

public enum AssessmentStatus { Open, PartiallyMet, Met, Unmet, Withdrawn }

public static class AssessmentStatuses
{
    private static readonly Dictionary<AssessmentStatus, string> NamesByStatus = new()
    {
        [AssessmentStatus.Open] = "open",
        [AssessmentStatus.PartiallyMet] = "partially_met",
        [AssessmentStatus.Met] = "met",
        [AssessmentStatus.Unmet] = "unmet",
        [AssessmentStatus.Withdrawn] = "withdrawn",
    };

    private static readonly Dictionary<string, AssessmentStatus> ByName =
        NamesByStatus.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => NamesByStatus.Values;

    public static string Name(this AssessmentStatus status) => NamesByStatus[status];

    public static bool TryParse(string? name, out AssessmentStatus status) => ByName.TryGetValue(name ?? "", out status);
}

/// <summary>
/// A source's claim that a commitment was made: by whom, when, where. Two sources may date the same
/// commitment differently (Madrid, November 2007 vs "Madrid in 2008"); both claims are kept.
/// </summary>
public sealed record CommitmentMade(
    string CommitmentId,
    string Statement,
    IReadOnlyList<ActorRef> Makers,
    IReadOnlyList<ActorRef> Counterparts,
    string? Place,
    string? Topic,
    PartialDate Occurred,
    PartialDate? Deadline,
    Evidence Source);

/// <summary>A source's judgement of how far a commitment has been kept, as of <paramref name="Occurred"/>.</summary>
public sealed record CommitmentAssessed(
    string CommitmentId,
    string Statement,
    AssessmentStatus Status,
    IReadOnlyList<ActorRef> By,
    IReadOnlyList<ActorRef> Counterparts,
    PartialDate Occurred,
    Evidence Source);

/// <summary>A commitment stream's state: every source's claim that it was made, and its assessment trail, as accounts with their record times.</summary>
public sealed class Commitment
{
    public string Id { get; set; } = "";
    public string Statement { get; set; } = "";
    public List<ActorRef> Makers { get; set; } = [];
    public string? Topic { get; set; }
    public PartialDate? Deadline { get; set; }
    public List<Account> Claims { get; set; } = [];
    public List<Account> Assessments { get; set; } = [];

    /// <summary>Kept with the document so the board can be filtered in the database; always <see cref="CommitmentStanding.On"/> as of now.</summary>
    public AssessmentStatus Status { get; set; }

    /// <summary>The stream version, set by the store: what a writer sends back as the version it expects.</summary>
    public long Version { get; set; }

    /// <summary>
    /// A commitment's identity is its canonical wording (DESIGN.md: "the same wording wherever the same
    /// commitment recurs"), so that an assessment finds the commitment it assesses.
    /// </summary>
    public static string IdFor(string statement) => "commitment:" + Names.Slug(statement, 90);

    public static Commitment? Evolve(Commitment? commitment, object @event, DateTimeOffset recorded, string? recordedBy = null)
    {
        switch (@event)
        {
            case CommitmentMade e:
                commitment ??= new Commitment { Id = e.CommitmentId, Statement = e.Statement };
                foreach (var maker in e.Makers.Where(m => commitment.Makers.All(x => x.Id != m.Id))) commitment.Makers.Add(maker);
                commitment.Topic ??= e.Topic;
                commitment.Deadline ??= e.Deadline;
                commitment.Claims.Add(Account.From(e, recorded, recordedBy)!);
                break;
            case CommitmentAssessed e:
                commitment ??= new Commitment { Id = e.CommitmentId, Statement = e.Statement };
                commitment.Assessments.Add(Account.From(e, recorded, recordedBy)!);
                break;
            default:
                return commitment;
        }

        commitment.Status = CommitmentStanding.On(commitment, Vantage.Now, DateOnly.MaxValue)?.Status ?? AssessmentStatus.Open;
        return commitment;
    }
}
