using System.Buffers;
using System.Text.RegularExpressions;
using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Proposing;

public sealed partial class Extractor
{
    /// <summary>
    /// Who the document's words for someone named before stand for, read sentence by sentence: "the Mission" is the field
    /// operation last named; "the Co-Chairs", introduced as "The Co-Chairs of the OSCE Minsk Group (A of France, B of the United
    /// States, and C of the Russian Federation)", are A, B and C, and so is "They" opening the sentence after one they open.
    /// </summary>
    private sealed partial class Referents
    {
        // the officials named so far, the last named first, each with the title it was named with ("OSCE High Commissioner on National Minorities")
        private readonly List<(ActorRef Official, string Title)> _titled = [];
        private ActorRef? _mission;
        private bool _osceNamed;

        /// <summary>The body an official named heads, if the document or the dictionary says ("Head of the OSCE Mission to Serbia Jan Bratu").</summary>
        public Func<ActorRef, ActorRef?>? BodyOf { get; init; }

        /// <summary>
        /// Whether the document speaks for a State (a government's or a ministry's release): then "the minister", where it has named
        /// several, is its own, the first it names without another State's adjective ("Minister of Foreign Affairs David van Weel", not
        /// "Georgian Foreign Minister Maka Botchorishvili").
        /// </summary>
        public bool OwnMinister { get; init; }

        /// <summary>The State an official named speaks for, if the document or the dictionary says.</summary>
        public Func<ActorRef, ActorRef?>? StateOf { get; init; }

        // (the first minister named without a State's adjective before the title)
        private ActorRef? _firstMinister;

        /// <summary>The OSCE, as the dictionary names it: whom "the Organization" stands for once the document has named the OSCE.</summary>
        public Func<ActorRef?>? Osce { get; init; }
        private readonly Dictionary<string, ActorRef> _bodies = new(StringComparer.Ordinal);

        private static readonly SearchValues<string> BodyWords = SearchValues.Create(
            ["the Commission", "the Committee", "the Council", "the Assembly", "the Foundation", "the Institute", "the Coalition", "the Network", "the Forum", "the Agency", "the municipality"],
            StringComparison.OrdinalIgnoreCase);
        private ActorRef? _observing;
        private ActorRef? _odihr;
        private List<ActorRef>? _coChairs;
        private List<ActorRef>? _several;
        private bool _groupActs;
        private List<ActorRef>? _askedAbout;

        /// <summary>The field operation last named among <paramref name="mentioned"/>, or only in its head's title.</summary>
        private ActorRef? FieldOperationIn(IReadOnlyList<Mention> mentioned) =>
            mentioned.LastOrDefault(m => m.Actor.Kind is ActorKind.FieldOperation)?.Actor
            ?? (BodyOf is { } bodyOf ? mentioned.Where(m => m.Actor.Kind is ActorKind.Official).Select(m => bodyOf(m.Actor)).LastOrDefault(a => a is { Kind: ActorKind.FieldOperation }) : null);

