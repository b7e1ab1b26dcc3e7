using EngagementTracker.Core;
using Marten;
using Wolverine.Http;

namespace EngagementTracker.Documents;

public sealed record DocumentSummary(string Id, string Title, PartialDate? Published, string? Publisher, string File, int Length, int EventCount, DateTimeOffset Registered);

public static class ListDocumentsEndpoint
{
    /// <summary>The source documents in the store, with how many events each gave.</summary>
    [WolverineGet("/api/documents", OperationId = "ListDocuments")]
    public static async Task<IReadOnlyList<DocumentSummary>> Get(IQuerySession session, CancellationToken cancellation)
    {
        var documents = await session.Query<DocumentEvents>().OrderBy(d => d.Id).ToListAsync(cancellation);
        return documents.Select(Summarise).ToList();
    }

    public static DocumentSummary Summarise(DocumentEvents d) =>
        new(d.Id, d.Title, d.Published, d.Publisher, d.File, d.Length, d.Events.Count, d.Registered);
}
