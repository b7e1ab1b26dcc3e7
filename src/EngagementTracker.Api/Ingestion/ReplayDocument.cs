using System.Security.Cryptography;
using System.Text;
using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using Marten;

namespace EngagementTracker.Ingestion;

/// <summary>Replay one document's reviewed event script into the store: all of it, or nothing.</summary>
/// <param name="AnnotationFile">the annotation file's name as the analyst knows it, for error messages</param>
/// <param name="DocumentFile">the document's file name; its name without extension is the document id</param>
/// <param name="RecordedBy">who replays it: a user's name, or "seeds" / "cli:NAME"; stored with every event</param>
public sealed record ReplayDocument(string AnnotationFile, string AnnotationJson, string DocumentFile, string DocumentText, string RecordedBy);

/// <summary>What a replay appended, per kind, and how many of the script's events the store already held.</summary>
public sealed record DocumentReplayed(string DocumentId, bool Registered, int AliasesAdded, IReadOnlyDictionary<string, int> Appended, int AlreadyKnown)
{
    public int AppendedCount => Appended.Values.Sum();
}

public static class ReplayDocumentHandler
{
    /// <summary>
    /// Reads and checks the script, resolves its actors, and appends to each document, happening and
    /// commitment stream only what that stream does not already have from the same evidence. Wolverine
    /// commits the session once, after this returns: a document's events land together or not at all.
    /// </summary>
    public static async Task<DocumentReplayed> Handle(ReplayDocument command, IDocumentSession session, CancellationToken cancellation)
    {
        session.LastModifiedBy = command.RecordedBy;
        var documentId = SourceDocument.IdFor(command.DocumentFile);
        var script = EventScript.Read(command.AnnotationFile, command.AnnotationJson, documentId, command.DocumentText);

        var registered = await Register(command, script, documentId, session, cancellation);
        var directory = new ActorDirectory(await session.Query<Actor>().ToListAsync(cancellation));
        var plan = DocumentReplay.Plan(script, documentId, directory);

        var aliases = 0;
        foreach (var group in plan.Aliases.GroupBy(a => a.StreamId))
        {
            var stream = await session.Events.FetchForWriting<Actor>(group.Key, cancellation);
            foreach (var alias in group.Select(a => (AliasAdded)a.Event).Where(a => stream.Aggregate?.Knows(a.Alias) != true))
            {
                stream.AppendOne(alias);
                aliases++;
            }
        }

        var (appended, known) = await StreamAppender.AppendAsync(session, plan.Happenings.Concat(plan.Commitments), command.AnnotationFile, cancellation);
        return new DocumentReplayed(documentId, registered, aliases, appended, known);
    }

    private static async Task<bool> Register(ReplayDocument command, EventScript script, string documentId, IDocumentSession session, CancellationToken cancellation)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(command.DocumentText)));
        var stream = await session.Events.FetchForWriting<SourceDocument>(documentId, cancellation);
        if (stream.Aggregate is { } existing)
        {
            return existing.Sha256 == sha
                ? false
                : throw new ScriptRejectedException([new ScriptProblem(command.AnnotationFile, "document.file",
                    $"the text of '{command.DocumentFile}' differs from the document '{documentId}' already registered; a changed text is a new document: give it a new file name")]);
        }

        var title = script.Document.Title
                    ?? command.DocumentText.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 12)
                    ?? documentId;
        stream.AppendOne(new DocumentRegistered(documentId, script.Document.File, title, script.Document.Published, script.Document.Publisher, sha, command.DocumentText));
        return true;
    }
}
