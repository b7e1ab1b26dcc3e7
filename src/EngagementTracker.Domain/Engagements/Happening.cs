using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Engagements;

/// <summary>
/// One source's account of a happening: a visit, a meeting, a criticism raised, a recommendation
/// made, praise expressed. Several sources reporting the same happening append several accounts to
/// one happening stream.
/// </summary>
public sealed record HappeningReported(
    string HappeningId,
    EventKind Kind,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<ActorRef> Counterparts,
    string? Place,
    string? Topic,
    PartialDate Occurred,
    Evidence Source);

/// <summary>A happening stream's state: what happened, between whom, and every source's account of it.</summary>
public sealed class Happening
{
    public string Id { get; set; } = "";
    public EventKind Kind { get; set; }
    public List<Account> Accounts { get; set; } = [];

    public static Happening? Evolve(Happening? happening, object @event, DateTimeOffset recorded, string? recordedBy = null)
    {
        if (@event is not HappeningReported e) return happening;
        happening ??= new Happening { Id = e.HappeningId, Kind = e.Kind };
        happening.Accounts.Add(Account.From(e, recorded, recordedBy)!);
        return happening;
    }

    /// <summary>
    /// The natural key that makes two reports of the same happening one happening: the kind, who took
    /// part (as a set for meetings; who-to-whom for visits and statements), the month when the source
    /// knows it (else the year) and, for statements, the topic. The place is left out: sources name
    /// it differently (Astana, Kazakhstan).
    /// </summary>
    public static string KeyFor(EventKind kind, IEnumerable<ActorRef> actors, IEnumerable<ActorRef> counterparts, PartialDate occurred, string? topic)
    {
        var from = actors.Select(a => a.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var to = counterparts.Select(a => a.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var who = kind == EventKind.Meeting
            ? string.Join('+', from.Union(to).Order(StringComparer.Ordinal))
            : $"{string.Join('+', from)}>{string.Join('+', to)}";
        var key = $"{kind.Name()}:{occurred.MonthOrYear}:{who}";
        return kind.IsStatement() && !string.IsNullOrWhiteSpace(topic) ? $"{key}:{Names.Slug(topic, 40)}" : key;
    }
}
