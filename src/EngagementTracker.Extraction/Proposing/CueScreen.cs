using System.Buffers;
using System.Numerics;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// Which of a list of cue patterns a text could match, found in one reading of the text: a pattern whose needed strings
/// (<see cref="CuePattern.Needed"/>) are all absent cannot match, and is not worth running. The strings of all the patterns
/// are read at once by one automaton (Aho–Corasick: a state per prefix of a string, and on a character that does not go
/// on, the longest prefix that still does), ASCII letters compared ignoring case. A pattern whose needs are not known is
/// always possible.
/// </summary>
/// <remarks>
/// A reading (<see cref="Read"/>) says which of the strings the text has; what it rules out is then told for any of the
/// patterns, up to 128 at a time. So one reading of a sentence serves both the cues and each cue's alternatives
/// (<see cref="CuePattern.PartsNeeded"/>): read one cue at a time, a sentence was read seven times on average, and each reading
/// of it, with the automaton's table out of the core's caches by then, cost about as much as the first.
/// </remarks>
public sealed class CueScreen
{
    // letters that a pattern ignoring case (invariant culture) takes for ASCII ones where this screen would not ("\u212A",
    // the Kelvin sign, is a "k"): in a text with any, every pattern is possible
    private static readonly SearchValues<char> OtherCasings = SearchValues.Create("\u212A\u212B\u017F\u0130\u0131");

    /// <summary>How many patterns one call of <see cref="Possible(ReadOnlySpan{char})"/> tells of: a bit each in a <see cref="UInt128"/>.</summary>
    public const int Capacity = 128;

    // a move's top bit: one of the strings ends in the state moved to (the strings are looked up only then)
    private const int EndsHere = 0x8000;

    private readonly byte[] symbolOf = new byte[128];
    private readonly int symbols;
    private readonly ushort[] next;     // state * symbols + symbol → state, with EndsHere where a string ends
    private readonly int[] endingFrom;  // state → where the strings ending in it start in ending (one more than the states)
    private readonly int[] ending;      // the strings ending in each state, by number
    private readonly int[]?[] stringsOf; // pattern → the numbers of its strings, or null when its needs are not known
    private readonly int words;         // how many 64-bit words a reading takes, a bit per string
    private readonly int[][] patternsOf; // string → the patterns that need it, in order
    private readonly int[] unknown;      // the patterns whose needs are not known, in order

    // from how many patterns a range is told from the strings the text has rather than from each pattern's strings
    private const int FromStringsFrom = 32;

    public CueScreen(IReadOnlyList<IReadOnlyList<string>?> needs)
    {
        // symbol 0: every character no string has
        var alphabet = needs.Where(n => n is not null).SelectMany(n => n!).SelectMany(s => s.ToLowerInvariant()).Distinct().ToList();
        if (alphabet.Any(c => !char.IsAscii(c))) throw new ArgumentException("Needed strings are ASCII.", nameof(needs));
        for (var k = 0; k < alphabet.Count; k++)
        {
            symbolOf[alphabet[k]] = (byte)(k + 1);
            if (char.IsAsciiLetterLower(alphabet[k])) symbolOf[char.ToUpperInvariant(alphabet[k])] = (byte)(k + 1);
        }

        symbols = alphabet.Count + 1;
        // each string once, by number, whichever patterns need it
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        stringsOf = [.. needs.Select(n => n is not { Count: > 0 } strings ? null : strings.Select(s => numbers.TryAdd(s, numbers.Count) ? numbers.Count - 1 : numbers[s]).Distinct().ToArray())];
        words = Math.Max(1, (numbers.Count + 63) / 64);
        var byString = Enumerable.Range(0, numbers.Count).Select(_ => new List<int>()).ToArray();
        for (var k = 0; k < stringsOf.Length; k++)
            foreach (var number in stringsOf[k] ?? [])
                byString[number].Add(k);
        patternsOf = [.. byString.Select(patterns => patterns.ToArray())];
        unknown = [.. Enumerable.Range(0, stringsOf.Length).Where(k => stringsOf[k] is null)];

        // the trie
        var children = new List<int[]> { new int[symbols] };
        var ends = new List<List<int>> { new() };
        foreach (var (s, number) in numbers)
        {
            var state = 0;
            foreach (var c in s)
            {
                var symbol = symbolOf[c];
                if (children[state][symbol] == 0)
                {
                    children.Add(new int[symbols]);
                    ends.Add([]);
                    children[state][symbol] = children.Count - 1;
                }

                state = children[state][symbol];
            }

            ends[state].Add(number);
        }

        if (children.Count >= EndsHere) throw new ArgumentException($"A screen has fewer than {EndsHere} states; these needs make {children.Count}.", nameof(needs));
        // the automaton: breadth first, each state's missing moves taken from its fallback's, and the strings ending in its
        // fallback ending in it too
        var moves = new int[children.Count * symbols];
        var fallback = new int[children.Count];
        var order = new List<int> { 0 }; // the states breadth first: the shallow ones, where a reading mostly is, come first
        var queue = new Queue<int>();
        for (var symbol = 1; symbol < symbols; symbol++)
            if (children[0][symbol] is var child and > 0)
            {
                moves[symbol] = child;
                queue.Enqueue(child);
            }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            order.Add(state);
            ends[state].AddRange(ends[fallback[state]]);
            for (var symbol = 0; symbol < symbols; symbol++)
            {
                var child = children[state][symbol];
                var viaFallback = moves[fallback[state] * symbols + symbol];
                if (symbol == 0 || child == 0)
                {
                    moves[state * symbols + symbol] = symbol == 0 ? 0 : viaFallback;
                    continue;
                }

                moves[state * symbols + symbol] = child;
                fallback[child] = viaFallback;
                queue.Enqueue(child);
            }
        }

