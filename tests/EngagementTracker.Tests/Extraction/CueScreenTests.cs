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
        // options that change no literal text are read; one that makes the pattern's spaces no text is not
        RequiredText.Of(new Regex(@"^\s*praised\b", RegexOptions.Multiline | RegexOptions.RightToLeft)).ShouldBe(["praised"]);
        RequiredText.Of(new Regex("prai sed", RegexOptions.IgnorePatternWhitespace)).ShouldBeNull();
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
    public void one_reading_of_a_text_tells_of_any_range_of_the_patterns_as_a_screen_of_those_alone_would()
    {
        // (200 patterns: more than one number's bits; a string two patterns share is read once for both)
        IReadOnlyList<string>?[] needs = [.. Enumerable.Range(0, 200).Select(k => k % 50 == 7 ? null : (IReadOnlyList<string>)[$"w{k % 150}x", k % 3 == 0 ? "shared" : $"v{k}"])];
        var screen = new CueScreen(needs);
        screen.Count.ShouldBe(200);
        var reading = screen.Read("w3x and W160X but not w151 and SHARED");
        // patterns 3 and 153 need "w3x", every third needs "shared", 7, 57, 107 and 157 are not known
        var possible = Enumerable.Range(0, 200).Where(k => k % 150 == 3 || k % 3 == 0 || k % 50 == 7).ToHashSet();
        foreach (var (first, count) in new[] { (0, 128), (100, 100), (150, 10), (199, 1) })
        {
            var part = new CueScreen(needs.Skip(first).Take(count).ToList());
            var bits = screen.Possible(reading, first, count);
            bits.ShouldBe(part.Possible("w3x and W160X but not w151 and SHARED"));
            Enumerable.Range(0, count).Where(k => (bits & (UInt128.One << k)) != 0).Select(k => first + k).ShouldBe(possible.Where(k => k >= first && k < first + count).Order());
        }

        Should.Throw<ArgumentOutOfRangeException>(() => screen.Possible(reading, 0, 129));
        // a text the screen cannot tell (a Kelvin sign) leaves every pattern possible
        screen.Possible(screen.Read("\u212A"), 72, 128).ShouldBe(UInt128.MaxValue);
        screen.Possible(screen.Read("\u212A"), 190, 10).ShouldBe((UInt128.One << 10) - 1);
    }

    [Fact]
    public void a_cue_whose_alternatives_are_told_by_a_shared_reading_matches_as_it_does_screening_them_itself()
    {
        // as the extractor screens a sentence: the cues' needs, then each screened cue's alternatives', in one screen
        var patterns = Extractor.CuePatterns;
        patterns.Count(p => p.PartsNeeded is not null).ShouldBeGreaterThan(10);
        var at = new List<int>();
        foreach (var p in patterns) at.Add(p.PartsNeeded is null ? -1 : patterns.Count + patterns.Take(at.Count).Sum(q => q.PartsNeeded?.Count ?? 0));
        var screen = new CueScreen([.. patterns.Select(p => p.Needed), .. patterns.SelectMany(p => p.PartsNeeded ?? [])]);
        var root = AppFixture.RepositoryRoot;
        var sentences = new[] { Path.Combine(root, "seeds", "documents"), Path.Combine(root, "tests", "heldout", "documents") }
            .SelectMany(d => Directory.GetFiles(d, "*.txt")).SelectMany(f => Sentences.Split(File.ReadAllText(f))).Select(s => s.Text).ToList();
        var (compared, matched) = (0, 0);
        foreach (var text in sentences)
        {
            var reading = screen.Read(text);
            for (var k = 0; k < patterns.Count; k++)
            {
                if (at[k] < 0) continue;
                var parts = screen.Possible(reading, at[k], patterns[k].PartsNeeded!.Count);
                for (var start = 0; start < text.Length; start += 40)
                {
                    var (own, shared) = (patterns[k].Match(text, start), patterns[k].Match(text, start, parts));
                    compared++;
                    if (own.Success) matched++;
                    (shared.Success, shared.Index, shared.Length).ShouldBe((own.Success, own.Index, own.Length), $"{patterns[k].Source[..Math.Min(60, patterns[k].Source.Length)]} in \"{text}\" from {start}");
                }
            }
        }

        compared.ShouldBeGreaterThan(10_000);
        matched.ShouldBeGreaterThan(100);
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
        RulesOutOnlyWhatCannotMatch(["seeds/documents", "tests/heldout/documents"], patterns.SelectMany(p => p.Needed ?? []), ["TO", "\u212A"],
            text =>
            {
                var possible = screen.Possible(text);
                return regexes.Where((_, k) => (possible & (UInt128.One << k)) == 0);
            });
    }

    [Fact]
    public void an_expression_the_screen_rules_out_of_a_sentence_never_matches_it()
    {
        var checks = Extractor.ScreenedChecks;
        checks.Count(c => RequiredText.Of(c) is not null).ShouldBe(checks.Count); // each has strings for the screen to look for

        // the seeds', held-out and unseen documents' sentences, and sentences made of their words and of the strings the checks need
        RulesOutOnlyWhatCannotMatch(["seeds/documents", "tests/heldout/documents", "tests/unseen/documents"], checks.SelectMany(c => RequiredText.Of(c) ?? []),
            ["said", "today", "\u212A", ",", ";", "“", "”"], text => checks.Where(c => !Extractor.ScreenAllows(c, text)));
    }

    /// <summary>
    /// That no expression a screen rules out of a text matches it: the sentences of the folders' documents, and 3,000 texts made of
    /// their words, of the strings the expressions need and of a few more (some upper-cased); and that most sentences had some ruled
    /// out (more than there are sentences), so that the check ran on many.
    /// </summary>
    private static void RulesOutOnlyWhatCannotMatch(string[] folders, IEnumerable<string> needed, string[] more, Func<string, IEnumerable<Regex>> ruledOut)
    {
        var sentences = folders.Select(f => Path.Combine(AppFixture.RepositoryRoot, f)).SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .SelectMany(f => Sentences.Split(File.ReadAllText(f))).Select(s => s.Text).ToList();
        string[] vocabulary = [.. sentences.SelectMany(s => s.Split(' ')).Distinct().Take(400), .. needed,
            "has", "have", "been", "by", "the", "to", "that", "of", "not", "will", "Kazakhstan", .. more];
        var count = 0;
        bool Agrees(string text)
        {
            foreach (var expression in ruledOut(text))
            {
                count++;
                if (expression.IsMatch(text)) return false;
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
        count.ShouldBeGreaterThan(sentences.Count);
    }
}
