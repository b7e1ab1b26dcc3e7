using EngagementTracker.Core;

namespace EngagementTracker.Actors;

/// <summary>Resolves the many spellings of a name (aliases, diacritics, case) to one actor.</summary>
public sealed class ActorDirectory
{
    private readonly Dictionary<string, ActorRef> _byFoldedName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ambiguous = new(StringComparer.Ordinal);

    public ActorDirectory(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            foreach (var name in actor.AllNames) Add(name, actor.Ref);
        }
    }

    public void Add(string name, ActorRef actor)
    {
        var key = Names.Fold(name);
        if (key.Length == 0) return;
        if (_byFoldedName.TryGetValue(key, out var existing) && existing.Id != actor.Id)
        {
            if (!_ambiguous.TryGetValue(key, out var ids)) _ambiguous[key] = ids = [existing.Id];
            if (!ids.Contains(actor.Id)) ids.Add(actor.Id);
            return;
        }

        _byFoldedName[key] = actor;
    }

    public ActorRef? Resolve(string name)
    {
        var key = Names.Fold(name);
        return _ambiguous.ContainsKey(key) ? null : _byFoldedName.GetValueOrDefault(key);
    }

    public IReadOnlyList<string> Candidates(string name) =>
        _ambiguous.TryGetValue(Names.Fold(name), out var ids) ? ids : [];
}
