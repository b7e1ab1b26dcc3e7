using EngagementTracker.Core;
using EngagementTracker.Ingestion;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Actors;

public sealed record ActorList(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, int Count, IReadOnlyList<ActorSummary> Actors);

public static class SearchActorsEndpoint
{
    /// <summary>Actors whose name or any alias contains <paramref name="search"/> (diacritics and case ignored), optionally of one kind.</summary>
    [WolverineGet("/api/actors", OperationId = "SearchActors")]
    [ProducesResponseType<ActorList>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> Get(string? search, string? kind, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        ActorKind? only = null;
        if (kind is not null)
        {
            if (!ActorCatalogue.TryParseKind(kind, out var parsed))
                return Problems.Result(Problems.BadParameter("kind", $"'{kind}' is not an actor kind: {string.Join(", ", ActorCatalogue.KindNames)}."));
            only = parsed;
        }

        return Results.Ok(await Search(session, search, only, vantage, cancellation));
    }

    /// <summary>Officials whose name or any alias contains <paramref name="search"/>: <c>Gisladottir</c> finds Gísladóttir.</summary>
    [WolverineGet("/api/officials", OperationId = "SearchOfficials")]
    [ProducesResponseType<ActorList>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> GetOfficials(string? search, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation) =>
        VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)
            ? Results.Ok(await Search(session, search, ActorKind.Official, vantage, cancellation))
            : Problems.Result(problem!);

    private static async Task<ActorList> Search(IQuerySession session, string? search, ActorKind? kind, Vantage vantage, CancellationToken cancellation)
    {
        var query = session.Query<Actor>().AsQueryable();
        if (kind is { } k) query = query.Where(a => a.Kind == k);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = Names.Fold(search);
            query = query.Where(a => a.SearchText.Contains(folded));
        }

        var actors = (await query.OrderBy(a => a.Name).ToListAsync(cancellation))
            .Where(a => vantage.Knows(a.Registered))
            .Select(a => ActorLookup.Summarise(a, vantage))
            .ToList();
        return new ActorList(vantage.AsOf, vantage.KnownAt, 0, actors.Count, actors);
    }
}
