using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// A cue's pattern, matched as one regular expression would be: the leftmost match, and among matches starting at the same
/// place the one the pattern's order prefers. A pattern runs one alternative at a time, each compiled on its own, and the
/// leftmost match is taken (of those starting at the same place, the alternative first in the pattern): as one expression,
/// the engine tries every alternative at nearly every word, while each alone finds where it can start by searching for its
/// opening words (a pledges' cue of 22 alternatives took 0.7 s over 600 documents whole and 0.01 s split). Of three
/// alternatives or more, only those a sentence has the words for are run (<see cref="PartsNeeded"/>, read by a
/// <see cref="CueScreen"/>, the sentence's one for all the cues where it is given one).
/// A pattern of more alternatives than a screen tells apart (over 128) is scanned by the automaton engine instead, which
/// reads a sentence once. The automaton does not support look-arounds, so such a pattern with them backtracks, unless it is
/// asked to split: then its alternatives that look around backtrack as a small pattern of their own, the rest run as an
/// automaton, and the earlier of the two matches is taken; where both start at the same place, the whole pattern,
/// backtracking, decides from there. (Every cue of 40 alternatives or more was read by the automaton while each cue's
/// alternatives were screened by a reading of the sentence of their own; read once for all, its few possible alternatives
/// backtracking take less time: the cue matching's share of the extraction went from 13.7% to 11.8% in perf samples, and
/// every document of the seeds, held-out and unseen sets gave the same proposals.)
/// It also knows the strings every match needs (<see cref="RequiredText"/>), for a <see cref="CueScreen"/> to rule it out
/// of a sentence that has none of them without running it.
/// </summary>
public sealed class CuePattern
{
    private const int ManyAlternatives = 40;
    private readonly Leftmost scanned;
    // when split: the alternatives that look around, and the whole pattern for a tie (interpreted: ties are rare, and compiling
    // it would only add to start-up)
    private readonly (Leftmost LookingAround, Regex Whole)? apart;

    private CuePattern(string pattern, RegexOptions options, Leftmost scanned, (Leftmost, Regex)? apart = null)
    {
        (Source, this.scanned, this.apart) = (pattern, scanned, apart);
        Needed = RequiredText.Of(pattern, options);
    }

    /// <summary>Strings one of which every match contains (ASCII, compared ignoring case), or null when not known.</summary>
    public IReadOnlyList<string>? Needed { get; }

    /// <summary>The regular expression this matches as.</summary>
    public string Source { get; }

    /// <summary>Whether the pattern runs as two: its alternatives that look around apart from the automaton of the rest.</summary>
    public bool Split => apart is not null;

    /// <summary>Whether the pattern (or, split, the rest of it) is read by the automaton engine rather than by backtracking.</summary>
    public bool Scans => scanned.Automaton;

    /// <summary>How many expressions the pattern (or, split, the rest of it) runs as: one for the automaton, one per alternative backtracking.</summary>
    public int Parts => scanned.Parts;

    /// <summary>Whether, backtracking, it runs only the alternatives a text has a needed string for (three or more alternatives).</summary>
    public bool Screened => scanned.Screened;

    /// <summary>Whether an alternative of the pattern looks around (which the automaton cannot read).</summary>
    public static bool LooksAround(string alternative) =>
        alternative.Contains("(?=", StringComparison.Ordinal) || alternative.Contains("(?!", StringComparison.Ordinal)
        || alternative.Contains("(?<=", StringComparison.Ordinal) || alternative.Contains("(?<!", StringComparison.Ordinal);

    public static CuePattern Of(string pattern, RegexOptions options, bool splitLookArounds = false)
    {
        // (only named groups are read from a cue's match: unnamed ones, captured, would only cost time)
        options |= RegexOptions.ExplicitCapture;
        var alternatives = TopLevelAlternatives(pattern);
        if (alternatives.Count == 1) alternatives = Distributed(pattern) ?? alternatives;
        if (alternatives.Count <= CueScreen.Capacity) return new(pattern, options, Leftmost.Backtracking(alternatives, options));
        if (Automaton(pattern, options) is { } all) return new(pattern, options, new([all], automaton: true));
        if (splitLookArounds)
        {
            var looking = alternatives.Where(LooksAround).ToList();
            var rest = string.Join('|', alternatives.Where(a => !LooksAround(a)));
            if (looking.Count > 0 && rest.Count(c => c == '|') >= ManyAlternatives && Automaton(rest, options) is { } scanned)
                return new(pattern, options, new([scanned], automaton: true), (Leftmost.Backtracking(looking, options), new(pattern, options)));
        }

        return new(pattern, options, Leftmost.Backtracking(alternatives, options));
    }

    /// <summary>
    /// The needs of each of the alternatives it runs one by one, when it screens them (<see cref="Screened"/>), for a screen that
    /// reads them with others (<see cref="CueScreen.Read"/>): then <see cref="Match(string, int, UInt128?)"/> is told which may match.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>?>? PartsNeeded => scanned.Needs;

    /// <param name="parts">which of its alternatives may match (bit k for <see cref="PartsNeeded"/>' k-th), read by a screen of their needs; unless told, it screens them itself</param>
    public Match Match(string text, int start = 0, UInt128? parts = null)
    {
        var match = scanned.Match(text, start, parts);
        if (apart is not { } split) return match;
        var (lookingAround, whole) = split;
        var other = lookingAround.Match(text, start, null);
        if (!other.Success || match.Success && match.Index < other.Index) return match;
        return match.Success && match.Index == other.Index ? whole.Match(text, match.Index) : other;
    }

    public bool IsMatch(string text) => scanned.IsMatch(text) || apart?.LookingAround.IsMatch(text) == true;

