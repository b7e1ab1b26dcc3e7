using System.Text.RegularExpressions;
using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>A name a document gives to an actor, learnt from the document itself: a new (provisional) actor, or a title an actor is introduced with.</summary>
/// <param name="Rule">how it was recognised: <c>actor:new-person</c>, <c>actor:new-organisation</c>, <c>actor:document-title</c></param>
/// <param name="Of">the State the title names ("Polish Foreign Minister …", "Armenia’s Foreign Minister …"), if any</param>
/// <param name="Minister">a government's minister whose title names no State ("Prime Minister Zoran Zaev"): of the State the document is about</param>
public sealed record DocumentName(string Name, ActorRef Actor, string Rule, string? Of = null, bool Minister = false);

/// <summary>
/// Names the actor dictionary does not know, found the way a reader finds them: a run of capitalised words introduced
/// by a title ("Foreign Minister Zbigniew Rau", "secretary general Thomas Greminger", "opposition figure Zhanbolat
/// Mamai"), followed by a role ("Hugh Williamson, the director…", "Eoghan Murphy, a former Irish minister") or by
/// "said"; organisations by their head noun ("Human Rights Watch (HRW)", "Freedom House", "Committee for National
/// Security"), with an acronym in brackets as an alias. A new person is also known by the surname alone. A title an
/// official is introduced with ("OSCE Chairperson-in-Office … Miroslav Lajčák", "Head of State Kassym-Jomart
/// Tokayev") names that official for the rest of the document ("the Chairperson-in-Office was briefed").
/// </summary>
public static partial class NewNames
{
    /// <summary>Words that introduce a person's name; the first group makes the person an official.</summary>
    /// <summary>The words of a title only a government's member holds: "Prime Minister", "Minister of Foreign Affairs", "Chancellor".</summary>
    // (and their abbreviations in notes: "Deputy FM Paruyr Hovhannisyan", "DPM Fetai", "PM Spajić")
    private static readonly HashSet<string> MinisterialTitles = new(StringComparer.Ordinal) { "minister", "premier", "chancellor", "fm", "dpm", "pm" };

