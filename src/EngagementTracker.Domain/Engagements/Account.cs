using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using System.Text.Json.Serialization;
using EngagementTracker.Core;

namespace EngagementTracker.Engagements;

/// <summary>
/// One source's account of one event, flattened for reading: what kind, which stream, when it
/// occurred (with precision), who, where, about what, the evidence, and when we recorded it and who did.
/// The views list these side by side, so conflicting sources are shown rather than resolved.
/// </summary>
public sealed record Account(
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
    string? RecordedBy = null)
{
    [JsonIgnore]
    public IEnumerable<ActorRef> Participants => Actors.Concat(Counterparts);

    /// <summary>The account a sourced domain event gives; null for events that are not accounts of the world (registrations, aliases).</summary>
    public static Account? From(object @event, DateTimeOffset recorded, string? recordedBy = null)
    {
        recorded = RecordTime.AsStored(recorded);
        return @event switch
        {
            HappeningReported e => new Account(e.Kind, e.HappeningId, e.Occurred, e.Actors, e.Counterparts, e.Place, e.Topic, null, null, null, e.Source, recorded, recordedBy),
            CommitmentMade e => new Account(EventKind.CommitmentMade, e.CommitmentId, e.Occurred, e.Makers, e.Counterparts, e.Place, e.Topic, e.Statement, null, e.Deadline, e.Source, recorded, recordedBy),
            CommitmentAssessed e => new Account(EventKind.CommitmentAssessed, e.CommitmentId, e.Occurred, e.By, e.Counterparts, null, null, e.Statement, e.Status, null, e.Source, recorded, recordedBy),
            _ => null,
        };
    }
}
