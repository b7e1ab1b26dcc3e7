using EngagementTracker.Actors;
using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Commitments;

/// <param name="ByStatus">how many commitments stand at each status: the board's columns</param>
/// <param name="Overdue">how many are past their deadline and not met</param>
/// <param name="Uncertain">how many may not have been made yet on <paramref name="AsOf"/>, or have assessments that may or may not have been made by then</param>
public sealed record CommitmentBoard(
    DateOnly? AsOf,
    DateTimeOffset? KnownAt,
    int Uncertain,
    int Count,
    IReadOnlyDictionary<string, int> ByStatus,
    int Overdue,
    IReadOnlyList<CommitmentCard> Commitments);

public static class GetCommitmentBoardEndpoint
{
    /// <summary>
    /// The commitments board: open, partially met, met, unmet, withdrawn; as the world stood on <c>asOf</c> and our
    /// records at <c>knownAt</c>. Filter by <paramref name="status"/>, by <paramref name="actor"/> (the maker, by id or any
    /// alias), by <paramref name="topic"/> (words of the topic or the statement) and to <paramref name="overdue"/> ones.
    /// </summary>
    [WolverineGet("/api/commitments", OperationId = "GetCommitmentBoard")]
    [ProducesResponseType<CommitmentBoard>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> Get(string? status, string? actor, string? topic, string? overdue, string? asOf, string? knownAt,
        IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        AssessmentStatus? only = null;
        if (status is not null)
        {
            if (!AssessmentStatuses.TryParse(status, out var parsed))
                return Problems.Result(Problems.BadParameter("status", $"'{status}' is not a status: {string.Join(", ", AssessmentStatuses.All)}."));
            only = parsed;
        }

        bool? overdueOnly = null;
        if (overdue is not null)
        {
            if (!bool.TryParse(overdue, out var parsed)) return Problems.Result(Problems.BadParameter("overdue", $"'{overdue}' is not true or false."));
            overdueOnly = parsed;
        }

        string? makerId = null;
        if (actor is not null)
        {
            var (maker, notFound) = await ActorLookup.FindAsync(session, actor, "actor", vantage, cancellation);
            if (maker is null) return Problems.Result(Problems.BadParameter("actor", notFound!.Detail!));
            makerId = maker.Id;
        }

        return Results.Ok(await BoardAsync(session, vantage, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), only, makerId, topic, overdueOnly, cancellation));
    }

    /// <summary>The board seen from <paramref name="vantage"/>; shared with the command line.</summary>
    public static async Task<CommitmentBoard> BoardAsync(IQuerySession session, Vantage vantage, DateOnly today,
        AssessmentStatus? status = null, string? makerId = null, string? topic = null, bool? overdue = null, CancellationToken cancellation = default)
    {
        var query = session.Query<Commitment>().AsQueryable();
        if (makerId is not null) query = query.Where(c => c.Makers.Any(m => m.Id == makerId));
        if (vantage.IsNow && status is { } current) query = query.Where(c => c.Status == current);

        var folded = string.IsNullOrWhiteSpace(topic) ? null : Names.Fold(topic);
        var cards = (await query.ToListAsync(cancellation))
            .Where(c => folded is null || Names.Fold($"{c.Topic} {c.Statement}").Contains(folded, StringComparison.Ordinal))
            .Select(c => CommitmentCard.From(c, vantage, today))
            .OfType<CommitmentCard>()
            .Where(c => status is null || c.Status == status)
            .Where(c => overdue is null || c.Overdue == overdue)
            .OrderBy(c => c.Status).ThenBy(c => c.Statement, StringComparer.Ordinal)
            .ToList();
        var byStatus = Enum.GetValues<AssessmentStatus>().ToDictionary(s => s.Name(), s => cards.Count(c => c.Status == s));
        return new CommitmentBoard(vantage.AsOf, vantage.KnownAt, cards.Count(c => c.Uncertain || c.UncertainAssessments.Count > 0), cards.Count, byStatus, cards.Count(c => c.Overdue), cards);
    }
}
