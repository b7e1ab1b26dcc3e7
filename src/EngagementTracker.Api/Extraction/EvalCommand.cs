using System.Globalization;
using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Extraction.Reading;
using EngagementTracker.Ingestion;
using JasperFx.CommandLine;

namespace EngagementTracker.Extraction;

public sealed class EvalInput
{
    [Description("Folder of documents (default: seeds/documents)")]
    public string DocumentsFlag { get; set; } = "";

    [Description("Folder of reviewed annotation files, *.events.json (default: the documents folder)")]
    public string AnnotationsFlag { get; set; } = "";

    // (-a is --annotations: the actor file's short flag is -c, for the catalogue)
    [Description("The actor file (default: seeds/actors.json)")]
    [FlagAlias("actors", 'c')]
    public string ActorsFlag { get; set; } = "";

    [Description("Also list what was missed and what was proposed wrongly")]
    public bool VerboseFlag { get; set; }

    [Description("Show every proposal, and the names learnt, for the documents whose file name starts with this")]
    public string ShowFlag { get; set; } = "";
}

/// <summary>
/// <c>infra/run.sh eval [--documents DIR] [--annotations DIR] [--actors FILE]</c>: runs the extractor on each annotated
/// document and prints precision, recall and F1 per kind and overall, with actor and date accuracy on the matches.
/// Reads files only; the store is not touched.
/// </summary>
[Description("Measure automatic extraction against reviewed annotations: precision, recall, F1, actor and date accuracy")]
public sealed class EvalCommand : JasperFxCommand<EvalInput>
{
    public override bool Execute(EvalInput input)
    {
        var seeds = Path.Combine(Postgres.Database.RepositoryRoot(Directory.GetCurrentDirectory()), "seeds");
        var documents = input.DocumentsFlag is { Length: > 0 } d ? CallerPath.Resolve(d) : Path.Combine(seeds, "documents");
        var annotations = input.AnnotationsFlag is { Length: > 0 } a ? CallerPath.Resolve(a) : documents;
        var actorFile = input.ActorsFlag is { Length: > 0 } f ? CallerPath.Resolve(f) : Path.Combine(seeds, SeedFolder.ActorFile);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = Run(documents, annotations, actorFile, Console.Out, texts, input.ShowFlag is { Length: > 0 } show ? show : null);
        if (input.VerboseFlag)
        {
            Console.WriteLine();
            foreach (var m in result.Missed)
                Console.WriteLine($"missed   {m.Kind.Name(),-20} {Label(m.DocumentId)} {(texts[m.DocumentId].Length == 0 ? "(document not read)" : m.Start == m.End ? "(quote not in the text as read)" : $"“{Excerpt(texts[m.DocumentId][m.Start..m.End])}”")}");
            foreach (var (g, p) in result.WrongActors)
                Console.WriteLine($"actors   {g.Kind.Name(),-20} {Label(g.DocumentId)} reviewed [{string.Join(", ", g.Participants.Order())}] proposed [{string.Join(", ", p.Draft.Actors.Concat(p.Draft.Counterparts).Select(a => a.Id).Order())}]");
            foreach (var (g, p) in result.WrongDates)
                Console.WriteLine($"date     {g.Kind.Name(),-20} {Label(g.DocumentId)} reviewed {g.Occurred.Text} proposed {p.Draft.Occurred.Text} ({p.Rule.Split("; ")[1]}) “{Excerpt(p.Draft.Source.Quote)}”");
            foreach (var draft in result.Spurious.Select(p => p.Draft)) Console.WriteLine($"spurious {draft.Kind.Name(),-20} {Label(draft.Source.DocumentId)} “{Excerpt(draft.Source.Quote)}” [{string.Join(", ", draft.Actors.Concat(draft.Counterparts).Select(a => a.Name))}]");
        }

        Print(result, Console.Out);
        return true;
    }

    /// <summary>A reviewed event whose quote is not in the text as read: no span and no parties, so nothing proposed matches it and it counts as missed.</summary>
    private static GoldEvent Unlocated(string documentId, (EventKind Kind, PartialDate Occurred) e) => new(documentId, e.Kind, 0, 0, new HashSet<string>(), e.Occurred);

    /// <summary>A document named by what comes before the first '_' of its file name ("000", "u415"), or the whole name.</summary>
    public static string Label(string documentId) => documentId.IndexOf('_') is var cut and > 0 ? documentId[..cut] : documentId;

    private static string Excerpt(string text) => text.Length > 100 ? text[..97].ReplaceLineEndings(" ") + "..." : text.ReplaceLineEndings(" ");

