namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// What is read from a text, kept for the text last read on each thread: a sentence is asked about more than once in turn (by
/// each cue, by each reader of who speaks), and the same text object asked again is not read again.
/// </summary>
internal sealed class LastRead<T>(Func<string, T> read) : IDisposable where T : notnull
{
    private readonly ThreadLocal<(string Text, T Value)?> last = new();

    public T Of(string text)
    {
        if (last.Value is { } kept && ReferenceEquals(kept.Text, text)) return kept.Value;
        var value = read(text);
        last.Value = (text, value);
        return value;
    }

    public void Dispose() => last.Dispose();
}
