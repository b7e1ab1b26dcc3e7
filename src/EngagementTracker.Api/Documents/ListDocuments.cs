using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Documents;

/// <param name="EventCount">the events recorded from it that are visible from the requested vantage</param>
public sealed record DocumentSummary(string Id, string Title, PartialDate? Published, string? Publisher, string File, int Length, int EventCount, DateTimeOffset Registered);

public sealed record DocumentList(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, int Count, IReadOnlyList<DocumentSummary> Documents);

public static class ListDocumentsEndpoint
{
    /// <summary>The source documents in the store (as our records stood at <c>knownAt</c>), with how many events each gave.</summary>
    [WolverineGet("/api/documents", OperationId = "ListDocuments")]
    [ProducesResponseType<DocumentList>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    public static async Task<IResult> Get(string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var documents = (await session.Query<DocumentEvents>().OrderBy(d => d.Id).ToListAsync(cancellation))
            .Where(d => vantage.Knows(d.Registered))
            .Select(d => (Summary: Summarise(d, vantage, out var events), Uncertain: events.Count(e => e.Uncertain)))
            .ToList();
        return Results.Ok(new DocumentList(vantage.AsOf, vantage.KnownAt, documents.Sum(d => d.Uncertain), documents.Count, documents.Select(d => d.Summary).ToList()));
    }

    public static DocumentSummary Summarise(DocumentEvents d, Vantage vantage, out IReadOnlyList<AccountItem> events)
    {
        events = AccountItem.Visible(d.Events, vantage);
        return new DocumentSummary(d.Id, d.Title, d.Published, d.Publisher, d.File, d.Length, events.Count, d.Registered);
    }
}