    public static EvaluationResult Run(string documents, string annotations, string actorFile, TextWriter log, Dictionary<string, string>? texts = null, string? show = null)
    {
        // the actor file's role evidence refers to the documents beside it (seeds/documents for seeds/actors.json)
        var actorFolder = Path.GetDirectoryName(Path.GetFullPath(actorFile))!;
        var documentTexts = new[] { actorFolder, Path.Combine(actorFolder, "documents"), documents }.Where(Directory.Exists).Distinct()
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .GroupBy(f => Path.GetFileNameWithoutExtension(f)).ToDictionary(g => g.Key, g => File.ReadAllText(g.First()), StringComparer.Ordinal);
        var actors = ActorCatalogue.Read(Path.GetFileName(actorFile), File.ReadAllText(actorFile), documentTexts.GetValueOrDefault)
            .Select(e => e.Missing(null, "eval").Aggregate((Actor?)null, (actor, ev) => Actor.Evolve(actor, ev, default))!)
            .ToList();
        var directory = new ActorDirectory(actors);
        var mentions = new Mentions(actors);
        var extractor = new Extractor(mentions);
        var gold = new List<GoldEvent>();
        var proposed = new List<ProposedEvent>();

        foreach (var file in Directory.GetFiles(annotations, SeedFolder.ScriptPattern).Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(file);
            var header = EventScript.ReadHeader(Path.GetFileName(file), json);
            var path = new[] { Path.Combine(documents, Path.GetFileName(header.File)), Path.Combine(Path.GetDirectoryName(documents) ?? documents, header.File) }.First(File.Exists);
            var id = SourceDocument.IdFor(path);
            ReadDocument read;
            try
            {
                read = DocumentReader.Read(File.ReadAllBytes(path), null, path);
            }
            catch (DocumentRejectedException rejected)
            {
                // a document ingestion would refuse proposes nothing: its reviewed events are all missed, and the run goes on
                var unread = EventScript.ReadUnlocated(Path.GetFileName(file), json).Select(e => Unlocated(id, e)).ToList();
                gold.AddRange(unread);
                texts?.TryAdd(id, "");
                log.WriteLine($"{id}: {unread.Count} reviewed, not read ({rejected.Message}): all {unread.Count} count as missed");
                continue;
            }

            // extract from the document as ingestion reads it (a passage printed twice kept once); the reviewed quotes are
            // located in that same text, so spans compare like for like
            texts?.TryAdd(id, read.Text);
            // (a reviewed quote the text as read does not hold, as when a reader leaves markup its reviewer read through, is missed,
            // and said so: the run goes on)
            var script = EventScript.ReadLocating(Path.GetFileName(file), json, id, read.Text, out var unlocated);
            foreach (var e in script.Events)
            {
                string Resolve(string name) => directory.Resolve(name)?.Id ?? Actor.IdFor(name);
                var participants = e.Actors.Concat(e.Counterparts).Select(Resolve).ToHashSet(StringComparer.Ordinal);
                gold.Add(new GoldEvent(id, e.Kind, e.Evidence.Start, e.Evidence.End, participants, e.Occurred, e.Actors.Select(Resolve).ToHashSet(StringComparer.Ordinal)));
            }

            gold.AddRange(unlocated.Select(e => Unlocated(id, e)));

            var proposals = extractor.Propose(id, read.Text, header.Published, mentions.Author(header.Publisher, header.Published ?? PartialDate.Parse("2000")));
            proposed.AddRange(proposals);
            if (show is not null && Path.GetFileName(path).StartsWith(show, StringComparison.Ordinal))
            {
                mentions.ForDocument(read.Text, header.Published ?? PartialDate.Parse("2000"), out var learnt);
                foreach (var n in learnt) log.WriteLine($"  name     {n.Name} → {n.Actor.Id} ({n.Actor.Kind}, {n.Rule}{(n.Of is null ? "" : $", of {n.Of}")})");
                foreach (var p in proposals)
                    log.WriteLine($"  proposed {p.Draft.Kind.Name(),-20} {p.Draft.Occurred.Text,-12} [{string.Join(", ", p.Draft.Actors.Select(a => a.Id))}] → [{string.Join(", ", p.Draft.Counterparts.Select(a => a.Id))}] {p.Confidence:F2} {p.Rule} “{Excerpt(p.Draft.Source.Quote)}”");
            }

            log.WriteLine($"{id}: {script.Events.Count + unlocated.Count} reviewed, {proposals.Count} proposed ({read.Notes.Count} reading notes)"
                          + (unlocated.Count > 0 ? $"; {unlocated.Count} reviewed quote{(unlocated.Count == 1 ? " is" : "s are")} not in the text as read: counted as missed" : ""));
        }

        return Evaluation.Score(gold, proposed);
    }

    public static void Print(EvaluationResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"kind",-22} {"reviewed",8} {"proposed",8} {"matched",8} {"P",6} {"R",6} {"F1",6}");
        foreach (var k in result.Kinds.Append(result.Overall))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k.Kind,-22} {k.Gold,8} {k.Proposed,8} {k.Matched,8} {k.Precision,6:F2} {k.Recall,6:F2} {k.F1,6:F2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"actor accuracy on matches {result.ActorAccuracy:F2}; date accuracy on matches {result.DateAccuracy:F2} exact, {result.DateCompatible:F2} compatible"));
        // (actor accuracy asks that actors and counterparts both be right; these two say which side is wrong)
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"of which: who acted right {result.WhoAccuracy:F2}; to whom right {result.ToWhomAccuracy:F2}"));
    }
}
