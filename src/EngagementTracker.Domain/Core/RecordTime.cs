namespace EngagementTracker.Core;

/// <summary>When we learned something: the event store's timestamp, at the precision the store keeps.</summary>
public static class RecordTime
{
    /// <summary>
    /// PostgreSQL keeps microseconds; .NET clocks tick in 100 ns. A view folded inline sees the .NET
    /// value, a rebuild reads the stored one: both must give the same view.
    /// </summary>
    public static DateTimeOffset AsStored(DateTimeOffset recorded) =>
        new(recorded.Ticks - recorded.Ticks % 10, recorded.Offset);
}
