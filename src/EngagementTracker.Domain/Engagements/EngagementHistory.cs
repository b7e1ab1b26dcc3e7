using EngagementTracker.Actors;
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
/// The view of one actor (an official above all, but also a state or an institution): who they are,
/// the roles they held, and every visit, meeting, commitment, assessment, criticism, recommendation
/// and praise they took part in.
/// </summary>
public sealed class EngagementHistory
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public ActorKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<RoleHeld> Roles { get; set; } = [];
    public List<Engagement> Engagements { get; set; } = [];

    /// <summary>The actors whose histories an event belongs to.</summary>
    public static IReadOnlyList<string> ActorsOf(object @event) => @event switch
    {
        ActorRegistered e => [e.ActorId],
        AliasAdded e => [e.ActorId],
        RoleHeld e => [e.ActorId],
        _ => Account.From(@event, default)?.Participants.Select(p => p.Id).Distinct().ToList() ?? [],
    };

    public static EngagementHistory Evolve(EngagementHistory? history, string actorId, object @event, DateTimeOffset recorded)
    {
        history ??= new EngagementHistory { Id = actorId };
        switch (@event)
        {
            case ActorRegistered e:
                history.Name = e.Name;
                history.Kind = e.Kind;
                break;
            case AliasAdded e:
                history.Aliases.Add(e.Alias);
                break;
            case RoleHeld e:
                history.Roles.Add(e);
                break;
            default:
                if (Account.From(@event, recorded) is { } account) Add(history, account);
                break;
        }

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
