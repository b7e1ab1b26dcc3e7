using EngagementTracker.Actors;
using Marten;

namespace EngagementTracker.Ingestion;

/// <summary>Bring the actor streams up to the actor file: register new actors, add new aliases and roles.</summary>
/// <param name="DocumentTexts">the texts of the documents beside the actor file, by document id, for role evidence</param>
public sealed record RegisterActors(string File, string Json, IReadOnlyDictionary<string, string> DocumentTexts, string RecordedBy);

public sealed record ActorsRegistered(int Registered, int Updated, int Unchanged);

public static class RegisterActorsHandler
{
    public static async Task<ActorsRegistered> Handle(RegisterActors command, IDocumentSession session, CancellationToken cancellation)
    {
        session.LastModifiedBy = command.RecordedBy;
        var entries = ActorCatalogue.Read(command.File, command.Json, id => command.DocumentTexts.GetValueOrDefault(id));
        var stored = (await session.Query<Actor>().ToListAsync(cancellation)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        int registered = 0, updated = 0, unchanged = 0;
        foreach (var entry in entries)
        {
            var actor = stored.GetValueOrDefault(entry.Id);
            var missing = entry.Missing(actor, command.File);
            if (missing.Count == 0) { unchanged++; continue; }

            if (actor is null)
            {
                session.Events.StartStream<Actor>(entry.Id, [.. missing]);
                registered++;
            }
            else
            {
                session.Events.Append(entry.Id, [.. missing]);
                updated++;
            }
        }

        return new ActorsRegistered(registered, updated, unchanged);
    }
}
