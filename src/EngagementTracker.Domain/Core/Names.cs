using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace EngagementTracker.Core;

/// <summary>Name folding: one spelling-insensitive form for matching names and aliases.</summary>
public static class Names
{
    /// <summary>
    /// Lower case, diacritics removed (Gísladóttir → gisladottir, Türkiye → turkiye, Vollebæk → vollebaek), punctuation
    /// and hyphens as spaces, whitespace collapsed.
    /// </summary>
    public static string Fold(string name)
    {
        var decomposed = Ascii.IsValid(name) ? name : Decomposed(name);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            var mapped = c switch { 'ı' => 'i', 'ø' or 'Ø' => 'o', 'đ' or 'Đ' => 'd', 'ł' or 'Ł' => 'l', 'ß' => 's', _ => c };
            // ligatures are two letters: Vollebæk → vollebaek
            if (c is 'æ' or 'Æ' or 'œ' or 'Œ')
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(c is 'æ' or 'Æ' ? "ae" : "oe");
                space = false;
            }
            else if (char.IsLetterOrDigit(mapped))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(mapped));
                space = false;
            }
            else if (mapped != '\'' && mapped != '’')
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The name decomposed (letters apart from their marks); half of a character written as two ("🇨🇭" cut after its first half,
    /// as a text cut at a length may be), which no normalisation accepts, reads as a space.
    /// </summary>
    private static string Decomposed(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var whole = name.ToCharArray();
            for (var i = 0; i < whole.Length; i++)
                if (char.IsHighSurrogate(whole[i]) && i + 1 < whole.Length && char.IsLowSurrogate(whole[i + 1])) i++;
                else if (char.IsSurrogate(whole[i])) whole[i] = ' ';
            return new string(whole).Normalize(NormalizationForm.FormD);
        }
    }

    /// <summary>
    /// <see cref="Fold"/> for one word of a text, remembered: news text reuses a small vocabulary, and folding each word
    /// afresh was a third of what the extractor allocated. Up to 200,000 words are remembered; the rest are folded each time.
    /// </summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (FoldedLookup.TryGetValue(word, out var folded)) return folded;
        folded = Fold(word.ToString());
        if (FoldedWords.Count < 200_000) FoldedLookup.TryAdd(word, folded);
        return folded;
    }

    private static readonly ConcurrentDictionary<string, string> FoldedWords = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup = FoldedWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A stable identifier segment: the folded name with hyphens, at most <paramref name="max"/> characters.</summary>
    public static string Slug(string name, int max = 80)
    {
        var slug = Fold(name).Replace(' ', '-');
        if (slug.Length <= max) return slug;
        var cut = slug.LastIndexOf('-', max);
        return slug[..(cut > max / 2 ? cut : max)];
    }
}
