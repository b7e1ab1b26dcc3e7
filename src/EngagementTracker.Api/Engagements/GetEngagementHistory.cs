using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Engagements;

public sealed record Participant(string Id, string Name, ActorKind Kind, IReadOnlyList<string> RoleAtTheTime);

public sealed record AccountItem(
    PartialDate Occurred,
    string? Place,
    string? Topic,
    AssessmentStatus? Status,
    PartialDate? Deadline,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<ActorRef> Counterparts,
    Evidence Source,
    DateTimeOffset Recorded);

/// <param name="Occurred">the most precise date the sources give; each account keeps its own</param>
/// <param name="SourcesDisagree">the accounts differ in date, place or status: read them side by side</param>
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
    IReadOnlyList<AccountItem> Accounts);

public sealed record EngagementHistoryResponse(ActorSummary Actor, int Count, IReadOnlyList<EngagementItem> Engagements);

public static class GetEngagementHistoryEndpoint
{
    /// <summary>Every engagement of one actor (by id or any alias), with role at the time, counterparts and sources.</summary>
    [WolverineGet("/api/actors/{actor}/history", OperationId = "GetActorHistory")]
    [ProducesResponseType<EngagementHistoryResponse>(200)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static Task<IResult> Get(string actor, IQuerySession session, CancellationToken cancellation) =>
        History(actor, session, cancellation);

    /// <summary>The same, under the officials' path: <c>/api/officials/Tokaev/history</c>.</summary>
    [WolverineGet("/api/officials/{official}/history", OperationId = "GetOfficialHistory")]
    [ProducesResponseType<EngagementHistoryResponse>(200)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static Task<IResult> GetOfficial(string official, IQuerySession session, CancellationToken cancellation) =>
        History(official, session, cancellation);

    private static async Task<IResult> History(string idOrName, IQuerySession session, CancellationToken cancellation)
    {
        var (actor, problem) = await ActorLookup.FindAsync(session, idOrName, "actor", cancellation);
        if (actor is null) return Problems.Result(problem!);

        var history = await session.LoadAsync<EngagementHistory>(actor.Id, cancellation) ?? new EngagementHistory { Id = actor.Id };
        var others = history.Engagements.SelectMany(e => e.Accounts).SelectMany(a => a.Participants).Select(p => p.Id)
            .Where(id => id != actor.Id).Distinct().ToList();
        var roles = (await session.LoadManyAsync<Actor>(cancellation, others)).ToDictionary(a => a.Id, a => a.Roles);
        roles[actor.Id] = actor.Roles;

        var items = history.Engagements
            .Select(e => Describe(e, actor.Id, roles))
            .OrderBy(e => e.Occurred.Earliest).ThenBy(e => e.Occurred.Latest).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new EngagementHistoryResponse(ActorLookup.Summarise(actor), items.Count, items));
    }

    private static EngagementItem Describe(Engagement engagement, string self, IReadOnlyDictionary<string, List<RoleHeld>> roles)
    {
        var accounts = engagement.Accounts;
        var headline = accounts.OrderBy(a => a.Occurred.Latest.DayNumber - a.Occurred.Earliest.DayNumber).ThenBy(a => a.Recorded).First();
        var counterparts = accounts.SelectMany(a => a.Participants).Where(p => p.Id != self).DistinctBy(p => p.Id)
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
            accounts.Select(a => new AccountItem(a.Occurred, a.Place, a.Topic, a.Status, a.Deadline, a.Actors, a.Counterparts, a.Source, a.Recorded)).ToList());
    }
}
