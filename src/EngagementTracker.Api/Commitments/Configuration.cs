using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;

namespace EngagementTracker.Commitments;

public sealed class CommitmentProjection : SingleStreamProjection<Commitment, string>
{
    public override Commitment? Evolve(Commitment? snapshot, string id, IEvent e) => Commitment.Evolve(snapshot, e.Data, e.Timestamp, e.UserName);
}

public static class Configuration
{
    public static StoreOptions AddCommitments(this StoreOptions options)
    {
        options.Projections.Add(new CommitmentProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Commitment>().Index(x => x.Status);
        return options;
    }
}
