using EngagementTracker.Commitments;
using EngagementTracker.Core;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EngagementTracker;

/// <summary>
/// A write that lost an optimistic-concurrency race (someone changed the stream since the writer read it) is a 409
/// with the current state, not a 500. Nothing of the losing write was stored: its transaction was rolled back.
/// </summary>
public sealed class ConcurrencyConflicts(IProblemDetailsService problems, IDocumentStore store, TimeProvider clock) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Conflict(exception) is not { } conflict) return false;

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Changed by someone else",
            Detail = "The stream changed since you read it: nothing was written. Read the current state (below), then try again with its version.",
        };
        // the exception middleware has cleared the route values by now: the stream id comes from the exception
        if ((conflict as ConcurrencyException)?.Id?.ToString() is { Length: > 0 } streamId)
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<Commitment>(streamId, cancellationToken) is { } commitment)
                problem.Extensions["current"] = CommitmentCard.From(commitment, Vantage.Now, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static Exception? Conflict(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ConcurrencyException || exception.GetType().Name is "StreamLockedException" or "ExistingStreamIdCollisionException") return exception;
        }

        return null;
    }
}
