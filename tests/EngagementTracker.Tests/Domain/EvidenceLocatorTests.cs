using EngagementTracker.Core;

namespace EngagementTracker.Tests.Domain;

public class EvidenceLocatorTests
{
    [Fact]
    public void finds_a_quote_across_a_pdf_line_break_and_keeps_the_text_as_it_stands()
    {
        const string text = "At the OSCE Madrid Ministerial Meeting in November \n2007, which designated";

        var evidence = EvidenceLocator.Locate("doc", text, "Madrid Ministerial Meeting in November 2007")!;

        evidence.Start.ShouldBe(12);
        evidence.Quote.ShouldBe("Madrid Ministerial Meeting in November \n2007");
        text.Substring(evidence.Start, evidence.Length).ShouldBe(evidence.Quote);
    }

    [Fact]
    public void joins_a_word_the_pdf_hyphenated_at_a_line_end()
    {
        const string text = "putting the OSCE’s election-\nmonitoring body under the control";

        var evidence = EvidenceLocator.Locate("doc", text, "OSCE’s election-monitoring body")!;

        evidence.Quote.ShouldBe("OSCE’s election-\nmonitoring body");
    }

    [Fact]
    public void finds_a_quote_that_keeps_a_hyphenated_line_break_in_a_text_read_with_the_word_whole()
    {
        const string text = "and to let the Office for Democratic Institutions and Human Rights observe trials";

        var evidence = EvidenceLocator.Locate("doc", text, "to let the Of-\nfice for Democratic Institutions")!;

        evidence.Quote.ShouldBe("to let the Office for Democratic Institutions");
        EvidenceLocator.Locate("doc", text, "to let the Of- fice for").ShouldBeNull();
    }

    [Fact]
    public void takes_the_first_of_a_passage_printed_twice()
    {
        const string text = "He urged Kazakhstan. Later: He urged Kazakhstan.";

        EvidenceLocator.Locate("doc", text, "He urged Kazakhstan")!.Start.ShouldBe(0);
    }

    [Theory]
    [InlineData("He urged Kazakstan")]
    [InlineData("Heurged Kazakhstan")]
    [InlineData("   ")]
    public void finds_nothing_when_the_words_differ(string quote) =>
        EvidenceLocator.Locate("doc", "He urged Kazakhstan to act.", quote).ShouldBeNull();
}
