using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Commitments;

public static class GetCommitmentEndpoint
{
    /// <summary>One commitment with every claim of its making and its whole assessment trail.</summary>
    [WolverineGet("/api/commitments/{id}", OperationId = "GetCommitment")]
    [ProducesResponseType<CommitmentCard>(200)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation)
    {
        var commitment = await session.LoadAsync<Commitment>(id, cancellation);
        return commitment is null
            ? Problems.Result(Problems.NotFound($"No commitment '{id}'. GET /api/commitments lists them.", "id"))
            : Results.Ok(CommitmentCard.From(commitment));
    }
}
