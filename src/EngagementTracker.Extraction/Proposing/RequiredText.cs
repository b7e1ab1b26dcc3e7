using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// Text that every match of a regular expression contains: a set of strings, one of which (compared ignoring case) is in
/// any match. "\bcommend(ed|s|ing)?\b|\bprais(ed|es)\b" needs "commend" or "prais"; a sentence with neither cannot match,
/// and a search for a few strings is much cheaper than running the pattern. Read from the pattern's own text: the
/// constructs the cues use (groups, alternatives, quantifiers, classes, escapes, look-arounds); for anything else, and
/// for a pattern some alternative of which needs no literal text at all, it says nothing (null), so nothing is skipped.
/// </summary>
public static class RequiredText
{
    /// <summary>What a node of the pattern matches: exactly one string (Exact), or at least one of a set (AnyOf), or neither known (both null).</summary>
    private readonly record struct Part(string? Exact, HashSet<string>? AnyOf)
    {
        public static readonly Part Unknown = new(null, null);

        public HashSet<string>? Needed => Exact is { Length: > 0 } exact ? [exact] : AnyOf;
    }

    private sealed class Unsupported : Exception;

    /// <summary>
    /// The options under which a pattern's text alone says what it needs: case, culture and captures change no literal text, nor
    /// do ^ and $ at lines, '.' across them, reading right to left or compiling. Ignoring the pattern's whitespace (or any other
    /// option) is not read: its text would then not be what it matches.
    /// </summary>
    private const RegexOptions Readable = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline
                                          | RegexOptions.Singleline | RegexOptions.RightToLeft | RegexOptions.Compiled;

    /// <summary>The strings one of which every match of the expression contains, or null when it does not say (see <see cref="Of(string)"/>).</summary>
    public static IReadOnlyList<string>? Of(Regex regex) => Of(regex.ToString(), regex.Options);

    /// <summary>The strings one of which every match of the pattern under these options contains, or null when it does not say.</summary>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options) => (options & ~Readable) == 0 ? Of(pattern) : null;

    /// <summary>The strings one of which every match contains, or null when the pattern does not say (or this reading cannot tell).</summary>
    public static IReadOnlyList<string>? Of(string pattern)
    {
        try
        {
            var position = 0;
            var part = Alternation(pattern, ref position);
            if (position != pattern.Length) return null;
            return part.Needed is { Count: > 0 } needed ? [.. Shortest(needed)] : null;
        }
        catch (Unsupported) { return null; }
    }

    private static Part Alternation(string pattern, ref int i)
    {
        var alternatives = new List<Part> { Sequence(pattern, ref i) };
        while (i < pattern.Length && pattern[i] == '|')
        {
            i++;
            alternatives.Add(Sequence(pattern, ref i));
        }

        if (alternatives.Count == 1) return alternatives[0];
        var any = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var alternative in alternatives)
        {
            // an alternative that needs no text of its own lets the whole match without any
            if (alternative.Needed is not { Count: > 0 } needed) return Part.Unknown;
            any.UnionWith(needed);
        }

