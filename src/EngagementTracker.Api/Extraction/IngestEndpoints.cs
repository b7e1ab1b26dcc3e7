using System.Security.Claims;
using System.Text.Json;
using EngagementTracker.Access;
using EngagementTracker.Documents;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Http;

namespace EngagementTracker.Extraction;

public static class IngestEndpoints
{
    /// <summary>
    /// Ingest a document: the body is the document (text/plain, text/html, application/pdf, a Word .docx, an OpenDocument .odt, an Excel .xlsx, a PowerPoint .pptx, RTF, text/markdown, a saved e-mail,
    /// message/rfc822, subtitles, application/x-subrip, text/vtt or text/x-ssa, a news feed, application/rss+xml or application/atom+xml, a wire story, text/vnd.iptc.nitf or application/vnd.iptc.g2.newsitem+xml, a calendar,
    /// text/calendar, a news article's JSON-LD, application/ld+json, a Telegram export, an X archive's tweets.js or a Mastodon archive's outbox.json; at most 5 MiB; text not in
    /// UTF-8 is read in the charset the type or the page names, else as Windows-1252); <c>title</c>,
    /// <c>publisher</c>, <c>published</c> (a date) and <c>file</c> are optional and inferred where possible. Answers with the
    /// proposed events, each with its evidence, confidence and rules. The same content again changes nothing (200).
    /// </summary>
    [WolverinePost("/api/documents", OperationId = "IngestDocument")]
    [Authorize(Policy = Permissions.Write)]
    [ProducesResponseType<DocumentIngested>(201)]
    [ProducesResponseType<DocumentIngested>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(413)]
    [ProducesResponseType<ProblemDetails>(415)]
    public static async Task<IResult> Post(HttpRequest request, string? title, string? publisher, string? published, string? file, IMessageBus bus, ClaimsPrincipal user, CancellationToken cancellation)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellation);
        var result = await bus.InvokeAsync<DocumentIngested>(new IngestDocument(body.ToArray(), request.ContentType, file, title, publisher, published, user.UserName()), cancellation);
        return result.Registered ? Results.Created($"/api/documents/{result.DocumentId}/proposals", result) : Results.Ok(result);
    }

    /// <summary>The events proposed from a document and what was decided about each; <c>state</c> (proposed, accepted, rejected) and <c>minConfidence</c> filter.</summary>
    [WolverineGet("/api/documents/{id}/proposals", OperationId = "ListProposals")]
    [ProducesResponseType<IReadOnlyList<ProposalItem>>(200)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> List(string id, string? state, double? minConfidence, IQuerySession session, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<SourceDocument>(id, cancellation);
        if (document is null) return Problems.Result(Problems.NotFound($"No document '{id}'.", "id"));
        return Results.Ok(document.Proposals
            .Where(p => state is null || p.State.ToString().Equals(state, StringComparison.OrdinalIgnoreCase))
            .Where(p => minConfidence is null || p.Confidence >= minConfidence)
            .Select(DocumentIngested.Item).ToList());
    }

    /// <summary>Accept one proposal, as proposed or with edits in the body (kind, occurred, actors, counterparts, place, topic, commitment, status, deadline).</summary>
    [WolverinePost("/api/documents/{id}/proposals/{proposal}/accept", OperationId = "AcceptProposal")]
    [Authorize(Policy = Permissions.Write)]
    [ProducesResponseType<ProposalsReviewed>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    [ProducesResponseType<ProblemDetails>(409)]
    public static async Task<ProposalsReviewed> Accept(string id, string proposal, HttpRequest request, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IMessageBus bus, ClaimsPrincipal user, CancellationToken cancellation)
    {
        ProposalEdits? edits = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                edits = await JsonSerializer.DeserializeAsync<ProposalEdits>(request.Body, json.Value.SerializerOptions, cancellation);
            }
            catch (JsonException e)
            {
                throw new ReviewRefusedException("body", $"The edits are not valid JSON: {e.Message}");
            }
        }

        return await bus.InvokeAsync<ProposalsReviewed>(new ReviewProposals(id, user.UserName(), proposal, Accept: true, Edits: edits), cancellation);
    }

    /// <summary>Reject one proposal, with an optional <c>reason</c>.</summary>
    [WolverinePost("/api/documents/{id}/proposals/{proposal}/reject", OperationId = "RejectProposal")]
    [Authorize(Policy = Permissions.Write)]
    [ProducesResponseType<ProposalsReviewed>(200)]
    [ProducesResponseType<ProblemDetails>(404)]
    [ProducesResponseType<ProblemDetails>(409)]
    public static Task<ProposalsReviewed> Reject(string id, string proposal, string? reason, IMessageBus bus, ClaimsPrincipal user, CancellationToken cancellation) =>
        bus.InvokeAsync<ProposalsReviewed>(new ReviewProposals(id, user.UserName(), proposal, Accept: false, Reason: reason), cancellation);

    /// <summary>Accept every pending proposal whose confidence is at least <c>minConfidence</c>.</summary>
    [WolverinePost("/api/documents/{id}/proposals/accept-all", OperationId = "AcceptProposalsAbove")]
    [Authorize(Policy = Permissions.Write)]
    [ProducesResponseType<ProposalsReviewed>(200)]
    [ProducesResponseType<ProblemDetails>(400)]
    [ProducesResponseType<ProblemDetails>(404)]
    public static Task<ProposalsReviewed> AcceptAll(string id, double? minConfidence, IMessageBus bus, ClaimsPrincipal user, CancellationToken cancellation) =>
        bus.InvokeAsync<ProposalsReviewed>(new ReviewProposals(id, user.UserName(), MinConfidence: minConfidence ?? 0.7), cancellation);
}
