namespace EngagementTracker.Extraction.Proposing;

/// <summary>The capitals (and a few seats) of the OSCE participating States: "arrived in Dushanbe" is a visit to Tajikistan.</summary>
public static class Capitals
{
    private static readonly Dictionary<string, string> ByCity = new(StringComparer.Ordinal)
    {
        ["tirana"] = "Albania", ["andorra la vella"] = "Andorra", ["yerevan"] = "Armenia", ["vienna"] = "Austria", ["baku"] = "Azerbaijan", ["brussels"] = "Belgium",
        ["minsk"] = "Belarus", ["sarajevo"] = "Bosnia and Herzegovina", ["sofia"] = "Bulgaria", ["ottawa"] = "Canada", ["zagreb"] = "Croatia", ["nicosia"] = "Cyprus",
        ["prague"] = "Czechia", ["copenhagen"] = "Denmark", ["tallinn"] = "Estonia", ["helsinki"] = "Finland", ["paris"] = "France", ["tbilisi"] = "Georgia",
        ["berlin"] = "Germany", ["athens"] = "Greece", ["budapest"] = "Hungary", ["reykjavik"] = "Iceland", ["dublin"] = "Ireland", ["rome"] = "Italy",
        ["astana"] = "Kazakhstan", ["nur sultan"] = "Kazakhstan", ["almaty"] = "Kazakhstan", ["bishkek"] = "Kyrgyzstan", ["riga"] = "Latvia", ["vaduz"] = "Liechtenstein",
        ["vilnius"] = "Lithuania", ["valletta"] = "Malta", ["chisinau"] = "Moldova", ["ulaanbaatar"] = "Mongolia", ["podgorica"] = "Montenegro",
        ["amsterdam"] = "The Netherlands", ["the hague"] = "The Netherlands", ["skopje"] = "North Macedonia", ["oslo"] = "Norway", ["warsaw"] = "Poland",
        ["lisbon"] = "Portugal", ["bucharest"] = "Romania", ["moscow"] = "Russian Federation", ["san marino"] = "San Marino", ["belgrade"] = "Serbia",
        ["bratislava"] = "Slovakia", ["ljubljana"] = "Slovenia", ["madrid"] = "Spain", ["stockholm"] = "Sweden", ["bern"] = "Switzerland", ["dushanbe"] = "Tajikistan",
        ["ankara"] = "Türkiye", ["ashgabat"] = "Turkmenistan", ["kyiv"] = "Ukraine", ["kiev"] = "Ukraine", ["london"] = "United Kingdom",
        ["washington"] = "United States of America", ["tashkent"] = "Uzbekistan",
    };

    /// <summary>Whether a folded word or phrase is one of these capitals ("dushanbe", "nur sultan").</summary>
    public static bool Contains(string folded) => ByCity.ContainsKey(folded);

    /// <summary>The State whose capital the text names first, within its first few words ("in Dushanbe to participate …").</summary>
    public static string? State(string text)
    {
        var words = Words(text);
        for (var i = 0; i < Math.Min(words.Length, 6); i++)
            if (CityAt(words, i) is { } state) return state;
        return null;
    }

    /// <summary>
    /// The government a city opening a sentence stands for, as the subject of what is said ("Brussels should …", "Tashkent has also
    /// pledged …"): its State, or for Brussels, seat of its institutions, the European Union.
    /// </summary>
    public static string? Seat(string text) =>
        Words(text) is { Length: > 0 } words ? SeatAt(words, 0) : null;

    /// <summary>The government a second seat joined to the opening one by "and" stands for ("Brussels and Washington should press …"), if any.</summary>
    public static string? JoinedSeat(string text) =>
        Words(text) is { Length: > 2 } words && SeatAt(words, 0) is not null && words[1] == "and" ? SeatAt(words, 2) : null;

    private static string? SeatAt(string[] words, int i) => words[i] == "brussels" ? "European Union" : CityAt(words, i);

    /// <summary>The State of the first capital the text names as where something is ("met … in Yerevan on Monday"), if any.</summary>
    public static string? Where(string text)
    {
        if (!text.Contains(" in ", StringComparison.Ordinal)) return null;
        var words = Core.Names.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
            if (words[i] == "in" && CityAt(words, i + 1) is { } state) return state;
        return null;
    }

    private static string[] Words(string text) => Core.Names.Fold(text.Length > 60 ? text[..60] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The State of the capital of one, two or three words starting at word <paramref name="i"/>, the longest first.</summary>
    private static string? CityAt(string[] words, int i) =>
        i + 2 < words.Length && ByCity.TryGetValue($"{words[i]} {words[i + 1]} {words[i + 2]}", out var three) ? three
        : i + 1 < words.Length && ByCity.TryGetValue($"{words[i]} {words[i + 1]}", out var two) ? two
        : ByCity.GetValueOrDefault(words[i]);
}
