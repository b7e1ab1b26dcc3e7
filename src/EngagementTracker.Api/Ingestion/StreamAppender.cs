using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Engagements;
using Marten;

namespace EngagementTracker.Ingestion;

/// <summary>
/// Appends domain events to their happening and commitment streams, each only if its stream does not already hold an
/// account from the same evidence (so replaying or accepting twice changes nothing), and refuses an assessment of a
/// commitment never recorded as made. Shared by replayed scripts and accepted proposals; the caller's transaction
/// commits all of it or none.
/// </summary>
public static class StreamAppender
{
    public static async Task<(IReadOnlyDictionary<string, int> Appended, int AlreadyKnown)> AppendAsync(
        IDocumentSession session, IEnumerable<PlannedAppend> appends, string file, CancellationToken cancellation)
    {
        var appended = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = 0;
        var problems = new List<ScriptProblem>();
        foreach (var group in appends.GroupBy(a => a.StreamId))
        {
            var events = group.Select(a => a.Event).ToList();
            IReadOnlyCollection<Account> held;
            Action<object> append;
            if (events[0] is HappeningReported)
            {
                var stream = await session.Events.FetchForWriting<Happening>(group.Key, cancellation);
                held = stream.Aggregate?.Accounts ?? [];
                append = stream.AppendOne;
            }
            else
            {
                var stream = await session.Events.FetchForWriting<Commitment>(group.Key, cancellation);
                held = [.. stream.Aggregate?.Claims ?? [], .. stream.Aggregate?.Assessments ?? []];
                append = stream.AppendOne;
            }

            var seen = new HashSet<string>(held.Select(SourceKey), StringComparer.Ordinal);
            var made = held.Any(a => a.Kind == EventKind.CommitmentMade) || events.Any(e => e is CommitmentMade);
            foreach (var e in events)
            {
                var account = Account.From(e, default)!;
                if (e is CommitmentAssessed orphan && !made)
                {
                    problems.Add(new ScriptProblem(file, "commitment", $"'{orphan.Statement}' is assessed but was never recorded as made: record its commitment_made first, with the same wording"));
                    continue;
                }

                if (!seen.Add(SourceKey(account))) { known++; continue; }
                append(e);
                appended[account.Kind.Name()] = appended.GetValueOrDefault(account.Kind.Name()) + 1;
            }
        }

        return problems.Count > 0 ? throw new ScriptRejectedException(problems) : (appended, known);
    }

    /// <summary>What makes an account the same on a second pass: its kind, status and evidence.</summary>
    private static string SourceKey(Account a) => $"{a.Kind}|{a.Status}|{a.Source.Key}";
}
