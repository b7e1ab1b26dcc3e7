using System.Security.Cryptography;
using System.Text;
using EngagementTracker.Actors;
using EngagementTracker.Documents;
using EngagementTracker.Ingestion;

namespace EngagementTracker.Benchmarks;

/// <summary>
/// A large synthetic history made by varying the reviewed seed scripts: each variant <c>v</c> copies every seed
/// document under a new id, gives its officials variant names ("Ian Borg 7", one of 34 per official), moves
/// Kazakhstan's part to one of the 57 participating States, shifts every date by -10..+10 years (so the history
/// spreads over twenty years and more), and words its commitments per State and one of ten variant sets. Evidence quotes
/// and spans stay valid: the texts are the seed texts.
/// </summary>
public sealed class SyntheticHistory
{
    private const int OfficialVariants = 34;
    private readonly IReadOnlyList<CatalogueEntry> _catalogue;
    private readonly List<(string Id, string File, string Text, string Sha, EventScript Script)> _seeds = [];
    private readonly List<string> _states;
    private readonly HashSet<string> _officials;

    public SyntheticHistory(string seedsFolder)
    {
        var documents = Path.Combine(seedsFolder, "documents");
        var texts = Directory.GetFiles(documents, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        _catalogue = ActorCatalogue.Read(SeedFolder.ActorFile, File.ReadAllText(Path.Combine(seedsFolder, SeedFolder.ActorFile)), texts.GetValueOrDefault);
        foreach (var file in Directory.GetFiles(documents, SeedFolder.ScriptPattern).Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(file);
            var header = EventScript.ReadHeader(file, json);
            var id = SourceDocument.IdFor(header.File);
            _seeds.Add((id, header.File, texts[id], Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(texts[id]))), EventScript.Read(file, json, id, texts[id])));
        }

        _states = _catalogue.Where(e => e.Kind == ActorKind.ParticipatingState).Select(e => e.Name).ToList();
        _officials = _catalogue.Where(e => e.Kind == ActorKind.Official).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
    }

    public int EventsPerVariant => _seeds.Sum(s => s.Script.Events.Count + 1);

    /// <summary>The actor streams: the seed catalogue plus every official's variants, as their registration events.</summary>
    public IEnumerable<(string StreamId, IReadOnlyList<object> Events)> Actors()
    {
        foreach (var entry in _catalogue)
        {
            yield return (entry.Id, entry.Missing(null, "synthetic"));
            if (entry.Kind != ActorKind.Official) continue;
            for (var j = 1; j < OfficialVariants; j++)
            {
                var variant = entry with { Name = $"{entry.Name} {j}", Aliases = [] };
                yield return (variant.Id, variant.Missing(null, "synthetic"));
            }
        }
    }

    public ActorDirectory DirectoryOf(IEnumerable<(string StreamId, IReadOnlyList<object> Events)> actors) =>
        new(actors.Select(a => a.Events.Aggregate((Actor?)null, (actor, e) => Actor.Evolve(actor, e, default))!));

    /// <summary>Variant <paramref name="v"/>: its documents' registrations and the planned events of their scripts.</summary>
    public IEnumerable<(string DocumentId, DocumentRegistered Registered, ReplayPlan Plan)> Variant(int v, ActorDirectory directory)
    {
        var state = _states[v % _states.Count];
        var years = v % 21 - 10;
        foreach (var seed in _seeds)
        {
            var id = $"syn{v:D5}-{seed.Id}";
            var script = seed.Script with
            {
                Document = seed.Script.Document with { Aliases = [] },
                Events = seed.Script.Events.Select(e => e with
                {
                    Occurred = e.Occurred.AddYears(years),
                    Deadline = e.Deadline?.AddYears(years),
                    Actors = e.Actors.Select(Name).ToList(),
                    Counterparts = e.Counterparts.Select(Name).ToList(),
                    Commitment = e.Commitment is null ? null : $"{e.Commitment.Replace("Kazakhstan", state, StringComparison.Ordinal)} #{v % 10}",
                    Evidence = e.Evidence with { DocumentId = id },
                }).ToList(),
            };
            var registered = new DocumentRegistered(id, seed.File, $"{seed.Script.Document.Title} (variant {v})",
                seed.Script.Document.Published?.AddYears(years), seed.Script.Document.Publisher, seed.Sha, seed.Text);
            yield return (id, registered, DocumentReplay.Plan(script, id, directory));
        }

        string Name(string name)
        {
            var canonical = directory.Resolve(name)?.Name ?? name;
            if (canonical == "Kazakhstan") return state;
            return _officials.Contains(canonical) && v % OfficialVariants != 0 ? $"{canonical} {v % OfficialVariants}" : canonical;
        }
    }
}
