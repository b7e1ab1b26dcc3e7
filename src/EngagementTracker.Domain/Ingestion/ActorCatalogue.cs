using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Ingestion;

public sealed record CatalogueRole(string Role, string? Of, PartialDate From, PartialDate? To, Evidence? Source);

public sealed record CatalogueEntry(string Name, ActorKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<CatalogueRole> Roles)
{
    public string Id => Actor.IdFor(Name);

    /// <summary>The events that bring a stored actor (or none) up to this entry; nothing when it already says it all.</summary>
    public IReadOnlyList<object> Missing(Actor? stored, string reference)
    {
        var events = new List<object>();
        if (stored is null) events.Add(new ActorRegistered(Id, Name, Kind, reference));
        events.AddRange(Aliases
            .Where(a => stored is null || !stored.Knows(a))
            .DistinctBy(Names.Fold)
            .Where(a => Names.Fold(a) != Names.Fold(Name))
            .Select(a => new AliasAdded(Id, a, reference)));
        events.AddRange(Roles
            .Select(r => new RoleHeld(Id, r.Role, r.Of, r.From, r.To, reference, r.Source))
            .Where(r => stored is null || !stored.Holds(r)));
        return events;
    }
}

/// <summary>
/// The actor file: officials with their aliases and roles over time, and the states, institutions,
/// field operations and organisations the documents name.
/// </summary>
public static class ActorCatalogue
{
    private static readonly Dictionary<string, ActorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["official"] = ActorKind.Official,
        ["person"] = ActorKind.Person,
        ["participating_state"] = ActorKind.ParticipatingState,
        ["state"] = ActorKind.State,
        ["institution"] = ActorKind.Institution,
        ["field_operation"] = ActorKind.FieldOperation,
        ["national_institution"] = ActorKind.NationalInstitution,
        ["organisation"] = ActorKind.Organisation,
        ["civil_society"] = ActorKind.CivilSociety,
    };

    public static IReadOnlyCollection<string> KindNames => Kinds.Keys;

    public static bool TryParseKind(string? name, out ActorKind kind) => Kinds.TryGetValue(name ?? "", out kind);

    /// <param name="documentText">the text of a document by id, for role evidence; null when unknown</param>
    public static IReadOnlyList<CatalogueEntry> Read(string file, string json, Func<string, string?> documentText)
    {
        var problems = new List<ScriptProblem>();
        var entries = new List<CatalogueEntry>();
        if (JsonFields.TryParse(file, json, problems, out var parsed))
        {
            using (parsed)
            {
                var fields = new JsonFields(file, problems);
                foreach (var (item, path) in fields.Objects(parsed.RootElement, "actors", "actors", required: true))
                {
                    var entry = ReadEntry(fields, item, path, documentText);
                    if (entry is not null) entries.Add(entry);
                }
            }
        }

        var directory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var folded = Names.Fold(name);
                if (directory.TryGetValue(folded, out var other) && other != entry.Name)
                    problems.Add(new ScriptProblem(file, $"actors[{entry.Name}]", $"'{name}' also names '{other}': a name must resolve to one actor"));
                directory[folded] = entry.Name;
            }
        }

        return problems.Count > 0 ? throw new ScriptRejectedException(problems) : entries;
    }

    private static CatalogueEntry? ReadEntry(JsonFields fields, System.Text.Json.JsonElement item, string path, Func<string, string?> documentText)
    {
        var name = fields.String(item, "name", $"{path}.name", required: true);
        var kindName = fields.String(item, "kind", $"{path}.kind", required: true);
        if (kindName is not null && !Kinds.ContainsKey(kindName))
            fields.Problem($"{path}.kind", $"'{kindName}' is not one of {string.Join(", ", Kinds.Keys)}");
        var aliases = fields.Strings(item, "aliases", $"{path}.aliases", required: false);

        var roles = new List<CatalogueRole>();
        foreach (var (role, rolePath) in fields.Objects(item, "roles", $"{path}.roles", required: false))
        {
            var title = fields.String(role, "role", $"{rolePath}.role", required: true);
            var of = fields.String(role, "of", $"{rolePath}.of", required: false);
            var from = fields.Date(role, "from", $"{rolePath}.from", required: true);
            var to = fields.Date(role, "to", $"{rolePath}.to", required: false);
            Evidence? source = null;
            if (role.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                var documentId = fields.String(evidence, "document", $"{rolePath}.evidence.document", required: true);
                var quote = fields.String(evidence, "quote", $"{rolePath}.evidence.quote", required: true);
                if (documentId is not null && quote is not null)
                {
                    var text = documentText(documentId);
                    if (text is null) fields.Problem($"{rolePath}.evidence.document", $"no document '{documentId}' beside the actor file");
                    else if ((source = EvidenceLocator.Locate(documentId, text, quote)) is null)
                        fields.Problem($"{rolePath}.evidence.quote", $"quote not found in document '{documentId}'");
                }
            }

            if (title is not null && from is not null) roles.Add(new CatalogueRole(title, of, from, to, source));
        }

        return name is not null && kindName is not null && Kinds.TryGetValue(kindName, out var kind)
            ? new CatalogueEntry(name, kind, aliases, roles)
            : null;
    }
}
