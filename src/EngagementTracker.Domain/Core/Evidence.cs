using System.Text.Json.Serialization;

namespace EngagementTracker.Core;

/// <summary>
/// Where a fact comes from: the document, the exact quote as it stands in the document's text,
/// and its character span there. Nothing enters the store without one.
/// </summary>
public sealed record Evidence(string DocumentId, string Quote, int Start, int Length)
{
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Same document, same place: the identity of a source for idempotent replay.</summary>
    [JsonIgnore]
    public string Key => $"{DocumentId}@{Start}+{Length}";
}

public static class EvidenceLocator
{
    /// <summary>
    /// Finds a quote in a document's text as it stands, PDF line breaks and all: a whitespace run in the
    /// quote matches any whitespace run in the text, and a hyphen the text broke at a line end
    /// ("election-⏎monitoring") matches the quote's "election-monitoring", and a quote's "Of-⏎fice" the text's "Office", a
    /// word a reader made whole again; a soft hyphen or zero-width space on either side is passed over. Everything else must match
    /// exactly. Returns the first occurrence, with the quote as the document has it.
    /// </summary>
    public static Evidence? Locate(string documentId, string text, string quote)
    {
        quote = quote.Trim().Trim(IgnorableTrimmed);
        if (quote.Length == 0) return null;

        for (var from = text.IndexOf(quote[0], StringComparison.Ordinal); from >= 0; from = text.IndexOf(quote[0], from + 1))
        {
            var end = MatchFrom(text, from, quote);
            if (end >= 0) return new Evidence(documentId, text[from..end], from, end - from);
        }

        return null;
    }

    private static int MatchFrom(string text, int t, string quote)
    {
        var q = 0;
        while (q < quote.Length)
        {
            // (a soft hyphen or a zero-width space, in the quote or the text, is no character either has: reading leaves them out)
            if (Ignorable(quote[q])) { q++; continue; }
            if (t < text.Length && Ignorable(text[t])) { t++; continue; }

            if (char.IsWhiteSpace(quote[q]))
            {
                if (t >= text.Length || !char.IsWhiteSpace(text[t])) return -1;
                while (q < quote.Length && char.IsWhiteSpace(quote[q])) q++;
                while (t < text.Length && char.IsWhiteSpace(text[t])) t++;
                continue;
            }

            // (and the other way round: the quote keeps "Of-⏎fice" from the file, the text as read has the word whole again)
            if (quote[q] == '-' && t < text.Length && text[t] != '-' && q > 0 && char.IsLetter(quote[q - 1]) && BrokenLineAt(quote, q + 1, out var rest) && rest < quote.Length)
            {
                q = rest;
                continue;
            }

            if (t >= text.Length || text[t] != quote[q]) return -1;
            t++;
            q++;
            if (text[t - 1] == '-' && q < quote.Length && !char.IsWhiteSpace(quote[q]) && BrokenLineAt(text, t, out var next)) t = next;
        }

        return t;
    }

    /// <summary>A character that shows nothing and joins nothing: a soft hyphen, a zero-width space, a word joiner, a byte-order mark.</summary>
    public static bool Ignorable(char c) => IgnorableCharacters.Contains(c);

    /// <summary>The characters <see cref="Ignorable"/> passes over.</summary>
    public const string IgnorableCharacters = "\u00AD\u200B\u2060\uFEFF";

    private static readonly char[] IgnorableTrimmed = IgnorableCharacters.ToCharArray();

    /// <summary>Whitespace holding a line break starts at <paramref name="at"/>; <paramref name="next"/> is the first character after it.</summary>
    private static bool BrokenLineAt(string text, int at, out int next)
    {
        next = at;
        var newline = false;
        while (next < text.Length && char.IsWhiteSpace(text[next])) newline |= text[next++] == '\n';
        return newline;
    }
}
