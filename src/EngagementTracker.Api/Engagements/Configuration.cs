using EngagementTracker.Commitments;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace EngagementTracker.Engagements;

public sealed class HappeningProjection : SingleStreamProjection<Happening, string>
{
    public override Happening? Evolve(Happening? snapshot, string id, IEvent e) => Happening.Evolve(snapshot, e.Data, e.Timestamp);
}

/// <summary>Folds happening and commitment events into each participant's <see cref="EngagementHistory"/>.</summary>
public sealed class EngagementHistoryProjection : MultiStreamProjection<EngagementHistory, string>
{
    public EngagementHistoryProjection()
    {
        Identities<HappeningReported>(EngagementHistory.ActorsOf);
        Identities<CommitmentMade>(EngagementHistory.ActorsOf);
        Identities<CommitmentAssessed>(EngagementHistory.ActorsOf);
    }

    public override EngagementHistory? Evolve(EngagementHistory? snapshot, string id, IEvent e) =>
        EngagementHistory.Evolve(snapshot, id, e.Data, e.Timestamp);
}

public static class Configuration
{
    public static StoreOptions AddEngagements(this StoreOptions options)
    {
        options.Projections.Add(new HappeningProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new EngagementHistoryProjection(), ProjectionLifecycle.Inline);
        return options;
    }
}
