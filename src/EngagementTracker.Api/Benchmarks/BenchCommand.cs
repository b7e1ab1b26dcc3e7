using System.Diagnostics;
using System.Globalization;
using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using EngagementTracker.Ingestion;
using EngagementTracker.Postgres;
using JasperFx.CommandLine;
using Marten;
using Npgsql;

namespace EngagementTracker.Benchmarks;

public sealed class BenchInput : NetCoreInput
{
    [Description("How many events of synthetic history to load (at least 200,000 for the as-of goal)")]
    public int EventsFlag { get; set; } = 200_000;

    [Description("How many timed runs of each query")]
    public int SamplesFlag { get; set; } = 100;

    [Description("Keep the benchmark's schema afterwards instead of dropping it")]
    public bool KeepFlag { get; set; }
}

/// <summary>
/// <c>infra/run.sh bench</c>: loads a synthetic history into a schema of its own on the configured server (the live
/// store is not touched), then times an official's history and the commitments board, current state against as of a
/// date, in one run, and prints p50/p95 and their ratio. Timing is in-process through the same query functions the
/// endpoints call, so HTTP and JSON costs, the same for both, do not dilute the ratio.
/// </summary>
[Description("Benchmark as-of queries against current-state queries on a synthetic history")]
public sealed class BenchCommand : JasperFxAsyncCommand<BenchInput>
{
    private const string Official = "ian-borg";

    public override async Task<bool> Execute(BenchInput input)
    {
        using var host = input.BuildHost();
        var connection = host.Services.GetRequiredService<Database>().ConnectionString;
        var seeds = ReplaySeedsOnStartup.FolderFrom(host.Services.GetRequiredService<IConfiguration>(), host.Services.GetRequiredService<IHostEnvironment>());
        var schema = $"bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        using var store = DocumentStore.For(options => options.Configure(connection, schema));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        Console.WriteLine($"Benchmark schema {schema} (the live store is not touched).");
        try
        {
            var loaded = await LoadAsync(store, new SyntheticHistory(seeds), input.EventsFlag);
            await MeasureAsync(store, input.SamplesFlag, loaded);
            return true;
        }
        finally
        {
            if (!input.KeepFlag)
            {
                await using var db = new NpgsqlConnection(connection);
                await db.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", db);
                await drop.ExecuteNonQueryAsync();
                Console.WriteLine($"Dropped {schema}.");
            }
        }
    }

    private static async Task<string> LoadAsync(DocumentStore store, SyntheticHistory synthetic, int target)
    {
        var actors = synthetic.Actors().ToList();
        await using (var session = store.LightweightSession())
        {
            foreach (var (id, events) in actors) session.Events.StartStream<Actor>(id, [.. events]);
            await session.SaveChangesAsync();
        }

        var directory = synthetic.DirectoryOf(actors);
        long total = actors.Sum(a => a.Events.Count);
        int variants = 0, documents = 0;
        var clock = Stopwatch.StartNew();
        var reportEvery = Math.Max(target / 10, 1);
        long nextReport = reportEvery;
        Console.WriteLine($"Loading about {target:N0} events of synthetic history ({synthetic.EventsPerVariant} per variant of the five seed documents) ...");
        while (total < target)
        {
            await using var session = store.LightweightSession();
            for (var k = 0; k < 10 && total < target; k++, variants++)
            {
                foreach (var (documentId, registered, plan) in synthetic.Variant(variants, directory))
                {
                    session.Events.StartStream<SourceDocument>(documentId, registered);
                    documents++;
                    total++;
                    foreach (var append in plan.Happenings.Concat(plan.Commitments))
                    {
                        session.Events.Append(append.StreamId, append.Event);
                        total++;
                    }
                }
            }

            await session.SaveChangesAsync();
            if (total >= nextReport)
            {
                Console.WriteLine($"  {total:N0} events, {total / clock.Elapsed.TotalSeconds:N0}/s");
                nextReport += reportEvery;
            }
        }

        var summary = $"{total:N0} events ({variants:N0} variants, {documents:N0} documents, {actors.Count:N0} actors) loaded in {clock.Elapsed.TotalSeconds:N1} s ({total / clock.Elapsed.TotalSeconds:N0} events/s)";
        Console.WriteLine(summary);
        return summary;
    }

    private static async Task MeasureAsync(DocumentStore store, int samples, string loaded)
    {
        DateOnly historyDay, boardDay;
        await using (var session = store.QuerySession())
        {
            historyDay = Median((await session.Query<Engagement>().Where(e => e.ActorId == Official).ToListAsync()).Select(e => e.Earliest));
            boardDay = Median((await session.Query<Commitment>().ToListAsync()).SelectMany(c => c.Claims).Select(c => c.Occurred.Earliest));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var historyAsOf = new Vantage(historyDay, null);
        var boardAsOf = new Vantage(boardDay, null);
        var queries = new (string Name, Func<IQuerySession, Task<string>> Run)[]
        {
            ("history, current", async s => Items((await EngagementHistoryQuery.ReadAsync(s, Official, Vantage.Now, CancellationToken.None)).History!)),
            ($"history, as of {historyDay:yyyy-MM-dd}", async s => Items((await EngagementHistoryQuery.ReadAsync(s, Official, historyAsOf, CancellationToken.None)).History!)),
            ("board, current", async s => Items(await GetCommitmentBoardEndpoint.BoardAsync(s, Vantage.Now, today))),
            ($"board, as of {boardDay:yyyy-MM-dd}", async s => Items(await GetCommitmentBoardEndpoint.BoardAsync(s, boardAsOf, today))),
        };

        var timings = queries.Select(_ => new List<double>()).ToArray();
        var items = new string[queries.Length];
        for (var i = -10; i < samples; i++) // ten warm-up rounds, not counted
        {
            for (var q = 0; q < queries.Length; q++)
            {
                var index = (q + Math.Max(i, 0)) % queries.Length; // rotate the order so no query always runs first
                await using var session = store.QuerySession();
                var clock = Stopwatch.StartNew();
                items[index] = await queries[index].Run(session);
                if (i >= 0) timings[index].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"As-of against current state, {samples} runs each, one process, one server ({loaded}):");
        Console.WriteLine($"{"query",-34} {"p50 ms",8} {"p95 ms",8}  items");
        for (var q = 0; q < queries.Length; q++)
            Console.WriteLine($"{queries[q].Name,-34} {P(timings[q], 50),8:N2} {P(timings[q], 95),8:N2}  {items[q]}");
        foreach (var (name, current, asOf) in new[] { ($"official history ({Official})", 0, 1), ("commitments board", 2, 3) })
        {
            var p50 = P(timings[asOf], 50) / P(timings[current], 50);
            var p95 = P(timings[asOf], 95) / P(timings[current], 95);
            Console.WriteLine($"ratio as-of / current, {name}: p50 {p50:N2}x, p95 {p95:N2}x  (goal: within 3x: {(Math.Max(p50, p95) <= 3 ? "met" : "NOT met")})");
        }
    }

    private static string Items(Engagements.EngagementHistoryResponse h) => $"{h.Count} engagements, {h.Uncertain} uncertain";

    private static string Items(CommitmentBoard b) => $"{b.Count} commitments, {b.Uncertain} uncertain";

    private static DateOnly Median(IEnumerable<DateOnly> days)
    {
        var sorted = days.Where(d => d != DateOnly.MinValue).Order().ToList();
        return sorted.Count == 0 ? new DateOnly(2010, 4, 10) : sorted[sorted.Count / 2];
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