        /// <summary>The sentence's mentions with those its words for someone named before add, each sharing the words' span.</summary>
        public IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentioned)
        {
            // "The UK highly appreciates the Mission's important work", after "the OSCE Mission in Kosovo"; "the results of the Programme
            // Office’s projects", after "the OSCE Programme Office in Bishkek" (the word the operation's own name has)
            // ("met with the Head of the OSCE Mission to Moldova, Kelly Keiderling, and thanked the Mission": one the sentence itself names,
            // even only in its head's title, before one named earlier)
            var missionHere = FieldOperationIn(mentioned);
            if ((missionHere ?? _mission) is { } mission && (text.Contains("Mission", StringComparison.Ordinal) || text.Contains("Office", StringComparison.Ordinal)
                                            || text.Contains("Centre", StringComparison.Ordinal) || text.Contains("Presence", StringComparison.Ordinal)))
            {
                mentioned = With(mentioned, TheMission().Matches(text).Where(x => mission.Name.Contains(x.Value, StringComparison.Ordinal)).Select(x => (x.Index, x.Length)), [mission], "actor:the-mission");
                // ("thanked the OSCE Centre for …": the OSCE names whose Centre it is, no party beside it)
                if (mentioned.Any(m => m.Rule == "actor:the-mission"))
                    mentioned = [.. mentioned.Where(m => !(m.Actor.Kind is ActorKind.Organisation && mentioned.Any(r => r.Rule == "actor:the-mission" && r.Start > m.End && r.Start - m.End <= 1)))];
            }
            // ("… the ODIHR leadership refused to send observers …. The Office's methodology remains opaque": the Office is ODIHR, once named,
            // where no field operation named an Office is)
            _odihr ??= mentioned.FirstOrDefault(m => m.Actor.Id == "odihr")?.Actor;
            if (_odihr is { } odihr && (_mission is null || !_mission.Name.Contains("Office", StringComparison.Ordinal)) && text.Contains("Office", StringComparison.Ordinal))
                mentioned = With(mentioned, TheOffice().Matches(text).Select(x => (x.Index, x.Length)), [odihr], "actor:the-office");
            // "ODIHR deployed a limited election observation mission … In its preliminary statement, the mission said …": the body whose
            // observation mission it is, once the document has said so
            if (_observing is { } observers && text.Contains("the ", StringComparison.OrdinalIgnoreCase))
                mentioned = With(mentioned, TheObservers().Matches(text).Select(x => (x.Index, x.Length)), [observers], "actor:the-observers");
            // (one body's mission: "the joint observation mission of ODIHR, the OSCE PA, PACE and the European Parliament" is all of theirs)
            // (and one it is said to have deployed or opened, or is said to be of: not a heading's "International Election Observation Mission")
            if (text.Contains("observation mission", StringComparison.Ordinal) && DeployedMission().IsMatch(text)
                // ("the election observation mission of the OSCE's Office for Democratic Institutions and Human Rights": the OSCE there names whose ODIHR is)
                && mentioned.Where(m => m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation && m.Rule != "actor:the-observers").Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } sending
                && (sending.Count > 1 ? sending.Where(a => a.Id != "osce").ToList() : sending) is [var deployer])
                _observing = deployer;
            // (a field operation named only in its head's title, "Head of the OSCE Mission to Serbia Jan Bratu", is named all the same)
            _mission = missionHere ?? _mission;

            // "on the Organization's platform", after "the OSCE Secretary General": the OSCE
            _osceNamed |= text.Contains("OSCE", StringComparison.Ordinal);
            if (_osceNamed && text.Contains("the Organi", StringComparison.Ordinal) && Osce?.Invoke() is { } osce)
                mentioned = With(mentioned, TheOrganization().Matches(text).Select(x => (x.Index, x.Length)), [osce], "actor:the-organization");

            // "The Kyrgyz Minister of Justice informed the Commission that …", after "the European Commission for Democracy through Law (Venice
            // Commission)": the body last named whose name ends in that head noun
            if (_bodies.Count > 0 && text.AsSpan().IndexOfAny(BodyWords) >= 0 && TheBody().Matches(text) is { Count: > 0 } bodies)
                foreach (Match body in bodies)
                    if (_bodies.TryGetValue(Capitalised(body.Groups["head"].Value), out var named))
                        mentioned = With(mentioned, [(body.Groups["head"].Index, body.Groups["head"].Length)], [named], "actor:the-body");
            foreach (var m in mentioned.Where(m => m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution && m.Rule != "actor:the-body"))
                if (BodyHead().Match(m.Actor.Name) is { Success: true } head) _bodies[head.Value] = m.Actor;

