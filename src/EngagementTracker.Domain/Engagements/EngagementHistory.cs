using EngagementTracker.Core;

namespace EngagementTracker.Engagements;

/// <summary>One thing an actor took part in, with every source's account of it side by side.</summary>
public sealed class Engagement
{
    public string Key { get; set; } = "";
    public EventKind Kind { get; set; }
    public string StreamId { get; set; } = "";
    public List<Account> Accounts { get; set; } = [];

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
}

/// <summary>
/// The view of one actor's engagements (an official above all, but also a state or an institution):
/// every visit, meeting, commitment, assessment, criticism, recommendation and praise they took part
/// in, keyed by actor id. Who the actor is and the roles they held live in the actor's own stream.
/// </summary>
public sealed class EngagementHistory
{
    public string Id { get; set; } = "";
    public List<Engagement> Engagements { get; set; } = [];

    /// <summary>The actors whose histories an event belongs to.</summary>
    public static IReadOnlyList<string> ActorsOf(object @event) =>
        Account.From(@event, default)?.Participants.Select(p => p.Id).Distinct().ToList() ?? [];

    public static EngagementHistory Evolve(EngagementHistory? history, string actorId, object @event, DateTimeOffset recorded)
    {
        history ??= new EngagementHistory { Id = actorId };
        if (Account.From(@event, recorded) is { } account) Add(history, account);
        return history;
    }

    private static void Add(EngagementHistory history, Account account)
    {
        var key = Engagement.KeyFor(account);
        var engagement = history.Engagements.Find(x => x.Key == key);
        if (engagement is null)
        {
            engagement = new Engagement { Key = key, Kind = account.Kind, StreamId = account.StreamId };
            history.Engagements.Add(engagement);
        }

        engagement.Accounts.Add(account);
    }
}
