using System.Text.Json;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Engagements;
using EngagementTracker.Ingestion;
using EngagementTracker.Statements;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace EngagementTracker.History;

public sealed class ViewInput : NetCoreInput
{
    [Description("board, history or statements")]
    public string View { get; set; } = "board";

    [Description("For history: the actor, by id or any alias (e.g. Tokaev)")]
    public string Actor { get; set; } = "";

    [Description("The world as it stood at the end of this day, YYYY-MM-DD")]
    public string AsOfFlag { get; set; } = "";

    [Description("Our records as they stood at this instant (ISO 8601) or at the end of this day")]
    public string KnownAtFlag { get; set; } = "";

    [Description("For board: only this status (open, partially_met, met, unmet, withdrawn)")]
    public string StatusFlag { get; set; } = "";

    [Description("Print JSON, as the API answers, instead of a table")]
    public bool JsonFlag { get; set; }
}

/// <summary>
/// <c>infra/run.sh view board --as-of 2010-04-10</c>: replays history to a date and prints a view, read-only
/// from the store (nothing is appended, no projection is touched).
/// </summary>
[Description("Print a view as of a date (and as known at an instant): board, history ACTOR or statements")]
public sealed class ViewCommand : JasperFxAsyncCommand<ViewInput>
{
    public ViewCommand()
    {
        Usage("The commitments board or the statement log").Arguments(x => x.View);
        Usage("One actor's history").Arguments(x => x.View, x => x.Actor);
    }

    public override async Task<bool> Execute(ViewInput input)
    {
        if (!VantageQuery.TryRead(Blank(input.AsOfFlag), Blank(input.KnownAtFlag), out var vantage, out var problem))
        {
            await Console.Error.WriteLineAsync(problem!.Detail);
            return false;
        }

        AssessmentStatus? status = null;
        if (Blank(input.StatusFlag) is { } statusName)
        {
            if (!AssessmentStatuses.TryParse(statusName, out var parsed))
            {
                await Console.Error.WriteLineAsync($"'{statusName}' is not a status: {string.Join(", ", AssessmentStatuses.All)}.");
                return false;
            }

            status = parsed;
        }

        using var host = input.BuildHost();
        await using var running = await BackgroundServices.StartAsync(host.Services);
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var json = new JsonSerializerOptions(host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions) { WriteIndented = true };
        var today = DateOnly.FromDateTime(host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var output = Console.Out;

        switch (input.View)
        {
            case "board":
                var board = await GetCommitmentBoardEndpoint.BoardAsync(session, vantage, today, status);
                if (input.JsonFlag) Write(output, board, json); else ViewTables.Board(board, output);
                return true;
            case "statements":
                var log = await StatementQuery.ReadAsync(session, vantage, StatementQuery.StatementKinds);
                if (input.JsonFlag) Write(output, log, json); else ViewTables.Statements(log, output);
                return true;
            case "history":
                var (history, notFound) = await EngagementHistoryQuery.ReadAsync(session, input.Actor, vantage, CancellationToken.None);
                if (history is null)
                {
                    await Console.Error.WriteLineAsync(notFound!.Detail);
                    return false;
                }

                if (input.JsonFlag) Write(output, history, json); else ViewTables.History(history, output);
                return true;
            default:
                await Console.Error.WriteLineAsync($"'{input.View}' is not a view: board, history ACTOR, statements.");
                return false;
        }
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void Write<T>(TextWriter output, T value, JsonSerializerOptions json) =>
        output.WriteLine(JsonSerializer.Serialize(value, json));
}
