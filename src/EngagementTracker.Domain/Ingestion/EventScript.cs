using EngagementTracker.Commitments;
using EngagementTracker.Core;

namespace EngagementTracker.Ingestion;

public sealed record AliasSet(string Canonical, IReadOnlyList<string> Aliases);

public sealed record ScriptDocument(
    string File,
    string? Title,
    PartialDate? Published,
    string? Publisher,
    IReadOnlyList<AliasSet> Aliases);

/// <summary>One reviewed event of an annotation file, its evidence found in the document text.</summary>
public sealed record ScriptedEvent(
    int Index,
    EventKind Kind,
    PartialDate Occurred,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Counterparts,
    string? Place,
    string? Topic,
    string? Commitment,
    AssessmentStatus? Status,
    PartialDate? Deadline,
    Evidence Evidence);

/// <summary>
/// A document's reviewed event script: the annotation format of DESIGN.md. Reading is all or nothing:
/// a file with any problem yields its problems (file and field named) and no events.
/// </summary>
public sealed record EventScript(string File, ScriptDocument Document, IReadOnlyList<ScriptedEvent> Events)
{
    /// <summary>Reads the <c>document</c> header alone, to find which text the events refer to.</summary>
    public static ScriptDocument ReadHeader(string file, string json)
    {
        var problems = new List<ScriptProblem>();
        var header = ReadHeader(file, json, problems);
        return problems.Count > 0 || header is null ? throw new ScriptRejectedException(problems) : header;
    }

    private static ScriptDocument? ReadHeader(string file, string json, List<ScriptProblem> problems)
    {
        if (!JsonFields.TryParse(file, json, problems, out var parsed)) return null;
        using (parsed)
        {
            var fields = new JsonFields(file, problems);
            if (!parsed.RootElement.TryGetProperty("document", out var doc) || doc.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                fields.Problem("document", "is required: an object with at least 'file'");
                return null;
            }

            var aliases = fields.Objects(doc, "aliases", "document.aliases", required: false)
                .Select(a => new AliasSet(
                    fields.String(a.Item, "canonical", $"{a.Path}.canonical", required: true) ?? "",
                    fields.Strings(a.Item, "aliases", $"{a.Path}.aliases", required: true)))
                .ToList();
            return new ScriptDocument(
                fields.String(doc, "file", "document.file", required: true) ?? "",
                fields.String(doc, "title", "document.title", required: false),
                fields.Date(doc, "published", "document.published", required: false),
                fields.String(doc, "source", "document.source", required: false),
                aliases);
        }
    }

    /// <summary>Reads a whole annotation file against the text of its document.</summary>
    public static EventScript Read(string file, string json, string documentId, string documentText) =>
        Read(file, json, documentId, documentText, unlocated: null);

    /// <summary>
    /// Reads an annotation file as <see cref="Read(string, string, string, string)"/> does, except that a reviewed event whose quote
    /// the text does not hold is not a problem: it is left out of the script and given in <paramref name="unlocated"/>, by its kind
    /// and day (as eval counts it, when the document reads otherwise than its reviewer read it). Any other problem still refuses the file.
    /// </summary>
    public static EventScript ReadLocating(string file, string json, string documentId, string documentText, out IReadOnlyList<(EventKind Kind, PartialDate Occurred)> unlocated)
    {
        var missing = new List<(EventKind, PartialDate)>();
        var script = Read(file, json, documentId, documentText, missing);
        unlocated = missing;
        return script;
    }

    private static EventScript Read(string file, string json, string documentId, string documentText, List<(EventKind, PartialDate)>? unlocated)
    {
        var problems = new List<ScriptProblem>();
        var header = ReadHeader(file, json, problems);
        var events = new List<ScriptedEvent>();
        if (header is not null)
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var fields = new JsonFields(file, problems);
            var index = 0;
            foreach (var (item, path) in fields.Objects(parsed.RootElement, "events", "events", required: true))
            {
                var scripted = ReadEvent(fields, item, path, index++, documentId, documentText, unlocated);
                if (scripted is not null) events.Add(scripted);
            }
        }

