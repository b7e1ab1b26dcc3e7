using System.Text.RegularExpressions;
using CsCheck;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Extraction;

public class CueScreenTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void the_text_a_pattern_needs_is_read_from_its_alternatives_and_nothing_is_claimed_where_an_alternative_needs_none()
    {
        RequiredText.Of(@"\bcommend(ed|s|ing)?\b|\bprais(ed|es)\b").ShouldBe(["commend", "prais"]);
        // a look-around needs nothing of the match; "fail" covers "failed" and "failure"
        RequiredText.Of(@"\bwelcom(ed|es)\b(?!\s+Mr)|\b(fails?|failed|failure)\s+to\s+(meet|deliver)\b").ShouldBe(["fail", "welcom"]);
        // the longest of a sequence's requirements: "call" over "on|upon|for"
        RequiredText.Of(@"\bcall(s|ed)?\s+(on|upon|for)\b").ShouldBe(["call"]);
        // an escaped mark is itself
        RequiredText.Of(@"\bH\.E\.").ShouldBe(["H.E."]);
        // letters after a class are needed as much as any
        RequiredText.Of(@"\bpraised\b|\w+ly\b").ShouldBe(["ly", "praised"]);
        // an alternative that can match without any given text, an optional one, a back-reference, a stray quantifier: nothing claimed
        RequiredText.Of(@"\bpraised\b|\b\w+\s+\d+\b").ShouldBeNull();
        RequiredText.Of(@"(praised)?").ShouldBeNull();
        RequiredText.Of(@"(\w+)\s+\1").ShouldBeNull();
        RequiredText.Of(@"*praised").ShouldBeNull();
        RequiredText.Of(@"(?i)praised").ShouldBeNull();
    }

    [Fact]
    public void the_screen_finds_each_patterns_strings_ignoring_case_and_keeps_possible_what_it_cannot_tell()
    {
        var screen = new CueScreen([["commend", "prais"], ["fail"], null]);

        screen.Possible("The Minister PRAISED the reforms").ShouldBe(0b101UL);
        screen.Possible("They failed to meet and were commended").ShouldBe(0b111UL);
        screen.Possible("Nothing here").ShouldBe(0b100UL);
        // overlapping strings: "commend" inside "recommended", a string starting inside another's partial match
        screen.Possible("It was recommended").ShouldBe(0b101UL);
        screen.Possible("ccommend").ShouldBe(0b101UL);
        // the Kelvin sign is a "k" to a pattern ignoring case: a text with one is not screened
        screen.Possible("\u212A").ShouldBe(UInt128.MaxValue);
    }

    [Fact]
    public void the_calls_a_criticism_may_go_on_to_are_screened_by_the_strings_read_from_their_own_patterns() =>
        // (those strings are checked against each pattern by the property test below)
        Extractor.CallsScreened.ShouldBeTrue();

    [Fact]
    public void a_cue_the_screen_rules_out_of_a_sentence_never_matches_it()
    {
        var patterns = Extractor.CuePatterns;
        var screen = new CueScreen([.. patterns.Select(p => p.Needed)]);
        var regexes = patterns.Select(p => new Regex(p.Source, Options)).ToArray();
        patterns.Count(p => p.Needed is not null).ShouldBeGreaterThan(patterns.Count / 2); // the screen has something to do

        // the seeds' and the held-out documents' sentences, and sentences made of their words and of the strings the cues need
        var root = AppFixture.RepositoryRoot;
        var sentences = new[] { Path.Combine(root, "seeds", "documents"), Path.Combine(root, "tests", "heldout", "documents") }
            .SelectMany(d => Directory.GetFiles(d, "*.txt")).SelectMany(f => Sentences.Split(File.ReadAllText(f))).Select(s => s.Text).ToList();
        string[] vocabulary = [.. sentences.SelectMany(s => s.Split(' ')).Distinct().Take(400), .. patterns.SelectMany(p => p.Needed ?? []),
            "has", "have", "been", "by", "the", "to", "that", "of", "not", "will", "TO", "Kazakhstan", "\u212A"];
        var ruledOut = 0;
        bool Agrees(string text)
        {
            var possible = screen.Possible(text);
            for (var k = 0; k < regexes.Length; k++)
            {
                if ((possible & (UInt128.One << k)) != 0) continue;
                ruledOut++;
                if (regexes[k].IsMatch(text)) return false;
            }

            return true;
        }

        sentences.Where(s => !Agrees(s)).ShouldBeEmpty();
        var words = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        Gen.Select(words.Array[1, 12], Gen.Bool).Sample((chosen, upper) =>
        {
            var text = string.Join(' ', chosen);
            return Agrees(upper ? text.ToUpperInvariant() : text);
        }, iter: 3000);
        ruledOut.ShouldBeGreaterThan(sentences.Count); // most sentences lack most cues: the check ran on many
    }
}