            // "The Representative welcomed …", "the assistance of the High Commissioner", after "The OSCE Representative on Freedom of
            // the Media, Teresa Ribeiro," or "the OSCE High Commissioner on National Minorities Christophe Kamp": the official last
            // named with a title holding those words
            foreach (var m in mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person))
            {
                // (a name learnt with its title, "OSCE High Commissioner … Christophe Kamp", is one mention of both)
                var title = (m.Rule == "actor:role-title" ? "" : TitleBefore(text, m.Start)) + text[m.Start..m.End];
                _titled.RemoveAll(t => t.Official.Id == m.Actor.Id && t.Title == title);
                _titled.Insert(0, (m.Actor, title));
                if (OwnMinister && _firstMinister is null && title.Contains("Minister", StringComparison.Ordinal) && TheMinistersTitle(title)
                    && Demonyms.State(Names.FoldWord(title.AsSpan(0, Math.Max(0, title.IndexOf(' '))))) is null)
                    _firstMinister = m.Actor;
            }

            // ("In February Cassis visited Tallinn, where he met Prime Minister Kristen Michal and the Minister", after "Foreign Minister Margus
            // Tsahkna": "the Minister" is the one minister the document has named, not a prime or deputy minister, and not one the same
            // sentence names; where it has named several, which one is left open, unless the document is a State's own, see OwnMinister)
            if (_titled.Count > 0 && Every(TitleAlone(), text) is { Count: > 0 } alone)
                foreach (Match anaphor in alone)
                {
                    var title = anaphor.Groups["title"].Value;
                    var minister = title.EndsWith("inister", StringComparison.Ordinal);
                    var official = minister
                        ? _titled.Where(t => t.Title.Contains(title, StringComparison.OrdinalIgnoreCase) && TheMinistersTitle(t.Title)).Select(t => t.Official).DistinctBy(a => a.Id).ToList() is var ministers
                          && (ministers is [var onlyOne] ? onlyOne : ministers.Count > 1 ? _firstMinister : null) is { } theMinister && mentioned.All(m => m.Actor.Id != theMinister.Id) ? theMinister : null
                        : _titled.FirstOrDefault(t => t.Title.Contains(title, StringComparison.OrdinalIgnoreCase)).Official;
                    if (official is not null) mentioned = With(mentioned, [(anaphor.Index, anaphor.Length)], [official], "actor:the-title");
                }

            // ("Minister of Foreign Affairs Mihai Popșoi had a meeting …. The head of Moldovan diplomacy thanked …. The Moldovan official
            // reiterated …": a State's official or minister, unnamed, is the one last named who speaks for it; in a State's own release, with
            // none known to, its minister)
            if (_titled.Count > 0 && StateOf is { } stateOf && Every(StatesOfficial(), text) is { Count: > 0 } officials)
                foreach (Match unnamed in officials)
                    if (Demonyms.State(Names.Fold(unnamed.Groups["adj"].Value)) is { } stateName
                        && (_titled.FirstOrDefault(t => stateOf(t.Official)?.Name == stateName).Official
                            ?? (OwnMinister && _titled.FirstOrDefault(t => t.Title.Contains("Minister", StringComparison.Ordinal)).Official is { } own && stateOf(own) is null ? own : null)) is { } speaking
                        && mentioned.All(m => m.Actor.Id != speaking.Id))
                        mentioned = With([.. mentioned.Where(m => !(m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && m.Start >= unnamed.Index && m.End <= unnamed.Index + unnamed.Length))],
                            [(unnamed.Index, unnamed.Length)], [speaking], "actor:states-official");

            // "… met OSCE Secretary General Feridun Sinirlioğlu and ODIHR Director Maria Telalian …. The latter briefed …. He thanked the former
            // for …": the last or the one before it of the people the last sentence naming several named
            if (_several is { Count: >= 2 } several && text.Contains("the ", StringComparison.OrdinalIgnoreCase) && LatterFormer().Matches(text) is { Count: > 0 } pointers)
                foreach (Match pointer in pointers)
                    mentioned = With(mentioned, [(pointer.Index, pointer.Length)], [pointer.Groups["which"].Value == "latter" ? several[^1] : several[^2]], "actor:latter-former");
            if (mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Rule != "actor:latter-former").Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: >= 2 } namedHere)
                _several = namedHere;

            // ("What should the participating States do about the budget? ¶ They should adopt …": "They" opening an answer is whom the
            // question before it asked about, if it named one body)
            var asked = _askedAbout;
            _askedAbout = text.TrimEnd().EndsWith('?') && mentioned.Select(m => m.Actor).Where(a => a.Kind is not (ActorKind.Official or ActorKind.Person)).DistinctBy(a => a.Id).ToList() is [var askedOf]
                ? [askedOf] : null;
            if (asked is not null && TheyOpens().Match(text) is { Success: true } answering) mentioned = With(mentioned, [(answering.Index, answering.Length)], asked, "actor:asked-of");

            var introduced = Found(CoChairs(), text);
            var opensOnGroup = introduced.Success && introduced.Index <= 4;
            if (introduced.Success && introduced.Groups["members"] is { Success: true } list
                && mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start >= list.Index && m.End <= list.Index + list.Length)
                    .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: >= 2 } members)
                (_coChairs, _groupActs) = (members, opensOnGroup);
            if (_coChairs is not { } group) return mentioned;

            // the title alone ("Co-Chairs"), not the names it is introduced with
            var spans = Every(CoChairs(), text).Select(x => (x.Index, Length: x.Groups["members"].Success ? x.Groups["members"].Index - x.Index : x.Length)).ToList();
            if (_groupActs && TheyOpens().Match(text) is { Success: true } they) spans.Add((they.Index, they.Length));
            var before = mentioned.Count;
            mentioned = With(mentioned, spans, group, "actor:group");
            _groupActs = (mentioned.Count > before && mentioned[0].Rule == "actor:group") || opensOnGroup;
            return mentioned;
        }

        /// <summary>Whether a title can be the one "the minister" stands for: not a prime or deputy minister's.</summary>
        private static bool TheMinistersTitle(string title) =>
            !title.Contains("Prime Minister", StringComparison.OrdinalIgnoreCase) && !title.Contains("Deputy", StringComparison.OrdinalIgnoreCase);

        /// <summary>"The head of Moldovan diplomacy", "the head of the Uzbek foreign policy agency", "the Moldovan official", "the Kyrgyz minister": a State's official, unnamed (not "the Moldovan Foreign Minister, Mihai Popșoi").</summary>
        [GeneratedRegex(@"\b[Tt]he\s+(head\s+of\s+((?<adj>\p{Lu}\p{L}+)\s+diplomacy|the\s+(?<adj>\p{Lu}\p{L}+)\s+(foreign\s+policy\s+agency|foreign\s+ministry|diplomatic\s+service))|(?<adj>\p{Lu}\p{L}+)\s+(official|minister|[Ff]oreign\s+[Mm]inister|top\s+diplomat|chief\s+diplomat))\b(?!\s*,?\s+\p{Lu})")]
        internal static partial Regex StatesOfficial();

        /// <summary>"The Office's", "the Office has …": a body called its Office, standing alone (not "the Office of …", "the Office for …").</summary>
        [GeneratedRegex(@"\b[Tt]he\s+Office\b(?!\s+(of|for|in|on|to)\b)")]
        private static partial Regex TheOffice();

        /// <summary>"the latter", "the former" standing for someone (not "the former Foreign Minister …").</summary>
        [GeneratedRegex(@"\b[Tt]he\s+(?<which>latter|former)\b(?=\s*[,.;:)]|\s+(for|and|to|who|was|is|had|has|said|thanked|briefed|stressed|noted|welcomed|informed|expressed|told|assured|in|on|with|at|of)\b)")]
        private static partial Regex LatterFormer();

        /// <summary>The mentions with <paramref name="actors"/> added at each span no mention covers part of.</summary>
        private static IReadOnlyList<Mention> With(IReadOnlyList<Mention> mentioned, IEnumerable<(int Index, int Length)> spans, List<ActorRef> actors, string rule)
        {
            var added = spans.Where(x => mentioned.All(m => m.End <= x.Index || m.Start >= x.Index + x.Length))
                .SelectMany(x => actors.Select(a => new Mention(a, x.Index, x.Index + x.Length, rule))).ToList();
            return added.Count == 0 ? mentioned : [.. mentioned.Concat(added).OrderBy(m => m.Start)];
        }

        /// <summary>A group of co-chairs, with the people it is introduced with in brackets: "The Co-Chairs of the OSCE Minsk Group (A of France, …)", "the Minsk Group Co-Chairs".</summary>
        [GeneratedRegex(@"\b(?-i:Co-?[Cc]hair(s|men|persons))\b(?<members>\s+(of\s+)?(the\s+)?(\p{Lu}\w*\s+){0,4}\((?=[^()]*\p{Lu}\p{Ll}+\s+\p{Lu})[^()]{5,300}\))?")]
        internal static partial Regex CoChairs();

        /// <summary>The title a name at <paramref name="end"/> follows: the capitalised words (with "of", "on", "the", "for", "and") right before it, each followed by spaces or commas.</summary>
        private static string TitleBefore(string text, int end)
        {
            var start = end;
            while (true)
            {
                var gap = start;
                while (gap > 0 && text[gap - 1] is ' ' or ',') gap--;
                if (gap == start) break;
                var word = gap;
                while (word > 0 && (char.IsLetter(text[word - 1]) || text[word - 1] == '-')) word--;
                if (word == gap || !(char.IsUpper(text[word]) || text.AsSpan(word, gap - word) is "of" or "on" or "the" or "for" or "and")) break;
                start = word;
            }

            return text[start..end];
        }

        /// <summary>"The Representative", "the High Commissioner", "the Special Envoy", "the Minister" (or "the minister", or a post's bare "Minister thanked …") standing alone: not followed by what makes it a title in full ("of …", "on …", "for Human Rights", a name; "thanked the High Commissioner for his …" stands alone).</summary>
        [GeneratedRegex(@"\b[Tt]he\s+(?<title>(?:(?:Special|High|Personal|Deputy)\s+)?(?:Representative|Commissioner|Director|Ambassador|Envoy|Rapporteur|Head\s+of\s+Mission)|(?:[Ff]oreign\s+)?[Mm]inister)\b(?!\s+(?:of|on|to)\b)(?!\s+for\s+(the\s+)?\p{Lu})(?!\s*,?\s+\p{Lu})|^\W*(?<title>Minister)(?=\s+\p{Ll})")]
        internal static partial Regex TitleAlone();

        private static string Capitalised(string head) => char.IsUpper(head[0]) ? head : char.ToUpperInvariant(head[0]) + head[1..];

        /// <summary>
        /// "the Commission", "the Committee" standing alone (not "the Commission for Democracy …", nor inside a longer name; "called on the
        /// Assembly to keep …", "thanked the Commission for the …" are the body, "the Committee to Protect Journalists" another's name), and
        /// "the municipality", after "the Municipality of Prizren".
        /// </summary>
        [GeneratedRegex(@"(?<![\p{Lu}][\p{L}-]*\s)\b[Tt]he\s+(?<head>Commission|Committee|Council|Assembly|Foundation|Institute|Coalition|Network|Forum|Agency|[Mm]unicipality)\b(?!\s+(of|on|for|in)\s+(the\s+)?\p{Lu})(?!\s+to\s+\p{Lu})(?!\s+\p{Lu})")]
        private static partial Regex TheBody();

        /// <summary>The head noun a body's name ends in: "Venice Commission", "Norwegian Helsinki Committee"; or opens on: "Municipality of Prizren".</summary>
        [GeneratedRegex(@"\b(Commission|Committee|Council|Assembly|Foundation|Institute|Coalition|Network|Forum|Agency)$|^Municipality(?=\s+of\s)")]
        private static partial Regex BodyHead();

        /// <summary>"the Organization", "the Organisation's" standing alone (not "the Organization of American States", "… for Security …").</summary>
        [GeneratedRegex(@"(?<=\bthe\s)Organi[sz]ation\b(?!\s+(of|for)\b)(?!\s+\p{Lu})")]
        private static partial Regex TheOrganization();

        [GeneratedRegex(@"\b(deployed|opened|sent|established)\s+(an?\s+|its\s+)?([\w-]+\s+){0,3}observation\s+mission\b|\bobservation\s+mission\s+of\s+(the\s+)?(OSCE[’']s\s+)?(?-i:\p{Lu})")]
        private static partial Regex DeployedMission();

        /// <summary>"the mission said", "the observers found", "the observation mission urged": the mission or its observers judging, as its body's voice.</summary>
        [GeneratedRegex(@"\b[Tt]he\s+((election\s+)?observation\s+)?(mission|observers)\b(?=\s+(also\s+)?(said|says|urged|urges|found|finds|noted|notes|stated|states|concluded|concludes|called|recommended|recommends|critici[sz]ed|welcomed|reported|assessed)\b)")]
        private static partial Regex TheObservers();

        [GeneratedRegex(@"^\W*They\b")]
        private static partial Regex TheyOpens();

        // ("thanked the Mission for its support" is the Mission; "the Office for Democratic Institutions" is another's name)
        // ("co-operation with the Centre in all three dimensions" is the Centre; "the Centre in Ashgabat" another's name)
        [GeneratedRegex(@"(?<=\b[Tt]he\s+(OSCE\s+)?)((Mission|Programme\s+Office|Centre|Presence)\b(?!\s+(to|in|of)\s+\p{Lu})|Office\b(?!\s+(to|in|of|for)\b))")]
        private static partial Regex TheMission();
    }
}
