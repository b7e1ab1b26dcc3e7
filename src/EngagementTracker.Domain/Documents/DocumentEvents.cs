using EngagementTracker.Core;
using EngagementTracker.Engagements;

namespace EngagementTracker.Documents;

/// <summary>The view of one source document: its particulars and every event recorded from it, with evidence.</summary>
public sealed class DocumentEvents
{
    public string Id { get; set; } = "";
    public string File { get; set; } = "";
    public string Title { get; set; } = "";
    public PartialDate? Published { get; set; }
    public string? Publisher { get; set; }
    public string Sha256 { get; set; } = "";
    public int Length { get; set; }
    public DateTimeOffset Registered { get; set; }
    public List<Account> Events { get; set; } = [];

    /// <summary>The document an event belongs to: its own stream for registration, its evidence's document for accounts.</summary>
    public static string? DocumentOf(object @event) => @event switch
    {
        DocumentRegistered e => e.DocumentId,
        _ => Account.From(@event, default)?.Source.DocumentId,
    };

    public static DocumentEvents Evolve(DocumentEvents? view, string documentId, object @event, DateTimeOffset recorded, string? recordedBy = null)
    {
        view ??= new DocumentEvents { Id = documentId };
        switch (@event)
        {
            case DocumentRegistered e:
                view.File = e.File;
                view.Title = e.Title;
                view.Published = e.Published;
                view.Publisher = e.Publisher;
                view.Sha256 = e.Sha256;
                view.Length = e.Text.Length;
                view.Registered = RecordTime.AsStored(recorded);
                break;
            default:
                if (Account.From(@event, recorded, recordedBy) is { } account) view.Events.Add(account);
                break;
        }

        return view;
    }
}
