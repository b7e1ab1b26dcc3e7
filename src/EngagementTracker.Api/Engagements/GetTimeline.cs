using EngagementTracker.Commitments;
using EngagementTracker.Core;
using Microsoft.AspNetCore.Mvc;
using Marten;
using Wolverine.Http;

namespace EngagementTracker.Engagements;

/// <summary>One line of a timeline: when, what, with whom, how sure, how many sources.</summary>
public sealed record TimelineEntry(PartialDate Occurred, EventKind Kind, string Summary, bool Uncertain, int Sources, string Id);

public sealed record Timeline(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, string Actor, string Name, int Count, IReadOnlyList<TimelineEntry> Entries);

public static class GetTimelineEndpoint
{
    /// <summary>A compact timeline of one actor or state, oldest first: one line per engagement.</summary>
    [WolverineGet("/api/actors/{actor}/timeline", OperationId = "GetTimeline")]
    [ProducesResponseType<Timeline>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string actor, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var (history, notFound) = await EngagementHistoryQuery.ReadAsync(session, actor, vantage, cancellation);
        if (history is null) return Problems.Result(notFound!);

        var entries = history.Engagements.Select(e => new TimelineEntry(e.Occurred, e.Kind, Summarise(history.Actor.Name, e), e.Uncertain, e.Accounts.Count, e.Id)).ToList();
        return Results.Ok(new Timeline(history.AsOf, history.KnownAt, history.Uncertain, history.Actor.Id, history.Actor.Name, entries.Count, entries));
    }

    /// <summary>"Ian Borg met Kassym-Jomart Tokayev (President of Kazakhstan) in Astana".</summary>
    public static string Summarise(string self, EngagementItem e)
    {
        var account = e.Accounts[0];
        var selfActs = account.Actors.Any(a => a.Name == self);
        var others = string.Join(", ", e.Counterparts.Select(c => c.RoleAtTheTime.Count > 0 ? $"{c.Name} ({c.RoleAtTheTime[0]})" : c.Name));
        var verb = e.Kind switch
        {
            EventKind.Visit => "visited",
            EventKind.Meeting => "met",
            EventKind.CommitmentMade => "committed to",
            EventKind.CommitmentAssessed => $"assessed, {e.Status?.Name()},",
            EventKind.CriticismRaised => "criticised",
            EventKind.RecommendationMade => "recommended to",
            _ => "praised",
        };
        var what = e.Commitment ?? e.Topic;
        var core = selfActs || e.Kind == EventKind.Meeting
            ? $"{self} {verb} {others}"
            : $"{others} {verb} {self}";
        return $"{core.Trim()}{(what is null ? "" : $": {what}")}{(e.Place is null ? "" : $" ({e.Place})")}";
    }
}
