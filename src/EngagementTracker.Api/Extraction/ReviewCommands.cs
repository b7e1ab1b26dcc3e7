using EngagementTracker.Core;
using EngagementTracker.Extraction.Reading;
using EngagementTracker.Ingestion;
using JasperFx.CommandLine;
using Wolverine;

namespace EngagementTracker.Extraction;

public sealed class IngestInput : NetCoreInput
{
    [Description("The document: a .txt (UTF-8, or a legacy character set such as Windows-1252), .html, .pdf, .docx, .odt, .rtf, .md, .eml, .srt, .vtt, RSS/Atom .xml, .ics, JSON-LD or Telegram .json, or an X archive's tweets.js file")]
    public string File { get; set; } = "";

    [Description("Its title (inferred when left out)")]
    public string TitleFlag { get; set; } = "";

    [Description("Who published it")]
    public string PublisherFlag { get; set; } = "";

    [Description("When it was published, YYYY-MM-DD (inferred from a dateline when left out)")]
    // (-p is --publisher: the date's short flag is -d)
    [FlagAlias("published", 'd')]
    public string PublishedFlag { get; set; } = "";
}

/// <summary><c>infra/run.sh ingest press-release.pdf</c>: the same as POST /api/documents, printing the proposals.</summary>
[Description("Ingest a document (text, HTML or PDF) and print the events proposed from it, for review")]
public sealed class IngestCommand : JasperFxAsyncCommand<IngestInput>
{
    public override async Task<bool> Execute(IngestInput input)
    {
        using var host = input.BuildHost();
        await using var running = await BackgroundServices.StartAsync(host.Services);
        var bus = host.Services.GetRequiredService<IMessageBus>();
        try
        {
            var result = await bus.InvokeAsync<DocumentIngested>(new IngestDocument(await File.ReadAllBytesAsync(CallerPath.Resolve(input.File)), null, Path.GetFileName(input.File),
                Blank(input.TitleFlag), Blank(input.PublisherFlag), Blank(input.PublishedFlag), $"cli:{Environment.UserName}"));
            Console.WriteLine($"{result.DocumentId}: {(result.Registered ? "registered" : "already ingested: nothing new")} — {result.Title} ({result.Published?.Text ?? "date unknown"})");
            foreach (var note in result.Notes) Console.WriteLine($"  note: {note}");
            ReviewCommand.Print(result.Proposals);
            Console.WriteLine($"Review: infra/run.sh review {result.DocumentId} accept-all --min 0.7   (or accept/reject ID)");
            return true;
        }
        catch (DocumentRejectedException e)
        {
            await Console.Error.WriteLineAsync($"Refused: {e.Message}");
            return false;
        }
    }

    internal static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

public sealed class ReviewInput : NetCoreInput
{
    [Description("The document id (from ingest)")]
    public string Document { get; set; } = "";

    [Description("list, accept, reject or accept-all")]
    public string Action { get; set; } = "list";

    [Description("The proposal, for accept and reject (p1, p2, ...)")]
    public string Proposal { get; set; } = "";

    [Description("For accept-all: the lowest confidence accepted (default 0.7)")]
    public double MinFlag { get; set; } = 0.7;

    [Description("For reject: why")]
    public string ReasonFlag { get; set; } = "";
}

/// <summary><c>infra/run.sh review DOC accept-all --min 0.7</c>: the same decisions as the review endpoints, recorded as cli:USER.</summary>
[Description("Review the events proposed from an ingested document: list, accept ID, reject ID, accept-all --min C")]
public sealed class ReviewCommand : JasperFxAsyncCommand<ReviewInput>
{
    public ReviewCommand()
    {
        Usage("List the proposals").Arguments(x => x.Document);
        Usage("list or accept-all").Arguments(x => x.Document, x => x.Action);
        Usage("accept or reject one").Arguments(x => x.Document, x => x.Action, x => x.Proposal);
    }

    public override async Task<bool> Execute(ReviewInput input)
    {
        using var host = input.BuildHost();
        await using var running = await BackgroundServices.StartAsync(host.Services);
        var bus = host.Services.GetRequiredService<IMessageBus>();
        var by = $"cli:{Environment.UserName}";
        ReviewProposals? command = input.Action switch
        {
            "accept" => new ReviewProposals(input.Document, by, input.Proposal),
            "reject" => new ReviewProposals(input.Document, by, input.Proposal, Accept: false, Reason: IngestCommand.Blank(input.ReasonFlag)),
            "accept-all" => new ReviewProposals(input.Document, by, MinConfidence: input.MinFlag),
            _ => null,
        };
        try
        {
            if (command is null)
            {
                await using var session = host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
                var document = await session.LoadAsync<Documents.SourceDocument>(input.Document)
                               ?? throw new ReviewRefusedException("document", $"No document '{input.Document}'.");
                Print(document.Proposals.Select(DocumentIngested.Item));
                return true;
            }

            var result = await bus.InvokeAsync<ProposalsReviewed>(command);
            Console.WriteLine($"{result.Accepted} accepted, {result.Rejected} rejected; appended {(result.Appended.Count == 0 ? "nothing" : string.Join(", ", result.Appended.Select(a => $"{a.Value} {a.Key}")))}");
            Print(result.Proposals);
            return true;
        }
        catch (ReviewRefusedException e)
        {
            await Console.Error.WriteLineAsync($"Refused ({e.Field}): {e.Message}");
            return false;
        }
    }

    internal static void Print(IEnumerable<ProposalItem> proposals)
    {
        foreach (var p in proposals)
        {
            var d = p.Accepted ?? p.Draft;
            Console.WriteLine($"  {p.Id,-4} {p.State,-9} {p.Confidence:0.00}  {d.Kind.Name(),-20} {d.Occurred,-12} {string.Join(", ", d.Actors.Select(a => a.Name))} → {string.Join(", ", d.Counterparts.Select(a => a.Name))}");
            Console.WriteLine($"       “{(d.Source.Quote.Length > 110 ? d.Source.Quote[..107] + "..." : d.Source.Quote)}”");
        }
    }
}
