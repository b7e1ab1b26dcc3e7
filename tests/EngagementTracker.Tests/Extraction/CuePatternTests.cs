using System.Text.RegularExpressions;
using CsCheck;
using EngagementTracker.Extraction.Proposing;

namespace EngagementTracker.Tests.Extraction;

public class CuePatternTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // forty-odd plain alternatives, two that look around, and after them a plain one that can start where they start ("we")
    private static readonly string Many = string.Join('|', Enumerable.Range(0, 45).Select(i => $@"\bterm{i}\b")
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
        var words = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        Gen.Select(words.Array[0, 30], Gen.Int[0, 200]).Sample((chosen, from) =>
        {
            var text = string.Join(' ', chosen);
            var start = Math.Min(from, text.Length);
            var (expected, actual) = (whole.Match(text, start), split.Match(text, start));
            return expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length
                   && expected.Groups["own"].Success == actual.Groups["own"].Success
                   && split.IsMatch(text) == whole.IsMatch(text);
        }, iter: 2000);
    }

    [Fact]
    public void every_cue_of_many_alternatives_that_does_not_look_around_is_read_by_the_automaton()
    {
        // (an alternative too many can take a pattern past the automaton engine's size limit, and it then backtracks, silently and a
        // fifth slower: "offer(s|ed) (its|…|my|our) (\w+’s )?…" did so to the pledges' cue)
        var big = Extractor.CuePatterns.Where(c => c.Source.Count(ch => ch == '|') >= 40 && !CuePattern.LooksAround(c.Source)).ToList();

        big.ShouldNotBeEmpty();
        big.ShouldAllBe(c => c.Scans);
        Extractor.CuePatterns.Where(c => c.Split).ShouldAllBe(c => c.Scans);
    }
}
