using EngagementTracker.Engagements;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Documents;

public sealed record DocumentDetail(DocumentSummary Document, IReadOnlyList<Account> Events);

public static class GetDocumentEndpoint
{
    /// <summary>One document and every event recorded from it, each with its evidence quote and span.</summary>
    [WolverineGet("/api/documents/{id}", OperationId = "GetDocument")]
    [ProducesResponseType<DocumentDetail>(200)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<DocumentEvents>(id, cancellation);
        return document is null
            ? Problems.Result(Problems.NotFound($"No document '{id}'. GET /api/documents lists them.", "id"))
            : Results.Ok(new DocumentDetail(ListDocumentsEndpoint.Summarise(document), document.Events.OrderBy(e => e.Source.Start).ToList()));
    }

    /// <summary>The document's text, as stored: evidence spans index into it.</summary>
    [WolverineGet("/api/documents/{id}/text", OperationId = "GetDocumentText")]
    [ProducesResponseType<string>(200, "text/plain")]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> GetText(string id, IQuerySession session, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<SourceDocument>(id, cancellation);
        return document is null
            ? Problems.Result(Problems.NotFound($"No document '{id}'.", "id"))
            : Results.Text(document.Text, "text/plain; charset=utf-8");
    }
}
