using Wolverine;

namespace EngagementTracker.Ingestion;

public sealed record FolderReplayed(int Documents, int Appended, int AlreadyKnown, IReadOnlyList<string> Failures);

/// <summary>
/// Replays a folder laid out like <c>seeds/</c>: <c>actors.json</c> at the top, documents and their
/// <c>*.events.json</c> scripts under it. Actors first, then each document in file-name order, each
/// as one <see cref="ReplayDocument"/> command. A rejected document is reported and skipped; the
/// others still go in.
/// </summary>
public sealed class SeedFolder(IServiceScopeFactory scopes)
{
    public const string ActorFile = "actors.json";
    public const string ScriptPattern = "*.events.json";

    public async Task<FolderReplayed> ReplayAsync(string folder, string recordedBy, Action<string> progress, CancellationToken cancellation)
    {
        folder = Path.GetFullPath(folder);
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"No folder {folder} to replay.");

        var scripts = Directory.GetFiles(folder, ScriptPattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var texts = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        var failures = new List<string>();

        var actorFile = Path.Combine(folder, ActorFile);
        if (File.Exists(actorFile))
        {
            try
            {
                var actors = await bus.InvokeAsync<ActorsRegistered>(new RegisterActors(Relative(actorFile), await File.ReadAllTextAsync(actorFile, cancellation), texts, recordedBy), cancellation);
                progress($"{ActorFile}: {actors.Registered} actors registered, {actors.Updated} updated, {actors.Unchanged} unchanged");
            }
            catch (ScriptRejectedException rejected)
            {
                failures.Add(rejected.Message);
                progress($"REJECTED {rejected.Message}");
                return new FolderReplayed(0, 0, 0, failures);
            }
        }

        int documents = 0, appended = 0, known = 0;
        foreach (var (script, index) in scripts.Select((s, i) => (s, i + 1)))
        {
            var name = Relative(script);
            try
            {
                var json = await File.ReadAllTextAsync(script, cancellation);
                var header = EventScript.ReadHeader(name, json);
                var documentPath = new[] { Path.Combine(folder, header.File), Path.Combine(Path.GetDirectoryName(script)!, Path.GetFileName(header.File)) }
                    .FirstOrDefault(File.Exists)
                    ?? throw new ScriptRejectedException([new ScriptProblem(name, "document.file", $"no file '{header.File}' in {folder}")]);
                var result = await bus.InvokeAsync<DocumentReplayed>(
                    new ReplayDocument(name, json, Path.GetFileName(documentPath), await File.ReadAllTextAsync(documentPath, cancellation), recordedBy), cancellation);
                documents++;
                appended += result.AppendedCount;
                known += result.AlreadyKnown;
                var kinds = result.Appended.Count == 0 ? "nothing new" : string.Join(", ", result.Appended.Select(k => $"{k.Value} {k.Key}"));
                progress($"[{index}/{scripts.Count}] {result.DocumentId}: {(result.Registered ? "registered; " : "")}appended {kinds}" +
                         (result.AlreadyKnown > 0 ? $"; {result.AlreadyKnown} already known" : "") +
                         (result.AliasesAdded > 0 ? $"; {result.AliasesAdded} aliases added" : ""));
            }
            catch (ScriptRejectedException rejected)
            {
                failures.Add(rejected.Message);
                progress($"[{index}/{scripts.Count}] REJECTED, nothing appended:{Environment.NewLine}  {rejected.Message.Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal)}");
            }
        }

        return new FolderReplayed(documents, appended, known, failures);

        string Relative(string path) => Path.GetRelativePath(Path.GetDirectoryName(folder) ?? folder, path);
    }
}
