using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Engagements;

namespace EngagementTracker.Ingestion;

/// <summary>An event bound for a stream: happening, commitment or actor.</summary>
public sealed record PlannedAppend(string StreamId, object Event);

/// <summary>What replaying one script would append, before comparing with what the store already holds.</summary>
public sealed record ReplayPlan(IReadOnlyList<PlannedAppend> Aliases, IReadOnlyList<PlannedAppend> Happenings, IReadOnlyList<PlannedAppend> Commitments);

public static class DocumentReplay
{
    /// <summary>
    /// Turns a reviewed script into domain events with resolved actors and natural stream keys. Every
    /// name must resolve to exactly one actor (canonical name or alias, the document's own aliases
    /// included); otherwise the whole script is refused with each unknown name's field.
    /// </summary>
    public static ReplayPlan Plan(EventScript script, string documentId, ActorDirectory directory)
    {
        var problems = new List<ScriptProblem>();
        var aliases = new List<PlannedAppend>();
        foreach (var (set, i) in script.Document.Aliases.Select((s, i) => (s, i)))
        {
            var actor = directory.Resolve(set.Canonical);
            if (actor is null)
            {
                problems.Add(new ScriptProblem(script.File, $"document.aliases[{i}].canonical", Unknown(directory, set.Canonical)));
                continue;
            }

            foreach (var alias in set.Aliases)
            {
                var known = directory.Resolve(alias);
                if (known is not null && known.Id != actor.Id)
                {
                    problems.Add(new ScriptProblem(script.File, $"document.aliases[{i}]", $"'{alias}' already names '{known.Name}'"));
                    continue;
                }

                if (known is null)
                {
                    directory.Add(alias, actor);
                    aliases.Add(new PlannedAppend(actor.Id, new AliasAdded(actor.Id, alias, documentId)));
                }
            }
        }

        var happenings = new List<PlannedAppend>();
        var commitments = new List<PlannedAppend>();
        foreach (var e in script.Events)
        {
            var resolvedAll = Resolve(e.Actors, $"events[{e.Index}].actors", out var actors)
                            & Resolve(e.Counterparts, $"events[{e.Index}].counterparts", out var counterparts);
            if (!resolvedAll) continue;

            var append = DomainEventFor(new EventDraft(e.Kind, e.Occurred, actors, counterparts, e.Place, e.Topic, e.Commitment, e.Status, e.Deadline, e.Evidence));
            (e.Kind.IsCommitment() ? commitments : happenings).Add(append);
        }

        return problems.Count > 0 ? throw new ScriptRejectedException(problems) : new ReplayPlan(aliases, happenings, commitments);

        bool Resolve(IReadOnlyList<string> names, string path, out List<ActorRef> resolved)
        {
            resolved = [];
            var ok = true;
            for (var i = 0; i < names.Count; i++)
            {
                var actor = directory.Resolve(names[i]);
                if (actor is null)
                {
                    problems.Add(new ScriptProblem(script.File, $"{path}[{i}]", Unknown(directory, names[i])));
                    ok = false;
                }
                else if (resolved.All(r => r.Id != actor.Id))
                {
                    resolved.Add(actor);
                }
            }

            return ok;
        }
    }

    /// <summary>
    /// The domain event a draft stands for, on its stream: a happening keyed by its natural key, or a claim or assessment
    /// on the commitment identified by its wording. The one mapping for replayed scripts and accepted proposals.
    /// </summary>
    public static PlannedAppend DomainEventFor(EventDraft d)
    {
        // a proposal whose wording an analyst cleared is still a commitment: its evidence says what it is
        static string Wording(EventDraft d) => string.IsNullOrWhiteSpace(d.Commitment) ? d.Source.Quote : d.Commitment;

        switch (d.Kind)
        {
            case EventKind.CommitmentMade:
            {
                var wording = Wording(d);
                var id = Commitment.IdFor(wording);
                return new(id, new CommitmentMade(id, wording, d.Actors, d.Counterparts, d.Place, d.Topic, d.Occurred, d.Deadline, d.Source));
            }

            case EventKind.CommitmentAssessed:
            {
                var wording = Wording(d);
                var id = Commitment.IdFor(wording);
                return new(id, new CommitmentAssessed(id, wording, d.Status!.Value, d.Actors, d.Counterparts, d.Occurred, d.Source));
            }

            default:
            {
                var id = Happening.KeyFor(d.Kind, d.Actors, d.Counterparts, d.Occurred, d.Topic);
                return new(id, new HappeningReported(id, d.Kind, d.Actors, d.Counterparts, d.Place, d.Topic, d.Occurred, d.Source));
            }
        }
    }

    private static string Unknown(ActorDirectory directory, string name)
    {
        var candidates = directory.Candidates(name);
        return candidates.Count > 0
            ? $"'{name}' is ambiguous: it names {string.Join(", ", candidates)}"
            : $"unknown actor '{name}': add it (or the alias) to the actor file or to document.aliases";
    }
}
