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

    public static SourceDocument? Evolve(SourceDocument? document, object @event) => @event switch
    {
        DocumentRegistered e => new SourceDocument
        {
            Id = e.DocumentId, File = e.File, Title = e.Title, Published = e.Published,
            Publisher = e.Publisher, Sha256 = e.Sha256, Text = e.Text,
        },
        _ => document,
    };

    public static string IdFor(string fileName) => Path.GetFileNameWithoutExtension(fileName);
}
