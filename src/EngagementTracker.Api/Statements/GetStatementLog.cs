using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Engagements;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Statements;

/// <summary>A criticism raised, recommendation made or praise expressed: by whom, to whom, about what, with every source's account.</summary>
public sealed record StatementItem(
    EventKind Kind,
    string Id,
    PartialDate Occurred,
    IReadOnlyList<ActorRef> By,
    IReadOnlyList<ActorRef> To,
    string? Topic,
    string? Place,
    bool Uncertain,
    IReadOnlyList<AccountItem> Accounts);

public sealed record StatementLog(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, int Count, IReadOnlyDictionary<string, int> ByKind, IReadOnlyList<StatementItem> Statements);

public static class GetStatementLogEndpoint
{
    /// <summary>
    /// The criticism and recommendation log (and praise): filter by <paramref name="kind"/>, by <paramref name="target"/>
    /// (to whom, by id or any alias), by <paramref name="by"/> (who said it) and by <paramref name="topic"/> words
    /// (<c>media freedom</c>); oldest first, as of <c>asOf</c> and known at <c>knownAt</c>.
    /// </summary>
    [WolverineGet("/api/statements", OperationId = "GetStatementLog")]
    [ProducesResponseType<StatementLog>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> Get(string? kind, string? target, string? by, string? topic, string? asOf, string? knownAt,
        IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var kinds = StatementQuery.StatementKinds;
        if (kind is not null)
        {
            if (!EventKinds.TryParse(kind, out var parsed) || !parsed.IsStatement())
                return Problems.Result(Problems.BadParameter("kind", $"'{kind}' is not a statement kind: criticism_raised, recommendation_made, praise_expressed."));
            kinds = [parsed];
        }

        string? targetId = null, byId = null;
        foreach (var (value, name) in new[] { (target, "target"), (by, "by") })
        {
            if (value is null) continue;
            var (actor, notFound) = await ActorLookup.FindAsync(session, value, name, vantage, cancellation);
            if (actor is null) return Problems.Result(Problems.BadParameter(name, notFound!.Detail!));
            if (name == "target") targetId = actor.Id; else byId = actor.Id;
        }

        return Results.Ok(await StatementQuery.ReadAsync(session, vantage, kinds, targetId, byId, topic, cancellation));
    }
}

/// <summary>The statement log seen from a vantage point; shared by the endpoint and the command line.</summary>
public static class StatementQuery
{
    public static readonly EventKind[] StatementKinds = [EventKind.CriticismRaised, EventKind.RecommendationMade, EventKind.PraiseExpressed];

    public static async Task<StatementLog> ReadAsync(IQuerySession session, Vantage vantage, IReadOnlyCollection<EventKind> kinds,
        string? targetId = null, string? byId = null, string? topic = null, CancellationToken cancellation = default)
    {
        var folded = string.IsNullOrWhiteSpace(topic) ? null : Names.Fold(topic);
        var wanted = kinds.ToArray();
        var happenings = await session.Query<Happening>().Where(h => wanted.Contains(h.Kind)).ToListAsync(cancellation);
        var items = happenings
            .Select(h => Describe(h, vantage))
            .OfType<StatementItem>()
            .Where(s => targetId is null || s.To.Any(a => a.Id == targetId))
            .Where(s => byId is null || s.By.Any(a => a.Id == byId))
            .Where(s => folded is null || Names.Fold(s.Topic ?? "").Contains(folded, StringComparison.Ordinal))
            .OrderBy(s => s.Occurred.Earliest).ThenBy(s => s.Occurred.Latest).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var byKind = StatementKinds.ToDictionary(k => k.Name(), k => items.Count(i => i.Kind == k));
        return new StatementLog(vantage.AsOf, vantage.KnownAt, items.Count(i => i.Uncertain), items.Count, byKind, items);
    }

    private static StatementItem? Describe(Happening happening, Vantage vantage)
    {
        var accounts = AccountItem.Visible(happening.Accounts, vantage);
        if (accounts.Count == 0) return null;
        var headline = AccountItem.Leading(accounts);
        return new StatementItem(
            happening.Kind,
            happening.Id,
            headline.Occurred,
            accounts.SelectMany(a => a.Actors).DistinctBy(a => a.Id).ToList(),
            accounts.SelectMany(a => a.Counterparts).DistinctBy(a => a.Id).ToList(),
            headline.Topic,
            headline.Place,
            accounts.All(a => a.Uncertain),
            accounts);
    }
}
