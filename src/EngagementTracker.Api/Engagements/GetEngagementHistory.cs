using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Engagements;

public sealed record Participant(string Id, string Name, ActorKind Kind, IReadOnlyList<string> RoleAtTheTime);

/// <param name="Occurred">the most precise date the visible sources give; each account keeps its own</param>
/// <param name="SourcesDisagree">the accounts differ in date, place or status: read them side by side</param>
/// <param name="Uncertain">seen from the <c>asOf</c> date, it may not have happened yet: every account's date straddles it</param>
public sealed record EngagementItem(
    EventKind Kind,
    string Id,
    PartialDate Occurred,
    IReadOnlyList<string> RoleAtTheTime,
    IReadOnlyList<Participant> Counterparts,
    string? Place,
    string? Topic,
    string? Commitment,
    AssessmentStatus? Status,
    bool SourcesDisagree,
    bool Uncertain,
    IReadOnlyList<AccountItem> Accounts);

/// <param name="Uncertain">how many engagements may or may not have happened by <paramref name="AsOf"/></param>
public sealed record EngagementHistoryResponse(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, ActorSummary Actor, int Count, IReadOnlyList<EngagementItem> Engagements);

public static class GetEngagementHistoryEndpoint
{
    /// <summary>
    /// Every engagement of one actor (by id or any alias), oldest first, with role at the time, counterparts
    /// and sources; as the world stood on <c>asOf</c> and as our records stood at <c>knownAt</c>.
    /// </summary>
    [WolverineGet("/api/actors/{actor}/history", OperationId = "GetActorHistory")]
    [ProducesResponseType<EngagementHistoryResponse>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static Task<IResult> Get(string actor, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation) =>
        Respond(actor, asOf, knownAt, session, cancellation);

    /// <summary>The same, under the officials' path: <c>/api/officials/Tokaev/history</c>.</summary>
    [WolverineGet("/api/officials/{official}/history", OperationId = "GetOfficialHistory")]
    [ProducesResponseType<EngagementHistoryResponse>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static Task<IResult> GetOfficial(string official, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation) =>
        Respond(official, asOf, knownAt, session, cancellation);

    private static async Task<IResult> Respond(string idOrName, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var (history, notFound) = await EngagementHistoryQuery.ReadAsync(session, idOrName, vantage, cancellation);
        return history is null ? Problems.Result(notFound!) : Results.Ok(history);
    }
}

/// <summary>The history of one actor seen from a vantage point; shared by the history and timeline endpoints and the command line.</summary>
/// <remarks>Kept apart from the endpoint class: Wolverine would take a public <c>LoadAsync</c> there for middleware.</remarks>
public static class EngagementHistoryQuery
{
    /// <summary>The history of one actor seen from <paramref name="vantage"/>; shared with the timeline and the command line.</summary>
    public static async Task<(EngagementHistoryResponse? History, ProblemDetails? Problem)> ReadAsync(IQuerySession session, string idOrName, Vantage vantage, CancellationToken cancellation)
    {
        var (actor, problem) = await ActorLookup.FindAsync(session, idOrName, "actor", vantage, cancellation);
        if (actor is null) return (null, problem);

        var query = session.Query<Engagement>().Where(e => e.ActorId == actor.Id);
        if (vantage.AsOf is { } day) query = query.Where(e => e.Earliest <= day);
        if (vantage.KnownAt is { } instant) query = query.Where(e => e.FirstRecorded <= instant);
        var engagements = await query.ToListAsync(cancellation);
        var others = engagements.SelectMany(e => e.Accounts).SelectMany(a => a.Participants).Select(p => p.Id)
            .Where(id => id != actor.Id).Distinct().ToList();
        var roles = (await session.LoadManyAsync<Actor>(cancellation, others)).ToDictionary(a => a.Id, a => a.RolesKnown(vantage).ToList());
        roles[actor.Id] = actor.RolesKnown(vantage).ToList();

        var items = engagements
            .Select(e => Describe(e, actor.Id, roles, vantage))
            .OfType<EngagementItem>()
            .OrderBy(e => e.Occurred.Earliest).ThenBy(e => e.Occurred.Latest).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return (new EngagementHistoryResponse(vantage.AsOf, vantage.KnownAt, items.Count(i => i.Uncertain), ActorLookup.Summarise(actor, vantage), items.Count, items), null);
    }

    private static EngagementItem? Describe(Engagement engagement, string self, IReadOnlyDictionary<string, List<RoleHeld>> roles, Vantage vantage)
    {
        var accounts = AccountItem.Visible(engagement.Accounts, vantage);
        if (accounts.Count == 0) return null;

        var headline = AccountItem.Leading(accounts);
        var counterparts = accounts.SelectMany(a => a.Actors.Concat(a.Counterparts)).Where(p => p.Id != self).DistinctBy(p => p.Id)
            .Select(p => new Participant(p.Id, p.Name, p.Kind, Roles.HeldOn(roles.GetValueOrDefault(p.Id) ?? [], headline.Occurred)))
            .ToList();
        var disagree = accounts.Select(a => a.Occurred.Text).Distinct().Count() > 1
                       || accounts.Select(a => a.Place).Where(p => p is not null).Distinct().Count() > 1
                       || accounts.Select(a => a.Status).Distinct().Count() > 1;

        return new EngagementItem(
            engagement.Kind,
            engagement.StreamId,
            headline.Occurred,
            Roles.HeldOn(roles.GetValueOrDefault(self) ?? [], headline.Occurred),
            counterparts,
            headline.Place ?? accounts.Select(a => a.Place).FirstOrDefault(p => p is not null),
            headline.Topic ?? accounts.Select(a => a.Topic).FirstOrDefault(t => t is not null),
            headline.Commitment,
            headline.Status,
            disagree,
            accounts.All(a => a.Uncertain),
            accounts);
    }
}
