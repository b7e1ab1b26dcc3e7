using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Engagements;

namespace EngagementTracker;

/// <summary>
/// One source's account of one event, as every endpoint shows it: when (with precision), who, where,
/// about what, the evidence quote and span, when we recorded it, and whether, seen from the requested
/// <c>asOf</c> date, it may or may not have happened yet (<paramref name="Uncertain"/>).
/// </summary>
public sealed record AccountItem(
    EventKind Kind,
    string StreamId,
    PartialDate Occurred,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<ActorRef> Counterparts,
    string? Place,
    string? Topic,
    string? Commitment,
    AssessmentStatus? Status,
    PartialDate? Deadline,
    Evidence Source,
    DateTimeOffset Recorded,
    string? RecordedBy,
    bool Uncertain)
{
    public static AccountItem From(Account a, Timing timing) =>
        new(a.Kind, a.StreamId, a.Occurred, a.Actors, a.Counterparts, a.Place, a.Topic, a.Commitment, a.Status, a.Deadline, a.Source, a.Recorded, a.RecordedBy, timing == Timing.Uncertain);

    /// <summary>The account that leads when several sources tell of one event: the most precise date, then the first recorded.</summary>
    public static AccountItem Leading(IEnumerable<AccountItem> accounts) =>
        accounts.OrderBy(a => a.Occurred.Latest.DayNumber - a.Occurred.Earliest.DayNumber).ThenBy(a => a.Recorded).First();

    public static IReadOnlyList<AccountItem> Visible(IEnumerable<Account> accounts, Vantage vantage) =>
        vantage.Visible(accounts, a => a.Occurred, a => a.Recorded).Select(x => From(x.Item, x.Timing)).ToList();
}
