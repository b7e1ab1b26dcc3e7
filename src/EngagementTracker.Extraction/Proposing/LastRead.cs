namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// What is read from a text, kept for the texts last read on each thread (up to <paramref name="keep"/> of them; then it starts
/// again): a sentence is asked about more than once (by each cue, by each reader of who speaks, by each pass over the document's
/// sentences), and the same text object asked again is not read again. A text is its object: the same object has the same
/// characters, so what was read of it holds.
/// </summary>
internal sealed class LastRead<T>(Func<string, T> read, int keep = 1) : IDisposable where T : notnull
{
    private readonly ThreadLocal<Dictionary<string, T>> kept = new(() => new(ReferenceEqualityComparer.Instance));

    public T Of(string text)
    {
        var texts = kept.Value!;
        if (texts.TryGetValue(text, out var value)) return value;
        if (texts.Count >= keep) texts.Clear();
        return texts[text] = read(text);
    }

    public void Dispose() => kept.Dispose();
}
