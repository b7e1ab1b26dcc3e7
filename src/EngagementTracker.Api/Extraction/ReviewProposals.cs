using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Ingestion;
using Marten;

namespace EngagementTracker.Extraction;

/// <summary>Changes an analyst makes to a proposal before accepting it; what is left out stays as proposed. Names may be any alias.</summary>
public sealed record ProposalEdits(
    string? Kind = null, string? Occurred = null, IReadOnlyList<string>? Actors = null, IReadOnlyList<string>? Counterparts = null,
    string? Place = null, string? Topic = null, string? Commitment = null, string? Status = null, string? Deadline = null);

/// <summary>Accept proposals (one, with optional edits, or all pending at or above a confidence) or reject one. Decisions are events on the document's stream.</summary>
public sealed record ReviewProposals(string DocumentId, string By, string? ProposalId = null, bool Accept = true, ProposalEdits? Edits = null, string? Reason = null, double? MinConfidence = null);

public sealed record ProposalsReviewed(string DocumentId, int Accepted, int Rejected, IReadOnlyDictionary<string, int> Appended, IReadOnlyList<ProposalItem> Proposals);

/// <summary>A review decision that cannot be made: <see cref="Field"/> says which input, <see cref="Status"/> the HTTP status.</summary>
public sealed class ReviewRefusedException(string field, string message, int status = 400) : Exception(message)
{
    public string Field { get; } = field;
    public int Status { get; } = status;
}

