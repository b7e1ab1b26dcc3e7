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

    /// <summary>
    /// The actor a name is known by; a name with a middle initial the directory does not hold ("Feridun H. Sinirlioğlu") is the
    /// same name without it ("Feridun Sinirlioğlu"), when that is known and not ambiguous.
    /// </summary>
    public ActorRef? Resolve(string name)
    {
        var key = Names.Fold(name);
        if (_ambiguous.ContainsKey(key)) return null;
        if (_byFoldedName.TryGetValue(key, out var actor)) return actor;
        var words = key.Split(' ');
        if (words.Length < 3) return null;
        var withoutInitials = string.Join(' ', words.Where((w, i) => i == 0 || i == words.Length - 1 || w.Length > 1));
        return withoutInitials != key && !_ambiguous.ContainsKey(withoutInitials) ? _byFoldedName.GetValueOrDefault(withoutInitials) : null;
    }

    public IReadOnlyList<string> Candidates(string name) =>
        _ambiguous.TryGetValue(Names.Fold(name), out var ids) ? ids : [];
}
