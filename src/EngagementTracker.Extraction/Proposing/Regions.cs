using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// The groups of participating States that NGO reports and news judge together: "Central Asian governments",
/// "authorities across Central Asia", "the South Caucasus states". Such a phrase names each member State. A region
/// named only as a place ("a tour of Central Asia") or as part of a title ("Europe and Central Asia director") does not;
/// one listed among States ("Russia, Belarus, Azerbaijan and Central Asia") does.
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

    /// <summary>"the autonomous institutions", "the OSCE institutions": ODIHR, the High Commissioner and the Media Freedom Representative.</summary>
    private static readonly string[] Institutions = ["ODIHR", "High Commissioner on National Minorities", "Representative on Freedom of the Media"];

    /// <summary>The region phrases in a sentence that stand for their governments, with the member States' names; and the OSCE's institutions named together.</summary>
    public static IEnumerable<(int Start, int End, string[] Members)> In(string sentence)
    {
        if (sentence.Contains("institutions", StringComparison.Ordinal) && InstitutionsTogether().Match(sentence) is { Success: true } together)
            yield return (together.Index, together.Index + together.Length, Institutions);
        if (sentence.IndexOf("Central Asia", StringComparison.Ordinal) < 0 && sentence.IndexOf("Caucasus", StringComparison.Ordinal) < 0
            && sentence.IndexOf("Balkan", StringComparison.Ordinal) < 0 && sentence.IndexOf("Baltic", StringComparison.Ordinal) < 0) yield break;
        foreach (Match m in Governments().Matches(sentence))
        {
            var region = m.Groups["region"].Value.ToLowerInvariant();
            var members = Members.FirstOrDefault(r => region.Contains(r.Key, StringComparison.Ordinal)).States;
            if (members is not null) yield return (m.Index, m.Index + m.Length, members);
        }
    }

    [GeneratedRegex(@"\b(the\s+)?(OSCE\s+autonomous|autonomous\s+OSCE|autonomous|OSCE)\s+institutions\b")]
    private static partial Regex InstitutionsTogether();

    private const string Region = @"(?<region>Central\s+Asia|South(?:ern)?\s+Caucasus|(?:Western\s+)?Balkans?|Baltic)";
    private const string Rulers = @"(?:governments?|authorities|leaders(?:hip)?|states|countries|republics|regimes|presidents)";

    [GeneratedRegex($@"(?<!Europe\s+and\s+){Region}(?:n|'s|’s)?\s+(?:\w+\s+)?{Rulers}\b|\b{Rulers}\s+(?:across|in|of|throughout)\s+(?:the\s+)?{Region}\b|\b(?:human\s+)?rights\s+(?:situation|record|crisis)\s+(?:across|in)\s+{Region}\b|\bfive\s+{Region}n\s+(?:states|countries|republics)\b|(?<=(?-i:\p{{Lu}})\w+(?:,\s+and|,|\s+and)\s+(?:the\s+)?)(?<!Europe\s+and\s+){Region}\b(?=\s*[,.;)]|\s+(?:and|said)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Governments();
}
