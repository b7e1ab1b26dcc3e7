using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace EngagementTracker.Actors;

/// <summary>Finds an actor by id or by any of its names (aliases, diacritics and case ignored).</summary>
public static class ActorLookup
{
    public static async Task<(Actor? Actor, ProblemDetails? Problem)> FindAsync(IQuerySession session, string idOrName, string parameter, Vantage vantage, CancellationToken cancellation)
    {
        idOrName = Uri.UnescapeDataString(idOrName); // routing leaves %2F encoded: "OSCE%2FODIHR"
        var byId = await session.LoadAsync<Actor>(idOrName, cancellation);
        if (byId is not null) return Known(byId);

        var folded = Names.Fold(idOrName);
        var matches = await session.Query<Actor>()
            .Where(a => a.SearchText.Contains(folded))
            .ToListAsync(cancellation);
        var exact = matches.Where(a => a.AllNames.Any(n => Names.Fold(n) == folded)).ToList();
        var candidates = exact.Count > 0 ? exact : matches.Where(a => a.AllNames.Any(n => Names.Fold(n).Split(' ').Contains(folded))).ToList();

        return candidates.Count switch
        {
            1 => Known(candidates[0]),
            0 => (null, Problems.NotFound($"No actor is known by '{idOrName}'.", parameter)),
            _ => (null, Problems.NotFound(
                $"'{idOrName}' names {candidates.Count} actors: {string.Join(", ", candidates.Select(c => $"{c.Name} ({c.Id})"))}. Use an id.", parameter)),
        };

        (Actor?, ProblemDetails?) Known(Actor actor) => vantage.Knows(actor.Registered)
            ? (actor, null)
            : (null, Problems.NotFound($"'{actor.Name}' was not yet recorded at {vantage.KnownAt:O}.", parameter));
    }

    /// <summary>The actor as the API shows it: with the roles known from the vantage, and those held on its as-of day.</summary>
    public static ActorSummary Summarise(Actor actor, Vantage vantage)
    {
        var roles = actor.RolesKnown(vantage).ToList();
        return new ActorSummary(
            actor.Id,
            actor.Name,
            actor.Kind,
            actor.Aliases,
            roles.Select(r => new RoleSummary(Roles.Describe(r), r.From, r.To)).ToList(),
            vantage.AsOf is { } day ? Roles.HeldOn(roles, PartialDate.Day(day)) : null);
    }
}

public sealed record RoleSummary(string Role, PartialDate From, PartialDate? To);

/// <param name="RolesOnAsOf">the roles held on the requested <c>asOf</c> day (absent without one)</param>
public sealed record ActorSummary(string Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<RoleSummary> Roles, IReadOnlyList<string>? RolesOnAsOf);