        return problems.Count > 0 ? throw new ScriptRejectedException(problems) : new EventScript(file, header!, events);
    }

    /// <summary>
    /// The kind and day of each reviewed event of an annotation file whose document could not be read, so no quote can be found
    /// (read, and refused, as <see cref="Read"/> reads them).
    /// </summary>
    public static IReadOnlyList<(EventKind Kind, PartialDate Occurred)> ReadUnlocated(string file, string json)
    {
        var problems = new List<ScriptProblem>();
        var events = new List<(EventKind Kind, PartialDate Occurred)>();
        if (ReadHeader(file, json, problems) is not null && JsonFields.TryParse(file, json, problems, out var parsed))
        {
            using (parsed)
            {
                var fields = new JsonFields(file, problems);
                foreach (var (item, path) in fields.Objects(parsed.RootElement, "events", "events", required: true))
                    if (Kind(fields, item, path) is (true, var kind) && fields.Date(item, "occurred", $"{path}.occurred", required: true) is { } occurred)
                        events.Add((kind, occurred));
            }
        }

        return problems.Count > 0 ? throw new ScriptRejectedException(problems) : events;
    }

    private static (bool Known, EventKind Kind) Kind(JsonFields fields, System.Text.Json.JsonElement item, string path)
    {
        var kindName = fields.String(item, "kind", $"{path}.kind", required: true);
        var kindKnown = EventKinds.TryParse(kindName, out var kind);
        if (kindName is not null && !kindKnown)
            fields.Problem($"{path}.kind", $"'{kindName}' is not one of {string.Join(", ", EventKinds.All)}");
        return (kindKnown, kind);
    }

    private static ScriptedEvent? ReadEvent(JsonFields fields, System.Text.Json.JsonElement item, string path, int index, string documentId, string text, List<(EventKind, PartialDate)>? unlocated = null)
    {
        var (kindKnown, kind) = Kind(fields, item, path);
        var occurred = fields.Date(item, "occurred", $"{path}.occurred", required: true);
        var actors = fields.Strings(item, "actors", $"{path}.actors", required: true);
        var counterparts = fields.Strings(item, "counterparts", $"{path}.counterparts", required: false);
        var place = fields.String(item, "place", $"{path}.place", required: false);
        var topic = fields.String(item, "topic", $"{path}.topic", required: false);
        var commitment = fields.String(item, "commitment", $"{path}.commitment", required: kindKnown && kind.IsCommitment());
        var deadline = fields.Date(item, "deadline", $"{path}.deadline", required: false);

        AssessmentStatus? status = null;
        var statusName = fields.String(item, "status", $"{path}.status", required: kindKnown && kind == EventKind.CommitmentAssessed);
        if (statusName is not null)
        {
            if (AssessmentStatuses.TryParse(statusName, out var parsed)) status = parsed;
            else fields.Problem($"{path}.status", $"'{statusName}' is not one of {string.Join(", ", AssessmentStatuses.All)}");
        }

        if (kindKnown && !kind.IsCommitment() && (commitment is not null || status is not null))
            fields.Problem($"{path}.commitment", $"only commitment_made and commitment_assessed carry a commitment and status");

        var quote = fields.String(item, "evidence", $"{path}.evidence", required: true);
        Evidence? evidence = null;
        if (quote is not null)
        {
            evidence = EvidenceLocator.Locate(documentId, text, quote);
            if (evidence is null && unlocated is not null && kindKnown && occurred is not null) unlocated.Add((kind, occurred));
            else if (evidence is null) fields.Problem($"{path}.evidence", $"quote not found in the document text: \"{Shorten(quote)}\"");
        }

        return kindKnown && occurred is not null && evidence is not null && actors.Count > 0
            ? new ScriptedEvent(index, kind, occurred, actors, counterparts, place, topic, commitment, status, deadline, evidence)
            : null;
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}
