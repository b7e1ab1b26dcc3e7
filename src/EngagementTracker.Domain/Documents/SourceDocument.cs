using EngagementTracker.Core;

namespace EngagementTracker.Documents;

/// <summary>A source document enters the store once, with its text and the hash of that text.</summary>
public sealed record DocumentRegistered(
    string DocumentId,
    string File,
    string Title,
    PartialDate? Published,
    string? Publisher,
    string Sha256,
    string Text);

/// <summary>A document stream's state.</summary>
public sealed class SourceDocument
{
    public string Id { get; set; } = "";
    public string File { get; set; } = "";
    public string Title { get; set; } = "";
    public PartialDate? Published { get; set; }
    public string? Publisher { get; set; }
    public string Sha256 { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>Events the extractor proposed from this document, and what analysts decided.</summary>
    public List<Proposal> Proposals { get; set; } = [];

    public static SourceDocument? Evolve(SourceDocument? document, object @event)
    {
        switch (@event)
        {
            case DocumentRegistered e:
                return new SourceDocument
                {
                    Id = e.DocumentId, File = e.File, Title = e.Title, Published = e.Published,
                    Publisher = e.Publisher, Sha256 = e.Sha256, Text = e.Text,
                };
            case EventProposed e when document is not null:
                document.Proposals.Add(new Proposal { Id = e.ProposalId, Draft = e.Draft, Confidence = e.Confidence, Rule = e.Rule });
                return document;
            case ProposalAccepted e when document?.Proposals.Find(p => p.Id == e.ProposalId) is { } accepted:
                (accepted.State, accepted.Accepted, accepted.DecidedBy) = (ProposalState.Accepted, e.Accepted, e.By);
                return document;
            case ProposalRejected e when document?.Proposals.Find(p => p.Id == e.ProposalId) is { } rejected:
                (rejected.State, rejected.DecidedBy, rejected.Reason) = (ProposalState.Rejected, e.By, e.Reason);
                return document;
            default:
                return document;
        }
    }

    public static string IdFor(string fileName) => Path.GetFileNameWithoutExtension(fileName);
}
