using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;

namespace EngagementTracker.Documents;

/// <summary>The content of a proposed (or accepted) event: what the extractor or an analyst says happened, with evidence.</summary>
public sealed record EventDraft(
    EventKind Kind,
    PartialDate Occurred,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<ActorRef> Counterparts,
    string? Place,
    string? Topic,
    string? Commitment,
    AssessmentStatus? Status,
    PartialDate? Deadline,
    Evidence Source);

/// <summary>The extractor proposed an event from this document; it counts only once accepted.</summary>
public sealed record EventProposed(string DocumentId, string ProposalId, EventDraft Draft, double Confidence, string Rule);

/// <summary>An analyst accepted a proposal, as proposed or edited (<paramref name="Accepted"/> is what entered the views).</summary>
public sealed record ProposalAccepted(string DocumentId, string ProposalId, EventDraft Accepted, bool Edited, string By);

public sealed record ProposalRejected(string DocumentId, string ProposalId, string? Reason, string By);

public enum ProposalState { Proposed, Accepted, Rejected }

/// <summary>A proposal as the document stream holds it: the draft, how sure the extractor was and why, and the decision.</summary>
public sealed class Proposal
{
    public string Id { get; set; } = "";
    public EventDraft Draft { get; set; } = null!;
    public double Confidence { get; set; }
    public string Rule { get; set; } = "";
    public ProposalState State { get; set; }
    public EventDraft? Accepted { get; set; }
    public string? DecidedBy { get; set; }
    public string? Reason { get; set; }
}
