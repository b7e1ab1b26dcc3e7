using System.Text.RegularExpressions;
using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>An actor named in a sentence, where, and how it was recognised.</summary>
public sealed record Mention(ActorRef Actor, int Start, int End, string Rule);

/// <summary>
/// Finds actors in text from the actor dictionary: names and aliases (case, diacritics and punctuation ignored, longest
/// first), role titles resolved to whoever held the role on the document's date ("the Chair-in-Office", "the ODIHR
/// Director"), a title with a surname ("Minister Borg", "Mr. Atamkulov"), and a sentence-initial he/she for the last
/// official named. Short uppercase aliases (EU, UN) must match in capitals.
/// </summary>
public sealed partial class Mentions
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "minister", "president", "mr", "ms", "mrs", "dr", "ambassador", "chairman", "chair", "director", "senator", "secretary", "prime", "deputy" };
    /// <summary>Names by their first folded word, longest first; in a document's copy, only the first words the document changed.</summary>
    private readonly Dictionary<string, List<(string[] Tokens, ActorRef Actor, bool Exact, string Raw, string Rule)>> _byFirstToken = new(StringComparer.Ordinal);

    /// <summary>The dictionary a document's copy extends, read where the copy has no entries of its own for a first word; never changed.</summary>
    private readonly Mentions? _base;
    private readonly List<(string[] Tokens, Actor Actor, RoleHeld Role)> _roles = [];
    private readonly HashSet<string> _initials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Tokens, Actor Actor, RoleHeld Role)>> _rolesByFirst = new(StringComparer.Ordinal);
    // (each actor's roles, in the order of _roles: who an official speaks for is asked many times a document)
    private readonly Dictionary<string, List<RoleHeld>> _rolesByActor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorRef>> _surnames = new(StringComparer.Ordinal); // shared with a document's copy, which adds none

    public Mentions(IEnumerable<Actor> actors)
    {
        var list = actors.ToList();
        var states = list.Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State).ToList();
        foreach (var actor in list)
        {
            foreach (var name in actor.AllNames.SelectMany(Spellings).Distinct()) Add(name, actor.Ref);
            foreach (var name in AdjectivalForms(actor, states)) Add(name, actor.Ref);
            if (actor.Kind is ActorKind.Official or ActorKind.Person)
            {
                var surname = Names.Fold(actor.Name).Split(' ')[^1];
                if (!_surnames.TryGetValue(surname, out var people)) _surnames[surname] = people = [];
                people.Add(actor.Ref);
            }

            foreach (var role in actor.Roles.Select(r => r.Role))
            {
                var folded = Names.Fold(role.Role);
                var title = folded.Replace("osce ", "", StringComparison.Ordinal);
                // the Chair-in-Office is also written Chairman-, Chairperson-, Chairwoman-in-Office (folded: "chair in office")
                var forms = InOffice().Match(title) is { Success: true } chair
                    ? ((string[])["chair", "chairman", "chairperson", "chairwoman"]).Select(form => title.Replace(chair.Value, $"{form} in office", StringComparison.Ordinal))
                    : [title];
                // "the OSCE Chairperson discussed …": the Chair-in-Office, the OSCE named before the shortened title (not "the OSCE
                // chair", as often the State that chairs: "Greece is the current OSCE chair")
                if (InOffice().IsMatch(title)) forms = [.. forms, .. ((string[])["chairman", "chairperson", "chairwoman"]).Select(form => $"osce {form}")];
                // "SG promised …": the title's initials, as a delegation's shorthand writes them (in capitals, checked where found)
                if (Initials(title) is { } initials && !InOffice().IsMatch(title))
                {
                    _roles.Add(([initials], actor, role));
                    _initials.Add(initials);
                }

                foreach (var form in forms)
                {
                    _roles.Add((form.Split(' '), actor, role));
                    // "the OSCE Secretary General" as well as "the Secretary General"
                    if (role.Of is null && folded.StartsWith("osce ", StringComparison.Ordinal) && !form.StartsWith("osce ", StringComparison.Ordinal)) _roles.Add(($"osce {form}".Split(' '), actor, role));
                }

                if (role.Of is { } of)
                {
                    _roles.Add(($"{Names.Fold(of)} {title}".Split(' '), actor, role));
                    _roles.Add(($"{title} of {Names.Fold(of)}".Split(' '), actor, role));
                }
            }
        }

        foreach (var role in _roles)
        {
            if (!_rolesByFirst.TryGetValue(role.Tokens[0], out var same)) _rolesByFirst[role.Tokens[0]] = same = [];
            same.Add(role);
            if (!_rolesByActor.TryGetValue(role.Actor.Id, out var held)) _rolesByActor[role.Actor.Id] = held = [];
            held.Add(role.Role);
        }
    }

    /// <summary>The roles the dictionary gives an actor (one for each form it is written in).</summary>
    private List<RoleHeld> RolesOf(string actorId) => _rolesByActor.GetValueOrDefault(actorId) ?? [];

    private readonly Dictionary<string, string> _speaksFor = new(StringComparer.Ordinal);

    /// <summary>The document's officials titled as a government's ministers without a State (<see cref="DocumentName.Minister"/>).</summary>
    private readonly HashSet<string> _ministers = new(StringComparer.Ordinal);

    /// <summary>Whether the document introduced <paramref name="official"/> as a government's minister without saying of which State.</summary>
    public bool MinisterOfUnnamedState(ActorRef official) => _ministers.Contains(official.Id);

    /// <summary>The State the document was about where it first named each minister of no State named.</summary>
    private readonly Dictionary<string, ActorRef> _firstNamedUnder = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="state"/> as the State <paramref name="official"/> (a minister of no State named) was first named under, unless one is kept.</summary>
    public void FirstNamedUnder(ActorRef official, ActorRef state) => _firstNamedUnder.TryAdd(official.Id, state);

    /// <summary>The State the document was about where it first named <paramref name="official"/>, a minister of no State named; null if not kept.</summary>
    public ActorRef? StateFirstNamedUnder(ActorRef official) => _firstNamedUnder.GetValueOrDefault(official.Id);

    /// <summary>The document's text, folded, when this dictionary reads one document: a bare title ("the President") only names the holder of an office of a State the document names.</summary>
    private string? _document;

    // (the document as written, punctuation and all, where a check must stay inside a sentence)
    private string? _written;

    /// <summary>A title's initials, "sg" for "secretary general": two to four words, the small words between them not counted; null for a title of one word, or of more than four.</summary>
    private static string? Initials(string title) =>
        title.Split(' ').Where(w => w is not ("of" or "on" or "the" or "for" or "and" or "to" or "in")).ToList() is { Count: >= 2 and <= 4 } words && words.All(w => w.Length > 0 && char.IsAsciiLetter(w[0]))
            ? string.Concat(words.Select(w => w[0])) : null;

    /// <summary>A document's copy: it reads <paramref name="from"/>'s names and copies a first word's entries only when it changes them.</summary>
    private Mentions(Mentions from)
    {
        _base = from;
        _roles = from._roles;
        _initials = from._initials;
        _rolesByFirst = from._rolesByFirst;
        _rolesByActor = from._rolesByActor;
        _surnames = from._surnames;
        foreach (var (id, of) in from._speaksFor) _speaksFor[id] = of;
    }

    private bool TryEntries(string first, out List<(string[] Tokens, ActorRef Actor, bool Exact, string Raw, string Rule)> entries) =>
        _byFirstToken.TryGetValue(first, out entries!) || (_base is not null && _base._byFirstToken.TryGetValue(first, out entries!));

    /// <summary>The entries for a first word that this copy may change: its own, made from the base's on first use.</summary>
    private List<(string[] Tokens, ActorRef Actor, bool Exact, string Raw, string Rule)> OwnEntries(string first)
    {
        if (_byFirstToken.TryGetValue(first, out var own)) return own;
        return _byFirstToken[first] = _base is not null && _base._byFirstToken.TryGetValue(first, out var shared) ? [.. shared] : [];
    }

    /// <summary>Whether the document introduced <paramref name="official"/> as an official of <paramref name="state"/> ("Minister of Foreign Affairs of Uzbekistan Vladimir Norov").</summary>
    private bool OfficialOf(ActorRef official, ActorRef state) =>
        _speaksFor.TryGetValue(official.Id, out var of) && Words(of) is { Count: > 0 } words && LongestName(words, 0, of)?.Mention.Actor.Id == state.Id;

    /// <summary>Whom the words from <paramref name="at"/> name as "of (the) …" ("of Uzbekistan", "of the Kyrgyz Republic"), if anyone known.</summary>
    private ActorRef? OfNamed(List<(string Folded, int Start, int End)> words, int at, string sentence)
    {
        if (at >= words.Count || words[at].Folded != "of") return null;
        var next = at + 1 < words.Count && words[at + 1].Folded == "the" ? at + 2 : at + 1;
        return next < words.Count ? LongestName(words, next, sentence)?.Mention.Actor : null;
    }

    /// <summary>
    /// Whether the document's title for an official, read at word <paramref name="i"/>, is here someone else's:
    /// "the Foreign Minister of Uzbekistan Abdulaziz Kamilov" after "Ukrainian Foreign Minister Leonid Kozhara" (another State's),
    /// "Secretary General of the Parliamentary Assembly of Turkic States" (another body's than the OSCE), "the Chair of the
    /// Permanent Council" or a chair no article introduces (another chair than the Chair-in-Office), "foreign minister at the time" (then, not now), "taking the chair" (an office, no
    /// one in it), "Turkmenistan's FM Rashid
    /// Meredov" (a title set right before another name is that name's).
    /// </summary>
    private bool SomeoneElsesTitle(List<(string Folded, int Start, int End)> words, int i, Mention title, int length, string sentence)
    {
        if (OfNamed(words, i + length, sentence) is { } of
            && (of.Kind is ActorKind.ParticipatingState or ActorKind.State || (of.Kind is ActorKind.Organisation or ActorKind.Institution && of.Id != "osce"))
            && !OfficialOf(title.Actor, of))
            return true;
        // ("Ann Linde, Sweden's foreign minister at the time, visited …": who held it then, not whom the document names by it now)
        if (i + length + 2 < words.Count && words[i + length].Folded == "at" && words[i + length + 1].Folded == "the" && words[i + length + 2].Folded == "time")
            return true;
        if (length == 1 && words[i].Folded == "chair" && ((i + 1 < words.Count && words[i + 1].Folded is "of" or "s") || i == 0 || words[i - 1].Folded != "the"))
            return true;
        // ("before taking the chair in 2010", "when it held the chair": the chairmanship as an office, no one in it)
        if (length == 1 && words[i].Folded == "chair" && i >= 2 && words[i - 2].Folded is "take" or "takes" or "took" or "taking" or "taken" or "assume" or "assumes"
                or "assumed" or "assuming" or "hold" or "holds" or "held" or "holding" or "handed" or "hands" or "passed" or "passes")
            return true;
        return i + length < words.Count && LongestName(words, i + length, sentence) is { Mention.Actor: { Kind: ActorKind.Official or ActorKind.Person } named }
               && named.Id != title.Actor.Id;
    }

    // the field operation a role's title names, read once per title ("Head of the OSCE Programme Office in Astana")
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ActorRef?> _operations = new(StringComparer.Ordinal);

    private ActorRef? OperationHeaded(string role, PartialDate on) =>
        _operations.TryGetValue(role, out var known) ? known
        : _operations.GetOrAdd(role, In(role, on, null, holders: false).LastOrDefault(m => m.Actor.Kind is ActorKind.FieldOperation)?.Actor);

    /// <summary>
    /// Whether <paramref name="official"/> serves <paramref name="state"/>: a role of theirs is of it, or the document calls them its
    /// foreign minister ("The writer is Finland's foreign minister", "Finnish Foreign Minister …") or names them after a title its
    /// adjective opens ("Swiss Federal Councillor Ignazio Cassis").
    /// </summary>
    public bool Serves(ActorRef official, ActorRef state)
    {
        if (RolesOf(official.Id).Any(r => string.Equals(r.Of, state.Name, StringComparison.OrdinalIgnoreCase))) return true;
        var folded = Names.Fold(state.Name);
        var name = Regex.Escape(Names.Fold(official.Name));
        return _document is { } text && (text.Contains($"{folded} s foreign minister", StringComparison.Ordinal) || text.Contains($"{folded}s foreign minister", StringComparison.Ordinal)
            // ("Swiss Federal Councillor Ignazio Cassis": or a title the State's adjective opens, right before the name)
            || Demonyms.For(state.Name).Any(d => text.Contains($"{d} foreign minister", StringComparison.Ordinal)
                                                 || text.Contains(d, StringComparison.Ordinal) && Regex.IsMatch(text, $@"\b{d}( [a-z]+){{1,3}} {name}\b"))
            // ("IGNAZIO CASSIS, Chairperson-in-Office of the OSCE and Head of the Federal Department of Foreign Affairs of Switzerland": or
            // the name's apposition, a minister's or a head's office of the State, not what a clause of theirs tells: ", who met the
            // Foreign Minister of …")
            || _written is { } written && written.Contains(state.Name, StringComparison.Ordinal)
               && Regex.IsMatch(written, $@"\b{Regex.Escape(official.Name)},(?:(?!\s(who|met|with)\s)[^.;:]){{0,120}}?\b(Foreign\s+Affairs|Foreign\s+Minister|Minister|President|Prime\s+Minister)\s+of\s+(the\s+)?{Regex.Escape(state.Name)}\b", RegexOptions.IgnoreCase));
    }

    /// <summary>
    /// Whom an official speaks for on a date: the OSCE for an OSCE office (the Chair-in-Office, an OSCE institution's head),
    /// else the State of the office they held, or the State the document's title for them names.
    /// </summary>
    /// <param name="institutions">also an OSCE institution ("the ODIHR Director" speaks for ODIHR), where the question is which side of a meeting someone is on</param>
    public ActorRef? SpeaksFor(ActorRef official, PartialDate on, bool institutions = false)
    {
        var held = RolesOf(official.Id).Where(r => r.HeldOn(on)).Distinct().ToList();
        var osce = held.FirstOrDefault(r => r.Role.Contains("OSCE", StringComparison.Ordinal) || r.Role.Contains("in-Office", StringComparison.OrdinalIgnoreCase));
        // "OSCE Representative on Freedom of the Media": an office that is itself one of the OSCE's institutions is what its holder speaks for there
        if (institutions && osce is not null && (_base ?? this).First(osce.Role, on) is { Kind: ActorKind.Institution } office) return office;
        // "Head of the OSCE Programme Office in Astana": so is the field operation its holder heads
        if (institutions && osce is not null && osce.Role.Contains(" of the OSCE ", StringComparison.Ordinal) && (_base ?? this).OperationHeaded(osce.Role, on) is { } operation)
            return operation;
        var name = osce is not null ? "OSCE" : held.Select(r => r.Of).FirstOrDefault(o => o is not null) ?? _speaksFor.GetValueOrDefault(official.Id);
        if (name is null || First(name, on) is not { } party) return null;
        return party.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation || (institutions && party.Kind is ActorKind.Institution or ActorKind.FieldOperation) ? party : null;
    }

    /// <summary>
    /// The dictionary as one document extends it (<see cref="NewNames"/>): the new people and organisations it names, and
    /// the titles it introduces officials with. What the document says about a name wins over the dictionary's role titles.
    /// </summary>
    public Mentions ForDocument(string text, PartialDate on, out IReadOnlyList<DocumentName> names)
    {
        names = NewNames.Find(text, this, on);
        var copy = new Mentions(this) { _document = Names.Fold(text), _written = text };
        foreach (var name in names)
        {
            var tokens = Words(name.Name).Select(w => w.Folded).ToArray();
            if (tokens.Length == 0) continue;
            copy.OwnEntries(tokens[0]).RemoveAll(e => e.Tokens.SequenceEqual(tokens)); // the copy owns this first word's entries once it adds the name anyway
            copy.Add(name.Name, name.Actor, name.Rule);
            // "the OSCE Secretary-General noted", after "OSCE Secretary-General Helga Maria Schmid": the person, not the office
            if (name.Rule == "actor:document-title" && tokens.Length > 1 && copy.TryEntries("osce", out _))
            {
                copy.OwnEntries("osce").RemoveAll(e => e.Tokens.Skip(1).SequenceEqual(tokens));
                copy.Add($"OSCE {name.Name}", name.Actor, name.Rule);
            }

            if (name.Of is { } of) copy._speaksFor.TryAdd(name.Actor.Id, of);
            if (name.Minister) copy._ministers.Add(name.Actor.Id);
        }


        return copy;
    }

    /// <summary>
    /// Records that someone a document lists for a side ("Moldova: / Mr Mihai Popșoi, Deputy Prime Minister …") speaks for it, where
    /// nothing the document said before tells whom they speak for.
    /// </summary>
    public void Listed(ActorRef person, string side) => _speaksFor.TryAdd(person.Id, side);

    /// <summary>Whether the document this copy reads names <paramref name="word"/> (folded) anywhere.</summary>
    public bool Mentioned(string word) => _document?.Contains(Names.Fold(word), StringComparison.Ordinal) == true;

    private bool StateNamed(string state) =>
        _document!.Contains(Names.Fold(state), StringComparison.Ordinal) || Demonyms.For(state).Any(d => _document.Contains(d, StringComparison.Ordinal));

    /// <summary>The one official or person the dictionary knows by this first name and surname (folded), if exactly one.</summary>
    public ActorRef? Person(string firstName, string surname)
    {
        if (_surnames.TryGetValue(surname, out var people) && people.Where(p => Names.Fold(p.Name).Split(' ')[0] == firstName).ToList() is [var one]) return one;
        // transliterations: "Qasym-Zhomart Toqaev" is "Kassym-Jomart Tokayev"
        var (first, last) = (Skeleton(firstName), Skeleton(surname));
        return _surnames.Values.SelectMany(p => p).DistinctBy(p => p.Id)
            .Where(p => Names.Fold(p.Name).Split(' ') is var parts && Skeleton(parts[0]) == first && Skeleton(parts[^1]) == last).ToList() is [var same] ? same : null;
    }

    /// <summary>A name's consonants after common transliteration variants are evened out (q/k, zh/j, kh/h, doubled letters).</summary>
    internal static string Skeleton(string folded)
    {
        var s = folded.Replace("dzh", "j").Replace("zh", "j").Replace("kh", "h").Replace('q', 'k').Replace('w', 'v').Replace("ck", "k").Replace('c', 'k');
        var b = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or ' ' or '-') continue;
            if (b.Length > 0 && b[^1] == c) continue;
            b.Append(c);
        }

        return b.Length >= 2 ? b.ToString() : folded;
    }

    /// <summary>
    /// The forms news text uses with a State's adjective: "the Kazakh authorities", "the Armenian side" for the State (and its parliament
    /// by its own name, "the Jogorku Kenesh"); "Kazakh
    /// Foreign Ministry", "Kazakh Central Election Commission" for a body named "… of Kazakhstan".
    /// </summary>
    private static IEnumerable<string> AdjectivalForms(Actor actor, List<Actor> states)
    {
        // ("Rights groups have criticized the law": a collective of civil society, "Human rights organisations", by news's shorter word)
        if (actor.Kind is ActorKind.CivilSociety && CollectiveOrganisations().Match(actor.Name) is { Success: true } collective)
        {
            yield return $"{collective.Groups["field"].Value} groups";
            if (collective.Groups["human"].Success) yield return "rights groups";
        }

        if (actor.Kind is ActorKind.ParticipatingState or ActorKind.State)
        {
            foreach (var adjective in actor.AllNames.SelectMany(Demonyms.For).Distinct())
            foreach (var noun in Demonyms.StateNouns)
                yield return $"{adjective} {noun}";
            // ("the Jogorku Kenesh": a parliament by its own name)
            foreach (var parliament in actor.AllNames.SelectMany(n => Demonyms.Parliaments.GetValueOrDefault(n) ?? []).Distinct())
                yield return parliament;
            yield break;
        }

        var state = states.FirstOrDefault(s => actor.Name.EndsWith($" of {s.Name}", StringComparison.Ordinal));
        if (state is null) yield break;
        var body = actor.Name[..^($" of {state.Name}".Length)];
        foreach (var adjective in Demonyms.For(state.Name))
        {
            yield return $"{adjective} {body}";
            if (body == "Ministry of Foreign Affairs") { yield return $"{adjective} Foreign Ministry"; yield return $"{adjective} MFA"; }
        }

        if (body == "Ministry of Foreign Affairs") yield return $"Foreign Ministry of {state.Name}";
    }

    /// <summary>A name as British and American spelling write it: "OSCE Programme Office in Bishkek" is also the "Program Office", a "Centre" also a "Center".</summary>
    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        var other = name.Replace("Programme", "Program", StringComparison.Ordinal).Replace("Centre", "Center", StringComparison.Ordinal)
            .Replace("Co-operation", "Cooperation", StringComparison.Ordinal).Replace("Organisation", "Organization", StringComparison.Ordinal);
        if (other != name) yield return other;
    }

    private void Add(string name, ActorRef actor, string rule = "actor:name")
    {
        // the words a sentence is read as ("OSCE's" is "osce", "s"), so that "the OSCE's 57 participating States" reads as it is written
        var tokens = Words(name).Select(w => w.Folded).ToArray();
        if (tokens.Length == 0) return;
        var exact = name.Length <= 4 && name.All(char.IsUpper);
        var list = OwnEntries(tokens[0]);
        // longest first; among names of one length, the one added last (a document's own name before the dictionary's)
        var at = list.FindIndex(e => e.Tokens.Length <= tokens.Length);
        list.Insert(at < 0 ? list.Count : at, (tokens, actor, exact, name, rule));
    }

    /// <summary>The first actor a name such as a publisher's names ("CSIS-IND Task Force (Center for …)"), if any.</summary>
    public ActorRef? First(string? text, PartialDate on) => string.IsNullOrWhiteSpace(text) ? null : In(text, on, null, holders: false).Select(m => m.Actor).FirstOrDefault();

    /// <summary>Who speaks in a document its publisher wrote: an actor the dictionary knows, or a new organisation ("Human Rights Watch"); a news agency is nobody's voice.</summary>
    /// <param name="wholly">only when the whole of <paramref name="publisher"/> names it (a masthead read from the text, not a publisher given)</param>
    public ActorRef? Author(string? publisher, PartialDate on, bool wholly = false)
    {
        if (string.IsNullOrWhiteSpace(publisher)) return null;
        // "OSCE Permanent Council (Delegation of the Russian Federation)": where a statement was given, and in brackets the State's delegation that gave it
        if (publisher.TrimEnd() is [.., ')'] trimmed && trimmed.LastIndexOf('(') is var open and > 0
            && Author(trimmed[(open + 1)..^1], on, wholly: true) is { Kind: ActorKind.ParticipatingState or ActorKind.State } delegation)
            return delegation;
        // "Civil Rights Defenders (Mastodon archive)": the publisher, and in brackets where its words were found
        if (publisher.TrimEnd() is [.., ')'] bracketed && bracketed.LastIndexOf('(') is var from and > 0 && Author(bracketed[..from], on, wholly) is { } before)
            return before;
        // "U.S. Helsinki Commission" is the commission, not the State its name begins with
        var named = In(publisher, on, null);
        if (named is [var whole] && whole.Start == 0 && whole.End >= publisher.TrimEnd().Length - 1) return whole.Actor;
        // "UK Foreign Office", "Lithuanian Ministry of Foreign Affairs", "U.S. Mission to the OSCE": the State speaks through its government
        if (named is [{ Start: 0, Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } state, ..] && GovernmentBody().IsMatch(publisher.AsSpan(state.End))) return state.Actor;
        // "The Ministry of Foreign Affairs of the Russian Federation", "Permanent Mission of Armenia to the OSCE": so does a government body of a State
        // ("Delegation of the European Union to the OSCE": and the Union through its delegation)
        if (named.LastOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State || m.Actor.Id == "european-union") is { } ofState && BodyOfState().IsMatch(publisher.AsSpan(0, ofState.Start))
            && publisher.AsSpan(ofState.End).Trim() is var rest && (rest.IsEmpty || rest.StartsWith("to the OSCE", StringComparison.OrdinalIgnoreCase)))
            return ofState.Actor;
        // ("Bir Duino Kyrgyzstan", "Transparency International Kazakhstan": a body's own name ending on the State it works in, given as the publisher)
        if (!wholly && named is [{ Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } workingIn] && workingIn.End >= publisher.TrimEnd().Length
            && publisher[..workingIn.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 4 } own
            && own.All(w => char.IsUpper(w[0]) && Demonyms.State(Names.Fold(w)) is null) && NewNames.Organisation(publisher) is null)
            return new ActorRef(Actor.IdFor(publisher.Trim()), publisher.Trim(), ActorKind.Organisation);
        return NewNames.Organisation(publisher) ?? (wholly ? null : named.Select(m => m.Actor).FirstOrDefault());
    }

    /// <summary>
    /// Who speaks in a document no publisher was given for: the body its first line, a masthead, names whole ("Human Rights
    /// Watch", "Ministry of Foreign Affairs of the Republic of Azerbaijan"); not a headline that names someone in passing.
    /// </summary>
    public ActorRef? Masthead(string text, PartialDate on) =>
        text.AsSpan().TrimStart() is var rest && rest.IndexOf('\n') is var end && (end < 0 ? rest : rest[..end]).Trim().ToString() is { Length: > 0 and <= 80 } line
        && !".:!?".Contains(line[^1]) ? Author(line, on, wholly: true) : null;

    private IReadOnlyList<(string Name, ActorRef Office)>? _offices;

    /// <summary>The names the dictionary gives the offices one person holds (see <see cref="Office"/>), each with its office, longest first: what to look for in a text.</summary>
    public IReadOnlyList<(string Name, ActorRef Office)> OfficeNames => _offices ??=
        [.. _byFirstToken.Values.Concat(_base?._byFirstToken.Where(b => !_byFirstToken.ContainsKey(b.Key)).Select(b => b.Value) ?? []).SelectMany(e => e).Where(e => Office(e.Actor)).Select(e => (string.Join(' ', e.Tokens), e.Actor)).DistinctBy(o => o.Item1).OrderByDescending(o => o.Item1.Length)];

    /// <summary>An OSCE office one person holds ("Representative on Freedom of the Media", "High Commissioner on National Minorities", "OSCE Secretary General"): its name is also its holder's title.</summary>
    public static bool Office(ActorRef actor) =>
        actor.Kind is ActorKind.Institution && Names.Fold(actor.Name) is var name && (name.StartsWith("osce ", StringComparison.Ordinal) ? name[5..] : name) is var bare
        && (bare.StartsWith("representative ", StringComparison.Ordinal) || bare.StartsWith("high commissioner ", StringComparison.Ordinal) || bare == "secretary general"
            || bare.StartsWith("special representative ", StringComparison.Ordinal));

    /// <summary>The actors named in <paramref name="sentence"/>, in order; <paramref name="lastOfficial"/> is the official a he/she would mean.</summary>
    /// <param name="holders">an office one person holds, named in the sentence, is its holder on the date ("The OSCE Representative on Freedom of the Media reacted"); not when a name is looked up as such</param>
    public IReadOnlyList<Mention> In(string sentence, PartialDate on, ActorRef? lastOfficial, bool holders = true)
    {
        var words = Words(sentence);
        var found = new List<Mention>();
        for (var i = 0; i < words.Count;)
        {
            var match = Longest(words, i, sentence, on, holders);
            if (match is null) { i++; continue; }
            // "The Netherlands Helsinki Committee": a longer name starting inside this one, and running past it, is the one meant
            var inner = Enumerable.Range(i + 1, match.Value.Length - 1).Select(j => (At: j, Match: LongestName(words, j, sentence)))
                .FirstOrDefault(x => x.Match is { } m && x.At + m.Length > i + match.Value.Length && m.Length > match.Value.Length);
            if (inner.Match is not null) { i = inner.At; continue; }
            // "Deputy Secretary General", "former President": someone else than the holder of the title
            if (i > 0 && NewNames.Lesser.Contains(words[i - 1].Folded) && (match.Value.Mention.Rule == "actor:role-title" || (match.Value.Mention.Rule == "actor:document-title" && NewNames.OpensTitle(words[i].Folded))))
            {
                i += match.Value.Length;
                continue;
            }

            if (match.Value.Mention.Rule == "actor:document-title" && SomeoneElsesTitle(words, i, match.Value.Mention, match.Value.Length, sentence))
            {
                i += match.Value.Length;
                continue;
            }

            found.Add(match.Value.Mention);
            i += match.Value.Length;
        }

        // (the checks below ask only of a sentence that names someone: for one that names no one they are not even made)
        if (found.Count > 0)
        {
            // "OSCE commitments", "ODIHR experts": an organisation used as an adjective is not a participant
            // ("ODIHR observers said …": a body's people reported speaking speak for it)
            found.RemoveAll(m => m.Actor.Kind is not (ActorKind.Official or ActorKind.Person) && NextWord(m.End) is { } next && AdjectivalNouns.Contains(next)
                && !(next is "experts" or "observers" && WordAfterNext(m.End) is "said" or "say" or "says" or "stated" or "found" or "concluded" or "noted" or "reported" or "warned"));

            // "OSCE Secretary General Helga Schmid", "ODIHR Director X": a body named just before a person is the person's title
            // (and so is an office read as its holder: "The OSCE Representative on Freedom of the Media, Jana Novakova, …" is hers)
            found.RemoveAll(m => (m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation or ActorKind.NationalInstitution or ActorKind.FieldOperation || m.Rule == "actor:role-title")
                                 && found.FirstOrDefault(n => n.Start >= m.End) is { Actor.Kind: ActorKind.Official or ActorKind.Person } n
                                 && (sentence[m.End..n.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length > 0 && char.IsUpper(w[0]))
                                     // "The OSCE Representative on Freedom of the Media, Harlem Désir, denounced"
                                     || (sentence[m.End..n.Start] == ", " && sentence.Length > n.End && sentence[n.End] == ',')));

            // "(see: https://www.osce.org/representative-on-freedom-of-media/…": a web address names no one
            foreach (var (start, end) in Sentences.WebAddresses(sentence)) found.RemoveAll(m => m.Start < end && start < m.End);

            // "Uzbekistan’s President Shavkat Mirziyoyev", "Azerbaijani President Ilham Aliyev", "Armenian Foreign Minister X": a State
            // whose name or adjective opens its official's title is the official's title
            found.RemoveAll(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
                                 && found.FirstOrDefault(n => n.Start >= m.End) is { Actor.Kind: ActorKind.Official or ActorKind.Person } n
                                 && sentence[m.End..n.Start] is var title
                                 && (title.StartsWith("’s ", StringComparison.Ordinal) || title.StartsWith("'s ", StringComparison.Ordinal) ? title[3..]
                                     : m.End - m.Start > 8 && TitleWords.Any(w => sentence.AsSpan(m.Start, m.End - m.Start).EndsWith(w, StringComparison.OrdinalIgnoreCase)) ? title
                                     : null) is { } rest
                                 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0])));

            // "International Partnership for Human Rights (IPHR, Belgium)": where an organisation is based is not a participant
            found.RemoveAll(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && sentence.LastIndexOf('(', Math.Max(0, m.Start - 1)) is var open and >= 0
                                 && sentence.IndexOf(')', open) is var close && close >= m.End && sentence.IndexOf(')', open) > 0 && AffiliationBracket().IsMatch(sentence[open..close]));

            // "the Moscow Mechanism", "the Vienna Document", "the Minsk Group": a capital read as its State, run on by a capitalised word, is a
            // place in the name of something else
            found.RemoveAll(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && m.End + 1 < sentence.Length && sentence[m.End] == ' ' && char.IsUpper(sentence[m.End + 1])
                                 && Capitals.Contains(Names.Fold(sentence[m.Start..m.End])));

            // "Kazakhstan: Amnesty calls on …": a label before a colon at the start is a topic, not a participant
            found.RemoveAll(m => m.Start == 0 && sentence.Length > m.End && sentence[m.End] == ':');
        }

        // "Central Asian governments", "authorities across Central Asia": each member State
        foreach (var (start, end, members) in Regions.In(sentence))
        {
            if (found.Any(f => f.Start < end && start < f.End)) continue;
            found.AddRange(members.Select(s => First(s, on)).OfType<ActorRef>().Select(s => new Mention(s, start, end, "actor:region")));
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        // "He met …", "In Azerbaijan, he met with …": the subject, at the start or after an opening phrase
        if (lastOfficial is not null && SubjectPronoun(sentence) is { } pronoun && found.All(f => f.Actor.Kind is not (ActorKind.Official or ActorKind.Person) || f.Start > pronoun.Index))
        {
            found.Add(new Mention(lastOfficial, pronoun.Index, pronoun.Index + pronoun.Length, "actor:pronoun"));
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return found;

        string? NextWord(int end) => words.FirstOrDefault(w => w.Start >= end && w.Start - end <= 2) is { Folded: { } f } w && char.IsLower(sentence[w.Start]) ? f : null;
        string? WordAfterNext(int end) => words.FindIndex(w => w.Start >= end) is var k and >= 0 && k + 1 < words.Count ? words[k + 1].Folded : null;
    }

    /// <summary>The words of a State's adjectival form that open an official's title: "Azerbaijani President", "Armenian Foreign (Minister)".</summary>
    private static readonly string[] TitleWords = [" president", " prime", " foreign", " interior", " defence", " defense", " justice"];

    private static readonly HashSet<string> AdjectivalNouns = new(StringComparer.Ordinal)
    {
        "commitments", "commitment", "standards", "principles", "region", "area", "chairmanship", "projects", "acquis", "basket", "baskets",
        "agenda", "documents", "document", "decisions", "framework", "values", "norms", "obligations", "budget", "countries", "states",
        "recommendations", "recommendation", "experts", "observers", "findings",
    };

    /// <summary>The longest name or alias starting at word <paramref name="i"/>.</summary>
    private (Mention Mention, int Length)? LongestName(List<(string Folded, int Start, int End)> words, int i, string sentence)
    {
        if (!TryEntries(words[i].Folded, out var candidates)) return null;
        foreach (var (tokens, actor, exact, raw, rule) in candidates)
        {
            if (!Fits(words, i, tokens)) continue;
            var (start, end) = (words[i].Start, words[i + tokens.Length - 1].End);
            if (exact && sentence[start..end] != raw) continue;
            return (new Mention(actor, start, end, rule), tokens.Length);
        }

        return null;
    }

    private (Mention Mention, int Length)? Longest(List<(string Folded, int Start, int End)> words, int i, string sentence, PartialDate on, bool holders)
    {
        var first = words[i].Folded;
        var name = LongestName(words, i, sentence);

        // (a title's initials only in capitals: "SG", not "sg")
        var role = _rolesByFirst.TryGetValue(first, out var roles) && (!_initials.Contains(first) || !sentence.AsSpan(words[i].Start, words[i].End - words[i].Start).ContainsAnyExceptInRange('A', 'Z'))
            ? LongestRole(roles, words, i, on) : null;
        var length = role is null ? 0 : role[0].Tokens.Length; // how many words the title takes
        // "President of the Republic of Azerbaijan Ilham Aliyev", "President Shavkat Mirziyoyev": a title naming someone else, not the holder we know
        if (role is not null && i + length < words.Count && (words[i + length].Folded == "of" || (char.IsUpper(sentence[words[i + length].Start]) && words[i + length].Start - words[i + length - 1].End <= 1)))
            role = null;
        // "the NATO Secretary General": another body's holder of the title
        if (role is not null && i > 0 && sentence[words[i - 1].Start..words[i - 1].End] is { Length: >= 2 } before && before.All(char.IsUpper)
            && !OfBody(role, before, words[i - 1].Folded))
            role = null;
        // a name wins over a title as long, except an office one person holds: "The OSCE Representative on Freedom of the Media
        // reacted" is whoever held the office then; "the ODIHR Director" is longer than "ODIHR"
        if (name is { } n && (role is null || length < n.Length || (length == n.Length && !(holders && Office(n.Mention.Actor))))) return n;
        if (role is not null && role.Select(r => r.Actor.Id).Distinct().Count() == 1)
        {
            var r = role.First();
            return (new Mention(r.Actor.Ref, words[i].Start, words[i + r.Tokens.Length - 1].End, "actor:role-title"), r.Tokens.Length);
        }
        // ("In 2024, Azerbaijan's government told the OSCE Representative on Freedom of the Media that …": an office two people held
        // in the time the date spans is the office)
        if (name is { } office && role is not null && length == office.Length) return office;

        if (Titles.Contains(first) && i + 1 < words.Count && _surnames.TryGetValue(words[i + 1].Folded, out var people) && people.Count == 1)
            return (new Mention(people[0], words[i].Start, words[i + 1].End, "actor:title-surname"), 2);
        return null;
    }

    /// <summary>Whether any of the titles is of the body an acronym before it names ("the ODIHR Director"), folded as <paramref name="folded"/>.</summary>
    private static bool OfBody(IEnumerable<(string[] Tokens, Actor Actor, RoleHeld Role)> titles, string acronym, string folded) =>
        titles.Any(r => r.Role.Of is null ? r.Role.Role.Contains(acronym, StringComparison.Ordinal) : Names.Fold(r.Role.Of) == folded);

    /// <summary>The titles held on the day that start at word <paramref name="i"/>, the longest only (kept apart from <see cref="Longest"/>, which runs for every word: what these checks capture is allocated only for a word that opens a title).</summary>
    private List<(string[] Tokens, Actor Actor, RoleHeld Role)>? LongestRole(List<(string[] Tokens, Actor Actor, RoleHeld Role)> roles, List<(string Folded, int Start, int End)> words, int i, PartialDate on)
    {
        List<(string[] Tokens, Actor Actor, RoleHeld Role)>? longest = null;
        foreach (var r in roles)
        {
            if ((longest is not null && r.Tokens.Length < longest[0].Tokens.Length) || !Fits(words, i, r.Tokens) || !r.Role.HeldOn(on)
                || !(r.Role.Of is null || _document is null || r.Tokens.Contains(Names.Fold(r.Role.Of).Split(' ')[0]) || StateNamed(r.Role.Of))) continue;
            if (longest is null || r.Tokens.Length > longest[0].Tokens.Length) longest = [];
            longest.Add(r);
        }

        return longest;
    }

    private static bool Fits(List<(string Folded, int Start, int End)> words, int i, string[] tokens)
    {
        if (i + tokens.Length > words.Count) return false;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (words[i + k].Folded != tokens[k]) return false;
        }

        return true;
    }

    /// <summary>The sentence's words, folded, with their spans.</summary>
    public static List<(string Folded, int Start, int End)> Words(string sentence)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetterOrDigit(sentence[i])) { i++; continue; }
            var start = i;
            while (i < sentence.Length && char.IsLetterOrDigit(sentence[i])) i++; // "Kazakhstan's": the name, then 's
            var folded = Names.FoldWord(sentence.AsSpan(start, i - start));
            if (!folded.Contains(' ', StringComparison.Ordinal)) words.Add((folded, start, i));
            else foreach (var part in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add((part, start, i));
        }

        return words;
    }

    /// <summary>
    /// A he or she that is a sentence's subject: its first word, or the first after an opening phrase ("In Azerbaijan, he met …", "In 2010
    /// she met …") or after a chat's or transcript's label of who speaks ("Ingrid Solberg: He told me …"), or after where, with no comma ("In Tbilisi he met …").
    /// </summary>
    public static System.Text.RegularExpressions.Group? SubjectPronoun(string sentence) =>
        OpeningPronoun().Match(sentence) is { Success: true } m ? m.Groups["pronoun"] : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?<pronoun>[Hh]e|[Ss]he|HE|SHE)\b|^\W*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}:\s+(?<pronoun>[Hh]e|[Ss]he)\b|^\W*(In|At|On|During|After|Later|Then|There|Also|However|Moreover|Furthermore|Nevertheless|But|Among|Additionally|Meanwhile|Finally|Separately|Subsequently|Afterwards|Earlier|Since)\b[^,.;]{0,60},\s+(?<pronoun>he|she)\b|^\W*(?:(?:On|Last|This)\s+(?:" + Dates.Weekdays + @")|Today|Yesterday|Later|Then|Also|Earlier|Afterwards|Subsequently|In\s+the\s+(?:morning|afternoon|evening))\s+(?<pronoun>he|she)\b|^\W*(In|By|Since)\s+((early|late|mid-)\s*)?(\p{Lu}\p{Ll}+\s+)?(19|20)\d\d\s+(?<pronoun>he|she)\b|^\W*(In|At)\s+\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?\s+(?<pronoun>he|she)\b|^\W*On\s+(\d{1,2}\s+(?:" + Dates.Months + @")|(?:" + Dates.Months + @")\s+\d{1,2},?)(\s+(19|20)\d\d)?\s+(?<pronoun>he|she)\b")]
    private static partial System.Text.RegularExpressions.Regex OpeningPronoun();

    /// <summary>A collective of civil society's organisations by what they work for: "Human rights organisations".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<field>(?<human>[Hh]uman\s+)?rights)\s+organi[sz]ations$")]
    private static partial System.Text.RegularExpressions.Regex CollectiveOrganisations();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(chair|chairman|chairperson|chairwoman) in office\b")]
    private static partial System.Text.RegularExpressions.Regex InOffice();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(The\s+)?(Ministry\s+(of|for)\s+[\p{L} ]+?|Foreign\s+Ministry|Government|(Permanent\s+)?(Mission|Delegation|Representation)|Embassy|Presidency|(Press\s+)?Office\s+of\s+the\s+President|President)\s+of\s+(the\s+)?(Republic\s+of\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BodyOfState();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(’s|'s)?\s+(Foreign\s+Office|Foreign\s+Ministry|Ministry\s+(of|for)\s+Foreign\s+Affairs|MFA|Government|Mission\s+to\s+the\s+OSCE|Delegation\s+to\s+the\s+OSCE|Embassy\b.*)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GovernmentBody();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\([A-Z]{2,8},\s")]
    private static partial System.Text.RegularExpressions.Regex AffiliationBracket();
}
