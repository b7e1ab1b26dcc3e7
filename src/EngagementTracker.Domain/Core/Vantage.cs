namespace EngagementTracker.Core;

/// <summary>How an event's occurrence stands against an as-of date.</summary>
public enum Timing
{
    /// <summary>It happened on or before the date, whatever day within its precision it was.</summary>
    Before,

    /// <summary>Its precision straddles the date ("2010-04" as of 10 April 2010): it may or may not have happened yet.</summary>
    Uncertain,

    /// <summary>It happened after the date, whatever day within its precision it was.</summary>
    After,
}

/// <summary>
/// Where history is read from: <see cref="AsOf"/>, a day in the world (occurrence axis), and
/// <see cref="KnownAt"/>, an instant in our records (record axis: the event store's timestamps).
/// Either may be absent, meaning "everything". The one rule every view uses to replay history to a point.
/// </summary>
public sealed record Vantage(DateOnly? AsOf, DateTimeOffset? KnownAt)
{
    public static readonly Vantage Now = new(null, null);

    public bool IsNow => AsOf is null && KnownAt is null;

    /// <summary>
    /// Precision is honest: an event known only to the year or month, or an interval, whose days all fall on
    /// or before <see cref="AsOf"/> is before it; whose days all fall after it is after; otherwise uncertain.
    /// </summary>
    public Timing Of(PartialDate occurred) =>
        AsOf is not { } day ? Timing.Before
        : occurred.Latest <= day ? Timing.Before
        : occurred.Earliest > day ? Timing.After
        : Timing.Uncertain;

    /// <summary>The store held it at <see cref="KnownAt"/>.</summary>
    public bool Knows(DateTimeOffset recorded) => KnownAt is not { } instant || recorded <= instant;

    /// <summary>The accounts visible from here, each with its timing; those after the date or recorded later are left out.</summary>
    public IReadOnlyList<(T Item, Timing Timing)> Visible<T>(IEnumerable<T> items, Func<T, PartialDate> occurred, Func<T, DateTimeOffset> recorded) =>
        items.Where(i => Knows(recorded(i)))
             .Select(i => (Item: i, Timing: Of(occurred(i))))
             .Where(x => x.Timing != Timing.After)
             .ToList();

    /// <summary>The day against which deadlines are judged: <see cref="AsOf"/>, else today.</summary>
    public DateOnly Day(DateOnly today) => AsOf ?? today;
}
