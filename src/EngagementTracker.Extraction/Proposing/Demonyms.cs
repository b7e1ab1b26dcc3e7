namespace EngagementTracker.Extraction.Proposing;

/// <summary>
/// The adjectives news text uses for States ("Kazakh authorities", "the Armenian side", "Slovak Foreign Minister"):
/// folded adjective → the State's name as the OSCE lists it.
/// </summary>
public static class Demonyms
{
    private static readonly Dictionary<string, string> ByAdjective = new(StringComparer.Ordinal)
    {
        ["albanian"] = "Albania", ["andorran"] = "Andorra", ["armenian"] = "Armenia", ["austrian"] = "Austria", ["azerbaijani"] = "Azerbaijan",
        ["azeri"] = "Azerbaijan", ["belgian"] = "Belgium", ["belarusian"] = "Belarus", ["bosnian"] = "Bosnia and Herzegovina", ["bulgarian"] = "Bulgaria",
        ["canadian"] = "Canada", ["croatian"] = "Croatia", ["cypriot"] = "Cyprus", ["czech"] = "Czechia", ["danish"] = "Denmark", ["estonian"] = "Estonia",
        ["finnish"] = "Finland", ["french"] = "France", ["georgian"] = "Georgia", ["german"] = "Germany", ["greek"] = "Greece", ["hellenic"] = "Greece", ["hungarian"] = "Hungary",
        ["icelandic"] = "Iceland", ["irish"] = "Ireland", ["italian"] = "Italy", ["kazakh"] = "Kazakhstan", ["kazakhstani"] = "Kazakhstan",
        ["kyrgyz"] = "Kyrgyzstan", ["kyrgyzstani"] = "Kyrgyzstan", ["latvian"] = "Latvia", ["lithuanian"] = "Lithuania", ["luxembourgish"] = "Luxembourg", ["maltese"] = "Malta",
        ["moldovan"] = "Moldova", ["monegasque"] = "Monaco", ["mongolian"] = "Mongolia", ["montenegrin"] = "Montenegro", ["dutch"] = "The Netherlands",
        ["macedonian"] = "North Macedonia", ["norwegian"] = "Norway", ["polish"] = "Poland", ["portuguese"] = "Portugal", ["romanian"] = "Romania",
        ["russian"] = "Russian Federation", ["serbian"] = "Serbia", ["slovak"] = "Slovakia", ["slovenian"] = "Slovenia", ["spanish"] = "Spain",
        ["swedish"] = "Sweden", ["swiss"] = "Switzerland", ["tajik"] = "Tajikistan", ["tajikistani"] = "Tajikistan", ["turkish"] = "Türkiye", ["turkmen"] = "Turkmenistan", ["turkmenistani"] = "Turkmenistan",
        ["ukrainian"] = "Ukraine", ["british"] = "United Kingdom", ["american"] = "United States of America", ["uzbek"] = "Uzbekistan", ["uzbekistani"] = "Uzbekistan",
    };

    /// <summary>
    /// Parliaments known by their own names ("the Jogorku Kenesh should send the draft to ODIHR", "urged the Verkhovna Rada to …"): the
    /// State's name as the OSCE lists it → those names. A call on a parliament or a pledge of one is its State's, as "the Kyrgyz authorities" are.
    /// (Not those the reviewed documents take as bodies of their own: the Mazhilis, the Milli Majlis, the Saeima, the Riigikogu, the Seimas;
    /// nor a parliament whose chambers are named after it: "the Senate of the Oliy Majlis", "the Majlisi Namoyandagon of the Majlisi Oli".)
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Parliaments = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Kyrgyzstan"] = ["Jogorku Kenesh"], ["Turkmenistan"] = ["Mejlis", "Milli Gengesh"],
        ["Ukraine"] = ["Verkhovna Rada"], ["Russian Federation"] = ["State Duma"], ["Mongolia"] = ["State Great Khural"], ["Poland"] = ["Sejm"], ["Germany"] = ["Bundestag"],
        ["Norway"] = ["Storting", "Stortinget"], ["Sweden"] = ["Riksdag"], ["Denmark"] = ["Folketing", "Folketinget"], ["Finland"] = ["Eduskunta"], ["Iceland"] = ["Althingi", "Alþingi"],
        ["Croatia"] = ["Sabor"], ["North Macedonia"] = ["Sobranie", "Sobranje"], ["Ireland"] = ["Oireachtas", "Dáil Éireann"],
    };

    /// <summary>The State an adjective names, if any.</summary>
    public static string? State(string folded) => ByAdjective.GetValueOrDefault(folded);

    /// <summary>The adjectives for a State's name.</summary>
    public static IEnumerable<string> For(string state) => ByAdjective.Where(p => string.Equals(p.Value, state, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key);

    /// <summary>Nouns after which the adjective stands for the State itself: "the Kazakh authorities", "the Armenian side".</summary>
    public static readonly IReadOnlySet<string> StateNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "authorities", "government", "side", "leadership", "officials", "delegation", "state", "republic", "administration", "parliament", "diplomacy",
        "interior", "foreign", "defence", "defense", "justice", "ministry", "court", "courts", "police", "prosecutor", "prosecutors", "security", "president",
        "prime", "embassy", "judiciary", "legislation", "law", "laws", "constitution", "army", "military", "troops", "forces", "counterpart", "counterparts",
        "parliamentarians", "lawmakers", "legislators", "diplomats", "election", "elections", "presidential", "parliamentary", "duma", "chairmanship", "chairpersonship",
        "regime", "hosts", "partners", "confederation", "occupation", "occupying", "armed",
        // ("the incoming Cypriot OSCE Chairpersonship": the State's, as "the incoming Cypriot Chairpersonship" is)
        "OSCE chairpersonship", "OSCE chairmanship",
    };
}
