using CsCheck;
using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Ingestion;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Extraction;

public class ExtractorTests
{
    private static readonly Lazy<Extractor> Seeded = new(() =>
    {
        var documents = Path.Combine(AppFixture.SeedsFolder, "documents");
        var texts = Directory.GetFiles(documents, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        var actors = ActorCatalogue.Read("actors.json", File.ReadAllText(Path.Combine(AppFixture.SeedsFolder, "actors.json")), texts.GetValueOrDefault)
            .Select(e => e.Missing(null, "test").Aggregate((Actor?)null, (a, ev) => Actor.Evolve(a, ev, default))!)
            .ToList();
        return new Extractor(new Mentions(actors));
    });

    private static List<EventDraft> Propose(string text, string published = "2024-06-25") =>
        Seeded.Value.Propose("doc", text, PartialDate.Parse(published)).Select(p => p.Draft).ToList();

    [Fact]
    public void each_official_met_is_a_separate_meeting_with_the_evidence_span()
    {
        const string text = "ASTANA, 25 June 2024 — Minister Borg met with President Kassym-Jomart Tokayev and Foreign Minister Murat Nurtleu.";

        var meetings = Propose(text).Where(p => p.Kind == EventKind.Meeting).ToList();

        meetings.Select(m => m.Counterparts.Single().Id).ShouldBe(["kassym-jomart-tokayev", "murat-nurtleu"], ignoreOrder: true);
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "ian-borg" && m.Place == "ASTANA" && m.Occurred.Text == "2024-06-25");
        meetings.ShouldAllBe(m => text.Substring(m.Source.Start, m.Source.Length) == m.Source.Quote);
        Seeded.Value.Propose("doc", text, PartialDate.Parse("2024-06-25")).Where(p => p.Draft.Kind == EventKind.Meeting).ShouldAllBe(p => p.Rule.Contains("cue:met-with"));
    }

    [Theory]
    [InlineData("Minister Borg will visit Kazakhstan next week.")]
    [InlineData("Minister Borg is expected to meet President Tokayev in Astana.")]
    [InlineData("Minister Borg plans to visit Kazakhstan in July.")]
    [InlineData("Minister Borg did not meet President Tokayev.")]
    public void announcements_and_negations_are_not_reported_as_happened(string text) =>
        Propose(text).ShouldNotContain(p => p.Kind == EventKind.Meeting || p.Kind == EventKind.Visit);

    [Fact]
    public void background_history_is_dated_to_when_it_happened_not_to_publication()
    {
        var proposals = Propose("At the OSCE Madrid Ministerial Meeting in November 2007, Kazakhstan committed itself to reform its media law.", "2009-11-19");

        var commitment = proposals.Single(p => p.Kind == EventKind.CommitmentMade);
        commitment.Occurred.Text.ShouldBe("2007-11");
        commitment.Actors.Select(a => a.Id).ShouldContain("kazakhstan");
        commitment.Commitment!.ShouldStartWith("reform its media law");
    }

    [Fact]
    public void a_title_alone_resolves_to_whoever_held_it_on_the_documents_date()
    {
        var in2006 = Propose("The Chairman-in-Office welcomed the establishment of the State Commission by Kazakhstan.", "2006-03-27");
        in2006.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("karel-de-gucht");
    }

    [Fact]
    public void never_throws_and_every_span_lies_inside_the_document()
    {
        string[] vocabulary = ["met", "with", "Minister", "Borg", "Tokayev", "visit", "to", "Kazakhstan", "will", "not", "committed", "urged", "in", "2009",
            "November", "the", "Chair-in-Office", ".", ",", "\n", "\n\n", "•", "He", "ODIHR", "commended", "fell", "short"];
        var words = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        Gen.Select(Gen.String, words.Array[0, 60]).Sample((noise, chosen) =>
        {
            var text = string.Join(' ', chosen) + noise;
            foreach (var p in Seeded.Value.Propose("doc", text, null))
            {
                var source = p.Draft.Source;
                (source.Start >= 0 && source.End <= text.Length).ShouldBeTrue();
                text.Substring(source.Start, source.Length).ShouldBe(source.Quote);
                p.Confidence.ShouldBeInRange(0, 1);
            }
        }, iter: 3000);
    }
}

public class EvaluationTests
{
    private static readonly ActorRef A = new("a", "A", ActorKind.Official);
    private static readonly ActorRef B = new("b", "B", ActorKind.Official);

    private static ProposedEvent P(EventKind kind, int start, int length, string date, params ActorRef[] who) =>
        new(new EventDraft(kind, PartialDate.Parse(date), [who[0]], who.Skip(1).ToList(), null, null, null, null, null, new Evidence("d", "q", start, length)), 0.5, "test");

    [Fact]
    public void matching_is_one_to_one_by_kind_overlapping_evidence_and_a_shared_actor()
    {
        var gold = new[]
        {
            new GoldEvent("d", EventKind.Meeting, 0, 20, new HashSet<string> { "a", "b" }, PartialDate.Parse("2019-05-07")),
            new GoldEvent("d", EventKind.Meeting, 30, 50, new HashSet<string> { "a", "b" }, PartialDate.Parse("2019-05")),
        };
        var proposed = new[]
        {
            P(EventKind.Meeting, 5, 10, "2019-05-07", A, B),      // matches the first: same participants, same date
            P(EventKind.Meeting, 6, 10, "2019-05-07", A, B),      // would match the first too, but it is taken: a false positive
            P(EventKind.Visit, 30, 10, "2019-05", A, B),          // wrong kind
            P(EventKind.Meeting, 35, 5, "2019-05-07", A),         // matches the second: shares A; date compatible, not exact
        };

        var result = Evaluation.Score(gold, proposed);

        var meeting = result.Kinds.Single(k => k.Kind == "meeting");
        (meeting.Gold, meeting.Proposed, meeting.Matched).ShouldBe((2, 3, 2));
        meeting.Precision.ShouldBe(2.0 / 3, 1e-9);
        meeting.Recall.ShouldBe(1.0);
        result.Overall.F1.ShouldBe(2 * 0.5 * 1.0 / 1.5, 1e-9);
        result.ActorAccuracy.ShouldBe(0.5);
        result.DateAccuracy.ShouldBe(0.5);
        result.DateCompatible.ShouldBe(1.0);
    }
}

public class EvalCommandTests
{
    [Fact]
    public void eval_runs_on_a_folder_other_than_the_seeds_with_the_seed_actor_file()
    {
        var heldout = Path.Combine(AppFixture.RepositoryRoot, "tests", "heldout", "documents");
        var log = new StringWriter();

        var result = EngagementTracker.Extraction.EvalCommand.Run(heldout, heldout, Path.Combine(AppFixture.SeedsFolder, "actors.json"), log);

        result.Overall.Gold.ShouldBe(13);
        result.Overall.Proposed.ShouldBeGreaterThan(0);
        log.ToString().ShouldContain("h02_amnesty_statement: 5 reviewed");
        result.Overall.F1.ShouldBeInRange(0, 1);
    }
}