        // numbered breadth first, in 16-bit moves: the states a reading is mostly in share fewer of the cache's lines
        var numberOf = new int[children.Count];
        for (var k = 0; k < order.Count; k++) numberOf[order[k]] = k;
        next = new ushort[children.Count * symbols];
        endingFrom = new int[children.Count + 1];
        var endingList = new List<int>();
        for (var k = 0; k < order.Count; k++)
        {
            endingFrom[k] = endingList.Count;
            endingList.AddRange(ends[order[k]].Distinct());
            for (var symbol = 0; symbol < symbols; symbol++)
            {
                var to = moves[order[k] * symbols + symbol];
                next[k * symbols + symbol] = (ushort)(numberOf[to] | (ends[to].Count > 0 ? EndsHere : 0));
            }
        }

        endingFrom[order.Count] = endingList.Count;
        ending = [.. endingList];
    }

    /// <summary>How many patterns the screen tells of.</summary>
    public int Count => stringsOf.Length;

    /// <summary>The patterns (bit k for the k-th, of the first 128) the text could match: those with a needed string in it, and those whose needs are not known.</summary>
    public UInt128 Possible(ReadOnlySpan<char> text)
    {
        Span<ulong> present = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        return Fill(text, present) ? Possible(present, 0, Math.Min(Count, Capacity)) : UInt128.MaxValue;
    }

    /// <summary>Which of the strings the text has, for <see cref="Possible(Reading, int, int)"/>.</summary>
    public Reading Read(ReadOnlySpan<char> text)
    {
        var present = new ulong[words];
        return Fill(text, present) ? new Reading(present) : default;
    }

    /// <summary>
    /// The patterns from <paramref name="first"/> on, <paramref name="count"/> of them (at most 128), that the text read could
    /// match: bit k for pattern <paramref name="first"/> + k.
    /// </summary>
    public UInt128 Possible(Reading reading, int first, int count) =>
        reading.Present is { } present ? Possible(present, first, count) : count >= Capacity ? UInt128.MaxValue : (UInt128.One << count) - 1;

    private UInt128 Possible(ReadOnlySpan<ulong> present, int first, int count)
    {
        if (count > Capacity) throw new ArgumentOutOfRangeException(nameof(count), count, $"A screen tells of up to {Capacity} patterns at a time.");
        return count >= FromStringsFrom ? FromStrings(present, first, count) : FromPatterns(present, first, count);
    }

    /// <summary>Each pattern of the range asked whether the text has any of its strings (few patterns: fewer strings to look at).</summary>
    private UInt128 FromPatterns(ReadOnlySpan<ulong> present, int first, int count)
    {
        UInt128 possible = 0;
        for (var k = 0; k < count; k++)
            if (stringsOf[first + k] is not { } strings || Any(present, strings))
                possible |= UInt128.One << k;
        return possible;
    }

    /// <summary>
    /// The patterns of the range that need a string the text has, and those whose needs are not known (many patterns: a text has few
    /// of all the strings, and most patterns none, whose every string the other way would look at).
    /// </summary>
    private UInt128 FromStrings(ReadOnlySpan<ulong> present, int first, int count)
    {
        UInt128 possible = 0;
        foreach (var k in unknown)
            if ((uint)(k - first) < (uint)count)
                possible |= UInt128.One << (k - first);
        for (var word = 0; word < present.Length; word++)
            for (var bits = present[word]; bits != 0; bits &= bits - 1)
                foreach (var k in patternsOf[(word << 6) + BitOperations.TrailingZeroCount(bits)])
                    if ((uint)(k - first) < (uint)count)
                        possible |= UInt128.One << (k - first);
        return possible;
    }

    private static bool Any(ReadOnlySpan<ulong> present, int[] strings)
    {
        foreach (var s in strings)
            if ((present[s >> 6] & (1UL << s)) != 0)
                return true;
        return false;
    }

    /// <summary>Sets the bits of the strings the text has; false when it has a letter the screen cannot tell (every pattern is possible).</summary>
    private bool Fill(ReadOnlySpan<char> text, Span<ulong> present)
    {
        if (text.ContainsAny(OtherCasings)) return false;
        var state = 0;
        foreach (var c in text)
        {
            state = next[state * symbols + (c < 128 ? symbolOf[c] : 0)];
            if (state < EndsHere) continue;
            state -= EndsHere;
            for (var j = endingFrom[state]; j < endingFrom[state + 1]; j++) present[ending[j] >> 6] |= 1UL << ending[j];
        }

        return true;
    }

    /// <summary>A text as a screen read it: the strings it has, a bit each (none read: every pattern is possible).</summary>
    public readonly struct Reading(ulong[]? present)
    {
        internal ulong[]? Present => present;
    }
}

/// <summary>
/// The indices of a <see cref="UInt128"/>'s set bits, lowest first, for <c>foreach</c>: each found from the word's trailing
/// zeros, so that a screen's few possible patterns of a hundred are visited without testing the rest.
/// </summary>
public struct BitIndices(UInt128 bits)
{
    private ulong low = (ulong)bits, high = (ulong)(bits >> 64);

    public int Current { get; private set; } = -1;

    public readonly BitIndices GetEnumerator() => this;

    public bool MoveNext()
    {
        if (low != 0)
        {
            Current = BitOperations.TrailingZeroCount(low);
            low &= low - 1;
            return true;
        }

        if (high == 0) return false;
        Current = 64 + BitOperations.TrailingZeroCount(high);
        high &= high - 1;
        return true;
    }
}
