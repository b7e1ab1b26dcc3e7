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
public sealed class Mentions
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "minister", "president", "mr", "ms", "mrs", "dr", "ambassador", "chairman", "chair", "director", "senator", "secretary", "prime", "deputy" };
    private readonly Dictionary<string, List<(string[] Tokens, ActorRef Actor, bool Exact, string Raw)>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly List<(string[] Tokens, Actor Actor, RoleHeld Role)> _roles = [];
    private readonly Dictionary<string, List<ActorRef>> _surnames = new(StringComparer.Ordinal);

    public Mentions(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            foreach (var name in actor.AllNames) Add(name, actor.Ref);
            if (actor.Kind is ActorKind.Official or ActorKind.Person)
            {
                var surname = Names.Fold(actor.Name).Split(' ')[^1];
                if (!_surnames.TryGetValue(surname, out var list)) _surnames[surname] = list = [];
                list.Add(actor.Ref);
            }

            foreach (var role in actor.Roles.Select(r => r.Role))
            {
                var title = Names.Fold(role.Role).Replace("osce ", "", StringComparison.Ordinal);
                _roles.Add((title.Split(' '), actor, role));
                if (role.Of is { } of)
                {
                    _roles.Add(($"{Names.Fold(of)} {title}".Split(' '), actor, role));
                    _roles.Add(($"{title} of {Names.Fold(of)}".Split(' '), actor, role));
                }
            }
        }
    }

    private void Add(string name, ActorRef actor)
    {
        var tokens = Names.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        var exact = name.Length <= 3 && name.All(char.IsUpper);
        if (!_byFirstToken.TryGetValue(tokens[0], out var list)) _byFirstToken[tokens[0]] = list = [];
        list.Add((tokens, actor, exact, name));
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    /// <summary>The first actor a name such as a publisher's names ("CSIS-IND Task Force (Center for …)"), if any.</summary>
    public ActorRef? First(string? text, PartialDate on) => string.IsNullOrWhiteSpace(text) ? null : In(text, on, null).Select(m => m.Actor).FirstOrDefault();

    /// <summary>The actors named in <paramref name="sentence"/>, in order; <paramref name="lastOfficial"/> is the official a he/she would mean.</summary>
    public IReadOnlyList<Mention> In(string sentence, PartialDate on, ActorRef? lastOfficial)
    {
        var words = Words(sentence);
        var found = new List<Mention>();
        for (var i = 0; i < words.Count;)
        {
            var match = Longest(words, i, sentence, on);
            if (match is null) { i++; continue; }
            found.Add(match.Value.Mention);
            i += match.Value.Length;
        }

        // "OSCE commitments", "ODIHR experts": an organisation used as an adjective is not a participant
        found.RemoveAll(m => m.Actor.Kind is not (ActorKind.Official or ActorKind.Person) && NextWord(m.End) is { } next && AdjectivalNouns.Contains(next));

        if (lastOfficial is not null && words.Count > 0 && words[0].Folded is "he" or "she" && found.All(f => f.Start > 0))
            found.Insert(0, new Mention(lastOfficial, words[0].Start, words[0].End, "actor:pronoun"));
        return found;

        string? NextWord(int end) => words.FirstOrDefault(w => w.Start >= end && w.Start - end <= 2) is { Folded: { } f } w && char.IsLower(sentence[w.Start]) ? f : null;
    }

    private static readonly HashSet<string> AdjectivalNouns = new(StringComparer.Ordinal)
    {
        "commitments", "commitment", "standards", "principles", "region", "area", "chairmanship", "projects", "experts", "acquis", "basket", "baskets",
        "agenda", "documents", "document", "decisions", "framework", "values", "norms", "obligations", "budget", "officials", "countries", "states",
    };

    private (Mention Mention, int Length)? Longest(List<(string Folded, int Start, int End)> words, int i, string sentence, PartialDate on)
    {
        var first = words[i].Folded;
        if (_byFirstToken.TryGetValue(first, out var candidates))
        {
            foreach (var (tokens, actor, exact, raw) in candidates)
            {
                if (!Fits(words, i, tokens)) continue;
                var (start, end) = (words[i].Start, words[i + tokens.Length - 1].End);
                if (exact && sentence[start..end] != raw) continue;
                return (new Mention(actor, start, end, "actor:name"), tokens.Length);
            }
        }

        var role = _roles.Where(r => Fits(words, i, r.Tokens) && r.Role.From.Earliest <= on.Latest && (r.Role.To is null || r.Role.To.Latest >= on.Earliest))
            .GroupBy(r => r.Tokens.Length).OrderByDescending(g => g.Key).FirstOrDefault();
        if (role is not null && role.Select(r => r.Actor.Id).Distinct().Count() == 1)
        {
            var r = role.First();
            return (new Mention(r.Actor.Ref, words[i].Start, words[i + r.Tokens.Length - 1].End, "actor:role-title"), r.Tokens.Length);
        }

        if (Titles.Contains(first) && i + 1 < words.Count && _surnames.TryGetValue(words[i + 1].Folded, out var people) && people.Count == 1)
            return (new Mention(people[0], words[i].Start, words[i + 1].End, "actor:title-surname"), 2);
        return null;
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
            var folded = Names.Fold(sentence[start..i]);
            foreach (var part in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add((part, start, i));
        }

        return words;
    }
}
