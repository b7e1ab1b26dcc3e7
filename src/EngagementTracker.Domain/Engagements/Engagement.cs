using EngagementTracker.Core;

namespace EngagementTracker.Engagements;

/// <summary>
/// One thing one actor took part in (a visit, a meeting, a commitment, an assessment, a criticism, a
/// recommendation, praise), with every source's account of it side by side. An actor's history is all
/// the engagements with its <see cref="ActorId"/>: one small document each, so that a busy actor (a
/// participating State in thousands of events) costs no more per event than a quiet one.
/// </summary>
public sealed class Engagement
{
    /// <summary><c>{actor id}|{key}</c></summary>
    public string Id { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string Key { get; set; } = "";
    public EventKind Kind { get; set; }
    public string StreamId { get; set; } = "";
    public List<Account> Accounts { get; set; } = [];

    /// <summary>The earliest day any account allows: an engagement whose earliest day is after an as-of date cannot be visible then.</summary>
    public DateOnly Earliest { get; set; } = DateOnly.MaxValue;

    /// <summary>When its first account was recorded: an engagement first recorded after a known-at instant cannot be visible then.</summary>
    public DateTimeOffset FirstRecorded { get; set; } = DateTimeOffset.MaxValue;

    /// <summary>
    /// Accounts that belong together: all accounts of one happening; all claims that a commitment was
    /// made (so differing dates show side by side); assessments of a commitment per month or year.
    /// </summary>
    public static string KeyFor(Account account) => account.Kind switch
    {
        EventKind.CommitmentMade => $"{account.StreamId}|made",
        EventKind.CommitmentAssessed => $"{account.StreamId}|assessed|{account.Occurred.MonthOrYear}",
        _ => account.StreamId,
    };

    /// <summary>The engagements an event belongs to: one per participant.</summary>
    public static IReadOnlyList<string> IdsFor(object @event) =>
        Account.From(@event, default) is { } account
            ? account.Participants.Select(p => p.Id).Distinct().Select(actor => $"{actor}|{KeyFor(account)}").ToList()
            : [];

    public static Engagement Evolve(Engagement? engagement, string id, object @event, DateTimeOffset recorded, string? recordedBy = null)
    {
        if (Account.From(@event, recorded, recordedBy) is not { } account) return engagement ?? new Engagement { Id = id };
        engagement ??= new Engagement
        {
            Id = id, ActorId = id[..id.IndexOf('|', StringComparison.Ordinal)], Key = KeyFor(account), Kind = account.Kind, StreamId = account.StreamId,
        };
        engagement.Accounts.Add(account);
        if (account.Occurred.Earliest < engagement.Earliest) engagement.Earliest = account.Occurred.Earliest;
        if (account.Recorded < engagement.FirstRecorded) engagement.FirstRecorded = account.Recorded;
        return engagement;
    }
}
