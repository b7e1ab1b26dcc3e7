using EngagementTracker.Commitments;
using EngagementTracker.Engagements;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace EngagementTracker.Documents;

public sealed class SourceDocumentProjection : SingleStreamProjection<SourceDocument, string>
{
    public override SourceDocument? Evolve(SourceDocument? snapshot, string id, IEvent e) => SourceDocument.Evolve(snapshot, e.Data);
}

/// <summary>Gathers, per source document, every event whose evidence it holds.</summary>
public sealed class DocumentEventsProjection : MultiStreamProjection<DocumentEvents, string>
{
    public DocumentEventsProjection()
    {
        Identity<DocumentRegistered>(e => e.DocumentId);
        Identity<HappeningReported>(e => e.Source.DocumentId);
        Identity<CommitmentMade>(e => e.Source.DocumentId);
        Identity<CommitmentAssessed>(e => e.Source.DocumentId);
    }

    public override DocumentEvents? Evolve(DocumentEvents? snapshot, string id, IEvent e) =>
        DocumentEvents.Evolve(snapshot, id, e.Data, e.Timestamp, e.UserName);
}

public static class Configuration
{
    public static StoreOptions AddDocuments(this StoreOptions options)
    {
        options.Projections.Add(new SourceDocumentProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new DocumentEventsProjection(), ProjectionLifecycle.Inline);
        return options;
    }
}
