using System.Security.Claims;
using EngagementTracker.Access;
using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Commitments;

/// <summary>Where an assessment comes from: a quote from a document already in the store.</summary>
public sealed record QuotedEvidence(string Document, string Quote);

/// <summary>
/// Record a source's assessment of a commitment: how far it was kept (<c>met</c>, <c>partially_met</c>, …), when, by whom
/// according to the source, and the quote that says so. <paramref name="ExpectedVersion"/> is the commitment's
/// <c>version</c> as the analyst last saw it: if someone assessed it since, the write is refused with 409 and the
/// current state, and nothing is written.
/// </summary>
public sealed record AssessCommitment(string Status, string Occurred, IReadOnlyList<string> By, QuotedEvidence Evidence, long ExpectedVersion);

public static class AssessCommitmentEndpoint
{
    [WolverinePost("/api/commitments/{id}/assessments", OperationId = "AssessCommitment")]
    [Authorize(Policy = Permissions.Write)]
    [ProducesResponseType<CommitmentCard>(201)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    [ProducesResponseType<ProblemDetails>(409)]
    public static async Task<IResult> Post(string id, AssessCommitment command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation)
    {
        if (!AssessmentStatuses.TryParse(command.Status, out var status))
            return Invalid("status", $"'{command.Status}' is not a status: {string.Join(", ", AssessmentStatuses.All)}.");
        if (!PartialDate.TryParse(command.Occurred, out var occurred, out var dateError)) return Invalid("occurred", dateError);
        if (command.ExpectedVersion < 1) return Invalid("expectedVersion", "send the commitment's version as you last read it (GET /api/commitments/{id}).");
        if (command.Evidence is null || string.IsNullOrWhiteSpace(command.Evidence.Document) || string.IsNullOrWhiteSpace(command.Evidence.Quote))
            return Invalid("evidence", "an assessment needs its source: a document id and the exact quote.");

        var document = await session.LoadAsync<SourceDocument>(command.Evidence.Document, cancellation);
        if (document is null) return Invalid("evidence.document", $"no document '{command.Evidence.Document}' in the store.");
        var source = EvidenceLocator.Locate(document.Id, document.Text, command.Evidence.Quote);
        if (source is null) return Invalid("evidence.quote", $"the quote is not in document '{document.Id}'.");

        var directory = new ActorDirectory(await session.Query<Actor>().ToListAsync(cancellation));
        var by = new List<ActorRef>();
        foreach (var name in command.By ?? [])
        {
            if (directory.Resolve(name) is not { } actor) return Invalid("by", $"no single actor is known by '{name}'.");
            by.Add(actor);
        }

        if (by.Count == 0) return Invalid("by", "name who made the assessment, according to the source.");

        var stream = await session.Events.FetchForWriting<Commitment>(id, command.ExpectedVersion, cancellation);
        if (stream.Aggregate is not { } commitment)
            return Problems.Result(Problems.NotFound($"No commitment '{id}'. GET /api/commitments lists them.", "id"));

        session.LastModifiedBy = user.UserName();
        stream.AppendOne(new CommitmentAssessed(id, commitment.Statement, status, by, commitment.Makers, occurred, source));
        await session.SaveChangesAsync(cancellation);

        var saved = await session.LoadAsync<Commitment>(id, cancellation);
        var card = CommitmentCard.From(saved!, Vantage.Now, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Results.Created($"/api/commitments/{id}", card);

        static IResult Invalid(string field, string detail)
        {
            var problem = new ProblemDetails { Status = 400, Title = "Invalid assessment", Detail = detail };
            problem.Extensions["field"] = field;
            return Results.Problem(problem);
        }
    }
}