    private static readonly HashSet<string> OfficialTitles = new(StringComparer.Ordinal)
    {
        "minister", "president", "secretary", "director", "ambassador", "chair", "chairman", "chairwoman", "chairperson", "head", "deputy",
        "commissioner", "representative", "envoy", "rapporteur", "spokesperson", "spokesman", "spokeswoman", "senator", "speaker", "toraga", "governor",
        "mayor", "premier", "chancellor", "king", "queen", "prince", "ombudsman", "ombudsperson", "general", "undersecretary", "co", "coordinator",
        "co-ordinator", "counsellor", "councillor", "councilor", "consul", "officer", "archbishop", "cardinal", "sheikh", "emir", "fm", "mp", "dpm", "hom", "dhom", "judge", "prosecutor", "diplomat",
        "official", "delegate", "member", "vice", "prime", "headed", "led", "chaired", "negotiator", "rector", "charge", "affaires", "d’affaires", "d'affaires",
    };

    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "mr", "ms", "mrs", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "activist", "journalist", "editor", "lawyer", "attorney", "leader",
        "researcher", "analyst", "expert", "figure", "defender", "blogger", "writer", "poet", "founder", "dissident", "critic", "opposition",
        "author", "reporter", "correspondent", "advocate", "campaigner", "director", "chief", "economist", "scholar", "fellow", "colleague", "counterpart", "witness",
    };

    /// <summary>Capitalised words that are never part of a person's name: roles, institutions, calendar words, sentence openers.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "during", "after", "before", "in", "on", "at", "for", "with", "from", "to", "by", "of", "and",
        "but", "as", "while", "when", "according", "his", "her", "their", "its", "our", "we", "they", "he", "she", "it", "i", "both", "all", "also", "mr", "ms",
        "mrs", "dr", "prof", "sir", "madam", "madame", "minister", "ministry", "ministers", "foreign", "affairs", "president", "presidential", "vice", "deputy", "first", "prime",
        "secretary", "general", "head", "state", "director", "ambassador", "chair", "chairman", "chairperson", "chairwoman", "in-office", "office", "offices",
        "council", "commission", "committee", "parliament", "parliamentary", "assembly", "senate", "court", "supreme", "constitutional", "election", "elections",
        "electoral", "central", "department", "mission", "programme", "program", "project", "representative", "personal", "special", "high", "commissioner",
        "embassy", "consulate", "honorary", "republic", "federation", "kingdom", "united", "nations", "union", "european", "international", "organization",
        "organisation", "security", "co-operation", "cooperation", "europe", "human", "rights", "watch", "democratic", "institutions", "institute", "group",
        "co-chair", "co-chairs", "chairs", "chairmanship", "chairpersonship", "relations", "states", "national", "government", "party", "movement", "forum",
        "summit", "conference", "meeting", "ministerial", "declaration", "act", "final", "charter", "plan", "strategy", "agency", "bureau", "service", "task",
        "force", "center", "centre", "foundation", "society", "civil", "news", "press", "release", "statement", "report", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "read", "more",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "asia", "asian", "caucasus", "balkans", "mediterranean", "region",
        "senior", "former", "acting", "chief", "officer", "spokesperson", "trade", "economic", "environmental", "development", "justice", "interior",
        "defence", "defense", "finance", "education", "health", "culture", "media", "freedom", "freedoms", "democracy", "law", "rule", "political", "social",
        "public", "information", "observation", "observer", "observers", "team", "staff", "system", "agenda", "lower", "upper", "chamber", "house", "chambers",
        "headquarters", "capital", "city", "town", "river", "lake", "sea", "ocean", "world", "global", "new", "old", "great", "royal", "holy", "see", "pope",
        "archbishop", "cardinal", "bishop", "church", "army", "forces", "troops", "police", "border", "guard", "guards", "customs", "tax", "bank", "fund", "university",
        "college", "school", "academy", "association", "network", "coalition", "alliance", "platform", "initiative", "pact", "treaty", "agreement",
        "convention", "protocol", "presidency", "memorandum", "understanding", "mou", "osce", "odihr", "un", "eu", "nato", "fm", "mp", "mps", "mfa", "ngo", "ngos",
        "kazinform", "akorda", "interfax", "reuters", "tass", "sputnik", "trend", "photo", "license", "advertisement", "author", "source", "print",
        "gender", "issues", "equality", "youth",
        // a committee's remit ("Chairman of the Committee on Interethnic Relations and Friendly Ties with Foreign Countries Rustam Kurbanov")
        "interethnic", "inter-ethnic", "friendly", "ties", "countries", "preschool",
        // parliaments' own names ("Speaker of the State Great Khural Dashzegviin Amarbayasgalan", "the Jogorku Kenesh")
        "khural", "kenesh", "majlis", "mazhilis", "rada", "duma", "sejm", "seimas", "saeima", "riigikogu", "sobranie", "skupstina", "storting", "althing",
        "folketing", "eduskunta", "bundestag", "bundesrat", "sabor", "oireachtas", "dail", "knesset", "verkhovna", "jogorku", "oliy", "milli", "meclis",
        // a ministry's portfolio ("Minister of Environment, Spatial Planning and Infrastructure")
        "environment", "planning", "infrastructure", "spatial", "policy", "sport", "sports", "labour", "labor", "employment", "welfare", "energy", "agriculture",
        "transport", "communications", "digital", "innovation", "science", "technology", "tourism", "emergency", "emergencies", "economy", "industry", "housing", "family",
        // a State's parts ("the Minister of Education of the Central Bosnia Canton, Dijana Vukić")
        "canton", "province", "oblast", "district", "county", "municipality", "prefecture", "governorate", "krai", "raion", "entity",
    };

    /// <summary>Titles that introduce a person by surname alone ("Governor Kompatscher"), as they do not a body ("Ministry", "Office").</summary>
    private static readonly HashSet<string> SurnameTitles = new(StringComparer.Ordinal)
    {
        "governor", "mayor", "senator", "minister", "secretary", "president", "ambassador", "commissioner", "chancellor", "premier", "envoy", "rapporteur", "ombudsman", "ombudsperson", "judge", "prosecutor",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "von", "van", "de", "der", "den", "du", "da", "di", "al", "el", "bin", "ibn", "la", "le", "ter", "zu" };

    private static readonly HashSet<string> MonthNames = new(Dates.Months.Split('|'), StringComparer.Ordinal);

    /// <summary>The word after a father's name that makes it a patronymic, the name's last: "Nurlanbek Turgunbek uulu", "Aida Kasymaly kyzy", "Elchin Amirbayov oglu".</summary>
    private static readonly HashSet<string> Patronymics = new(StringComparer.Ordinal) { "uulu", "kyzy", "uly", "qyzy", "ogly", "oglu", "qizi", "kizi", "gyzy" };

    // ("Group of States against Corruption", "Committee against Torture")
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "in", "to", "against" };

    /// <summary>Days of the week, folded: what "on" after a name may tell instead of naming.</summary>
    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>Head nouns that make a capitalised run an organisation's name when they begin or end it.</summary>
    /// <summary>Head nouns of non-governmental bodies, which a demonym does not make the State's.</summary>
    private static readonly HashSet<string> CivicHeads = new(StringComparer.Ordinal)
    {
        "committee", "foundation", "association", "coalition", "network", "watch", "institute", "alliance", "initiative", "society", "platform", "house",
    };

    /// <summary>Head nouns of a body an organisation has of its own: "European Union Monitoring Mission", "UN Human Rights Office".</summary>
    private static readonly HashSet<string> OwnBodyHeads = new(StringComparer.Ordinal) { "mission", "delegation", "office", "representation" };

    /// <summary>Words that make a publisher a news outlet, which reports others' judgements and makes none of its own.</summary>
    private static readonly HashSet<string> NewsWords = new(StringComparer.Ordinal)
    {
        "news", "press", "media", "times", "post", "daily", "gazette", "herald", "tribune", "journal", "radio", "tv", "television", "broadcasting", "wire", "newspaper",
    };

    /// <summary>What heads a body that watches the media, though its name says "media" or "press": not a news agency or a media group.</summary>
    private static readonly HashSet<string> WatchdogHeads = new(StringComparer.Ordinal)
    {
        "monitor", "observatory", "institute", "foundation", "watch", "centre", "center", "committee", "network", "coalition", "council", "forum", "initiative", "alliance",
    };

    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "watch", "house", "international", "foundation", "institute", "committee", "commission", "ministry", "agency", "bureau", "centre", "center",
        "network", "coalition", "party", "movement", "association", "federation", "fund", "society", "union", "alliance", "trust", "initiative", "platform",
        "research", "forum", "council", "group", "monitor", "observatory", "clinic", "league", "municipality", "academy", "endowment",
    };

    /// <summary>
    /// Titles distinctive enough that, once a document introduces someone with one, it names that person for the rest of
    /// the document, each with the other ways of writing it. Forms of several words are recognised before a name; every
    /// form of the group then names the person (so "the FM" and "the President" too, never recognised on their own).
    /// </summary>
    private static readonly string[][][] TitleGroups =
        new[]
        {
            // "In addition, the Chair visited the OSCE Mission in Kosovo": the Chair-in-Office once the document has named them so
            new[] { "chairperson in office", "chairman in office", "chair in office", "cio", "osce chairperson", "osce chairman", "osce chair", "chair" },
            ["secretary general"],
            ["head of state", "president"],
            // "OSCE Parliamentary Assembly President Pia Kauma … Speaker Koshanov assured the President": the Assembly's, in its release
            ["parliamentary assembly president", "pa president", "assembly president", "president"],
            ["foreign minister", "minister of foreign affairs", "minister for foreign affairs", "fm"],
            ["prime minister", "pm"],
            // "Speaker of the National Assembly of Armenia Alen Simonyan … The Speaker reaffirmed …"
            // ("Toraga of the Jogorku Kenesh Nurlanbek Turgunbek uulu … The Toraga noted …": the Kyrgyz title, and a parliament by its own name)
            ["speaker of the national assembly", "speaker of the assembly", "speaker of parliament", "speaker of the parliament", "parliament speaker", "parliamentary speaker",
             "toraga of the jogorku kenesh", "speaker of the jogorku kenesh", "toraga", "speaker"],
            ["high commissioner"],
            ["special representative"],
            ["personal representative"],
            // ("Head of Mission: Ambassador Kilian Wahl … HoM met w/ DPM …": a report's abbreviation)
            ["head of mission", "hom"],
            ["head of the mission"],
            // "Deputy Secretary of State Christopher Landau met today with … The Deputy Secretary commended …"
            ["deputy secretary of state", "deputy secretary"],
            ["secretary of state"],
        }.Select(group => group.Select(form => form.Split(' ')).ToArray()).ToArray();

    /// <summary>Words before a title that make its bearer someone other than the title's holder: "Deputy Secretary General", "former President".</summary>
    public static readonly IReadOnlySet<string> Lesser = new HashSet<string>(StringComparer.Ordinal) { "deputy", "vice", "former", "acting", "under", "assistant", "first", "late", "ex" };

    /// <summary>Whether a folded word opens one of the distinctive titles ("secretary", "foreign", "head").</summary>
    public static bool OpensTitle(string folded) => TitleGroups.Any(group => group.Any(form => form[0] == folded));

    private sealed record Token(string Raw, string Folded, int Start, int End)
    {
        public bool Capitalised => Raw.Length > 0 && char.IsUpper(Raw[0]);
        public bool HasLower => Raw.Any(char.IsLower);
    }

    /// <summary>The names <paramref name="text"/> gives to new or known actors, in the order they are introduced.</summary>
    /// <param name="known">the actor dictionary's mentions: a name it already knows is not new</param>
    public static IReadOnlyList<DocumentName> Find(string text, Mentions known, PartialDate on)
    {
        var tokens = Tokenise(text);
        var names = new List<DocumentName>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var headlines = TitleCaseLines(text);
        // (not a handle's or an address's pieces: "@andrii_sybiha" says nothing of how "Andrii" is written)
        var lowerWords = tokens.Where(t => char.IsLower(t.Raw[0]) && !(t.Start > 0 && text[t.Start - 1] is '@' or '_' or '/' or '.') && !(t.End < text.Length && text[t.End] is '_'))
            .Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var titles = new List<(string Title, ActorRef Actor)>();
        Handles(text, known, on, names, taken);
        GlossedHandles(text, known, on, names, taken);
        var read = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // a run goes on from the line before, unless that line is a headline, which is not read for names
            // ("… Helga Maria Schmidt\nAustrian Foreign Minister Alexander Schallenberg has met …")
            if (!tokens[i].Capitalised || (i > 0 && Joined(text, tokens[i - 1], tokens[i]) && tokens[i - 1].Capitalised && !InHeadline(tokens[i - 1]))) continue;
            // "OSCE High Commissioner on National Minorities Kairat Abdrakhmanov": a run read whole is not read again from inside
            if (i < read) continue;
            if (InHeadline(tokens[i])) continue;
            var run = read = Run(text, tokens, i);
            Read(text, tokens, i, run, known, on, names, taken, lowerWords, titles);
        }

        bool InHeadline(Token t) => headlines.Any(h => t.Start >= h.Start && t.Start < h.End);

        Offices(text, known, on, names, titles);

        // "Head of Mission: Ambassador Kilian Wahl": a record's label names the office of the one it lists
        foreach (Match label in OfficeLabel().Matches(text))
            if ((names.FirstOrDefault(n => n.Actor.Kind is ActorKind.Official or ActorKind.Person && label.Groups["name"].Value.StartsWith(n.Name, StringComparison.Ordinal))?.Actor
                    ?? known.In(label.Groups["name"].Value, on, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official)?.Actor) is { } holder
                && TitleGroups.FirstOrDefault(g => string.Join(' ', g[0]) == Names.Fold(label.Groups["title"].Value)) is { } offices)
                foreach (var form in offices) titles.Add((string.Join(' ', form), holder));

        // a title two people are introduced with ("Belgian Foreign Minister …", "Foreign Minister Tokaev") names neither
        foreach (var group in titles.GroupBy(t => Names.Fold(t.Title)))
        {
            if (group.Select(t => t.Actor.Id).Distinct().Count() == 1) Add(names, taken, group.First().Title, group.First().Actor, "actor:document-title");
        }

        Initials(tokens, known, on, text, names, taken);
        Variants(tokens, known, on, names, taken, lowerWords);
        Transcribed(text, known, on, names);
        Paired(text, known, on, names, taken);
        Heads(text, known, on, names, taken);
        HeadedBy(text, names, taken);
        OwnMissions(text, known, on, names, taken);
        Newsrooms(text, known, on, names, taken);
        Shortened(text, known, on, names, taken);
        SpelledOut(text, known, on, names, taken);
        KnownMinisters(text, known, on, names, taken);
        return names;
    }

    /// <summary>
    /// "In March 2025, Interior Minister Ivica Dačić promised …" in a release on Serbia: a person the dictionary knows, with no office
    /// it has for them on the day, titled as a government's minister without a State (no adjective before the title), is a minister of
    /// the State the document is about.
    /// </summary>
    private static void KnownMinisters(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains("Minister ", StringComparison.Ordinal)) return;
        foreach (Match title in StatelessMinister().Matches(text))
            if (!AfterCapitalised(text, title.Index) && known.In(text.Substring(title.Index + title.Length, Math.Min(60, text.Length - title.Index - title.Length)), on, null, holders: false) is [{ Start: 0, Actor.Kind: ActorKind.Official } named, ..]
                && known.SpeaksFor(named.Actor, on) is null)
                Add(names, taken, text.Substring(title.Index + title.Length + named.Start, named.End - named.Start), named.Actor, "actor:document-title", null, minister: true);
    }

    /// <summary>Whether a word right before <paramref name="at"/> is capitalised ("Serbian Interior Minister"), or the title runs on from a word.</summary>
    private static bool AfterCapitalised(string text, int at)
    {
        if (at > 0 && char.IsLetter(text[at - 1])) return true;
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t') end--;
        if (end == at || end == 0) return false;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
        return start < end && char.IsUpper(text[start]);
    }

    /// <summary>A minister's title naming no State, a name right after it: "Interior Minister ", "Minister of Justice " (see <see cref="AfterCapitalised"/>: not "Serbian Interior Minister ").</summary>
    [GeneratedRegex(@"\b((Interior|Justice|Defen[cs]e|Finance|Education|Health)\s+Minister|Minister\s+of\s+(the\s+)?(Interior|Internal\s+Affairs|Justice|Defen[cs]e|Finance|Education|Health))\s+(?=\p{Lu})")]
    private static partial Regex StatelessMinister();

    /// <summary>
    /// "the Head of the OSCE Mission to Montenegro … thanked the OSCE Mission": a body named without where it is, after the document
    /// named it whole, is that body (when the document names one such body only); and "the OSCE Special Monitoring Mission to
    /// Ukraine" is also "the Special Monitoring Mission".
    /// </summary>
    private static void Shortened(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        ActorRef? Whole(string bare)
        {
            var found = new List<ActorRef>();
            for (var at = text.IndexOf(bare, StringComparison.Ordinal); at >= 0; at = text.IndexOf(bare, at + bare.Length, StringComparison.Ordinal))
                if (WhereAfter().Match(text, at + bare.Length) is { Success: true } where && known.First(text[at..(where.Index + where.Length)], on) is { Kind: ActorKind.FieldOperation or ActorKind.Organisation } body)
                    found.Add(body);
            return found.DistinctBy(a => a.Id).ToList() is [var only] ? only : null;
        }

        for (var i = 0; i < names.Count; i++)
            if (names[i] is { Rule: "actor:new-organisation" } n && (n.Name.StartsWith("OSCE ", StringComparison.Ordinal) ? n.Name[5..] : n.Name) is var bare
                && OwnBodyHeads.Contains(Names.Fold(bare.Split(' ')[^1])) && Whole(bare) is { } whole)
                names[i] = n with { Actor = whole, Rule = "actor:shortened" };

        foreach (var n in names.Where(n => n.Rule == "actor:new-organisation" && n.Name.StartsWith("OSCE ", StringComparison.Ordinal)).ToList())
            if (Where().Match(n.Name) is { Success: true } where && n.Name[5..where.Index] is var bare && bare.Split(' ').Length >= 2
                && OwnBodyHeads.Contains(Names.Fold(bare.Split(' ')[^1])))
                Add(names, taken, bare, n.Actor, "actor:shortened");
    }

    [GeneratedRegex(@"\G\s+(to|in)\s+(the\s+)?\p{Lu}[\p{L}-]+(\s+(and\s+)?\p{Lu}[\p{L}-]+){0,3}")]
    private static partial Regex WhereAfter();

    /// <summary>"Alexey Rogov, Head of Office", "Ambassador Kilian Wahl, Head of Mission": a name and the bare title of a field operation's head, on a line of its own.</summary>
    [GeneratedRegex(@"(?m)^\s*((Ambassador|Amb\.)\s+)?(?<name>\p{Lu}[\p{L}-]+(\s+\p{Lu}[\p{L}-]+){1,2}),\s+Head\s+of\s+(?<body>Office|Mission|Centre|Center|Presence|Programme\s+Office)\s*$")]
    private static partial Regex BareHead();

    /// <summary>
    /// "… received the Head of the OSCE Programme Office in Dushanbe Ambassador Markus Müller. … The Head of the Programme Office
    /// thanked …": the head of an OSCE office the document introduced is who "the Head of the Programme Office" (its name without
    /// where it is; "the Head of Mission" for a mission) means for the rest of it, when no one else is introduced as the head of one.
    /// </summary>
    private static void Heads(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        var heads = names.Where(n => n.Rule == "actor:new-person" && n.Of is not null && n.Actor.Kind == ActorKind.Official && n.Name.Contains(' ')
                && known.First(n.Of, on) is { Kind: ActorKind.FieldOperation })
            .DistinctBy(n => n.Actor.Id).ToList();
        // ("OSCE Programme Office in Bishkek / … / Alexey Rogov, Head of Office … Head of Office met Foreign Minister …": a field office's
        // own document signed by its head with the bare title means them by it)
        if (heads.Count == 0 && text.Contains("Head of", StringComparison.Ordinal) && BareHead().Match(text) is { Success: true } bare
            && names.FirstOrDefault(n => n.Rule == "actor:new-person" && n.Actor.Kind == ActorKind.Official && n.Name == bare.Groups["name"].Value) is { } signed
            && known.In(text[..Math.Min(text.Length, 300)], on, null).Any(m => m.Actor.Kind is ActorKind.FieldOperation))
        {
            var body = bare.Groups["body"].Value;
            Add(names, taken, $"Head of {body}", signed.Actor, "actor:document-title");
            Add(names, taken, $"Head of the {body}", signed.Actor, "actor:document-title");
            return;
        }

        if (heads is not [var head] || !text.Contains("Head of", StringComparison.Ordinal)) return;
        var office = Where().Replace(head.Of!, "");
        if (office.Length < 4 || office == head.Of) return;
        Add(names, taken, $"Head of the {office}", head.Actor, "actor:document-title");
        // ("… Ambassador Brian Aggeler, …. The Head of Mission urged …": a one-word office is also named without its article)
        if (!office.Contains(' ', StringComparison.Ordinal)) Add(names, taken, $"Head of {office}", head.Actor, "actor:document-title");
    }

    /// <summary>
    /// "The EOM, headed by Ambassador Eoghan Murphy, consists of …": the one a body is said to be headed by is who "the Head of the
    /// (ODIHR) EOM" and "the Head of Mission" mean for the rest of the document.
    /// </summary>
    private static void HeadedBy(string text, List<DocumentName> names, HashSet<string> taken)
    {
        // "received a delegation of the OSCE Parliamentary Assembly led by its President, Pia Kauma, …. The delegation also met …": who
        // leads a delegation the document introduces is whom "the delegation" stands for ("the delegation of the Seimas to the OSCE
        // Parliamentary Assembly, led by Emanuelis Zingeris, took part …": so also where it is introduced as known)
        if (text.Contains("delegation", StringComparison.OrdinalIgnoreCase) && DelegationLedBy().Match(text) is { Success: true } led
            && names.FirstOrDefault(n => n.Actor.Kind is ActorKind.Official or ActorKind.Person && n.Name == led.Groups["name"].Value) is { } leader)
            Add(names, taken, "the delegation", leader.Actor, "actor:document-title");
        if (!text.Contains("headed by", StringComparison.Ordinal)) return;
        foreach (Match m in HeadedByName().Matches(text))
        {
            if (names.FirstOrDefault(n => n.Actor.Kind is ActorKind.Official or ActorKind.Person && n.Name == m.Groups["name"].Value) is not { } head) continue;
            var body = m.Groups["body"].Value;
            foreach (var owner in new[] { "", "ODIHR ", "OSCE ", "OSCE/ODIHR " }) Add(names, taken, $"Head of the {owner}{body}", head.Actor, "actor:document-title");
            Add(names, taken, "Head of Mission", head.Actor, "actor:document-title");
        }
    }

    /// <summary>
    /// "… the OSCE Office for Democratic Institutions and Human Rights (ODIHR) undertook a Needs Assessment Mission (NAM) …. The
    /// NAM held meetings …": a mission a body sends, named with an acronym of its own, is that body acting (by either name).
    /// </summary>
    private static void OwnMissions(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains("Mission (", StringComparison.Ordinal)) return;
        foreach (Match m in MissionSent().Matches(text))
        {
            var from = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, m.Index - 1)) + 1);
            var sender = known.In(text[from..m.Index], on, null).LastOrDefault(x => x.Actor.Kind is ActorKind.Institution or ActorKind.Organisation);
            if (sender is null || known.In(m.Groups["acronym"].Value, on, null).Count > 0) continue;
            Add(names, taken, m.Groups["acronym"].Value, sender.Actor, "actor:acronym");
            Add(names, taken, string.Join(' ', m.Groups["mission"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), sender.Actor, "actor:acronym");
        }
    }

    /// <summary>"The Kloop editorial team, however, criticized …": a name its editorial team is named by is a media outlet's.</summary>
    private static void Newsrooms(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains("editorial", StringComparison.Ordinal) && !text.Contains("newsroom", StringComparison.Ordinal)) return;
        foreach (Match m in Newsroom().Matches(text))
            if (m.Groups["name"].Value is var name && known.In(name, on, null).Count == 0 && !NotNames.Contains(Names.Fold(name)))
                Add(names, taken, name, new ActorRef(Actor.IdFor(name), name, ActorKind.Organisation), "actor:new-organisation");
    }

    [GeneratedRegex(@"\b[Tt]he\s+(?<name>\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,2})\s+(editorial\s+(team|board|office|staff)|newsroom)\b")]
    private static partial Regex Newsroom();

    [GeneratedRegex(@"\b(undertook|undertakes|deployed|deploys|sent|conducted|established|opened)\s+an?\s+(?<mission>(\p{Lu}[\p{L}-]+\s+){1,4}Mission)\s+\((?<acronym>\p{Lu}{2,6})\)")]
    private static partial Regex MissionSent();

    [GeneratedRegex(@"\b[Tt]he\s+(?<body>\p{Lu}{2,6}|Mission|Office|Centre|Delegation|Team)\s*,?\s+(which\s+is\s+|is\s+)?headed\s+by\s+((Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Professor)\s+)?(?<name>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,2})")]
    private static partial Regex HeadedByName();

    [GeneratedRegex(@"\b([Aa]|[Tt]he)\s+delegation\s+(of|from)\s+[^.;]{0,120}?\b(led|headed)\s+by\s+((its|their)\s+[\w-]+(\s+[\w-]+)?,\s+|(Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Professor|President|Chair|Speaker)\s+)?(?<name>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,2})")]
    private static partial Regex DelegationLedBy();

    /// <summary>Where an office is: " in Dushanbe", " to Serbia", " at …".</summary>
    [GeneratedRegex(@"\s+(in|to|at|for)\s+.+$")]
    private static partial Regex Where();

    /// <summary>
    /// "George Tseretli has affirmed … “…,” Tsereteli said": a surname spelt another way (a vowel more or less, a letter doubled,
    /// a transliteration) is the person the document introduced under the first spelling.
    /// </summary>
    private static void Variants(List<Token> tokens, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken, HashSet<string> lowerWords)
    {
        var people = names.Where(n => n.Rule == "actor:new-person" && n.Name.Contains(' ')).Select(n => (Surname: Mentions.Skeleton(n.Name.Split(' ')[^1].ToLowerInvariant()), n.Actor))
            .Where(p => p.Surname.Length >= 4).DistinctBy(p => p.Actor.Id).ToList();
        if (people.Count == 0) return;
        // ("(Reporting by Michele Kambas in Nicosia)" under a story of Maria Michael and Constantinos Kombos: a word that is part of
        // another name, a given name before it or one not the person's before it, is no spelling of theirs)
        bool PartOfAnotherName(int k, ActorRef person) =>
            (k + 1 < tokens.Count && tokens[k + 1].Capitalised && tokens[k + 1].Start - tokens[k].End == 1)
            || (k > 0 && tokens[k - 1].Capitalised && tokens[k].Start - tokens[k - 1].End == 1 && tokens[k - 1].Folded is var before
                && !(PersonTitles.Contains(before) || OfficialTitles.Contains(before) || MinisterialTitles.Contains(before) || SurnameTitles.Contains(before)
                     || Names.Fold(person.Name).StartsWith(before + " ", StringComparison.Ordinal)));
        foreach (var t in tokens.Where(t => t.Capitalised && t.HasLower && t.Raw.Length >= 6 && !taken.Contains(t.Folded) && !lowerWords.Contains(t.Folded)).DistinctBy(t => t.Folded))
        {
            var skeleton = Mentions.Skeleton(t.Folded);
            if (people.Where(p => p.Surname == skeleton).ToList() is [var one] && known.In(t.Raw, on, null).Count == 0
                && Enumerable.Range(0, tokens.Count).Any(k => tokens[k].Folded == t.Folded && !PartOfAnotherName(k, one.Actor)))
                Add(names, taken, t.Raw, one.Actor, "actor:new-person");
        }

        // ("Ararat Mirzoyan received …. Minister Mirzoian highly appreciated …": so is a surname learned alone, after a title, as a
        // person of its own)
        for (var k = 0; k < names.Count; k++)
            if (names[k] is { Rule: "actor:new-person" } alone && !alone.Name.Contains(' ') && names.Count(n => n.Actor.Id == alone.Actor.Id) == 1
                && people.Where(p => p.Actor.Id != alone.Actor.Id && p.Surname == Mentions.Skeleton(Names.Fold(alone.Name))).ToList() is [var spelt])
                names[k] = alone with { Actor = spelt.Actor };

        // the person is named as the document spells them most often
        foreach (var (_, person) in people)
        {
            var surnames = names.Where(n => n.Actor.Id == person.Id && n.Rule == "actor:new-person" && !n.Name.Contains(' ')).Select(n => n.Name).ToList();
            if (surnames.Count < 2) continue;
            int Count(string surname) => tokens.Count(t => t.Raw == surname);
            var current = person.Name.Split(' ')[^1];
            var most = surnames.OrderByDescending(Count).First();
            if (most == current || Count(most) <= Count(current)) continue;
            var renamed = person with { Id = Actor.IdFor($"{person.Name[..^current.Length]}{most}"), Name = $"{person.Name[..^current.Length]}{most}" };
            for (var k = 0; k < names.Count; k++)
                if (names[k].Actor.Id == person.Id) names[k] = names[k] with { Actor = renamed };
        }
    }

    /// <summary>
    /// "The Secretaries General of the Council of Europe and of the OSCE, Alain Berset and Feridun H. Sinirlioğlu, held …": two names
    /// joined by "and" right after a title in the plural are the two officials who hold it, whichever of them the document knows.
    /// </summary>
    private static void Paired(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains(" and ", StringComparison.Ordinal)) return;
        foreach (Match pair in PluralTitlePair().Matches(text))
        {
            var people = new[] { pair.Groups["a"].Value, pair.Groups["b"].Value };
            // ("of the Council of Europe and of the OSCE": the bodies the title names, each of the one named in its place)
            var bodies = known.In(pair.Groups["title"].Value, on, null).Where(m => m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution).Select(m => m.Actor.Name).Distinct().ToList();
            // (one of them already a person the document or the dictionary knows: a pair of names, not a body's)
            var person = people.Select(name => names.Any(n => n.Actor.Kind is ActorKind.Official or ActorKind.Person && Names.Fold(n.Name) == Names.Fold(name))
                                               || known.In(name, on, null).Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)).ToArray();
            // ("The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov": or a title of two States, each the official of one)
            var states = known.In(pair.Groups["title"].Value, on, null).Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor.Name).Distinct().ToList();
            if (!person.Any(p => p) && states.Count != 2) continue;
            for (var k = 0; k < 2; k++)
            {
                var name = people[k];
                if (person[k] || taken.Contains(Names.Fold(name)) || known.In(name, on, null).Count > 0) continue;
                var actor = new ActorRef(Actor.IdFor(name), name, ActorKind.Official);
                Add(names, taken, name, actor, "actor:new-person", bodies.Count == 2 ? bodies[k] : states.Count == 2 ? states[k] : null);
                if (name.Split(' ')[^1] is var surname && known.In(surname, on, null).Count == 0) Add(names, taken, surname, actor, "actor:new-person");
            }
        }
    }

    // ("The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, hold talks …": a title in lower case too)
    [GeneratedRegex(@"\b(Secretaries[- ]General|[Ff]oreign\s+[Mm]inisters|Ministers|Presidents|Heads|Directors|Chairpersons|Co-Chairs|Ambassadors)\b(?<title>[^.;:()]{0,80}?),\s+(?<a>\p{Lu}\p{Ll}+(\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)\s+and\s+(?<b>\p{Lu}\p{Ll}+(\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)\s*[,.]")]
    private static partial Regex PluralTitlePair();

    /// <summary>
    /// "Zheenbek Kulubaev (Жээнбек Кулубаев) received …": a name written in another script, in brackets right after a person's
    /// name, is that person written so; the bracketed name and its surname alone are the person the document names before it.
    /// </summary>
    private static void Transcribed(string text, Mentions known, PartialDate on, List<DocumentName> names)
    {
        foreach (var written in names.Where(n => n.Rule == "actor:new-person" && n.Name.Contains(' ') && n.Name.Any(c => c > '\u024F' && char.IsLetter(c))).ToList())
        {
            ActorRef? person = null;
            foreach (var at in Occurrences(text, "(" + written.Name + ")", StringComparison.Ordinal))
            {
                var before = text[..at].TrimEnd();
                person ??= names.FirstOrDefault(n => n.Actor.Kind is ActorKind.Official or ActorKind.Person && n.Actor.Id != written.Actor.Id && before.EndsWith(n.Name, StringComparison.Ordinal))?.Actor
                    ?? (before[Math.Max(0, before.Length - 60)..] is var near ? known.In(near, on, null).LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.End == near.Length)?.Actor : null);
            }

            if (person is null) continue;
            for (var k = 0; k < names.Count; k++)
                if (names[k].Actor.Id == written.Actor.Id) names[k] = names[k] with { Actor = person };
        }
    }

    /// <summary>
    /// "Dunja Mijatović, the OSCE Representative on Freedom of the Media, …", "OSCE High Commissioner on National Minorities
    /// Kairat Abdrakhmanov": an office one person holds, named right beside a person, is that person's title, so the
    /// office named again ("the OSCE Representative on Freedom of the Media underlined that she …") is the person.
    /// </summary>
    private static void Offices(string text, Mentions known, PartialDate on, List<DocumentName> names, List<(string Title, ActorRef Actor)> titles)
    {
        bool? bare = null;
        foreach (var (name, office) in known.OfficeNames)
        foreach (var at in Occurrences(text, name, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            var holder = Apposed().Match(text[Math.Max(0, at - 12)..at]) is { Success: true } comma ? Named(Math.Max(0, at - 12) + comma.Index, before: true)
                : end + 1 < text.Length && text[end] == ' ' ? Named(end + 1, before: false) : null;
            if (holder is null) continue;
            var title = office.Name.StartsWith("OSCE ", StringComparison.Ordinal) ? office.Name[5..] : office.Name;
            titles.Add((title, holder));
            // "The Representative met with …": the office's head word, as the document writes it alone
            if (title.StartsWith("Representative ", StringComparison.Ordinal) && (bare ??= BareRepresentative().IsMatch(text))) titles.Add(("Representative", holder));
        }

        // the person named right before a comma (ending at it) or right after the office (starting there)
        ActorRef? Named(int edge, bool before)
        {
            var newPerson = names.FirstOrDefault(n => n.Rule == "actor:new-person" && n.Name.Contains(' ')
                && (before ? edge >= n.Name.Length && string.CompareOrdinal(text, edge - n.Name.Length, n.Name, 0, n.Name.Length) == 0
                           : string.CompareOrdinal(text, edge, n.Name, 0, n.Name.Length) == 0));
            if (newPerson is not null) return newPerson.Actor;
            var window = before ? text[Math.Max(0, edge - 60)..edge] : text[edge..Math.Min(text.Length, edge + 60)];
            var people = known.In(window, on, null).Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).ToList();
            return (before ? people.LastOrDefault(m => m.End == window.Length) : people.FirstOrDefault(m => m.Start == 0))?.Actor;
        }
    }

    private static IEnumerable<int> Occurrences(string text, string name, StringComparison comparison)
    {
        for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + name.Length, comparison)) yield return at;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Tt]he Representative\b(?! (on|for|of)\b)")]
    private static partial System.Text.RegularExpressions.Regex BareRepresentative();

    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(the\s+)?(OSCE\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex Apposed();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>\w{3,}?)(has|had|was|is|said)$")]
    private static partial System.Text.RegularExpressions.Regex Glued();

    /// <summary>An open bracket listing a group of officials: "The Co-Chairs of the OSCE Minsk Group (… ", "the mediators (… , ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Co-?[Cc]hair(s|men|persons)|[Aa]mbassadors|[Mm]ediators|[Ee]nvoys|[Rr]epresentatives)\b[^()]{0,60}\((Ambassadors?\s+)?[^()]*$")]
    private static partial System.Text.RegularExpressions.Regex GroupListed();

    /// <summary>" (Turkmenistan)", " (Russian Federation)" right where a name ends.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s\((?<state>\p{Lu}[\p{L} -]{1,40})\)")]
    private static partial System.Text.RegularExpressions.Regex StateInBrackets();

    /// <summary>" of Iceland", " of the Republic of Moldova", " of North Macedonia" right where a name ends.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+of\s+(?<state>(the\s+)?\p{Lu}[\p{L}-]+(\s+(of\s+)?\p{Lu}[\p{L}-]+){0,3})")]
    private static partial System.Text.RegularExpressions.Regex OfStateThen();

    /// <summary>A State and a dash right before a name: "Tajikistan - " in "Foreign Ministers of Kazakhstan - Murat Nurtleu, Tajikistan - …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<state>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+[-–—]\s+$")]
    private static partial System.Text.RegularExpressions.Regex StateDash();

    /// <summary>A title in the plural that opens a list of office holders: "Foreign Ministers of", "Heads of".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Ministers|Ambassadors|Presidents|Heads|Speakers|Chairs|Chairpersons|Secretaries)\s+of\b")]
    private static partial System.Text.RegularExpressions.Regex PluralTitle();

    /// <summary>"the NHC" after "Netherlands Helsinki Committee": capitals the document uses alone that spell the initials of a body it names.</summary>
    private static void Initials(List<Token> tokens, Mentions known, PartialDate on, string text, List<DocumentName> names, HashSet<string> taken)
    {
        var bodies = names.Where(n => n.Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety && n.Rule == "actor:new-organisation").Select(n => (n.Name, n.Actor)).ToList();
        foreach (var t in tokens.Where(t => t.Raw.Length is >= 2 and <= 6 && t.Raw.All(char.IsUpper)).DistinctBy(t => t.Raw))
        {
            if (taken.Contains(t.Folded) || known.In(t.Raw, on, null).Count > 0) continue;
            var body = bodies.FirstOrDefault(b => string.Concat(b.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Connectors.Contains(w)).Select(w => char.ToUpperInvariant(w[0]))) == t.Raw);
            if (body.Actor is not null) Add(names, taken, t.Raw, body.Actor, "actor:acronym");
        }
    }

    /// <summary>Lines in Title Case ("Senior Russian Diplomat, German Ambassador Discuss Coming …"): every word capitalised says nothing about names.</summary>
    private static List<(int Start, int End)> TitleCaseLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        var continued = false; // the line before runs on into this one
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            // a wrapped sentence ("… Helga Schmid,\nKazakhstan - Murat Nurtleu, Tajikistan - …,\nUzbekistan - … of Kyrgyzstan to\n"):
            // a line ending on a comma or a lower-case word goes on in the next, and neither is a headline
            var open = line.TrimEnd() is { Length: > 0 } kept && (kept[^1] == ',' || (kept.LastIndexOf(' ') is var space and >= 0 && char.IsLower(kept[space + 1])));
            var wrapped = continued || open;
            continued = open;
            var (words, sentence) = (0, false);
            foreach (var range in line.Split(' '))
            {
                var word = line[range];
                if (word.IsEmpty || !char.IsLetter(word[0])) continue;
                words++;
                // only the small words of a title in lower case: "met", "has" make it a sentence
                if (char.IsLower(word[0]) && !SmallWord.Contains(word.TrimEnd(",.:;"))) { sentence = true; break; }
            }

            // ("Kate Fearon, Deputy Head, OSCE Special Monitoring Mission …": a speaker listed with their role, not a headline)
            // ("Statement by H.E. Mr. Jeenbek Kulubaev, Minister of Foreign Affairs of the Kyrgyz Republic, at …": nor one whose speaker it names so)
            // ("Co-chairs: Minister of Internal Affairs Abdurahmon Alamshozoda; Ambassador Markus Müller, Head of …": nor a record's label and who it lists)
            // ("Meeting of the Deputy Secretary General with the Minister of Justice of Moldova, Veronica Mihailov-Moraru": nor a heading
            // that names someone after their title, set off at its end)
            // ("– Minister of Foreign Affairs of Poland Radosław Sikorski;": nor an item of a list, which names whom the line above it says)
            // ("1–2 December 2026 | Armenia | Yerevan | Met Prime Minister Nikol Pashinyan …": nor a table's row, its cells between bars)
            if (words >= 5 && !sentence && !wrapped && !(line.TrimStart() is [var mark, ' ', ..] && Sentences.BulletMarks.Contains(mark)) && !line.Contains(" | ", StringComparison.Ordinal) && !NameThenRole(line) && !TitleThenName(line) && !(text.AsSpan(end).Trim().IsEmpty && TitleBeforeName(line)) && !RecordLabel().IsMatch(line) && !(SpokenBy().Match(line.ToString()) is { Success: true } spoken && NameThenRole(line[spoken.Length..])))
                lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    /// <summary>"Kate Fearon, Deputy Head, OSCE …", "Tammy Bruce, Department Spokesperson": a line opening on a name of two or three words, then a role.</summary>
    private static bool NameThenRole(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        if (comma < 0) return false;
        var name = Names.Fold(line[..comma].ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Length is 2 or 3 && NoTitles(name) && RoleAfter(line[comma..].ToString()) is not null;
    }

    /// <summary>Folded words none of which is a title or a title's small word: a name's, as a line gives it.</summary>
    private static bool NoTitles(string[] folded) => !folded.Any(w => OfficialTitles.Contains(w) || PersonTitles.Contains(w) || TitleSmallWords.Contains(w));

    /// <summary>Two or three words, each capitalised then in lower case ("Veronica Mihailov-Moraru"), none a title: a name ending a line.</summary>
    private static bool NameAtEnd(string[] words) =>
        words.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[1])) && NoTitles(Names.Fold(string.Join(' ', words)).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"…, the Minister of Justice of Moldova, Veronica Mihailov-Moraru": a line ending on a name set off by a comma after a title.</summary>
    private static bool TitleThenName(ReadOnlySpan<char> line)
    {
        var comma = line.TrimEnd().LastIndexOf(',');
        return comma >= 0 && NameAtEnd(line[(comma + 1)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            && Names.Fold(line[..comma].ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(6).Any(OfficialTitles.Contains);
    }

    /// <summary>"Human Rights Defender Anahit Manasyan": a line ending on a name right after a title, as a decision is signed at its foot.</summary>
    private static bool TitleBeforeName(ReadOnlySpan<char> line)
    {
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // (three words when the third from the end is no title: "… Defender Anna Maria Petrova")
        var length = words.Length > 3 && Names.Fold(words[^3]) is var third && !OfficialTitles.Contains(third) && !PersonTitles.Contains(third) ? 3 : 2;
        return words.Length > length && NameAtEnd(words[^length..]) && Names.Fold(words[^(length + 1)]) is var title && (OfficialTitles.Contains(title) || PersonTitles.Contains(title));
    }

    /// <summary>A record's label for the holder of an office: "Head of Mission: Ambassador Kilian Wahl".</summary>
    [GeneratedRegex(@"^[ \t]*(?<title>Head\s+of\s+Mission|Head\s+of\s+the\s+Mission|Secretary\s+General|High\s+Commissioner|Special\s+Representative)\s*:\s*((Ambassador|H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*(?<name>\p{Lu}[^\n,;(]{2,60})", RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex OfficeLabel();

    /// <summary>A record's label for those it lists: "Co-chairs: ", "Present: ", "Participants: ", "Moderator: ".</summary>
    [GeneratedRegex(@"^\W*(Chair|Chairs|Co-?chairs?|Chairperson|Chaired\s+by|Head\s+of\s+(Mission|Office|Delegation|Centre|Center)|Author|Authors|Prepared\s+by|Present|Participants|Attendees|Attendance|Apologies|Speakers|Moderator|Moderators|Panel|Panell?ists|Rapporteur|Secretary|Delegation|Delegations)\s*:\s", RegexOptions.IgnoreCase)]
    private static partial Regex RecordLabel();

    /// <summary>
    /// What a heading says before naming who speaks: "Statement by H.E. Mr. ", "Remarks by ", "Interview with ", a written answer's "Answered by "; or a diary's entry
    /// before naming whom its holder met: "Meeting with ", "Phone call with ", "- Bilateral meeting with ".
    /// </summary>
    [GeneratedRegex(@"^\W*((Statement|Remarks|Address|Speech|Comment|Briefing|Intervention|Interview|Letter|Message)\s+(by|of|with|from)|Answered\s+by|((Bilateral|Working|Courtesy|Introductory|Farewell)\s+)?(?i:meeting|talks|call|phone\s+call|telephone\s+(call|conversation)|video\s+(call|conference)|conversation|consultations|working\s+(lunch|dinner|breakfast))\s+with)\s+((H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?((Mr|Ms|Mrs|Dr)\.?\s+)?")]
    private static partial Regex SpokenBy();

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "vs", "via", "into", "over", "upon", "amid", "after", "about",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWord = TitleSmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Speaker of Parliament ", "Parliament Speaker ": the title of the speaker of a State's parliament, right before a name.</summary>
    [GeneratedRegex(@"\b(Speaker\s+of\s+(the\s+)?Parliament|Parliament(ary)?\s+Speaker)\s+$")]
    private static partial Regex ParliamentSpeaker();

    /// <summary>
    /// Whether a chat's or an interview's label ("Adilet Toktogulov: …") reads as a person's full name: two or three capitalised
    /// words, none a title, an institution's word, a month or a State's name or adjective ("Press Office", "Kyrgyz Delegation" are not).
    /// </summary>
    public static bool PersonName(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 2 or 3 } words
        && words.All(w => w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’')
                          && w.ToLowerInvariant() is var folded && !NotNames.Contains(folded) && !OfficialTitles.Contains(folded) && !PersonTitles.Contains(folded)
                          && !MonthNames.Contains(folded) && Demonyms.State(folded) is null && Capitals.State(w) is null)
        && !Demonyms.For(label).Any();

    /// <summary>
    /// An organisation named by <paramref name="publisher"/> ("Human Rights Watch", "Freedom House"), if it reads as one; a
    /// newspaper's or a broadcaster's name does not ("Kyiv Post"), but a watchdog headed as a body does though it names the
    /// media ("Central Asia Media Monitor", "International Press Institute").
    /// </summary>
    public static ActorRef? Organisation(string publisher)
    {
        var words = Names.Fold(publisher).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // ("Helsinki Citizens' Assembly-Vanadzor", "Helsinki Foundation for Human Rights": a body of the Helsinki movement, named for it)
        if (words is ["helsinki", _, ..] && words.Length <= 8 && !words.Any(NewsWords.Contains)) return new ActorRef(Actor.IdFor(publisher.Trim()), publisher.Trim(), ActorKind.Organisation);
        // ("Stockholm Centre for Eastern European Studies": a head noun before the "for" that says what the body is for)
        // ("Institute for Peace Research and Security Policy at the University of Hamburg": a body opening on its head noun may be named at length)
        if (words.Length < 2 || words.Length > (OrganisationHeads.Contains(words[0]) && words[1] is "for" or "of" or "on" ? 14 : 8) || (words.Any(NewsWords.Contains) && !WatchdogHeads.Contains(words[^1]))
            // ("Civil Rights Defenders", "Front Line Defenders": a publisher named for those it defends)
            || !(HeadedAsOrganisation(words[0], words[^1]) || words[^1] is "defenders" || Enumerable.Range(1, words.Length - 2).Any(i => OrganisationHeads.Contains(words[i]) && words[i + 1] is "for" or "of" or "on" or "to")
                 // ("Human Rights Centre Viasna": or a head noun right before the body's own name)
                 || (words.Length >= 3 && OrganisationHeads.Contains(words[^2]) && publisher.TrimEnd().Split(' ')[^1].TrimStart('"', '“') is [var own, ..] && char.IsUpper(own))))
            return null;
        var name = publisher.Trim();
        return new ActorRef(Actor.IdFor(name), name, ActorKind.Organisation);
    }

    private static void Read(string text, List<Token> tokens, int first, int end, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken,
        HashSet<string> lowerWords, List<(string Title, ActorRef Actor)> titles)
    {
        // a run: capitalised words, with lower-case connectors and particles between them ("Office for Democratic Institutions", "von Geyr")
        var run = tokens.GetRange(first, end - first);
        var knownHere = known.In(text[run[0].Start..run[^1].End], on, null)
            .Select(m => (Start: m.Start + run[0].Start, End: m.End + run[0].Start, m.Actor)).ToList();
        bool Known(Token t) => knownHere.Any(k => t.Start >= k.Start && t.End <= k.End);

        // people: spans of name-like words inside the run
        for (var s = 0; s < run.Count;)
        {
            bool Word(Token t) => NameLike(t) && !lowerWords.Contains(t.Folded);
            if (!Word(run[s]) || Known(run[s])) { s++; continue; }
            var e = s;
            // ("said Gulnoza Said, CPJ's …": a surname that is a word the text also writes in lower case, right after a given name, ending the run)
            while (e + 1 < run.Count && (Word(run[e + 1]) || ((Particles.Contains(run[e + 1].Folded) || Initial(run[e + 1])) && e + 2 < run.Count && Word(run[e + 2])) || Patronymics.Contains(run[e + 1].Folded)
                                         || (e == s && e + 2 == run.Count && NameLike(run[e + 1]))) && !Known(run[e + 1])) e++;
            // "Foreign Ministry Spokeswoman Maria Zakharova’s answers": a name's last word in the possessive, read without its "’s"
            if (e + 1 < run.Count && Possessive(run[e + 1]) is { } stem && Word(stem) && !Known(run[e + 1]))
            {
                run[e + 1] = tokens[first + e + 1] = stem;
                e++;
            }

            // "Greeting Margareta Cederfelt, …": a sentence opening with a verb in -ing
            if (s == 0 && run[s].Folded.EndsWith("ing", StringComparison.Ordinal) && e > s + 1 && Opening(text, run[s].Start)) { s++; continue; }
            // "Urszula Józefa Gacek": names before a known surname are that person's, when the first of them is theirs too;
            // "Vjosa Osmani" is someone else than the dictionary's Bujar Osmani
            if (e + 1 < run.Count && knownHere.FirstOrDefault(k => k.Actor.Kind is ActorKind.Official or ActorKind.Person && k.Start == run[e + 1].Start) is { Actor: { } surnamed } sharing)
            {
                var firstName = Names.Fold(surnamed.Name).Split(' ')[0];
                var last = e + 1;
                while (last + 1 < run.Count && run[last + 1].End <= sharing.End) last++;
                if (run[s].Folded != firstName && sharing.End - sharing.Start < surnamed.Name.Length && Word(run[s]) && last - s + 1 is >= 2 and <= 4)
                    Person(text, tokens, first + s, first + last, known, on, names, taken, titles, lowerWords);
                s = last + 1;
                continue;
            }
            var span = run.GetRange(s, e - s + 1);
            var core = span.Count(t => !Particles.Contains(t.Folded) && !Patronymics.Contains(t.Folded) && !Initial(t));
            // "Speaker of the Milli Majlis Ogtay Asadov": after an office's "of the", a run of three or four names is the body the
            // office is of, then the holder's first name and surname
            if (core is 3 or 4 && e - s + 1 == core && OfficeOf(text, run, s)) Person(text, tokens, first + e - 1, first + e, known, on, names, taken, titles, lowerWords);
            else if (core is >= 2 and <= 4) Person(text, tokens, first + s, first + e, known, on, names, taken, titles, lowerWords);
            // "Governor Kompatscher", "Commissioner Janković": a surname alone right after an office's title, when the document
            // gives it no first name elsewhere
            // ("Ms. Kran welcomed …", "Mr. Kazakbaev (Kyrgyzstan) said …": or after a courtesy title, as a summary record names its speakers)
            else if (core == 1 && e == s && !Particles.Contains(run[s].Folded) && !Initial(run[s]) && (s + 1 == run.Count || !run[s + 1].Capitalised)
                     && ((s > 0 && SurnameTitles.Contains(run[s - 1].Folded) && !tokens.Where((t, k) => k > 0 && t.Raw == run[s].Raw && NameLike(tokens[k - 1]) && Joined(text, tokens[k - 1], t)).Any())
                         || CourtesyRightBefore(text, run[s].Start)))
                Person(text, tokens, first + s, first + e, known, on, names, taken, titles, lowerWords);
            s = e + 1;
        }

        // titles a known official is introduced with: "Head of State Kassym-Jomart Tokayev"
        // ("… Foreign Minister Elina Valtonen and Finnish President Alexander Stubb": Stubb's titles begin after Valtonen, or both
        // would share hers, and a title two people share names neither)
        // (a title of the same person read as a mention of them, "OSCE Chairperson-in-Office and Slovak Foreign Minister Miroslav
        // Lajčák", is still among their titles)
        var (from, previous) = (first, (ActorRef?)null);
        foreach (var k in knownHere.Where(k => k.Actor.Kind is ActorKind.Official or ActorKind.Person))
        {
            var at = tokens.FindIndex(first, end - first, t => t.Start >= k.Start);
            if (previous is not null && previous.Id == k.Actor.Id) from = first;
            if (at > from) Titles(tokens, from, at, k.Actor, titles);
            var after = tokens.FindIndex(first, end - first, t => t.Start >= k.End);
            from = after < 0 ? end : after;
            // "and" joining two people is no title word of the second
            while (from < end && tokens[from].Folded is "and" or "with" or "as") from++;
            previous = k.Actor;
        }

        Organisations(text, run, knownHere, names, taken);
    }

    private static bool CourtesySurname(string text, string surname)
    {
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            if (CourtesyRightBefore(text, at) && (at + surname.Length == text.Length || !char.IsLetter(text[at + surname.Length])))
                return true;
        return false;
    }

    /// <summary>Whether a courtesy title ("Mr. ", "Ms ", "Dr. ") stands right before <paramref name="at"/>.</summary>
    private static bool CourtesyRightBefore(string text, int at) => CourtesyBefore().IsMatch(text.AsSpan(Math.Max(0, at - 6), at - Math.Max(0, at - 6)));

    /// <summary>An office told in lower case, ending where a name set off by a comma follows: "the head of the Ukrainian delegation, ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?-i:head|leader|chair|chairman|chairwoman|chairperson|president|speaker|spokesperson|spokesman|spokeswoman|director|chief)\s+of\s+(the\s+)?[\p{L}\s-]{2,50},\s$")]
    private static partial System.Text.RegularExpressions.Regex LowerOfficeBefore();

    /// <summary>A State's office told in lower case, set off before a name: "Cyprus's ambassador to the OSCE, ", "Armenia’s deputy foreign minister, ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<state>\p{Lu}[\p{L}-]+)(’s|'s)\s+(\p{Ll}+\s+){0,2}(?-i:ambassador|envoy|representative|minister|spokesperson|spokesman|spokeswoman|negotiator)(\s+to\s+the\s+[\p{L}\s-]{2,30})?,\s$")]
    private static partial System.Text.RegularExpressions.Regex PossessiveOfficeBefore();

    /// <summary>A minister's title set off before a name: "the Minister of Education and Science, ", "Deputy Minister for Foreign Affairs, ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bMinister(\s+(of|for)\s+(the\s+)?\p{Lu}[\p{L}-]*(\s+(and|of|for|the|\p{Lu}[\p{L}-]*)){0,6})?,\s$")]
    private static partial System.Text.RegularExpressions.Regex MinisterSetOff();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Mr|Mrs|Ms|Dr|Mme)\.?\s$")]
    private static partial System.Text.RegularExpressions.Regex CourtesyBefore();

    /// <summary>Whether the words of <paramref name="run"/> before <paramref name="at"/> are an office's title and "of" or "of the" ("Speaker of the").</summary>
    private static bool OfficeOf(string text, List<Token> run, int at)
    {
        var of = at - 1;
        if (of >= 0 && run[of].Folded == "the") of--;
        // "Chairperson of the Senate of the Oliy Majlis Tanzila Narbaeva": back over a chamber the body is part of, to the office
        while (of >= 3 && run[of].Folded == "of" && NotNames.Contains(run[of - 1].Folded) && !OfficialTitles.Contains(run[of - 1].Folded)
               && (run[of - 2].Folded == "of" || (run[of - 2].Folded == "the" && run[of - 3].Folded == "of")))
            of -= run[of - 2].Folded == "of" ? 2 : 3;
        return of >= 1 && run[of].Folded == "of" && OfficialTitles.Contains(run[of - 1].Folded) && Joined(text, run[of - 1], run[of]) && Joined(text, run[of], run[of + 1]);
    }

    /// <summary>Up to three words before token <paramref name="at"/>, none across a sentence or clause boundary (the last ending before <paramref name="limit"/>).</summary>
    private static List<Token> WordsRightBefore(string text, List<Token> tokens, int at, int limit)
    {
        var words = tokens.GetRange(Math.Max(0, at - 3), at - Math.Max(0, at - 3));
        while (words.Count > 0 && Broken(text, words[0].End, words.Count > 1 ? words[1].Start : limit)) words.RemoveAt(0);
        return words;
    }

    /// <param name="lowerWords">the words the text also writes in lower case: a surname among them is not known by itself ("Gulnoza Said" is not every "said")</param>
    private static void Person(string text, List<Token> tokens, int s, int e, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken,
        List<(string Title, ActorRef Actor)> titles, HashSet<string> lowerWords)
    {
        // "Executive Director of Front Line Defenders": what a title is "of" is a body or a place, not a person
        // ("DPM for Good Governance, Arben Fetai": nor what a title is "for", its portfolio)
        if (s > 0 && (tokens[s - 1].Folded == "of" || (tokens[s - 1].Folded == "the" && s > 1 && tokens[s - 2].Folded == "of")
                      || (tokens[s - 1].Folded == "for" && s > 1 && OfficialTitles.Contains(tokens[s - 2].Folded))) && Joined(text, tokens[s - 1], tokens[s])) return;
        // "attack on a journalist … in Novi Sad on 25 November": two capitalised words right after "in" are a place, not a person
        if (s > 0 && tokens[s - 1].Folded is "in" or "near" && Joined(text, tokens[s - 1], tokens[s])) return;
        var name = text[tokens[s].Start..tokens[e].End];
        // "Head of the OSCE Mission to Bosnia and Herzegovina (BiH) Bruce G. Berton": the bracketed acronym belongs to the title
        var (skip, limit) = (s, tokens[s].Start);
        if (Bracketed().Match(text[Math.Max(0, tokens[s].Start - 16)..tokens[s].Start]) is { Success: true } bracket)
        {
            limit = Math.Max(0, tokens[s].Start - 16) + bracket.Index;
            while (skip > 0 && tokens[skip - 1].Start >= limit) skip--;
        }

        // only the words right before the name, not across a sentence or clause boundary
        var before = WordsRightBefore(text, tokens, skip, limit);
        // and every word of the capitalised run the name ends ("President of the Republic of Azerbaijan Ilham Aliyev")
        var runStart = skip;
        // ("Chairman of the Committee on Interethnic Relations and Friendly Ties with Foreign Countries Rustam Kurbanov": a body's name may join its words by "with")
        while (runStart > 0 && (Joined(text, tokens[runStart - 1], tokens[runStart]) || (runStart == skip && skip < s)) && (tokens[runStart - 1].Capitalised || Connectors.Contains(tokens[runStart - 1].Folded) || tokens[runStart - 1].Folded == "with")) runStart--;
        // ("Participants: / – Ignazio Cassis, …, OSCE Chairperson-in-Office (chair) / – Yermek Kosherbayev, Minister of Foreign Affairs of
        // Kazakhstan": a list item's name is titled on its own line, not by the item above it)
        // (whoever the list's heading makes them: "Speakers: / - Bolot Temirov, investigative journalist")
        var itemStart = text.LastIndexOf('\n', Math.Max(0, tokens[s].Start - 1)) + 1;
        // (and so is a name opening its line: "… in next year's budget." / "Timčo Mucunski (Minister of Foreign Affairs): …" is no year's)
        if (!(itemStart > 0 && (text.AsSpan(itemStart, tokens[s].Start - itemStart).TrimStart() is [var mark, ..] && Sentences.BulletMarks.Contains(mark) || itemStart == tokens[s].Start))) itemStart = 0;
        // and the words right before that run: "chief negotiator with the European Union Besnik Dushi"
        var beforeRun = runStart < skip - 1 ? WordsRightBefore(text, tokens, runStart, tokens[runStart].Start) : [];
        var titled = beforeRun.Concat(before).Concat(tokens.GetRange(runStart, skip - runStart)).SelectMany(t => t.Folded.Split('-')).Select(w => w.Length > 4 && w.EndsWith('s') && OfficialTitles.Contains(w[..^1]) ? w[..^1] : w).ToList();
        // "H.E. Helga Maria Schmid", "His Excellency …": a style only officials are given
        var official = titled.Any(OfficialTitles.Contains) || Excellency().IsMatch(text[Math.Max(0, tokens[s].Start - 16)..tokens[s].Start]);
        // "Foreign Ministers Ivica Dačić and Sebastian Kurz": a name joined by "and" to an official just named under a title
        // "Members of the Presidency Željka Cvijanović, Denis Bećirović and Željko Komšić": or by a comma, in a list the title opened
        if (!official && s > 1 && names.LastOrDefault(n => n.Rule == "actor:new-person" && n.Actor.Kind is ActorKind.Official) is { } previous
            && (tokens[s - 1].Folded == "and" ? text[..tokens[s - 2].End] : text[tokens[s - 1].End..tokens[s].Start] == ", " ? text[..tokens[s - 1].End] : "").EndsWith(previous.Actor.Name, StringComparison.Ordinal))
            official = true;
        var person = official || titled.Any(PersonTitles.Contains);
        var after = text[tokens[e].End..Math.Min(text.Length, tokens[e].End + 60)];
        if (!person && RoleAfter(after) is { } role) (person, official) = (true, role);
        if (!person && after.StartsWith(',') && ShortRole(after)) (person, official) = (true, true);
        // "The OSCE Representative on Freedom of the Media, Harlem Désir, denounced": a name set off by commas after a title or an office
        // ("Meeting of … with the Minister of Justice of Moldova, Veronica Mihailov-Moraru" on a heading's line: or by the line's end)
        if (!person && (after.StartsWith(',') || after.StartsWith('.') || after.StartsWith(';') || after.StartsWith('\n') || after.StartsWith('\r') || after.Length == 0) && s > 0 && text[tokens[s - 1].End..tokens[s].Start] is ", " or "), "
            && (OfficialTitles.Contains(tokens[s - 1].Folded) || TitleRunBefore(text, tokens, s - 1) || known.In(text[Math.Max(0, tokens[s].Start - 80)..(tokens[s].Start - 2)], on, null) is [.., { Actor.Kind: ActorKind.Institution or ActorKind.FieldOperation } last] && last.End >= tokens[s].Start - 2 - Math.Max(0, tokens[s].Start - 80) - 1))
            (person, official) = (true, true);
        // ("… and with the head of the Ukrainian delegation, Mykyta Poturaiev": so after an office told in lower case, "head of …")
        // ("Cyprus's ambassador to the OSCE, Maria Michael, said …": and after a State's office, named by the State's possessive)
        var possessiveOffice = s > 0 && text[tokens[s - 1].End..tokens[s].Start] == ", " && e > s
            ? PossessiveOfficeBefore().Match(text, Math.Max(0, tokens[s].Start - 80), tokens[s].Start - Math.Max(0, tokens[s].Start - 80)) : Match.Empty;
        if (!person && s > 0 && text[tokens[s - 1].End..tokens[s].Start] == ", " && e > s
            && (LowerOfficeBefore().IsMatch(text.AsSpan(Math.Max(0, tokens[s].Start - 80), tokens[s].Start - Math.Max(0, tokens[s].Start - 80))) || possessiveOffice.Success))
            (person, official) = (true, true);
        // "When Shavkat Mirziyoyev became President in 2016, …": a name followed by the office it took
        var became = !person && BecameTitle().IsMatch(after);
        if (became) (person, official) = (true, true);
        // "Alexey Rogov has headed the OSCE Programme Office in Bishkek since 2023": a name followed by the body it heads
        // "Andrii Sybiha 🇺🇦\n@andrii_sybiha": a post's author, named over their handle
        if (!person && HeadsAfter().IsMatch(after)) (person, official) = (true, true);
        if (!person && HandleAfter().IsMatch(after)) person = true;
        // ("Mr. Emanuelis Zingeris (Lithuania) condemned …": a delegate, whose State an assembly's summary brackets after the name, speaks
        // officially; not a verbatim record's label, "Mr. Waltz (United States of America): We commend …", where they speak as themselves)
        if (titled.Any(PersonTitles.Contains) && !official && StateInBrackets().Match(after) is { Success: true } delegateOf && !after[delegateOf.Length..].StartsWith(':')
            && known.First(delegateOf.Groups["state"].Value, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State }) official = true;
        // ("Timčo Mucunski (Minister of Foreign Affairs): "North Macedonia will …"": a speaker's label at a line's start, their role
        // bracketed after their name; an official's if the role opens on an office's title)
        if (!person && (tokens[s].Start == 0 || text[tokens[s].Start - 1] == '\n') && LabelRoleAfter().Match(after) is { Success: true } labelRole)
            (person, official) = (true, official || labelRole.Groups["role"].Value.Split(' ', 2)[0] is var roleWord && OfficialTitles.Contains(Names.Fold(roleWord)));
        // "Jan Lundgren • 2nd\nHead of the OSCE Mission to Montenegro": a profile's or a signature's name on its line, their role
        // opening the next, is an official's, of the body the role names
        if (!person && ProfileRole().Match(text, tokens[e].End) is { Success: true } profile && RoleAfter(", " + profile.Groups["role"].Value) is true)
            (person, official, after) = (true, true, ", " + profile.Groups["role"].Value);
        // ("…,” said his wife, Gulnara Saidova.": so a name set off after a relation who said it)
        // (the forty characters before the name, where a title or a saying stands)
        var preceding = text[Math.Max(0, tokens[s].Start - 40)..tokens[s].Start];
        if (!person && (SaysOrMeetsAfter(after) || SaidBefore(preceding))) person = true;
        // "… delegation to the OSCE Parliamentary Assembly Bahar Muradova. Mrs. Muradova highlighted …": a surname the document
        // gives a courtesy title elsewhere
        if (!person && e > s && CourtesySurname(text, tokens[e].Raw)) person = true;
        // ("Ms. Kran welcomed …": a surname alone right after a courtesy title)
        if (!person && e == s && CourtesyRightBefore(text, tokens[s].Start)) person = true;
        // "The Co-Chairs of the OSCE Minsk Group (Stephane Visconti of France, Andrew Schofer of …)": the people a group of
        // officials is listed with, each of a State
        if (!person && GroupListed().IsMatch(text.AsSpan(Math.Max(0, tokens[s].Start - 300), tokens[s].Start - Math.Max(0, tokens[s].Start - 300))) && OfStateThen().IsMatch(after))
            (person, official) = (true, true);
        // "Foreign Ministers of Kazakhstan - Murat Nurtleu, Tajikistan - Sirojiddin Muhriddin": a list a plural title opens,
        // each item a State and its official
        if (!person && StateDash().Match(text, Math.Max(0, tokens[s].Start - 50), tokens[s].Start - Math.Max(0, tokens[s].Start - 50)) is { Success: true } dash
            && known.First(dash.Groups["state"].Value, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State }
            && PluralTitle().IsMatch(text.AsSpan(Math.Max(0, tokens[s].Start - 250), tokens[s].Start - Math.Max(0, tokens[s].Start - 250))))
            (person, official) = (true, true);
        if (!person) return;

        // "Urszula Józefa Gacek" is the dictionary's Urszula Gacek: same first name and surname
        var folded = Names.Fold(name).Split(' ');
        var same = known.Person(folded[0], folded[^1])
                   // "Miroslav Lajčákhas hailed …": a known name run into the verb after it
                   ?? (Glued().Match(folded[^1]) is { Success: true } glued && folded.Length > 1 ? known.Person(folded[0], glued.Groups["name"].Value) : null);
        var actor = same ?? new ActorRef(Actor.IdFor(name), name, official ? ActorKind.Official : ActorKind.Person);
        // "Polish Foreign Minister Zbigniew Rau", "Armenia’s Foreign Minister …": whom an official speaks for
        var of = official ? before.Concat(tokens.GetRange(runStart, s - runStart)).Where(t => t.Start >= itemStart).Select(t => Demonyms.State(t.Folded.Split('’', '\'')[0]) ?? (t.Raw.EndsWith("’s", StringComparison.Ordinal) || t.Raw.EndsWith("'s", StringComparison.Ordinal) ? t.Raw[..^2] : null)).LastOrDefault(x => x is not null) : null;
        // "the Minister of Foreign Affairs of the Republic of Uzbekistan Abdulaziz Kamilov", "OSCE Secretary General Helga Schmid": the State or body the title names
        // ("Head of the OSCE Mission to Skopje Kilian Wahl and Minister of Interior Panče Toškovski": not the title of the person named before)
        if (official && of is null && Math.Max(itemStart, Math.Min(before.Count > 0 ? before[0].Start : int.MaxValue, tokens[runStart].Start)) is var titleStart && titleStart < tokens[s].Start)
        {
            foreach (var earlier in names.Where(n => n.Actor.Kind is ActorKind.Official or ActorKind.Person && n.Name.Contains(' ')))
                if (text.IndexOf(earlier.Name, titleStart, tokens[s].Start - titleStart, StringComparison.Ordinal) is var at and >= 0)
                    // ("Ambassador Katrin Holm of Iceland, Ambassador Joseph Camilleri of Malta": and the State the one named before is of)
                    titleStart = Math.Max(titleStart, at + earlier.Name.Length + (OfStateThen().Match(text, at + earlier.Name.Length) is { Success: true } ofThen ? ofThen.Length : 0));
            // ("U.S. Ambassador to the OSCE Rachel Sutter": a State's initials before the title are part of it)
            if (Abbreviated().Match(text, Math.Max(0, titleStart - 8), titleStart - Math.Max(0, titleStart - 8)) is { Success: true } initials) titleStart = initials.Index;
            if (titleStart < tokens[s].Start) of = Body(text[titleStart..tokens[s].Start].TrimEnd(), known, on);
        }
        // "the Head of the OSCE Presence in Albania, Ambassador Lena Marsh": the office set off before the comma is whose head they are
        if (official && HeadOfBefore().Match(text[Math.Max(0, tokens[s].Start - 120)..tokens[s].Start]) is { Success: true } headOf
            && known.First(headOf.Groups["body"].Value, on) is { Kind: ActorKind.FieldOperation or ActorKind.Institution } headed)
            of = headed.Name;
        if (official && possessiveOffice.Success && known.First(possessiveOffice.Groups["state"].Value, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } officeOf)
            of = officeOf.Name;
        // "Ambassador Nurlan Zhakupov of Kazakhstan": the State named right after the name
        // ("Mr. Hajiyev (Turkmenistan) said …", "Mr. Emanuelis Zingeris (Lithuania) condemned …": or in brackets, as an assembly's record
        // gives a delegate's State)
        if (official && (OfStateThen().Match(after) is { Success: true } ofAfter ? ofAfter : StateInBrackets().Match(after)) is { Success: true } stateNamed
            && known.First(stateNamed.Groups["state"].Value, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } stateAfter)
            of = stateAfter.Name;
        // "…the 2018 elections in Hungary,” said Alexander Shlyk, Head of the ODIHR Elections Department": the role set after
        // the name says whose official they are, not a State the words before them spoke of
        if (official && RoleAfter(after) is true && after.IndexOfAny(['.', ';', '“', '"', '(']) is var roleStop
            && known.In(after[..(roleStop < 0 ? after.Length : roleStop)], on, null) is var roleNames
            && roleNames.FirstOrDefault(m => m.Actor.Kind is ActorKind.Institution or ActorKind.FieldOperation) is { } office)
            // ("Berit Lindeman, Secretary General of the NHC": the body the title is "of", not the OSCE office of that title)
            of = roleNames.LastOrDefault(m => m.Start > office.Start && m.Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety && m.Actor.Id != "osce") is { } body
                 && Regex.IsMatch(after[office.End..body.Start], @"^\s+of\s+(the\s+)?$")
                ? names.FirstOrDefault(n => n.Name == after[body.Start..body.End])?.Actor.Name ?? body.Actor.Name // (an acronym the document spelt out is that body's)
                : office.Actor.Name;
        // ("Statement by Anna Virtanen, Minister for Foreign Affairs of Finland, at …": or the State the role set after the name is of)
        // ("Rashid Meredov, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan": of the first of its roles that names one, on the name's line)
        if (official && of is null && RoleAfter(after) is true)
            foreach (var (roleText, k) in text[tokens[e].End..Math.Min(text.Length, tokens[e].End + 160)].Split('\n')[0].TrimStart(',').Split(',').Take(3).Select((r, k) => (r, k)))
                // (a later role that is an office's title: "Director, National Centre for Human Rights of Uzbekistan" is a body's, not a State's office)
                if ((k == 0 || OfficialTitles.Contains(Names.Fold(roleText.TrimStart().Split(' ')[0])))
                    && known.In(roleText, on, null).LastOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) is { } roleState
                    && Regex.IsMatch(roleText[..roleState.Start], @"\bof\s+(the\s+)?(Republic\s+of\s+)?$"))
                {
                    of = roleState.Actor.Name;
                    break;
                }
        // ("OSCE PA President's travel diary … President Pia Kauma spent three days …": in a text by or about the Assembly's President, a bare
        // "President" before anyone else is named is hers)
        if (official && of is null && names.All(n => n.Rule != "actor:new-person") && BarePresident().IsMatch(preceding)
            && AssemblyPresident().IsMatch(text) && known.First("OSCE Parliamentary Assembly", on) is { } assembly)
            of = assembly.Name;
        // (an office taken, "became President", with no State named, is in the government of the State the document is about)
        // ("In 2017 President Gurbanguly Berdimuhamedow promised": a bare "President", with no body's name before it, is a head of State's)
        var ofUnnamedState = official && of is null
            // ("CEC Chairperson Tynchtyk Shainazarov", "Central Election Commission chair …": so is the head of its electoral commission)
            // ("Speaker of Parliament Igor Grosu", "Parliament Speaker …": and the speaker of its parliament, no other body named)
            && (became || titled.Any(MinisterialTitles.Contains) || titled.Contains("cec") || (titled.Contains("commission") && titled.Any(w => w is "election" or "elections" or "electoral"))
                // ("I met the Minister of Education and Science, Dace Melbārde": so is a minister whose title is set off before the name)
                || (s > 0 && text[tokens[s - 1].End..tokens[s].Start] == ", " && MinisterSetOff().IsMatch(text.AsSpan(Math.Max(0, tokens[s].Start - 90), tokens[s].Start - Math.Max(0, tokens[s].Start - 90))))
                || ParliamentSpeaker().IsMatch(preceding)
                || BarePresident().IsMatch(preceding));
        if (same is null) Add(names, taken, name, actor, "actor:new-person", of, ofUnnamedState);
        // ("Interior Minister Ivica Dačić promised …" in a release on Serbia: a known name whose office the dictionary has not for the day
        // is a minister of the State the document is about too, where no role of theirs held then says whom they speak for)
        else Add(names, taken, name, actor, "actor:document-title", null, ofUnnamedState);
        if (same is null)
        {
            var parts = name.Split(' ');
            // "José Ignacio Sánchez Amor" is also "Sánchez Amor": a name of three words or more may end in two surnames
            // ("Nurlanbek Turgunbek uulu" is "Turgunbek uulu", never "uulu")
            if (parts.Length >= 3 && !Particles.Contains(Names.Fold(parts[^2])) && parts[^2].Length > 2 && known.In($"{parts[^2]} {parts[^1]}", on, null).Count == 0)
                Add(names, taken, $"{parts[^2]} {parts[^1]}", actor, "actor:new-person");
            if (known.In(parts[^1], on, null).Count == 0 && !Patronymics.Contains(Names.Fold(parts[^1])) && !lowerWords.Contains(Names.Fold(parts[^1]))) Add(names, taken, parts[^1], actor, "actor:new-person");
        }

        if (runStart < s) Titles(tokens, runStart, s, actor, titles);
        // "The OSCE Chairperson-in-Office, Ukrainian Foreign Minister Leonid Kozhara": the title set off before the comma is theirs too
        if (official && runStart > 0 && text[tokens[runStart - 1].End..tokens[runStart].Start] == ", ")
        {
            var from = runStart - 1;
            while (from > 0 && Joined(text, tokens[from - 1], tokens[from]) && (tokens[from - 1].Capitalised || Connectors.Contains(tokens[from - 1].Folded))) from--;
            Titles(tokens, from, runStart, actor, titles);
        }

        if (after.StartsWith(", ", StringComparison.Ordinal))
        {
            var roleEnd = e + 1;
            while (roleEnd < tokens.Count && roleEnd < e + 8 && (tokens[roleEnd].Capitalised || Connectors.Contains(tokens[roleEnd].Folded)) && (roleEnd == e + 1 || Joined(text, tokens[roleEnd - 1], tokens[roleEnd]))) roleEnd++;
            if (roleEnd > e + 1) Titles(tokens, e + 1, roleEnd, actor, titles);
        }
    }

    /// <summary>Distinctive titles among the words before a name, unless they belong to someone else ("Representative of the Chairperson-in-Office X").</summary>
    private static void Titles(List<Token> tokens, int from, int to, ActorRef actor, List<(string Title, ActorRef Actor)> titles)
    {
        var words = tokens.GetRange(from, to - from).SelectMany(t => t.Folded.Split('-')).ToList();
        foreach (var group in TitleGroups)
        foreach (var title in group.Where(form => form.Length > 1))
        {
            for (var i = 0; i + title.Length <= words.Count; i++)
            {
                if (!words.Skip(i).Take(title.Length).SequenceEqual(title)) continue;
                // ("The Speaker of the National Assembly, Ana Brnabić": a "the" opening the words read is no "of the" unless "of" comes before them)
                if (i > 0 && words[i - 1] is "of" or "the" && (i < 2 ? words[0] == "of" || (from > 0 && tokens[from - 1].Folded == "of") : words[i - 2] is "of" or "the")) continue;
                // "Personal Representative of the OSCE Chairperson-in-Office X": the title is what someone else's is "of"
                if (words.Take(i).TakeLast(3).Contains("of")) continue;
                if (i > 0 && Lesser.Contains(words[i - 1])) continue;
                // "A meeting between the Chairperson-in-Office and the President of Moldova, Maia Sandu": a title "and the" another's
                // title come after is the other person's, not hers
                if (words.Skip(i + title.Length).Zip(words.Skip(i + title.Length + 1)).Any(w => w is ("and", "the"))) continue;
                foreach (var form in group) titles.Add((string.Join(' ', form), actor));
            }
        }

        // "In her meeting with Speaker Papuashvili …. The Speaker said that …": a Speaker titled by the one word before their name is
        // the Speaker the document speaks of (the word alone names no one until then)
        if (words is ["speaker"] or ["toraga"])
            foreach (var form in TitleGroups.First(g => g.Any(f => f is ["speaker"])))
                titles.Add((string.Join(' ', form), actor));

        // "President Kassym-Jomart Tokayev … The Head of State congratulated …": a President with no body's name before the title heads the State
        // (so does "President of Ukraine Volodymyr Zelenskyy": a President of a State)
        // (and "President of the Kyrgyz Republic", "President of the Republic of Uzbekistan": a State by its formal name)
        if (words is ["president"] || (words is ["president", "of", .. var state] && (state is ["the", .. var named] ? named : state) is { Count: > 0 } stateWords
                && (Demonyms.For(string.Join(' ', stateWords)).Any() || stateWords is [var adjective, "republic" or "confederation"] && Demonyms.State(adjective) is not null
                    || stateWords is ["republic", "of", .. var republic] && Demonyms.For(string.Join(' ', republic)).Any())))
        {
            titles.Add(("head of state", actor));
            // ("President of the Kyrgyz Republic Sadyr Japarov received … “We value …,” the President said": and, titled in full, "the
            // President"; not after a bare "President Shavkat Mirziyoyev", where news also names the office in passing: "prosecuted
            // for "insulting the President"")
            if (words is not ["president"]) titles.Add(("president", actor));
        }
    }

    private static void Organisations(string text, List<Token> run, List<(int Start, int End, ActorRef Actor)> known, List<DocumentName> names, HashSet<string> taken)
    {
        var s = 0;
        while (s < run.Count && (run[s].Folded is "the" or "a" || !run[s].Capitalised)) s++;
        // "To the European Union and the OSCE participating States:": a line opening on a preposition capitalises no name
        if (s + 1 < run.Count && run[s].Folded is "to" or "for" or "in" or "on" or "at" or "by" or "from" or "with" && run[s + 1].Folded == "the")
            for (s += 2; s < run.Count && (run[s].Folded is "the" or "a" || !run[s].Capitalised); s++) { }
        // "According to Human Rights Watch, …": a sentence opening on a phrase with "to" capitalises no name
        if (s + 1 < run.Count && run[s].Folded is "according" or "thanks" or "due" or "contrary" or "prior" or "owing" && run[s + 1].Folded == "to")
            for (s += 2; s < run.Count && (run[s].Folded is "the" or "a" || !run[s].Capitalised); s++) { }
        var e = run.Count - 1;
        while (e > s && !run[e].Capitalised) e--;
        // ("the decision of the Baku Court of Appeal on Thursday": a day after a name is when, not part of it)
        while (e > s + 1 && run[e - 1].Folded is "on" && Weekdays.Contains(run[e].Folded))
            for (e -= 2; e > s && !run[e].Capitalised; e--) { }
        // "Members of the Civic Solidarity Platform": who belongs to a body is not part of its name
        // ("AT THE 1512th MEETING OF THE OSCE PERMANENT COUNCIL": nor is a body's sitting)
        if (s + 2 < e && !OrganisationHeads.Contains(run[s].Folded) && run[s + 1].Folded == "of"
            && (run[s].Folded.EndsWith('s') || OfficialTitles.Contains(run[s].Folded) || run[s].Folded is "meeting" or "session" or "sitting"))
        {
            s += 2;
            while (s < e && run[s].Folded == "the") s++;
        }

        // "The Commission and ODIHR recommend": a known body joined by "and" is not part of the name before it
        for (var k = s + 1; k < e; k++)
            if (run[k].Folded == "and" && known.Any(kn => kn.Start == run[k + 1].Start || (run[k + 1].Folded == "the" && k + 2 <= e && kn.Start == run[k + 2].Start)))
            {
                e = k - 1;
                break;
            }

        if (e - s < 1) return;
        var span = run.GetRange(s, e - s + 1);
        // ("the Ministry of Internal Affairs's decision": a name in the possessive is the name)
        if (Possessive(span[^1]) is { } owner) span[^1] = owner;
        // ("with the Centre in May 2027": a run that ends on a month after "in" tells when, and names no body)
        if (span.Count >= 2 && span[^2].Folded == "in" && MonthNames.Contains(span[^1].Raw)) return;
        if (known.FirstOrDefault(k => k.Start <= span[0].Start && k.End >= span[^1].End) is { Actor: { } body } whole)
        {
            // "Amnesty International (AI)": an acronym the document gives a body the dictionary knows
            if (body.Kind is ActorKind.Organisation or ActorKind.Institution or ActorKind.CivilSociety or ActorKind.NationalInstitution) Acronym(text, whole.End, body, names, taken);
            return;
        }

        // "the OSCE's Office for Democratic Institutions and Human Rights": a body the dictionary knows, named after its owner's possessive, is that body
        if (known.Any(k => k.Start > span[0].Start && k.End >= span[^1].End && k.Actor.Kind is not (ActorKind.ParticipatingState or ActorKind.State)
                && span.Any(t => t.End <= k.Start && (t.Raw.EndsWith("’s", StringComparison.Ordinal) || t.Raw.EndsWith("'s", StringComparison.Ordinal))))) return;
        // "European Union Monitoring Mission in Georgia": a known organisation's name may open the name of a body of its own
        var opening = known.FirstOrDefault(k => k.Start <= span[0].Start && k.End > span[0].Start);
        var ownBody = opening.Actor is { Kind: ActorKind.Organisation } && span.Any(t => t.Start >= opening.End && OwnBodyHeads.Contains(t.Folded));
        // "Netherlands Helsinki Committee": a State's name may open a civic body's
        if (opening.Actor is not null && !ownBody && !(CivicHeads.Contains(span[^1].Folded)
            && opening.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && opening.End < span[^1].Start)) return;
        // ("European Court of Human Rights", "International Court of Justice": a court named by what it is of)
        if (!ownBody && !HeadedAsOrganisation(span[0].Folded, span[^1].Folded)
            && !(span.Count >= 4 && span[1].Folded == "court" && span[2].Folded == "of")
            // (by the State it is of, ending the name: "Independent Journalists' Association of Serbia")
            && !Enumerable.Range(1, Math.Max(0, span.Count - 3)).Any(k => span[k].Folded != "ministry" && OrganisationHeads.Contains(span[k].Folded) && span[k + 1].Folded == "of"
                                                                      && known.Any(kn => kn.Start >= span[k + 2].Start && kn.End == span[^1].End && kn.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State))) return;
        // "John Dalhuisen of Amnesty International": a person just named, then the body they are of
        if (span.FindIndex(t => t.Folded == "of") is var of and >= 2
            && names.Any(n => n.Actor.Kind is ActorKind.Person or ActorKind.Official && n.Name == text[span[0].Start..span[of - 1].End])) return;
        // "Committee Chair Oleksandr Merezhko": a body's office and the person the document names as holding it, not a body
        if (span.FindIndex(t => OfficialTitles.Contains(t.Folded)) is var office and >= 1 && office < span.Count - 1
            && names.Any(n => n.Actor.Kind is ActorKind.Person or ActorKind.Official && n.Name == text[span[office + 1].Start..span[^1].End])) return;
        // ("Chair of the Council of Ministers Borjana Krišto": or any body's name, the person right after it without a comma)
        if (Enumerable.Range(1, Math.Max(0, span.Count - 2)).Any(k => names.Any(n => n.Actor.Kind is ActorKind.Person or ActorKind.Official && n.Name == text[span[k].Start..span[^1].End]))) return;
        // "Igor Khovaev of the Russian Federation": a known State's name is no body's head noun
        if (known.FirstOrDefault(k => k.Start <= span[^1].Start && k.End >= span[^1].End) is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } place
            && !span.Any(t => t.End <= place.Start && (OrganisationHeads.Contains(t.Folded) || (ownBody && OwnBodyHeads.Contains(t.Folded))))) return;
        // "Kazakh Foreign Ministry" is the State's; "Norwegian Helsinki Committee" is a group of citizens
        if (Demonyms.State(span[0].Folded) is not null && !CivicHeads.Contains(span[^1].Folded)) return;
        if (span.Count > 8 || span.All(t => t.Folded is "international" or "union" or "house")) return;
        // "According to the Foreign Ministry, Mirzoyan said …": a portfolio and its ministry, no more, are a government's, not a body of their own
        if (span is [{ Folded: "foreign" or "interior" or "defence" or "defense" or "justice" or "finance" or "economy" or "health" or "education" }, { Folded: "ministry" or "office" }]) return;
        // ("Ambassador Aggeler welcomed the Council of Ministers’ decision": so is a cabinet, a State's government by another name)
        if (span is [{ Folded: "council" or "cabinet" }, { Folded: "of" }, { Folded: "ministers" }]) return;
        var name = text[span[0].Start..span[^1].End];
        // "Research  Events  Expertise  About": a site's menu, its items set apart by runs of spaces, names no body
        if (name.Contains("  ", StringComparison.Ordinal)) return;
        // "the Human Rights Centre “Viasna”": a name in quotation marks right after the head noun is part of the body's name, and names it alone
        var quoted = QuotedName().Match(text, span[^1].End);
        if (quoted.Success) name = text[span[0].Start..(quoted.Index + quoted.Length)];
        var actor = new ActorRef(Actor.IdFor(name), name, ActorKind.Organisation);
        Add(names, taken, name, actor, "actor:new-organisation");
        if (quoted.Success) Add(names, taken, quoted.Groups["name"].Value, actor, "actor:new-organisation");
        Acronym(text, quoted.Success ? quoted.Index + quoted.Length : span[^1].End, actor, names, taken);
    }

    /// <summary>"President " after a sentence's opening, a clause break, an opening quotation mark or a lower-case word or number ("In 2017 President ", "“President "), not after a body's name ("OSCE PA President ").</summary>
    [GeneratedRegex(@"(^|[.,;:–—“""‘(-]\s*|\b(?-i:[a-z0-9][\w’']*)\s+)(Vice[- ])?President\s+$")]
    private static partial Regex BarePresident();

    /// <summary>" (Minister of Foreign Affairs):": a role in brackets after a speaker's name, and the colon of their label.</summary>
    [GeneratedRegex(@"^[ \t]*\((?<role>\p{Lu}[^()\n]{1,60})\)[ \t]*:")]
    private static partial Regex LabelRoleAfter();

    /// <summary>"OSCE PA President", "Parliamentary Assembly President", "President of the OSCE Parliamentary Assembly".</summary>
    [GeneratedRegex(@"\b(OSCE\s+PA|Parliamentary\s+Assembly)\s+President\b|\bPresident\s+of\s+the\s+(OSCE\s+)?(PA|Parliamentary\s+Assembly)\b")]
    private static partial Regex AssemblyPresident();

    /// <summary>A capitalised name of one or two words in quotation marks, right where the match starts: " “Viasna”", " "Memorial"".</summary>
    [GeneratedRegex(@"\G\s[“""«](?<name>\p{Lu}[\p{L}-]+(\s\p{Lu}[\p{L}-]+)?)[”""»]")]
    private static partial Regex QuotedName();

    /// <summary>
    /// "Minister of Foreign Affairs @yermek_kosherbayev met … Minister Kosherbayev thanked …": a handle made of a first name and a
    /// surname the text also writes with a capital is that person, whose name it spells ("Yermek Kosherbayev"), by either form.
    /// </summary>
    private static void Handles(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains('@', StringComparison.Ordinal)) return;
        foreach (Match handle in PersonHandle().Matches(text))
        {
            var (first, last) = (Capitalised(handle.Groups["first"].Value), Capitalised(handle.Groups["last"].Value));
            var name = $"{first} {last}";
            if (!Regex.IsMatch(text, $@"(?<!@[\w.]*)\b{Regex.Escape(last)}\b") || known.In(name, on, null).Count > 0 || known.In(last, on, null).Count > 0) continue;
            var person = new ActorRef(Actor.IdFor(name), name, ActorKind.Official);
            Add(names, taken, name, person, "actor:handle");
            Add(names, taken, last, person, "actor:handle");
        }

        static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>
    /// "Maka Botchorishvili (@MakaBotchorishvili)", as a post's embed or an archive's list of tagged accounts writes an account: the handle
    /// is that person's, and a post that tags them by it ("I met Foreign Minister @MakaBotchorishvili") names them (when the handle spells
    /// their surname and the name is a person's: not "Abzas Media (@AbzasMedia)").
    /// </summary>
    private static void GlossedHandles(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains("(@", StringComparison.Ordinal)) return;
        foreach (Match glossed in GlossedHandle().Matches(text))
        {
            var name = glossed.Groups["name"].Value;
            var handle = glossed.Groups["handle"].Value;
            var words = name.Split(' ');
            if (words.Any(w => NotNames.Contains(Names.Fold(w))) || !Names.Fold(handle).Replace("_", "", StringComparison.Ordinal).Contains(Names.Fold(words[^1]), StringComparison.Ordinal)) continue;
            var person = known.In(name, on, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor ?? new ActorRef(Actor.IdFor(name), name, ActorKind.Official);
            Add(names, taken, name, person, "actor:handle");
            Add(names, taken, handle, person, "actor:handle");
        }
    }

    /// <summary>"Maka Botchorishvili (@MakaBotchorishvili)": a name of two to four words, then its account's handle in brackets.</summary>
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}’'-]+(\s\p{Lu}[\p{L}’'-]+){1,3})\s\(@(?<handle>\w{3,30})\)")]
    private static partial Regex GlossedHandle();

    /// <summary>A person's handle: "@yermek_kosherbayev", "@andrii.sybiha" (a first name and a surname, in lower case).</summary>
    [GeneratedRegex(@"(?<![\w@])@(?<first>\p{Ll}{2,12})[_.](?<last>\p{Ll}{3,20})\b")]
    private static partial Regex PersonHandle();

    /// <summary>
    /// "The Center for Research, Transparency and Accountability (CRTA)": a body's name running over commas, whose capitals the
    /// acronym in brackets after it spells, is one name (its first words alone are not), known by the acronym too.
    /// </summary>
    private static void SpelledOut(string text, Mentions known, PartialDate on, List<DocumentName> names, HashSet<string> taken)
    {
        if (!text.Contains(", ", StringComparison.Ordinal) || !text.Contains(" (", StringComparison.Ordinal)) return;
        foreach (Match m in SpelledOutName().Matches(text))
        {
            var name = m.Groups["name"].Value;
            var acronym = m.Groups["acronym"].Value;
            var capitals = string.Concat(name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (!name.Contains(',', StringComparison.Ordinal) || capitals != acronym || known.In(acronym, on, null).Count > 0) continue;
            var actor = new ActorRef(Actor.IdFor(name), name, ActorKind.Organisation);
            Add(names, taken, name, actor, "actor:new-organisation");
            Add(names, taken, acronym, actor, "actor:acronym");
        }
    }

    /// <summary>Capitalised words joined by commas, "and" and small words, then capitals in brackets: "Center for Research, Transparency and Accountability (CRTA)".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:The\s+)?(?<name>\p{Lu}[\p{L}-]+(?:,?\s+(?:(?:and|for|of|on|in|the|&)\s+)*\p{Lu}[\p{L}-]+){2,7})\s+\((?<acronym>\p{Lu}{3,8})\)")]
    private static partial Regex SpelledOutName();

    /// <summary>"Human Rights Watch (HRW)": the capitals in brackets right after a body's name are its acronym in this document.</summary>
    private static void Acronym(string text, int nameEnd, ActorRef body, List<DocumentName> names, HashSet<string> taken)
    {
        var rest = text[nameEnd..Math.Min(text.Length, nameEnd + 14)];
        if (rest.StartsWith(" (", StringComparison.Ordinal) && rest.IndexOf(')') is > 2 and var close && rest[2..close] is { Length: >= 2 } acronym && acronym.All(char.IsUpper))
            Add(names, taken, acronym, body, "actor:acronym");
    }

    /// <summary>An organisation's name begins or ends with its head noun: "Human Rights Watch", "Committee for National Security".</summary>
    private static bool HeadedAsOrganisation(string first, string last) => OrganisationHeads.Contains(first) || OrganisationHeads.Contains(last);

    /// <summary>
    /// The State or body a title names ("OSCE Secretary General", "the Minister of Foreign Affairs of the Republic of
    /// Uzbekistan"); where the whole title reads as an official's ("ODIHR Director", "Parliamentary Assembly President"),
    /// the body in it without its last words.
    /// </summary>
    private static string? Body(string title, Mentions known, PartialDate on)
    {
        for (var words = 0; words < 3 && title.Length > 0; words++)
        {
            var found = known.In(title, on, null);
            // ("… Co-ordinator in Uzbekistan, Ambassador …", "Ambassador to Turkmenistan": where one serves is not whom one speaks for;
            // "U.S. Ambassador to the OSCE": nor the organisation one is sent to)
            if (found.Where(m => !(m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation && ServesIn().IsMatch(title.AsSpan(0, m.Start)))).Select(m => m.Actor).LastOrDefault(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation or ActorKind.Institution or ActorKind.FieldOperation) is { } body) return body.Name;
            if (!found.Any(m => m.Actor.Kind is ActorKind.Official)) return null;
            title = title.LastIndexOf(' ') is > 0 and var space ? title[..space].TrimEnd() : "";
        }

        return null;
    }

    [GeneratedRegex(@"(^|\s)(in|to)\s+(the\s+)?$")]
    private static partial Regex ServesIn();

    /// <summary>Initials with stops right before where a title was read from: "U.S. ", "U.", "U.K. ".</summary>
    [GeneratedRegex(@"(?<![\p{L}.])(\p{Lu}\.)+(\s*|(?=\p{Lu}\.))$")]
    private static partial Regex Abbreviated();

    private static void Add(List<DocumentName> names, HashSet<string> taken, string name, ActorRef actor, string rule, string? of = null, bool minister = false)
    {
        if (taken.Add(Names.Fold(name))) names.Add(new DocumentName(name, actor, rule, of, minister));
        // "George Tsereteli and Ingibjorg Gisladottir at the Polish Sejm … OSCE Parliamentary Assembly President George Tsereteli":
        // a name first met bare says whom it speaks for where a title introduces it later
        else if (of is not null && names.FindIndex(n => n.Of is null && n.Actor.Id == actor.Id && Names.Fold(n.Name) == Names.Fold(name)) is >= 0 and var bare)
            names[bare] = names[bare] with { Of = of };
    }

    /// <summary>A word in the possessive ("Zakharova’s") as the word it is of, or null.</summary>
    private static Token? Possessive(Token t) =>
        t.Raw.Length > 3 && (t.Raw.EndsWith("’s", StringComparison.Ordinal) || t.Raw.EndsWith("'s", StringComparison.Ordinal))
            ? t with { Raw = t.Raw[..^2], Folded = Names.FoldWord(t.Raw.AsSpan(0, t.Raw.Length - 2)).Replace(' ', '-'), End = t.End - 2 }
            : null;

    private static bool NameLike(Token t) =>
        t.Capitalised && t.HasLower && t.Raw.Length > 1 && !NotNames.Contains(t.Folded) && !OfficialTitles.Contains(t.Folded) && !PersonTitles.Contains(t.Folded)
        && !(t.Folded.Length > 4 && t.Folded.EndsWith('s') && OfficialTitles.Contains(t.Folded[..^1])) // "Ambassadors Igor Popov, Pierre Andrieu"
        && (!t.Raw.Contains('’') || Elided(t.Raw)) && !t.Raw.EndsWith("'s", StringComparison.Ordinal) && !t.Raw.EndsWith("’s", StringComparison.Ordinal)
        && t.Raw.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !Places.Contains(t.Folded) && !Capitals.Contains(t.Folded.Replace('-', ' ')) && Demonyms.State(t.Folded) is null
        && t.Folded.Split('-').All(part => !NotNames.Contains(part)) && !Portfolio(t.Folded);

    /// <summary>
    /// A word of what a minister is for ("Deputy Prime Minister for Reintegration Roman Roșca", "Minister of Education and
    /// Research Dan Perciun"), never of a name: a noun of an action, a state or a field ("-tion", "-ment", "-ism", "-ogy", …) or one of
    /// the fields named otherwise.
    /// </summary>
    private static bool Portfolio(string folded) =>
        folded.Length > 5 && (folded.EndsWith("tion", StringComparison.Ordinal) || folded.EndsWith("sion", StringComparison.Ordinal) || folded.EndsWith("ment", StringComparison.Ordinal)
                              // "Minister of Information and Telecommunications Dejan Ristić" (a plural in -ments may be a surname: "Clements")
                              || folded.EndsWith("tions", StringComparison.Ordinal) || folded.EndsWith("sions", StringComparison.Ordinal)
                              || folded.EndsWith("ism", StringComparison.Ordinal) || folded.EndsWith("ogy", StringComparison.Ordinal) || folded.EndsWith("ics", StringComparison.Ordinal)
                              || folded.EndsWith("ure", StringComparison.Ordinal) || folded.EndsWith("ity", StringComparison.Ordinal))
        || PortfolioFields.Contains(folded);

    private static readonly HashSet<string> PortfolioFields = new(StringComparer.Ordinal)
    {
        "research", "energy", "economy", "labour", "labor", "transport", "sport", "sports", "science", "welfare", "family", "women", "digital",
        "communications", "housing", "industry", "mining", "emergencies", "diaspora", "returns", "refugees", "youth", "tourism", "trade", "finance",
    };

    /// <summary>"the Minister of Foreign Affairs of the Republic of Uzbekistan, Bakhtiyor Saidov": the capitalised run before the comma holds an office.</summary>
    private static bool TitleRunBefore(string text, List<Token> tokens, int last)
    {
        for (var k = last; k >= 0 && k > last - 14; k--)
        {
            // ("Vice-President for Values and Transparency, Věra Jourová": a hyphenated title is its words)
            if (tokens[k].Folded.Split('-').Any(OfficialTitles.Contains) && tokens[k].Folded is not ("member" or "office")) return true;
            if (k == 0 || !(Joined(text, tokens[k - 1], tokens[k]) || text[tokens[k - 1].End..tokens[k].Start] is ", " or " (" or "), " or ") ") || !(tokens[k - 1].Capitalised || Connectors.Contains(tokens[k - 1].Folded))) return false;
        }

        return false;
    }

    private static bool Opening(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        return k < 0 || text[k] is '.' or '\n' or '!' or '?' or '"' or '“' or '«';
    }

    /// <summary>", the director of …", ", a former Irish minister", ", senior researcher": a role after the name; true when it is an office.</summary>
    private static bool? RoleAfter(string after)
    {
        if (!after.StartsWith(',')) return null;
        var next = Names.Fold(after.TrimStart(',')).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (next.Length == 0) return null;
        if (next[0] is "the" && next.Length > 1 && next[1] is "government" or "ministry" or "country" or "capital" or "state") return null;
        // ", co-organized by …": "co" opens a title only as "co-chair"
        if (next[0] is "co" && !(next.Length > 1 && OfficialTitles.Contains(next[1]) && next[1] is not "co")) return null;
        // ", Swiss Foreign Minister and Chairperson-in-Office of the OSCE, …", ", OSCE High Commissioner …", ", ODIHR’s Deputy Director, …":
        // an adjective of a State, a body's acronym or a possessive may open the role
        var opening = after.TrimStart(',', ' ').Split(' ')[0];
        var possessive = opening.EndsWith("’s", StringComparison.Ordinal) || opening.EndsWith("'s", StringComparison.Ordinal);
        var acronym = (possessive ? opening[..^2] : opening) is { Length: >= 2 and <= 6 } first && first.All(char.IsUpper);
        // (", Foreign Minister of Armenia,", ", Prime Minister of …": a title opened by the word that says which minister)
        if (!((next.Length > 1 && next[0] is "foreign" or "prime" or "deputy" or "vice" or "first" or "chief" && OfficialTitles.Contains(next[1])) || next[0] is "the" or "a" or "an" or "senior" or "who" or "high" or "special" or "personal" or "executive" or "managing" || Lesser.Contains(next[0]) || OfficialTitles.Contains(next[0]) || PersonTitles.Contains(next[0])
              || ((acronym || possessive || Demonyms.State(next[0]) is not null) && next.Skip(1).Take(3).Any(w => OfficialTitles.Contains(w) || PersonTitles.Contains(w)))
              // (", CPJ’s Europe and Central Asia program coordinator, said": a possessive's role may name its region first, up to the apposition's end)
              || (possessive && Names.Fold(after.TrimStart(',').Split(',')[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(7).Any(w => OfficialTitles.Contains(w) || PersonTitles.Contains(w))))) return null;
        return next.Take(5).Any(w => OfficialTitles.Contains(w) && w is not ("member" or "office" or "state"));
    }

    /// <summary>", Department Spokesperson", ", Press Secretary": a role of two or three capitalised words, the last a title, closing the apposition.</summary>
    private static bool ShortRole(string after)
    {
        var role = after.TrimStart(',', ' ');
        var end = role.IndexOfAny([',', '\n', '(', ';']);
        var words = (end < 0 ? role : role[..end]).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && words.All(w => char.IsUpper(w[0])) && Names.Fold(words[^1]) is var last && (OfficialTitles.Contains(last) || PersonTitles.Contains(last));
    }

    private static bool SaysOrMeetsAfter(string after) => SaysOrMeetsAfterName().IsMatch(after);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(has\s+)?(headed|heads|led|leads|chaired|chairs)\s+the\s+\p{Lu}")]
    private static partial System.Text.RegularExpressions.Regex HeadsAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\p{L}\n@]*\n\s*@\w{2,}\s*(\n|$)")]
    private static partial System.Text.RegularExpressions.Regex HandleAfter();

    /// <summary>A professional network's mark of how far a profile is from the reader, after the name on its line: "• 2nd", "· 3rd+".</summary>
    internal const string NetworkDegree = @"[•·][ \t]*(?:1st|2nd|3rd\+?)?";

    /// <summary>The rest of a line a name ends, with nothing but a mark or a network's degree ("• 2nd"), and the line after it: the role.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[ \t]*(?:" + NetworkDegree + @"|\||[^\p{L}\p{N}\n@,.;:()]{0,6})[ \t]*\n[ \t]*(?<role>\p{Lu}[^\n]{2,120}?)[ \t]*(?:\n|$)")]
    private static partial System.Text.RegularExpressions.Regex ProfileRole();

    private static bool SaidBefore(string before) => SaidBeforeName().IsMatch(before);

    /// <summary>
    /// What shows a name is a person's, after it: "… said", "… met with", "… held talks with", "… and X met"; ("Rachel Denber of Human
    /// Rights Watch said …": or a body of two to five capitalised words they are of, then a saying).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^,?\s+(said|says|told|stated|added|noted|explained|wrote|stressed)\b|^\s+of\s+(the\s+)?(\p{Lu}[\p{L}&’'-]*\s+){2,5}(said|says|told|stated|added|noted|wrote)\b|^\s+((yesterday|today|also)\s+)?met\s+((yesterday|today|on\s+\w+)\s+)?with\b|^\s+((yesterday|today|also)\s+)?(had|held)\s+(a\s+|an\s+)?(\w+\s+)?(meeting|talks|conversation)\s+with\b|^\s+and\s+(\p{Lu}[\w-]*\s+){1,4}met\b")]
    private static partial System.Text.RegularExpressions.Regex SaysOrMeetsAfterName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(became|becomes|was\s+(elected|appointed|named|sworn\s+in\s+as)|took\s+office\s+as)\s+(the\s+)?(new\s+)?(\p{Lu}[\w-]*\s+)?(President|Prime\s+Minister|Minister|Chair|Chairman|Chairperson|Speaker|Secretary|Director|Head|Ambassador|Governor|Mayor|Commissioner|Representative)\b")]
    private static partial System.Text.RegularExpressions.Regex BecameTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(said|says|told|according\s+to)\s+((his|her|their)\s+(wife|husband|mother|father|son|daughter|brother|sister|lawyer|colleague|relative|friend),\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex SaidBeforeName();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\bH\.\s?E\.|\bExcellency)\s+$")]
    private static partial System.Text.RegularExpressions.Regex Excellency();

    [System.Text.RegularExpressions.GeneratedRegex(@"\([\p{Lu}][\p{L}]{1,10}(\s[\p{Lu}][\p{L}]{0,6})?\)\s+$")]
    private static partial System.Text.RegularExpressions.Regex Bracketed();

    /// <summary>A sentence, clause or line ends between two positions.</summary>
    private static bool Broken(string text, int from, int to) => text.AsSpan(from, to - from).ContainsAny(Breaks);

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(".,;:!?()\"“”«»\n");

    /// <summary>
    /// Two tokens are in one run when only a space or a single line break (and the next line's indent) separates them; not across the end of a short line
    /// ("Ministry\nPress service", a menu; "Freedom Now\nHuman Rights Watch", a list of signatories), only a wrapped one.
    /// </summary>
    private static bool Joined(string text, Token a, Token b)
    {
        if (b.Start <= a.End) return false;
        var between = text.AsSpan(a.End, b.Start - a.End);
        // (a wrapped line may be indented, as a text browser or an e-mail indents a paragraph: "the Speaker of the Assembly\n   of North Macedonia")
        return ((between.Length is >= 1 and <= 2 || (between.Length <= 14 && between.Count('\n') == 1)) && !between.ContainsAnyExcept(' ', '\n', '\r') && between.Count('\n') <= 1 && !between.Contains("\n\n", StringComparison.Ordinal)
                && (!between.Contains('\n') || a.End - (text.LastIndexOf('\n', a.Start) + 1) >= ShortLine))
               || (Initial(a) && between.SequenceEqual(". ")) // "Bruce G. Berton"
               // "Independent Journalists' Association of Serbia": a plural in the possessive inside a body's name
               || (a.Capitalised && a.Raw.Length > 3 && a.Raw[^1] == 's' && b.Capitalised && between is "' " or "’ ");
    }

    /// <summary>A line shorter than this that a name runs to the end of is a line of its own (a menu's, a list's), not a wrapped one.</summary>
    private const int ShortLine = 40;

    /// <summary>"OSCE High Commissioner on National Minorities (HCNM) Astrid Thors": an acronym in brackets inside a title, a name after it.</summary>
    private static bool BracketedAcronym(string text, List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Raw is { Length: >= 2 and <= 6 } acronym && acronym.All(char.IsUpper) && tokens[at - 1].Capitalised
        && text[tokens[at - 1].End..tokens[at].Start] == " (" && text[tokens[at].End..tokens[at + 1].Start] == ") " && tokens[at + 1].Capitalised;

    private static bool Initial(Token t) => t.Raw.Length == 1 && char.IsUpper(t.Raw[0]);

    /// <summary>"O’Flaherty", "D’Alema": a surname with an elided particle, not a possessive.</summary>
    private static bool Elided(string raw) => raw.Length > 3 && raw[1] is '’' or '\'' && char.IsUpper(raw[0]) && char.IsUpper(raw[2]);

    private static int Run(string text, List<Token> tokens, int i)
    {
        var end = i + 1;
        while (end < tokens.Count)
        {
            if (BracketedAcronym(text, tokens, end)) { end += 2; continue; }
            if (!Joined(text, tokens[end - 1], tokens[end])) break;
            var t = tokens[end];
            if (t.Capitalised) { end++; continue; }
            // ("Nurlanbek Turgunbek uulu met …": a patronymic's word ends the name)
            if (Patronymics.Contains(t.Folded) && tokens[end - 1].Capitalised) { end++; break; }
            if ((Connectors.Contains(t.Folded) || Particles.Contains(t.Folded)) && end + 1 < tokens.Count && Joined(text, t, tokens[end + 1]) && tokens[end + 1].Capitalised) { end += 2; continue; }
            if (Connectors.Contains(t.Folded) && t.Folded == "of" && end + 2 < tokens.Count && tokens[end + 1].Folded == "the" && tokens[end + 2].Capitalised) { end += 3; continue; }
            break;
        }

        return end;
    }

    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            // ("Minister of Culture, Information & Youth Policy": "&" is the word "and" it stands for)
            if (text[i] == '&' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ') { tokens.Add(new Token("&", "and", i, i + 1)); i++; continue; }
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            // ("Gjilan/Gnjilane": a place named in two languages, as in Kosovo, is one word; "OSCE/ODIHR", "and/or" are two)
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                                       || (text[i] == '/' && i + 1 < text.Length && char.IsUpper(text[i + 1]) && char.IsLower(text[i - 1])))) i++;
            tokens.Add(new Token(text[start..i], Names.FoldWord(text.AsSpan(start, i - start)).Replace(' ', '-'), start, i));
        }

        return tokens;
    }

    /// <summary>Places press releases name, besides the capitals (<see cref="Capitals"/>), which are not people.</summary>
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "geneva", "pristina", "istanbul", "york", "lodz", "krakow", "strasbourg", "munich", "new", "zhanaozen", "aktau", "karaganda", "shymkent", "osh",
        "samarkand", "bukhara", "khujand", "batumi", "odesa", "kharkiv", "donetsk", "luhansk", "crimea", "kosovo", "transnistria", "nagorno-karabakh",
        "karabakh", "ukraine", "russia", "china", "afghanistan", "iran", "turkey", "turkiye", "luxembourg", "andorra", "monaco",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Head|Chief)\s+of\s+(the\s+)?(?<body>OSCE\s+[^,.;]{3,80}),\s+((Ambassador|Mr|Ms|Mrs|Dr)\.?\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex HeadOfBefore();
}
