using EngagementTracker.Actors;
using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Commitments;

/// <param name="ByStatus">how many commitments stand at each status: the board's columns</param>
public sealed record CommitmentBoard(int Count, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<CommitmentCard> Commitments);

public static class GetCommitmentBoardEndpoint
{
    /// <summary>
    /// The commitments board: open, partially met, met, unmet, withdrawn. Filter by <paramref name="status"/>,
    /// by <paramref name="actor"/> (the maker, by id or any alias) and by <paramref name="topic"/> (words of the topic or the statement).
    /// </summary>
    [WolverineGet("/api/commitments", OperationId = "GetCommitmentBoard")]
    [ProducesResponseType<CommitmentBoard>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> Get(string? status, string? actor, string? topic, IQuerySession session, CancellationToken cancellation)
    {
        var query = session.Query<Commitment>().AsQueryable();
        if (status is not null)
        {
            if (!AssessmentStatuses.TryParse(status, out var only))
                return Problems.Result(Problems.BadParameter("status", $"'{status}' is not a status: {string.Join(", ", AssessmentStatuses.All)}."));
            query = query.Where(c => c.Status == only);
        }

        if (actor is not null)
        {
            var (maker, problem) = await ActorLookup.FindAsync(session, actor, "actor", cancellation);
            if (maker is null) return Problems.Result(Problems.BadParameter("actor", problem!.Detail!));
            var id = maker.Id;
            query = query.Where(c => c.Makers.Any(m => m.Id == id));
        }

        var commitments = await query.ToListAsync(cancellation);
        if (!string.IsNullOrWhiteSpace(topic))
        {
            var folded = Names.Fold(topic);
            commitments = commitments.Where(c => Names.Fold($"{c.Topic} {c.Statement}").Contains(folded, StringComparison.Ordinal)).ToList();
        }

        var cards = commitments.Select(CommitmentCard.From)
            .OrderBy(c => c.Status).ThenBy(c => c.Statement, StringComparer.Ordinal)
            .ToList();
        var byStatus = Enum.GetValues<AssessmentStatus>().ToDictionary(s => s.Name(), s => cards.Count(c => c.Status == s));
        return Results.Ok(new CommitmentBoard(cards.Count, byStatus, cards));
    }
}
