using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;

namespace EngagementTracker.Tests.Domain;

/// <summary>Given these events, seen from this vantage, the commitment stands so.</summary>
public class CommitmentTests
{
    private static readonly ActorRef Kazakhstan = new("kazakhstan", "Kazakhstan", ActorKind.ParticipatingState);
    private static readonly ActorRef Brief = new("csis-ind-task-force", "CSIS-IND Task Force", ActorKind.Organisation);
    private static readonly ActorRef CivilSociety = new("kazakhstani-civil-society", "Kazakhstani civil society", ActorKind.CivilSociety);
    private static readonly DateTimeOffset Recorded = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private const string Id = "commitment:reforms";

    private static CommitmentMade Made(string occurred, string document, string? deadline = "2008-12-31") =>
        new(Id, "reforms", [Kazakhstan], [], "Madrid", "Democratization", PartialDate.Parse(occurred), deadline is null ? null : PartialDate.Parse(deadline), new Evidence(document, "q", 0, 1));

    private static CommitmentAssessed Assessed(AssessmentStatus status, string occurred, ActorRef by, string document) =>
        new(Id, "reforms", status, [by], [Kazakhstan], PartialDate.Parse(occurred), new Evidence(document, "q", 5, 1));

    private static Commitment Given(params object[] events) =>
        events.Aggregate((Commitment?)null, (c, e) => Commitment.Evolve(c, e, Recorded))!;

    private static CommitmentStanding On(Commitment c, string? asOf = null, DateTimeOffset? knownAt = null) =>
        CommitmentStanding.On(c, new Vantage(asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), knownAt), Today)!;

    [Fact]
    public void made_and_never_assessed_is_open()
    {
        var commitment = Given(Made("2007-11", "brief", deadline: null));

        On(commitment).Status.ShouldBe(AssessmentStatus.Open);
        commitment.Status.ShouldBe(AssessmentStatus.Open);
        On(commitment).Overdue.ShouldBeFalse();
    }

    [Fact]
    public void the_latest_assessment_by_occurrence_sets_the_status_whatever_the_order_recorded()
    {
        var commitment = Given(
            Made("2007-11", "brief"),
            Assessed(AssessmentStatus.Unmet, "2010-04", CivilSociety, "blog"),
            Assessed(AssessmentStatus.PartiallyMet, "2009-11-19", Brief, "brief"));

        var standing = On(commitment);
        standing.Status.ShouldBe(AssessmentStatus.Unmet);
        standing.Contested.ShouldBeFalse();
        standing.Trail.Count.ShouldBe(2);
        commitment.Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void sources_that_disagree_over_the_same_time_are_kept_side_by_side()
    {
        var commitment = Given(
            Made("2007-11", "brief"),
            Made("2008", "blog"),
            Assessed(AssessmentStatus.PartiallyMet, "2010-04", Brief, "brief"),
            Assessed(AssessmentStatus.Unmet, "2010-04", CivilSociety, "blog"));

        var standing = On(commitment);
        standing.Contested.ShouldBeTrue();
        standing.Current.Select(a => a.Status).ShouldBe([AssessmentStatus.PartiallyMet, AssessmentStatus.Unmet], ignoreOrder: true);
        standing.DatesDisagree.ShouldBeTrue();
        standing.Claims.Select(c => c.Occurred.Text).ShouldBe(["2007-11", "2008"]);
    }

    [Fact]
    public void as_of_a_date_an_assessment_whose_month_straddles_it_is_uncertain_and_does_not_set_the_status()
    {
        var commitment = Given(
            Made("2007-11", "brief"),
            Assessed(AssessmentStatus.PartiallyMet, "2009-11-19", Brief, "brief"),
            Assessed(AssessmentStatus.Unmet, "2010-04", CivilSociety, "blog"));

        var standing = On(commitment, "2010-04-10");

        standing.Status.ShouldBe(AssessmentStatus.PartiallyMet);
        standing.UncertainAssessments.ShouldHaveSingleItem().Status.ShouldBe(AssessmentStatus.Unmet);
        On(commitment, "2010-04-30").Status.ShouldBe(AssessmentStatus.Unmet);
        On(commitment, "2010-03-31").UncertainAssessments.ShouldBeEmpty();
    }

    [Fact]
    public void before_it_was_made_it_does_not_exist_and_while_its_making_is_uncertain_it_says_so()
    {
        var commitment = Given(Made("2007-11", "brief"));

        CommitmentStanding.On(commitment, new Vantage(new DateOnly(2007, 10, 31), null), Today).ShouldBeNull();
        On(commitment, "2007-11-15").Uncertain.ShouldBeTrue();
        On(commitment, "2007-11-30").Uncertain.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2008-12-31", false)]
    [InlineData("2009-01-01", true)]
    [InlineData("2010-04-10", true)]
    public void it_is_overdue_after_its_deadline_while_not_met(string asOf, bool overdue) =>
        On(Given(Made("2007-11", "brief"), Assessed(AssessmentStatus.PartiallyMet, "2009-11-19", Brief, "brief")), asOf).Overdue.ShouldBe(overdue);

    [Fact]
    public void a_met_commitment_is_not_overdue()
    {
        var commitment = Given(Made("2007-11", "brief"), Assessed(AssessmentStatus.Met, "2008-06", Brief, "brief"));

        On(commitment, "2010-01-01").Overdue.ShouldBeFalse();
        On(commitment).Overdue.ShouldBeFalse();
    }

    [Fact]
    public void known_at_an_instant_before_a_source_was_recorded_it_is_left_out()
    {
        var commitment = Given(Made("2007-11", "brief"), Assessed(AssessmentStatus.PartiallyMet, "2009-11-19", Brief, "brief"));

        On(commitment, knownAt: Recorded).Trail.Count.ShouldBe(1);
        CommitmentStanding.On(commitment, new Vantage(null, Recorded.AddTicks(-10)), Today).ShouldBeNull();
    }
}
