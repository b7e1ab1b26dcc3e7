using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// The groups of participating States that NGO reports and news judge together: "Central Asian governments",
/// "authorities across Central Asia", "the South Caucasus states". Such a phrase names each member State. A region
/// named only as a place ("a tour of Central Asia") or as part of a title ("Europe and Central Asia director") does not.
/// </summary>
public static partial class Regions
{
    private static readonly (string Key, string[] States)[] Members =
    [
        ("central asia", ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]),
        ("caucasus", ["Armenia", "Azerbaijan", "Georgia"]),
        ("balkan", ["Albania", "Bosnia and Herzegovina", "Montenegro", "North Macedonia", "Serbia"]),
        ("baltic", ["Estonia", "Latvia", "Lithuania"]),
    ];

    /// <summary>The region phrases in a sentence that stand for their governments, with the member States' names.</summary>
    public static IEnumerable<(int Start, int End, string[] States)> In(string sentence)
    {
        if (sentence.IndexOf("Central Asia", StringComparison.Ordinal) < 0 && sentence.IndexOf("Caucasus", StringComparison.Ordinal) < 0
            && sentence.IndexOf("Balkan", StringComparison.Ordinal) < 0 && sentence.IndexOf("Baltic", StringComparison.Ordinal) < 0) yield break;
        foreach (Match m in Governments().Matches(sentence))
        {
            var region = m.Groups["region"].Value.ToLowerInvariant();
            var members = Members.FirstOrDefault(r => region.Contains(r.Key, StringComparison.Ordinal)).States;
            if (members is not null) yield return (m.Index, m.Index + m.Length, members);
        }
    }

    private const string Region = @"(?<region>Central\s+Asia|South(?:ern)?\s+Caucasus|(?:Western\s+)?Balkans?|Baltic)";
    private const string Rulers = @"(?:governments?|authorities|leaders(?:hip)?|states|countries|republics|regimes|presidents)";

    [GeneratedRegex($@"(?<!Europe\s+and\s+){Region}(?:n|'s|’s)?\s+(?:\w+\s+)?{Rulers}\b|\b{Rulers}\s+(?:across|in|of|throughout)\s+(?:the\s+)?{Region}\b|\b(?:human\s+)?rights\s+(?:situation|record|crisis)\s+(?:across|in)\s+{Region}\b|\bfive\s+{Region}n\s+(?:states|countries|republics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Governments();
}
