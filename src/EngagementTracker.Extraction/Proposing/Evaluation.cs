using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>A reviewed event as the scorer sees it.</summary>
/// <param name="Participants">its actors and counterparts</param>
/// <param name="Actors">its actors alone (who acted), when the scorer is to tell them from the counterparts</param>
public sealed record GoldEvent(string DocumentId, EventKind Kind, int Start, int End, IReadOnlySet<string> Participants, PartialDate Occurred,
    IReadOnlySet<string>? Actors = null);

public sealed record KindScore(string Kind, int Gold, int Proposed, int Matched)
{
    public double Precision => Proposed == 0 ? 0 : (double)Matched / Proposed;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <param name="ActorAccuracy">on matches: the proposal names exactly the reviewed participants</param>
/// <param name="WhoAccuracy">on matches whose reviewed actors are told apart: the proposal's actors are exactly the reviewed actors</param>
/// <param name="ToWhomAccuracy">on the same matches: the proposal's counterparts are exactly the reviewed counterparts</param>
/// <param name="DateAccuracy">on matches: the proposal's date is the reviewed date, precision included</param>
/// <param name="DateCompatible">on matches: the proposal's date and the reviewed date can be the same day</param>
/// <param name="WrongActors">matches whose participants differ from the reviewed ones</param>
/// <param name="Missed">reviewed events no proposal matched</param>
/// <param name="Spurious">proposals that matched no reviewed event</param>
/// <param name="WrongDates">matches whose date differs from the reviewed one</param>
public sealed record EvaluationResult(IReadOnlyList<KindScore> Kinds, KindScore Overall, double ActorAccuracy, double DateAccuracy, double DateCompatible,
    IReadOnlyList<GoldEvent> Missed, IReadOnlyList<ProposedEvent> Spurious, IReadOnlyList<(GoldEvent Gold, ProposedEvent Proposed)> WrongActors,
    IReadOnlyList<(GoldEvent Gold, ProposedEvent Proposed)> WrongDates, double WhoAccuracy, double ToWhomAccuracy);

/// <summary>
/// Scores proposals against reviewed events: a proposal matches a reviewed event when the kind is the same, their
/// evidence spans overlap and they share at least one actor or counterpart; matching is one-to-one (each reviewed
/// event takes the unmatched proposal overlapping it most, then the one sharing the most actors and counterparts with it,
/// then the most confident).
/// </summary>
public static class Evaluation
{
    public static EvaluationResult Score(IReadOnlyList<GoldEvent> gold, IReadOnlyList<ProposedEvent> proposed)
    {
        var used = new HashSet<ProposedEvent>(ReferenceEqualityComparer.Instance);
        var matches = new List<(GoldEvent Gold, ProposedEvent Proposed)>();
        foreach (var g in gold)
        {
            var best = proposed
                .Where(p => !used.Contains(p) && p.Draft.Kind == g.Kind && p.Draft.Source.DocumentId == g.DocumentId)
                .Select(p => (Proposal: p, Overlap: Math.Min(g.End, p.Draft.Source.End) - Math.Max(g.Start, p.Draft.Source.Start), Shared: Participants(p).Count(g.Participants.Contains)))
                .Where(x => x.Overlap > 0 && x.Shared > 0)
                // (of proposals from one sentence, "held telephone conversations with A, with B and with C", the one sharing the most parties)
                .OrderByDescending(x => x.Overlap).ThenByDescending(x => x.Shared).ThenByDescending(x => x.Proposal.Confidence)
                .Select(x => x.Proposal)
                .FirstOrDefault();
            if (best is null) continue;
            used.Add(best);
            matches.Add((g, best));
        }

        var kinds = Enum.GetValues<EventKind>()
            .Select(k => new KindScore(k.Name(), gold.Count(g => g.Kind == k), proposed.Count(p => p.Draft.Kind == k), matches.Count(m => m.Gold.Kind == k)))
            .ToList();
        var overall = new KindScore("overall", gold.Count, proposed.Count, matches.Count);
        double Share(Func<(GoldEvent Gold, ProposedEvent Proposed), bool> right) => matches.Count == 0 ? 0 : (double)matches.Count(right) / matches.Count;
        var sided = matches.Where(m => m.Gold.Actors is not null).ToList();
        double SidedShare(Func<(GoldEvent Gold, ProposedEvent Proposed), bool> right) => sided.Count == 0 ? 0 : (double)sided.Count(right) / sided.Count;
        HashSet<string> Ids(IEnumerable<ActorRef> refs) => [.. refs.Select(a => a.Id)];
        return new EvaluationResult(
            kinds,
            overall,
            Share(m => Participants(m.Proposed).SetEquals(m.Gold.Participants)),
            Share(m => m.Proposed.Draft.Occurred.Text == m.Gold.Occurred.Text),
            Share(m => m.Proposed.Draft.Occurred.Overlaps(m.Gold.Occurred)),
            gold.Where(g => matches.All(m => !ReferenceEquals(m.Gold, g))).ToList(),
            proposed.Where(p => !used.Contains(p)).ToList(),
            matches.Where(m => !Participants(m.Proposed).SetEquals(m.Gold.Participants)).ToList(),
            matches.Where(m => m.Proposed.Draft.Occurred.Text != m.Gold.Occurred.Text).ToList(),
            SidedShare(m => Ids(m.Proposed.Draft.Actors).SetEquals(m.Gold.Actors!)),
            // (the reviewed counterparts: the participants that are not actors)
            SidedShare(m => Ids(m.Proposed.Draft.Counterparts).SetEquals(m.Gold.Participants.Except(m.Gold.Actors!))));
    }

    private static HashSet<string> Participants(ProposedEvent p) => [.. p.Draft.Actors.Concat(p.Draft.Counterparts).Select(a => a.Id)];
}
