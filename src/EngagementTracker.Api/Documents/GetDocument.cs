using EngagementTracker.Core;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Documents;

public sealed record DocumentDetail(DateOnly? AsOf, DateTimeOffset? KnownAt, int Uncertain, DocumentSummary Document, IReadOnlyList<AccountItem> Events);

public static class GetDocumentEndpoint
{
    /// <summary>One document and every event recorded from it, each with its evidence quote and span; those after <c>asOf</c> or recorded after <c>knownAt</c> left out.</summary>
    [WolverineGet("/api/documents/{id}", OperationId = "GetDocument")]
    [ProducesResponseType<DocumentDetail>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string id, string? asOf, string? knownAt, IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(asOf, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var document = await session.LoadAsync<DocumentEvents>(id, cancellation);
        if (document is null || !vantage.Knows(document.Registered)) return Problems.Result(NotFound(id, document is not null));

        var summary = ListDocumentsEndpoint.Summarise(document, vantage, out var events);
        return Results.Ok(new DocumentDetail(vantage.AsOf, vantage.KnownAt, events.Count(e => e.Uncertain), summary, events.OrderBy(e => e.Source.Start).ToList()));
    }

    /// <summary>The document's text, as stored: evidence spans index into it.</summary>
    [WolverineGet("/api/documents/{id}/text", OperationId = "GetDocumentText")]
    [ProducesResponseType<string>(200, "text/plain")]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> GetText(string id, string? knownAt, IQuerySession session, CancellationToken cancellation)
    {
        if (!VantageQuery.TryRead(null, knownAt, out var vantage, out var problem)) return Problems.Result(problem!);
        var document = await session.LoadAsync<SourceDocument>(id, cancellation);
        var registered = document is null ? default : (await session.LoadAsync<DocumentEvents>(id, cancellation))?.Registered ?? default;
        return document is null || !vantage.Knows(registered)
            ? Problems.Result(NotFound(id, document is not null))
            : Results.Text(document.Text, "text/plain; charset=utf-8");
    }

    private static ProblemDetails NotFound(string id, bool laterRecorded) => laterRecorded
        ? Problems.NotFound($"Document '{id}' was recorded after the requested knownAt.", "knownAt")
        : Problems.NotFound($"No document '{id}'. GET /api/documents lists them.", "id");
}
