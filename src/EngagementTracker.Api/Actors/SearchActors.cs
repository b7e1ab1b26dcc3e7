using EngagementTracker.Core;
using EngagementTracker.Ingestion;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Actors;

public static class SearchActorsEndpoint
{
    /// <summary>Actors whose name or any alias contains <paramref name="search"/> (diacritics and case ignored), optionally of one kind.</summary>
    [WolverineGet("/api/actors", OperationId = "SearchActors")]
    [ProducesResponseType<IReadOnlyList<ActorSummary>>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> Get(string? search, string? kind, IQuerySession session, CancellationToken cancellation)
    {
        ActorKind? only = null;
        if (kind is not null)
        {
            if (!ActorCatalogue.TryParseKind(kind, out var parsed))
                return Problems.Result(Problems.BadParameter("kind", $"'{kind}' is not an actor kind: {string.Join(", ", ActorCatalogue.KindNames)}."));
            only = parsed;
        }

        return Results.Ok(await Search(session, search, only, cancellation));
    }

    /// <summary>Officials whose name or any alias contains <paramref name="search"/>: <c>Gisladottir</c> finds Gísladóttir.</summary>
    [WolverineGet("/api/officials", OperationId = "SearchOfficials")]
    public static Task<IReadOnlyList<ActorSummary>> GetOfficials(string? search, IQuerySession session, CancellationToken cancellation) =>
        Search(session, search, ActorKind.Official, cancellation);

    private static async Task<IReadOnlyList<ActorSummary>> Search(IQuerySession session, string? search, ActorKind? kind, CancellationToken cancellation)
    {
        var query = session.Query<Actor>().AsQueryable();
        if (kind is { } k) query = query.Where(a => a.Kind == k);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = Names.Fold(search);
            query = query.Where(a => a.SearchText.Contains(folded));
        }

        var actors = await query.OrderBy(a => a.Name).ToListAsync(cancellation);
        return actors.Select(ActorLookup.Summarise).ToList();
    }
}
