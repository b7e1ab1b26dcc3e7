using System.Security.Cryptography;
using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Extraction.Reading;
using Marten;

namespace EngagementTracker.Extraction;

/// <summary>Ingest a document as it arrived: read it, register it, and record the events the extractor proposes. Nothing enters the views until accepted.</summary>
public sealed record IngestDocument(byte[] Content, string? MediaType, string? FileName, string? Title, string? Publisher, string? Published, string By);

public sealed record ProposalItem(string Id, string State, double Confidence, string Rule, EventDraft Draft, EventDraft? Accepted, string? DecidedBy, string? Reason);

/// <param name="Registered">false when the same content was ingested before: nothing new was stored</param>
public sealed record DocumentIngested(string DocumentId, bool Registered, string Title, PartialDate? Published, IReadOnlyList<string> Notes, IReadOnlyList<ProposalItem> Proposals)
{
    public static ProposalItem Item(Proposal p) =>
        new(p.Id, p.State.ToString().ToLowerInvariant(), p.Confidence, p.Rule, p.Draft, p.Accepted, p.DecidedBy, p.Reason);
}

public static class IngestDocumentHandler
{
    public static async Task<DocumentIngested> Handle(IngestDocument command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        PartialDate? published = null;
        if (command.Published is { Length: > 0 } given && !PartialDate.TryParse(given, out published!, out var error))
            throw new DocumentRejectedException($"published: {error}");

        var read = DocumentReader.Read(command.Content, command.MediaType, command.FileName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(read.Text)));
        var id = $"ing_{sha[..16]}";
        var stream = await session.Events.FetchForWriting<SourceDocument>(id, cancellation);
        if (stream.Aggregate is { } existing)
            return new DocumentIngested(id, false, existing.Title, existing.Published, read.Notes, existing.Proposals.Select(DocumentIngested.Item).ToList());

        published ??= read.Published is { } p && PartialDate.TryParse(p, out var day, out _) ? day
            : Dates.Publication(read.Text) ?? Dates.FiledWithoutYear(read.Text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var title = command.Title ?? read.Title ?? id;
        session.LastModifiedBy = command.By;
        stream.AppendOne(new DocumentRegistered(id, command.FileName ?? "upload", title, published, command.Publisher, sha, read.Text));

        var actors = await session.Query<Actor>().ToListAsync(cancellation);
        var mentions = new Mentions(actors);
        var on = published ?? PartialDate.Parse($"{clock.GetUtcNow().Year}");
        // (no publisher given: the masthead the text opens with, if it names a body whole)
        var author = command.Publisher is null ? mentions.Masthead(read.Text, on) : mentions.Author(command.Publisher, on);
        var proposals = new Extractor(mentions).Propose(id, read.Text, published, author)
            .Select((p, i) => new EventProposed(id, $"p{i + 1}", p.Draft, Math.Round(p.Confidence, 2), p.Rule))
            .ToList();
        foreach (var proposal in proposals) stream.AppendOne(proposal);

        var items = proposals.Select(p => new ProposalItem(p.ProposalId, "proposed", p.Confidence, p.Rule, p.Draft, null, null, null)).ToList();
        return new DocumentIngested(id, true, title, published, read.Notes, items);
    }
}