        return new(null, new HashSet<string>(Shortest(any), StringComparer.OrdinalIgnoreCase));
    }

    private static Part Sequence(string pattern, ref int i)
    {
        var candidates = new List<HashSet<string>>();
        var run = new System.Text.StringBuilder();
        var allExact = true;

        void EndRun()
        {
            if (run.Length > 0) candidates.Add([run.ToString()]);
            run.Clear();
        }

        while (i < pattern.Length && pattern[i] is not ('|' or ')'))
        {
            var (atom, zeroWidth) = Atom(pattern, ref i);
            var (min, max) = Quantifier(pattern, ref i);
            if (zeroWidth && min == 1 && max == 1) continue; // \b, ^, a look-around: needs no text, and breaks no run
            if (min == 1 && max == 1 && atom.Exact is { } exact)
            {
                run.Append(exact);
                continue;
            }

            allExact = false;
            EndRun();
            if (min >= 1 && atom.Needed is { Count: > 0 } needed) candidates.Add(needed);
        }

        if (allExact) return new(run.ToString(), null);
        EndRun();
        // the strongest requirement: the one whose shortest string is longest, then the one with fewer strings
        var best = candidates.OrderByDescending(c => c.Min(s => s.Length)).ThenBy(c => c.Count).FirstOrDefault();
        return new(null, best);
    }

    /// <summary>One atom; zeroWidth when it matches no text (an anchor, a word boundary, a look-around).</summary>
    private static (Part Part, bool ZeroWidth) Atom(string pattern, ref int i)
    {
        var c = pattern[i];
        switch (c)
        {
            case '(':
                return Group(pattern, ref i);
            case '[':
                SkipClass(pattern, ref i);
                return (Part.Unknown, false);
            case '.':
                i++;
                return (Part.Unknown, false);
            case '^' or '$':
                i++;
                return (Part.Unknown, true);
            case '\\':
                return Escape(pattern, ref i);
            case '*' or '+' or '?' or '{':
                throw new Unsupported();
            default:
                i++;
                // compared ignoring case only where that comparison agrees with the pattern's (ASCII letters and marks)
                return char.IsAscii(c) ? (new(c.ToString(), null), false) : (Part.Unknown, false);
        }
    }

    private static (Part, bool) Group(string pattern, ref int i)
    {
        i++; // '('
        var lookAround = false;
        if (i < pattern.Length && pattern[i] == '?')
        {
            var rest = pattern.AsSpan(i);
            if (rest.StartsWith("?:")) i += 2;
            else if (rest.StartsWith("?=") || rest.StartsWith("?!")) (i, lookAround) = (i + 2, true);
            else if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) (i, lookAround) = (i + 3, true);
            else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
            {
                var close = pattern.IndexOf(rest[1] == '<' ? '>' : '\'', i + 2);
                if (close < 0) throw new Unsupported();
                i = close + 1;
            }
            else
            {
                // "(?-i:…)", "(?i:…)": options for the group only; "(?i)" alone would change the rest of the pattern
                var j = i + 1;
                while (j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or 'x' or '-') j++;
                if (j >= pattern.Length || pattern[j] != ':') throw new Unsupported();
                i = j + 1;
            }
        }

        var inner = Alternation(pattern, ref i);
        if (i >= pattern.Length || pattern[i] != ')') throw new Unsupported();
        i++;
        return lookAround ? (Part.Unknown, true) : (inner, false);
    }

    private static (Part, bool) Escape(string pattern, ref int i)
    {
        if (i + 1 >= pattern.Length) throw new Unsupported();
        var e = pattern[i + 1];
        i += 2;
        switch (e)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return (Part.Unknown, true);
            case 's' or 'S' or 'w' or 'W' or 'd' or 'D':
                return (Part.Unknown, false);
            case 'p' or 'P':
                var close = pattern.IndexOf('}', i);
                if (close < 0) throw new Unsupported();
                i = close + 1;
                return (Part.Unknown, false);
            default:
                // an escaped mark ("\.", "\-", "\(") is itself; an escaped letter or digit (\n, \u…, a back-reference) is not read here
                if (char.IsAsciiLetterOrDigit(e) || !char.IsAscii(e)) throw new Unsupported();
                return (new(e.ToString(), null), false);
        }
    }

    private static void SkipClass(string pattern, ref int i)
    {
        i++; // '['
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++; // a ']' first is a member
        while (i < pattern.Length && pattern[i] != ']')
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '[') throw new Unsupported(); // a subtraction, "[a-z-[aeiou]]"
            i++;
        }

        if (i >= pattern.Length) throw new Unsupported();
        i++;
    }

    private static (int Min, int Max) Quantifier(string pattern, ref int i)
    {
        if (i >= pattern.Length) return (1, 1);
        (int, int) bounds;
        switch (pattern[i])
        {
            case '?': bounds = (0, 1); i++; break;
            case '*': bounds = (0, int.MaxValue); i++; break;
            case '+': bounds = (1, int.MaxValue); i++; break;
            case '{':
                var close = pattern.IndexOf('}', i);
                if (close < 0) throw new Unsupported();
                var inside = pattern[(i + 1)..close].Split(',');
                if (!int.TryParse(inside[0], out var min)) throw new Unsupported();
                var max = inside.Length == 1 ? min : inside[1].Length == 0 ? int.MaxValue : int.TryParse(inside[1], out var m) ? m : throw new Unsupported();
                bounds = (min, max);
                i = close + 1;
                break;
            default:
                return (1, 1);
        }

        if (i < pattern.Length && pattern[i] == '?') i++; // lazy: the same bounds
        return bounds;
    }

    /// <summary>The set without a string that contains another of it: where "fail" must be present, "failed" adds nothing.</summary>
    private static IEnumerable<string> Shortest(HashSet<string> strings) =>
        strings.Where(s => !strings.Any(t => t.Length < s.Length && s.Contains(t, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal);
}
