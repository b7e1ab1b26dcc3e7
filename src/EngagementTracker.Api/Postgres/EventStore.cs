using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using JasperFx.Events;
using Marten;

namespace EngagementTracker.Postgres;

/// <summary>The event store's configuration, one place for the app and for any second store (the benchmark's).</summary>
public static class EventStore
{
    public static StoreOptions Configure(this StoreOptions options, string connectionString, string schema)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.AppendMode = EventAppendMode.Rich; // expected stream versions on append
        options.Events.UseAdvisoryLockTransaction = true; // see DESIGN.md, "Dependency facts"
        options.Events.MetadataConfig.UserNameEnabled = true; // who recorded each event: session.LastModifiedBy
        return options.AddActors().AddEngagements().AddCommitments().AddDocuments();
    }
}
