using System.Text.RegularExpressions;
using CsCheck;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Extraction;

public class CuePatternTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // more plain alternatives than a screen tells apart, two that look around, and after them a plain one that can start where they start ("we")
    private static readonly string Many = string.Join('|', Enumerable.Range(0, 130).Select(i => $@"\bterm{i}\b")
        .Concat([@"\bwelcom(ed|es)\b(?!\s+(Mr|Ms)\.?\s)", @"\b(I|we)\s+(\w+\s+){0,3}welcome\b(?!\s+the\s+(chance|opportunity)\b)", @"\bwe\b", @"(?<own>\bwill\s+continue\b)"]));

    [Fact]
    public void a_pattern_of_many_alternatives_asked_to_split_runs_its_look_arounds_apart_and_one_not_asked_does_not()
    {
        CuePattern.Of(Many, Options, splitLookArounds: true).Split.ShouldBeTrue();
        CuePattern.Of(Many, Options).Split.ShouldBeFalse();
        // few alternatives: compiled whole, nothing to split
        CuePattern.Of(@"\bwelcomed\b(?!\s+Mr)|\bpraised\b", Options, splitLookArounds: true).Split.ShouldBeFalse();
    }

    [Fact]
    public void where_both_parts_match_at_the_same_place_the_whole_pattern_decides_as_it_would_alone()
    {
        var pattern = CuePattern.Of(Many, Options, splitLookArounds: true);

        // "we" alone (plain, later in the pattern) and "we warmly welcome" (looking around, earlier) both start at 0: the earlier alternative wins
        pattern.Match("We warmly welcome the progress made").Value.ShouldBe("We warmly welcome");
        // "we welcome the chance": the look-ahead refuses, so the plain "we" is the match
        pattern.Match("we welcome the chance to talk").Value.ShouldBe("we");
        pattern.Match("The Chair welcomed Mr. Smith and term7 too").Value.ShouldBe("term7");
        pattern.Match("ODIHR will continue to observe").Groups["own"].Success.ShouldBeTrue();
    }

    [Fact]
    public void a_split_pattern_matches_exactly_as_the_one_regular_expression_it_was_made_from()
    {
        var whole = new Regex(Many, Options);
        var split = CuePattern.Of(Many, Options, splitLookArounds: true);
        string[] vocabulary = ["we", "I", "welcome", "welcomed", "welcomes", "Mr.", "Ms", "the", "chance", "warmly", "term3", "term44", "term45", "will", "continue", ".", ",", "progress"];
        MatchesAsWhole(split, whole, vocabulary, words: 30, group: "own");
    }

    /// <summary>Random texts of the vocabulary's words, matched from anywhere in them: the pattern finds what the one expression does.</summary>
    private static void MatchesAsWhole(CuePattern pattern, Regex whole, string[] vocabulary, int words, string group)
    {
        var word = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        Gen.Select(word.Array[0, words], Gen.Int[0, words * 7]).Sample((chosen, from) =>
        {
            var text = string.Join(' ', chosen);
            var start = Math.Min(from, text.Length);
            var (expected, actual) = (whole.Match(text, start), pattern.Match(text, start));
            return expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length
                   && expected.Groups[group].Success == actual.Groups[group].Success && expected.Groups[group].Value == actual.Groups[group].Value
                   && pattern.IsMatch(text) == whole.IsMatch(text);
        }, iter: 2000);
    }

    [Fact]
    public void a_pattern_that_backtracks_runs_one_alternative_at_a_time_and_matches_as_their_alternation()
    {
        // (the second alternative can start where the first does, in "we welcome", and looks behind; the third ties with both)
        var pattern = CuePattern.Of(@"\bwe\s+welcome\b|(?<!\bnot\s)\bwe\b|\b(?<own>we)\s+\w+", Options);

        pattern.Scans.ShouldBeFalse();
        pattern.Parts.ShouldBe(3);
        pattern.Match("Today we welcome them").Value.ShouldBe("we welcome");
        pattern.Match("Today we met").Value.ShouldBe("we");
        pattern.Match("not we met, but they").Groups["own"].Success.ShouldBeTrue();
        pattern.Match("We, and we welcome", 1).Index.ShouldBe(8);
        pattern.Match("They met").Success.ShouldBeFalse();
        pattern.Match("we", 2).Success.ShouldBeFalse();
        CuePattern.Of(Many, Options, splitLookArounds: true).Parts.ShouldBe(1); // the automaton reads the rest at once
    }

    [Fact]
    public void a_backtracking_pattern_passes_over_only_the_alternatives_a_text_has_no_words_for()
    {
        // (five alternatives: one needs no word at all, "\w+ly\s+agreed" needs "agreed", and "kept" can be matched by a Kelvin
        // sign, which ignoring case is a "k": alternatives screened on the words each needs must still match as their alternation)
        const string source = @"\bkept\b|\bwe\s+(?<what>met|saw)\b|\b\w+ly\s+agreed\b|\b\d{4}\b|\bpledged\b";
        var whole = new Regex(source, Options | RegexOptions.ExplicitCapture);
        var pattern = CuePattern.Of(source, Options);
        pattern.Parts.ShouldBe(5);
        pattern.Screened.ShouldBeTrue();
        pattern.Match("They pledged, and we met").Value.ShouldBe("pledged");
        pattern.Match("In 2024 they pledged").Value.ShouldBe("2024"); // the alternative that needs no word is always run
        pattern.Match("\u212Aept").Success.ShouldBe(whole.IsMatch("\u212Aept"));
        CuePattern.Of(@"\bmet\b|\bsaw\b", Options).Screened.ShouldBeFalse(); // two: each run costs no more than a screen would

        string[] vocabulary = ["we", "met", "saw", "kept", "warmly", "agreed", "pledged", "2024", "the", "\u212Aept", ",", "."];
        MatchesAsWhole(pattern, whole, vocabulary, words: 12, group: "what");
    }

    [Fact]
    public void a_pattern_that_is_one_group_of_alternatives_runs_them_one_by_one_and_matches_as_the_group()
    {
        const string source = @"(?<since>\bsince\s+\d{4}|\bever\s+since\b|\bsince\b)";
        var named = CuePattern.Of(source, Options);
        named.Parts.ShouldBe(3);
        named.Screened.ShouldBeTrue();
        named.Match("ever since 2019").Groups["since"].Value.ShouldBe("ever since");
        named.Match("and since 2019").Groups["since"].Value.ShouldBe("since 2019"); // the first alternative that matches at the place
        var bounded = CuePattern.Of(@"\b(violat\w+|baseless|harass\w*)", Options);
        bounded.Parts.ShouldBe(3);
        bounded.Match("a baseless and violating claim").Value.ShouldBe("baseless");
        bounded.Match("unbaseless").Success.ShouldBeFalse(); // each alternative keeps the boundary before the group
        CuePattern.Of(@"\b(met|saw)\s+him", Options).Parts.ShouldBe(1); // the group is not the whole pattern
        CuePattern.Of(@"(?<=\bwe\s)(met|saw)", Options).Parts.ShouldBe(1); // a look-behind opens no group of alternatives
        CuePattern.Of(@"(met|saw)?", Options).Parts.ShouldBe(1); // nor does a group the pattern goes on after

        string[] vocabulary = ["since", "ever", "2019", "we", "met", "baseless", "violated", "harassment", "un", ",", "."];
        MatchesAsWhole(named, new Regex(source, Options | RegexOptions.ExplicitCapture), vocabulary, words: 12, group: "since");
    }

    [Fact]
    public void a_cue_captures_only_its_named_groups_and_still_knows_the_words_it_needs()
    {
        // (unnamed groups, captured, would cost time and are never read: the automaton's capture pass is run only for named ones)
        var backtracking = CuePattern.Of(@"\b(met|saw)\s+(?<whom>\w+)|\bvisited\b", Options);
        var match = backtracking.Match("Yesterday we met Ann");
        match.Groups["whom"].Value.ShouldBe("Ann");
        match.Groups.Count.ShouldBe(2);
        CuePattern.Of(Many, Options, splitLookArounds: true).Match("we will continue").Groups.Count.ShouldBe(2); // the whole, and "own"
        backtracking.Needed.ShouldBe(["met", "saw", "visited"], ignoreOrder: true);
    }

    [Fact]
    public void every_cue_matches_real_and_made_up_sentences_exactly_as_its_one_regular_expression()
    {
        // a cue that backtracks, against the one expression; one the automaton reads, against the automaton with every group
        // captured (the automaton does not always end a match where backtracking would: "(\S+\s+){0,5}?" lazy is read
        // greedy, and so it was before cues ran one alternative at a time); one split apart has a test of its own above
        var patterns = Extractor.CuePatterns.Where(p => !p.Split).ToList();
        patterns.Count(p => p.Parts > 1).ShouldBeGreaterThan(10);
        patterns.Count(p => p.Screened).ShouldBeGreaterThan(30);
        var wholes = patterns.Select(p => new Regex(p.Source, Options | (p.Scans ? RegexOptions.NonBacktracking : RegexOptions.Compiled))).ToArray();
        var root = AppFixture.RepositoryRoot;
        var sentences = new[] { Path.Combine(root, "seeds", "documents"), Path.Combine(root, "tests", "heldout", "documents"), Path.Combine(root, "tests", "unseen", "documents") }
            .SelectMany(d => Directory.GetFiles(d, "*.txt").Order().Take(80)).SelectMany(f => Sentences.Split(File.ReadAllText(f))).Select(s => s.Text).ToList();
        string[] vocabulary = [.. sentences.SelectMany(s => s.Split(' ')).Distinct().Take(300), .. patterns.SelectMany(p => p.Needed ?? []),
            "has", "have", "been", "by", "the", "to", "that", "of", "not", "will", "would", "said", "we", "It", "Kazakhstan", ",", "."];
        var matched = 0;
        bool Alike(string text)
        {
            for (var k = 0; k < patterns.Count; k++)
                for (var (expected, actual) = (wholes[k].Match(text), patterns[k].Match(text)); expected.Success || actual.Success;
                     (expected, actual) = (wholes[k].Match(text, expected.Index + Math.Max(1, expected.Length)), patterns[k].Match(text, actual.Index + Math.Max(1, actual.Length))))
                {
                    matched++;
                    if (expected.Success != actual.Success || expected.Index != actual.Index || expected.Length != actual.Length) return false;
                    if (wholes[k].GetGroupNames().Where(g => !char.IsDigit(g[0])).Any(g => expected.Groups[g].Success != actual.Groups[g].Success || expected.Groups[g].Value != actual.Groups[g].Value)) return false;
                }

            return true;
        }

        sentences.Where(s => !Alike(s)).ShouldBeEmpty();
        matched.ShouldBeGreaterThan(sentences.Count / 10);
        var words = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        Gen.Select(words.Array[1, 14], Gen.Bool).Sample((chosen, upper) =>
        {
            var text = string.Join(' ', chosen);
            return Alike(upper ? text.ToUpperInvariant() : text);
        }, iter: 1000);
    }

    [Fact]
    public void every_cue_of_many_alternatives_runs_those_a_sentence_has_the_words_for_and_only_more_than_a_screen_tells_apart_are_read_by_the_automaton()
    {
        var big = Extractor.CuePatterns.Where(c => c.Source.Count(ch => ch == '|') >= 40).ToList();

        big.Count(c => c.Parts >= 3).ShouldBeGreaterThan(10);
        big.Where(c => c.Parts >= 3).ShouldAllBe(c => c.Screened && !c.Scans && c.PartsNeeded!.Count == c.Parts);
        var many = CuePattern.Of(string.Join('|', Enumerable.Range(0, CueScreen.Capacity + 1).Select(i => $@"\bterm{i}\b")), Options);
        many.Scans.ShouldBeTrue();
        many.PartsNeeded.ShouldBeNull();
        many.Match("and term128 too").Value.ShouldBe("term128");
        CuePattern.Of(string.Join('|', Enumerable.Range(0, CueScreen.Capacity).Select(i => $@"\bterm{i}\b")), Options).Screened.ShouldBeTrue();
    }
}
