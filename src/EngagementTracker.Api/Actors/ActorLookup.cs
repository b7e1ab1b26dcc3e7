using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace EngagementTracker.Actors;

/// <summary>Finds an actor by id or by any of its names (aliases, diacritics and case ignored).</summary>
public static class ActorLookup
{
    public static async Task<(Actor? Actor, ProblemDetails? Problem)> FindAsync(IQuerySession session, string idOrName, string parameter, CancellationToken cancellation)
    {
        idOrName = Uri.UnescapeDataString(idOrName); // routing leaves %2F encoded: "OSCE%2FODIHR"
        var byId = await session.LoadAsync<Actor>(idOrName, cancellation);
        if (byId is not null) return (byId, null);

        var folded = Names.Fold(idOrName);
        var matches = await session.Query<Actor>()
            .Where(a => a.SearchText.Contains(folded))
            .ToListAsync(cancellation);
        var exact = matches.Where(a => a.AllNames.Any(n => Names.Fold(n) == folded)).ToList();
        var candidates = exact.Count > 0 ? exact : matches.Where(a => a.AllNames.Any(n => Names.Fold(n).Split(' ').Contains(folded))).ToList();

        return candidates.Count switch
        {
            1 => (candidates[0], null),
            0 => (null, Problems.NotFound($"No actor is known by '{idOrName}'.", parameter)),
            _ => (null, Problems.NotFound(
                $"'{idOrName}' names {candidates.Count} actors: {string.Join(", ", candidates.Select(c => $"{c.Name} ({c.Id})"))}. Use an id.", parameter)),
        };
    }

    public static ActorSummary Summarise(Actor actor) =>
        new(actor.Id, actor.Name, actor.Kind, actor.Aliases, actor.Roles.Select(r => new RoleSummary(Roles.Describe(r), r.From, r.To)).ToList());
}

public sealed record RoleSummary(string Role, PartialDate From, PartialDate? To);

public sealed record ActorSummary(string Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<RoleSummary> Roles);
