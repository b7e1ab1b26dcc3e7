using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Engagements;
using EngagementTracker.Statements;

namespace EngagementTracker.History;

/// <summary>Plain-text tables of the views for the command line. A "?" marks what may or may not have happened by the as-of date.</summary>
public static class ViewTables
{
    public static void Board(CommitmentBoard board, TextWriter output)
    {
        Heading(output, "Commitments board", board.AsOf, board.KnownAt, board.Uncertain);
        output.WriteLine(string.Join("  ", board.ByStatus.Select(s => $"{s.Key}: {s.Value}")) + $"  overdue: {board.Overdue}");
        Table(output, ["status", "overdue", "made", "commitment", "latest assessment"], board.Commitments.Select(c => new[]
        {
            c.Status.Name() + (c.Contested ? " (contested)" : ""),
            c.Overdue ? $"yes (deadline {c.Deadline})" : "",
            string.Join(" | ", c.Made.Select(m => $"{m.Occurred} {m.Source.DocumentId[..3]}")) + (c.Uncertain ? " ?" : ""),
            c.Statement,
            string.Join(" | ", c.Current.Select(a => $"{a.Status?.Name()} {a.Occurred} by {string.Join(", ", a.Actors.Select(x => x.Name))}"))
                + string.Concat(c.UncertainAssessments.Select(a => $" | ? {a.Status?.Name()} {a.Occurred} by {string.Join(", ", a.Actors.Select(x => x.Name))}")),
        }));
    }

    public static void History(EngagementHistoryResponse history, TextWriter output)
    {
        Heading(output, $"Engagements of {history.Actor.Name}", history.AsOf, history.KnownAt, history.Uncertain);
        Table(output, ["occurred", "kind", "role then", "with", "place", "sources"], history.Engagements.Select(e => new[]
        {
            e.Occurred.Text + (e.Uncertain ? " ?" : ""),
            e.Kind.Name(),
            string.Join("; ", e.RoleAtTheTime),
            string.Join("; ", e.Counterparts.Select(c => c.RoleAtTheTime.Count > 0 ? $"{c.Name} ({c.RoleAtTheTime[0]})" : c.Name)),
            e.Place ?? "",
            string.Join(" ", e.Accounts.Select(a => a.Source.DocumentId[..3])),
        }));
    }

    public static void Statements(StatementLog log, TextWriter output)
    {
        Heading(output, "Criticism, recommendations and praise", log.AsOf, log.KnownAt, log.Uncertain);
        Table(output, ["occurred", "kind", "by", "to", "topic"], log.Statements.Select(s => new[]
        {
            s.Occurred.Text + (s.Uncertain ? " ?" : ""),
            s.Kind.Name(),
            string.Join("; ", s.By.Select(a => a.Name)),
            string.Join("; ", s.To.Select(a => a.Name)),
            s.Topic ?? "",
        }));
    }

    private static void Heading(TextWriter output, string title, DateOnly? asOf, DateTimeOffset? knownAt, int uncertain)
    {
        output.WriteLine($"{title} as of {(asOf is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "today")}" +
                         (knownAt is { } k ? $", as known at {k:u}" : "") +
                         (uncertain > 0 ? $" ({uncertain} uncertain for that date, marked ?)" : ""));
    }

    private static void Table(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        const int widest = 70;
        var all = rows.Prepend(header).Select(r => r.Select(c => c.Length > widest ? c[..(widest - 1)] + "…" : c).ToArray()).ToList();
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var (row, index) in all.Select((r, i) => (r, i)))
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            if (index == 0) output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }

        if (all.Count == 1) output.WriteLine("(nothing)");
    }
}
