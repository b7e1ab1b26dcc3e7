namespace EngagementTracker.Ingestion;

/// <summary>What is wrong with an input file, and where: the file and the field (<c>events[3].occurred</c>).</summary>
public sealed record ScriptProblem(string File, string Field, string Message)
{
    public override string ToString() => $"{File}: {Field}: {Message}";
}

/// <summary>An input was refused as a whole; nothing from it was stored.</summary>
public sealed class ScriptRejectedException(IReadOnlyList<ScriptProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ScriptProblem> Problems { get; } = problems;
}
