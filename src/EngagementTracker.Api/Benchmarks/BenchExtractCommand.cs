using System.Diagnostics;
using System.Text;
using EngagementTracker.Actors;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Extraction.Reading;
using EngagementTracker.Ingestion;
using JasperFx.CommandLine;

namespace EngagementTracker.Benchmarks;

public sealed class BenchExtractInput
{
    [Description("How many documents to extract from")]
    public int DocumentsFlag { get; set; } = 2000;

    [Description("Size of each document in bytes")]
    public int SizeFlag { get; set; } = 5 * 1024;

    [Description("How many times to extract from all the documents; the goal is judged on the median round")]
    public int RoundsFlag { get; set; } = 3;

    [Description("How many documents to extract from before the rounds, untimed, so that the JIT has recompiled the busy code with what it profiled (tiered compilation)")]
    public int WarmupFlag { get; set; } = 2000;

    [Description("Another build's folder (its bin/Release/net10.0): extract with its extractor and this one in one process, in alternating blocks of documents, and print how their rates compare")]
    public string? AgainstFlag { get; set; }
}

/// <summary>
/// <c>infra/run.sh benchextract</c>: reads and extracts from synthetic 5 KB documents (paragraphs of the seed texts, shuffled
/// deterministically) on one thread, after an untimed warm-up, in rounds, and prints documents per second of wall time and per second of the process's CPU
/// time: the latter charges the work the garbage collector and the JIT do on other cores, so it is the per-core figure
/// the goal is about. Files only; no database.
/// </summary>
[Description("Benchmark reading and extraction: documents of 5 KB per second on one core")]
public sealed class BenchExtractCommand : JasperFxCommand<BenchExtractInput>
{
    public override bool Execute(BenchExtractInput input)
    {
        var seeds = Path.Combine(Postgres.Database.RepositoryRoot(Directory.GetCurrentDirectory()), "seeds");
        var texts = Directory.GetFiles(Path.Combine(seeds, "documents"), "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        var actors = ActorCatalogue.Read(SeedFolder.ActorFile, File.ReadAllText(Path.Combine(seeds, SeedFolder.ActorFile)), texts.GetValueOrDefault)
            .Select(e => e.Missing(null, "bench").Aggregate((Actor?)null, (a, ev) => Actor.Evolve(a, ev, default))!)
            .ToList();
        var extractor = new Extractor(new Mentions(actors));
        if (input.AgainstFlag is { } against)
        {
            if (ExtractorOf(against, texts) is not { } theirs) return false;
            return Compare(input, texts, theirs, documentText => extractor.Propose("doc", documentText, null).Count);
        }
        var documents = Documents(input, texts);

        // the JIT first compiles quickly, then recompiles what runs often with what it saw it do (tiered, profile-guided): on one
        // core, 1,500 documents went by before rounds stopped getting faster (about a fifth), so the rounds time the settled code
        var warmup = Math.Max(0, input.WarmupFlag);
        Console.WriteLine($"warming up: {warmup:N0} documents, untimed");
        for (var i = 0; i < warmup; i++) extractor.Propose("warm", DocumentReader.Read(documents[i % documents.Count], "text/plain").Text, null);
        // rounds, because this machine's neighbours come and go: a round they slow is one of several, and the median is judged
        var rates = new List<double>();
        for (var round = 1; round <= Math.Max(1, input.RoundsFlag); round++)
        {
            var proposals = 0;
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (allocated, collections) = (GC.GetTotalAllocatedBytes(), Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray());
            for (var i = 0; i < documents.Count; i++)
            {
                var read = DocumentReader.Read(documents[i], "text/plain");
                proposals += extractor.Propose($"doc{i}", read.Text, null).Count;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var allocatedPerDocument = (GC.GetTotalAllocatedBytes() - allocated) / documents.Count;
            rates.Add(documents.Count / cpuSeconds);
            Console.WriteLine($"round {round}: {documents.Count:N0} documents of {input.SizeFlag / 1024.0:N1} KB read and extracted on one thread in {seconds:N2} s, {cpuSeconds:N2} s of CPU " +
                              $"(all the process's threads): {documents.Count / seconds:N0} documents/s, {documents.Count / cpuSeconds:N0} documents per CPU second; {proposals:N0} proposals; " +
                              $"{allocatedPerDocument / 1024.0 / 1024:N1} MB allocated per document, collections gen0/1/2 {string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}");
        }

        var median = rates.Order().ElementAt(rates.Count / 2);
        Console.WriteLine($"Median round: {median:N0} documents per CPU second (lowest {rates.Min():N0}, highest {rates.Max():N0}).");
        Console.WriteLine($"Goal: at least 200 documents per CPU second (one core): {(median >= 200 ? "met" : "NOT met")}.");
        return true;
    }

    /// <summary>The benchmark's documents: paragraphs of the seed texts, shuffled deterministically, cut to the size asked for.</summary>
    private static List<byte[]> Documents(BenchExtractInput input, Dictionary<string, string> texts)
    {
        var paragraphs = texts.Values.SelectMany(t => t.Split('\n')).Where(p => p.Trim().Length > 60).Distinct().ToArray();
        var random = new Random(20101);
        return [.. Enumerable.Range(0, input.DocumentsFlag).Select(_ =>
        {
            var text = new StringBuilder("ASTANA, 25 June 2024 – ");
            while (text.Length < input.SizeFlag) text.AppendLine(paragraphs[random.Next(paragraphs.Length)]);
            return Encoding.UTF8.GetBytes(text.ToString(0, input.SizeFlag));
        })];
    }

    /// <summary>
    /// Both extractors on the same documents, block by block (50 documents; which goes first alternates), after both warmed up,
    /// with the CPU time of each block charged to its extractor: a neighbour that slows the machine for a while slows both, so
    /// their ratio holds where the rates of runs one after another do not (on this machine, one build's rounds ranged from 116 to
    /// 164 in an hour; two copies of one build side by side read 0.98).
    /// </summary>
    private static bool Compare(BenchExtractInput input, Dictionary<string, string> texts, Func<string, int> theirs, Func<string, int> ours)
    {
        var documents = Documents(input, texts).Select(d => DocumentReader.Read(d, "text/plain").Text).ToList();
        Func<string, int>[] extractors = [ours, theirs];
        var warmup = Math.Max(0, input.WarmupFlag);
        Console.WriteLine($"warming up: {warmup:N0} documents each, untimed");
        for (var i = 0; i < warmup; i++) foreach (var extract in extractors) extract(documents[i % documents.Count]);
        const int block = 50;
        var (cpu, proposals, count) = (new double[2], new long[2], Math.Max(1, input.RoundsFlag) * documents.Count);
        for (var at = 0; at < count; at += block)
            for (var turn = 0; turn < 2; turn++)
            {
                var which = (at / block % 2 + turn) % 2;
                var start = Process.GetCurrentProcess().TotalProcessorTime;
                for (var i = at; i < Math.Min(count, at + block); i++) proposals[which] += extractors[which](documents[i % documents.Count]);
                cpu[which] += (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
            }

        Console.WriteLine($"this build: {count / cpu[0]:N0} documents per CPU second, {proposals[0]:N0} proposals; the other: {count / cpu[1]:N0} documents per CPU second, {proposals[1]:N0} proposals");
        Console.WriteLine($"This build's rate / the other's: {cpu[1] / cpu[0]:F3} ({count:N0} documents each, read beforehand and extracted in alternating blocks of {block}).");
        return true;
    }

    /// <summary>Another build's extractor, loaded apart from this one's (its own Extraction and Domain assemblies), with the seeds' actors: documents in, how many proposals out (null, said why, when the folder holds no build).</summary>
    private static Func<string, int>? ExtractorOf(string folder, Dictionary<string, string> texts)
    {
        folder = Path.GetFullPath(folder);
        string Assembly(string name) => Path.Combine(folder, $"{name}.dll");
        if (!File.Exists(Assembly("EngagementTracker.Extraction")) || !File.Exists(Assembly("EngagementTracker.Domain")))
        {
            Console.Error.WriteLine($"--against {folder}: no EngagementTracker.Extraction.dll and EngagementTracker.Domain.dll there (give a build's output folder, such as src/EngagementTracker.Api/bin/Release/net10.0 of another checkout).");
            return null;
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext($"against {folder}");
        context.Resolving += (loader, name) => File.Exists(Assembly(name.Name!)) ? loader.LoadFromAssemblyPath(Assembly(name.Name!)) : null;
        var domain = context.LoadFromAssemblyPath(Assembly("EngagementTracker.Domain"));
        var extraction = context.LoadFromAssemblyPath(Assembly("EngagementTracker.Extraction"));
        // (by reflection: its types are its own, not this build's)
        var seeds = Path.Combine(Postgres.Database.RepositoryRoot(Directory.GetCurrentDirectory()), "seeds");
        var entries = (System.Collections.IEnumerable)domain.GetType("EngagementTracker.Ingestion.ActorCatalogue")!.GetMethod("Read")!
            .Invoke(null, [SeedFolder.ActorFile, File.ReadAllText(Path.Combine(seeds, SeedFolder.ActorFile)), (Func<string, string?>)texts.GetValueOrDefault])!;
        var actorType = domain.GetType("EngagementTracker.Actors.Actor")!;
        var evolve = actorType.GetMethod("Evolve")!;
        var actors = entries.Cast<object>().Select(entry => ((System.Collections.IEnumerable)entry.GetType().GetMethod("Missing")!.Invoke(entry, [null, "bench"])!)
            .Cast<object>().Aggregate((object?)null, (actor, change) => evolve.Invoke(null, [actor, change, default(DateTimeOffset)]))).ToList();
        var typed = Array.CreateInstance(actorType, actors.Count);
        for (var k = 0; k < actors.Count; k++) typed.SetValue(actors[k], k);
        var mentions = Activator.CreateInstance(extraction.GetType("EngagementTracker.Extraction.Proposing.Mentions")!, [typed])!;
        var extractor = Activator.CreateInstance(extraction.GetType("EngagementTracker.Extraction.Proposing.Extractor")!, [mentions])!;
        var propose = extractor.GetType().GetMethod("Propose")!;
        return text => ((System.Collections.ICollection)propose.Invoke(extractor, ["doc", text, null, null])!).Count;
    }
}