public static class ReviewProposalsHandler
{
    public static async Task<ProposalsReviewed> Handle(ReviewProposals command, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<SourceDocument>(command.DocumentId, cancellation);
        var document = stream.Aggregate ?? throw new ReviewRefusedException("id", $"No document '{command.DocumentId}'.", 404);
        session.LastModifiedBy = command.By;

        List<Proposal> chosen;
        if (command.ProposalId is { } one)
        {
            var proposal = document.Proposals.Find(p => p.Id == one) ?? throw new ReviewRefusedException("proposal", $"No proposal '{one}' in '{document.Id}'.", 404);
            if (proposal.State != ProposalState.Proposed)
                throw new ReviewRefusedException("proposal", $"Proposal '{one}' was already {proposal.State.ToString().ToLowerInvariant()} by {proposal.DecidedBy}.", 409);
            chosen = [proposal];
        }
        else
        {
            var min = command.MinConfidence ?? throw new ReviewRefusedException("minConfidence", "Say which proposals: one id, or a minimum confidence for all pending ones.");
            if (min is < 0 or > 1) throw new ReviewRefusedException("minConfidence", "A confidence is between 0 and 1.");
            chosen = document.Proposals.Where(p => p.State == ProposalState.Proposed && p.Confidence >= min).ToList();
        }

        if (!command.Accept)
        {
            var rejections = chosen.Select(p => new ProposalRejected(document.Id, p.Id, command.Reason, command.By)).ToList();
            foreach (var r in rejections) stream.AppendOne(r);
            return Result(document, rejections, 0, chosen.Count, new Dictionary<string, int>());
        }

        var accepted = command.Edits is null
            ? chosen.Select(p => (Proposal: p, Draft: p.Draft)).ToList()
            : await EditedAsync(chosen, command.Edits, document, session, cancellation);
        var acceptances = accepted.Select(a => new ProposalAccepted(document.Id, a.Proposal.Id, a.Draft, !ReferenceEquals(a.Draft, a.Proposal.Draft), command.By)).ToList();
        foreach (var a in acceptances) stream.AppendOne(a);

        // a provisional actor becomes a known one when an event naming it is accepted: registered, with this document as its reference
        var named = accepted.SelectMany(a => a.Draft.Actors.Concat(a.Draft.Counterparts)).DistinctBy(a => a.Id).ToList();
        var known = (await session.LoadManyAsync<Actor>(cancellation, named.Select(a => a.Id))).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in named.Where(a => !known.Contains(a.Id)))
            session.Events.StartStream<Actor>(actor.Id, new ActorRegistered(actor.Id, actor.Name, actor.Kind, document.Id));
        var (appended, _) = await StreamAppender.AppendAsync(session, accepted.Select(a => DocumentReplay.DomainEventFor(a.Draft)), document.Id, cancellation);
        return Result(document, acceptances, accepted.Count, 0, appended);
    }

    /// <summary>The chosen proposals with the analyst's edits; names may be any known actor's, or one the extractor learnt from this document.</summary>
    private static async Task<List<(Proposal Proposal, EventDraft Draft)>> EditedAsync(List<Proposal> chosen, ProposalEdits edits, SourceDocument document, IDocumentSession session, CancellationToken cancellation)
    {
        var stored = await session.Query<Actor>().ToListAsync(cancellation);
        var directory = new ActorDirectory(stored);
        var known = stored.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in document.Proposals.SelectMany(p => p.Draft.Actors.Concat(p.Draft.Counterparts)).Where(a => !known.Contains(a.Id)).DistinctBy(a => a.Id))
            directory.Add(actor.Name, actor);
        return chosen.Select(p => (Proposal: p, Draft: Edit(p.Draft, edits, directory))).ToList();
    }

    /// <summary>The proposals as they stand with this command's decisions: folded onto a fresh copy, the fetched aggregate untouched.</summary>
    private static ProposalsReviewed Result(SourceDocument document, IEnumerable<object> decisions, int accepted, int rejected, IReadOnlyDictionary<string, int> appended)
    {
        var copy = new SourceDocument { Id = document.Id };
        foreach (var p in document.Proposals) copy.Proposals.Add(new Proposal { Id = p.Id, Draft = p.Draft, Confidence = p.Confidence, Rule = p.Rule, State = p.State, Accepted = p.Accepted, DecidedBy = p.DecidedBy, Reason = p.Reason });
        var after = decisions.Aggregate(copy, (d, e) => SourceDocument.Evolve(d, e)!);
        return new(document.Id, accepted, rejected, appended, after.Proposals.Select(DocumentIngested.Item).ToList());
    }

    /// <summary>The draft with the analyst's changes, each checked: names resolve to one actor, dates and statuses parse, commitments have wording.</summary>
    private static EventDraft Edit(EventDraft draft, ProposalEdits edits, ActorDirectory directory)
    {
        var kind = draft.Kind;
        if (edits.Kind is { } k && !EventKinds.TryParse(k, out kind)) throw new ReviewRefusedException("kind", $"'{k}' is not one of {string.Join(", ", EventKinds.All)}.");
        var status = draft.Status;
        if (edits.Status is { } s)
            status = AssessmentStatuses.TryParse(s, out var parsed) ? parsed : throw new ReviewRefusedException("status", $"'{s}' is not one of {string.Join(", ", AssessmentStatuses.All)}.");
        var edited = draft with
        {
            Kind = kind,
            Occurred = edits.Occurred is { } o ? Date(o, "occurred") : draft.Occurred,
            Deadline = edits.Deadline is { } d ? Date(d, "deadline") : draft.Deadline,
            Actors = edits.Actors is { } a ? Resolve(a, "actors") : draft.Actors,
            Counterparts = edits.Counterparts is { } c ? Resolve(c, "counterparts") : draft.Counterparts,
            Place = edits.Place ?? draft.Place,
            Topic = edits.Topic ?? draft.Topic,
            Commitment = edits.Commitment ?? draft.Commitment,
            Status = status,
        };
        if (edited.Actors.Count == 0) throw new ReviewRefusedException("actors", "An event needs at least one actor.");
        if (kind.IsCommitment() && string.IsNullOrWhiteSpace(edited.Commitment)) throw new ReviewRefusedException("commitment", "A commitment event needs the commitment's wording.");
        if (kind == EventKind.CommitmentAssessed && edited.Status is null) throw new ReviewRefusedException("status", "An assessment needs a status.");
        return edited;

        PartialDate Date(string text, string field) =>
            PartialDate.TryParse(text, out var date, out var error) ? date : throw new ReviewRefusedException(field, error);

        IReadOnlyList<ActorRef> Resolve(IReadOnlyList<string> names, string field) =>
            names.Select(n => directory.Resolve(n) ?? throw new ReviewRefusedException(field, $"No single actor is known by '{n}'.")).DistinctBy(r => r.Id).ToList();
    }
}
