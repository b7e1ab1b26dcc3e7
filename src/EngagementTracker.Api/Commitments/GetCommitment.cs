using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Commitments;

public sealed record CommitmentDetail(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, CommitmentCard Commitment);

public static class GetCommitmentEndpoint
{
    /// <summary>One commitment with every claim of its making and its whole assessment trail, as of <c>asOf</c> and known at <c>knownAt</c>.</summary>
    [WolverineGet("/api/commitments/{id}", OperationId = "GetCommitment")]
    [ProducesResponseType<CommitmentDetail>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var commitment = await session.LoadAsync<Commitment>(id, cancellation);
        if (commitment is null) return Problems.Result(Problems.NotFound($"No commitment '{id}'. GET /api/commitments lists them.", "id"));

        var card = CommitmentCard.From(commitment, vantage, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (card is null) return Problems.Result(Problems.NotFound($"'{commitment.Statement}' had not been made (or recorded) as of that point.", "asOf"));

        var uncertain = (card.Uncertain ? 1 : 0) + card.UncertainAssessments.Count;
        return Results.Ok(new CommitmentDetail(vantage.AsOf, vantage.KnownAt, uncertain, card));
    }
}
