using System.Buffers;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// Which of a list of cue patterns a text could match, found in one reading of the text: a pattern whose needed strings
/// (<see cref="CuePattern.Needed"/>) are all absent cannot match, and is not worth running. The strings of all the patterns
/// are read at once by one automaton (Aho–Corasick: a state per prefix of a string, and on a character that does not go
/// on, the longest prefix that still does), ASCII letters compared ignoring case. A pattern whose needs are not known is
/// always possible. Up to 128 patterns.
/// </summary>
public sealed class CueScreen
{
    // letters that a pattern ignoring case (invariant culture) takes for ASCII ones where this screen would not ("\u212A",
    // the Kelvin sign, is a "k"): in a text with any, every pattern is possible
    private static readonly SearchValues<char> OtherCasings = SearchValues.Create("\u212A\u212B\u017F\u0130\u0131");

    /// <summary>How many patterns one screen reads: a bit each in a <see cref="UInt128"/>.</summary>
    public const int Capacity = 128;

    private readonly UInt128 always;
    private readonly byte[] symbolOf = new byte[128];
    private readonly int symbols;
    private readonly int[] next;   // state * symbols + symbol → state
    private readonly UInt128[] found; // state → the patterns one of whose strings ends here

    public CueScreen(IReadOnlyList<IReadOnlyList<string>?> needs)
    {
        if (needs.Count > Capacity) throw new ArgumentException($"A screen reads up to {Capacity} patterns.", nameof(needs));
        // symbol 0: every character no string has
        var alphabet = needs.Where(n => n is not null).SelectMany(n => n!).SelectMany(s => s.ToLowerInvariant()).Distinct().ToList();
        if (alphabet.Any(c => !char.IsAscii(c))) throw new ArgumentException("Needed strings are ASCII.", nameof(needs));
        for (var k = 0; k < alphabet.Count; k++)
        {
            symbolOf[alphabet[k]] = (byte)(k + 1);
            if (char.IsAsciiLetterLower(alphabet[k])) symbolOf[char.ToUpperInvariant(alphabet[k])] = (byte)(k + 1);
        }

        symbols = alphabet.Count + 1;
        // the trie
        var children = new List<int[]> { new int[symbols] };
        var ends = new List<UInt128> { 0 };
        for (var p = 0; p < needs.Count; p++)
        {
            if (needs[p] is not { Count: > 0 } strings)
            {
                always |= UInt128.One << p;
                continue;
            }

            foreach (var s in strings)
            {
                var state = 0;
                foreach (var c in s)
                {
                    var symbol = symbolOf[c];
                    if (children[state][symbol] == 0)
                    {
                        children.Add(new int[symbols]);
                        ends.Add(0);
                        children[state][symbol] = children.Count - 1;
                    }

                    state = children[state][symbol];
                }

                ends[state] |= UInt128.One << p;
            }
        }

        // the automaton: breadth first, each state's missing moves taken from its fallback's
        next = new int[children.Count * symbols];
        found = [.. ends];
        var fallback = new int[children.Count];
        var queue = new Queue<int>();
        for (var symbol = 1; symbol < symbols; symbol++)
            if (children[0][symbol] is var child and > 0)
            {
                next[symbol] = child;
                queue.Enqueue(child);
            }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            found[state] |= found[fallback[state]];
            for (var symbol = 0; symbol < symbols; symbol++)
            {
                var child = children[state][symbol];
                var viaFallback = next[fallback[state] * symbols + symbol];
                if (symbol == 0 || child == 0)
                {
                    next[state * symbols + symbol] = symbol == 0 ? 0 : viaFallback;
                    continue;
                }

                next[state * symbols + symbol] = child;
                fallback[child] = viaFallback;
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>The patterns (bit k for the k-th) the text could match: those with a needed string in it, and those whose needs are not known.</summary>
    public UInt128 Possible(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(OtherCasings)) return UInt128.MaxValue;
        var (state, possible) = (0, always);
        foreach (var c in text)
        {
            state = next[state * symbols + (c < 128 ? symbolOf[c] : 0)];
            possible |= found[state];
        }

        return possible;
    }
}