    /// <summary>
    /// Alternatives run apart, matched as their alternation would be: the leftmost match, and of those starting at the same place
    /// the one of the alternative first in order (an alternative matching earlier than another's first match would be found
    /// first by its own scan, so the earliest of the scans is the alternation's). Of three or more, an alternative the text has
    /// none of the needed strings for (<see cref="RequiredText"/>, read by a <see cref="CueScreen"/> of their own) is not run:
    /// it cannot match, and each run is a scan of the text (a fifth of the cues' time went on alternatives that could not match).
    /// </summary>
    private sealed class Leftmost(Regex[] parts, bool automaton = false, IReadOnlyList<IReadOnlyList<string>?>? needs = null)
    {
        private readonly CueScreen? screen = needs is null ? null : new CueScreen(needs);

        public IReadOnlyList<IReadOnlyList<string>?>? Needs => needs;

        private const int ScreenedFrom = 3;

        public bool Automaton => automaton;

        public int Parts => parts.Length;

        public bool Screened => screen is not null;

        public static Leftmost Backtracking(List<string> alternatives, RegexOptions options) =>
            new([.. alternatives.Select(a => new Regex(a, options | RegexOptions.Compiled))],
                needs: alternatives.Count >= ScreenedFrom && alternatives.Count <= CueScreen.Capacity ? [.. alternatives.Select(a => RequiredText.Of(a, options))] : null);

        public Match Match(string text, int start, UInt128? possibleParts)
        {
            var possible = (screen is null ? null : possibleParts) ?? screen?.Possible(text.AsSpan(start)) ?? UInt128.MaxValue;
            var best = System.Text.RegularExpressions.Match.Empty;
            foreach (var i in Bits(possible, parts.Length))
            {
                if (parts[i].Match(text, start) is { Success: true } match && (!best.Success || match.Index < best.Index)) best = match;
                if (best.Success && best.Index == start) break;
            }

            return best;
        }

        public bool IsMatch(string text)
        {
            var possible = screen?.Possible(text) ?? UInt128.MaxValue;
            foreach (var i in Bits(possible, parts.Length))
                if (parts[i].IsMatch(text)) return true;
            return false;
        }

        /// <summary>The set bits of <paramref name="possible"/> below <paramref name="count"/>, lowest first: the parts to run, found without testing each.</summary>
        private static BitIndices Bits(UInt128 possible, int count) =>
            new(count >= 128 ? possible : possible & ((UInt128.One << count) - 1));
    }

    private static Regex? Automaton(string pattern, RegexOptions options)
    {
        try { return new(pattern, options | RegexOptions.NonBacktracking); }
        catch (NotSupportedException) { return null; }
    }

    /// <summary>
    /// A pattern that is one group of alternatives, after a word boundary or nothing ("\b(violat\w+|baseless|…)", "(?&lt;since&gt;…|…)"),
    /// as the alternatives each in the group ("\b(violat\w+)|\b(baseless)|…"): they match as the one group would, the first that
    /// matches at a place taken there, and can then be screened and run one by one (one such cue of 90 alternatives, run whole
    /// wherever a sentence had any of its words, was tried at every word: a fifth of the cues' time). Null for any other pattern.
    /// </summary>
    private static List<string>? Distributed(string pattern)
    {
        var prefix = pattern.StartsWith(@"\b(", StringComparison.Ordinal) ? @"\b" : pattern.StartsWith('(') ? "" : null;
        if (prefix is null) return null;
        var open = prefix.Length;
        // the group's own opening: plain, non-capturing or named (not a look-around, nor any other construct)
        var header = pattern.AsSpan(open).StartsWith("(?<") && pattern.IndexOf('>', open) is var named and > 0
                     && pattern.AsSpan(open + 3, named - open - 3) is var name && name.Length > 0 && !name.ContainsAnyExcept(WordCharacters)
            ? pattern[open..(named + 1)]
            : pattern.AsSpan(open).StartsWith("(?:") ? "(?:" : pattern.AsSpan(open).StartsWith("(?") ? null : "(";
        if (header is null || ClosingOf(pattern, open) != pattern.Length - 1) return null;
        var inner = TopLevelAlternatives(pattern[(open + header.Length)..^1]);
        return inner.Count < 2 ? null : [.. inner.Select(a => $"{prefix}{header}{a})")];
    }

    private static readonly System.Buffers.SearchValues<char> WordCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>Where the group opening at <paramref name="open"/> closes (-1 if it does not).</summary>
    private static int ClosingOf(string pattern, int open) => Marks(pattern, open).Where(m => m.Mark == ')' && m.Depth == 0).Select(m => m.At).DefaultIfEmpty(-1).First();

    /// <summary>The pattern's alternatives at the top level: '|' outside parentheses and character classes, not escaped.</summary>
    private static List<string> TopLevelAlternatives(string pattern)
    {
        var (alternatives, from) = (new List<string>(), 0);
        foreach (var (at, _, _) in Marks(pattern).Where(m => m.Mark == '|' && m.Depth == 0))
        {
            alternatives.Add(pattern[from..at]);
            from = at + 1;
        }

        alternatives.Add(pattern[from..]);
        return alternatives;
    }

    /// <summary>
    /// The pattern's parentheses and bars outside character classes, not escaped, from <paramref name="from"/> on, each with the
    /// depth it stands at (a group's ')' at the depth of its '(').
    /// </summary>
    private static IEnumerable<(int At, char Mark, int Depth)> Marks(string pattern, int from = 0)
    {
        var (depth, inClass) = (0, false);
        for (var i = from; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { inClass = c != ']'; continue; }
            switch (c)
            {
                case '[': inClass = true; break;
                case '(': yield return (i, c, depth++); break;
                case ')': yield return (i, c, --depth); break;
                case '|': yield return (i, c, depth); break;
            }
        }
    }
}
