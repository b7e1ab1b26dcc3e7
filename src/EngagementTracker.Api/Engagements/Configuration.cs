using EngagementTracker.Commitments;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace EngagementTracker.Engagements;

public sealed class HappeningProjection : SingleStreamProjection<Happening, string>
{
    public override Happening? Evolve(Happening? snapshot, string id, IEvent e) => Happening.Evolve(snapshot, e.Data, e.Timestamp, e.UserName);
}

/// <summary>Folds happening and commitment events into one <see cref="Engagement"/> per participant.</summary>
public sealed class EngagementProjection : MultiStreamProjection<Engagement, string>
{
    public EngagementProjection()
    {
        Identities<HappeningReported>(Engagement.IdsFor);
        Identities<CommitmentMade>(Engagement.IdsFor);
        Identities<CommitmentAssessed>(Engagement.IdsFor);
    }

    public override Engagement? Evolve(Engagement? snapshot, string id, IEvent e) =>
        Engagement.Evolve(snapshot, id, e.Data, e.Timestamp, e.UserName);
}

public static class Configuration
{
    public static StoreOptions AddEngagements(this StoreOptions options)
    {
        options.Projections.Add(new HappeningProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new EngagementProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Engagement>().Index(x => x.ActorId);
        return options;
    }
}
