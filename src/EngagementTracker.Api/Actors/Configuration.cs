using EngagementTracker.Actors;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace EngagementTracker.Actors;

public sealed class ActorProjection : SingleStreamProjection<Actor, string>
{
    public override Actor? Evolve(Actor? snapshot, string id, IEvent e) => Actor.Evolve(snapshot, e.Data, e.Timestamp);
}

public static class Configuration
{
    public static StoreOptions AddActors(this StoreOptions options)
    {
        options.Projections.Add(new ActorProjection(), JasperFx.Events.Projections.ProjectionLifecycle.Inline);
        options.Schema.For<Actor>().Index(x => x.Kind);
        return options;
    }
}
