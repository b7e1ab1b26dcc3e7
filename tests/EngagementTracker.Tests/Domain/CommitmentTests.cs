using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;

namespace EngagementTracker.Tests.Domain;

/// <summary>Given these events, the commitment stands so.</summary>
public class CommitmentTests
{
    private static readonly ActorRef Kazakhstan = new("kazakhstan", "Kazakhstan", ActorKind.ParticipatingState);
    private static readonly ActorRef Brief = new("csis-ind-task-force", "CSIS-IND Task Force", ActorKind.Organisation);
    private static readonly ActorRef CivilSociety = new("kazakhstani-civil-society", "Kazakhstani civil society", ActorKind.CivilSociety);
    private const string Id = "commitment:reforms";

    private static CommitmentMade Made(string occurred, string document) =>
        new(Id, "reforms", [Kazakhstan], [], "Madrid", "Democratization", PartialDate.Parse(occurred), PartialDate.Parse("2008-12-31"), new Evidence(document, "q", 0, 1));

    private static CommitmentAssessed Assessed(AssessmentStatus status, string occurred, ActorRef by, string document) =>
        new(Id, "reforms", status, [by], [Kazakhstan], PartialDate.Parse(occurred), new Evidence(document, "q", 5, 1));

    private static Commitment Given(params object[] events) => events.Aggregate((Commitment?)null, Commitment.Evolve)!;

    [Fact]
    public void made_and_never_assessed_is_open()
    {
        var commitment = Given(Made("2007-11", "brief"));

        CommitmentStanding.Of(commitment).Status.ShouldBe(AssessmentStatus.Open);
        commitment.Status.ShouldBe(AssessmentStatus.Open);
    }

    [Fact]
    public void the_latest_assessment_by_occurrence_sets_the_status_whatever_the_order_recorded()
    {
        var commitment = Given(
            Made("2007-11", "brief"),
            Assessed(AssessmentStatus.Unmet, "2010-04", CivilSociety, "blog"),
            Assessed(AssessmentStatus.PartiallyMet, "2009-11-19", Brief, "brief"));

        var standing = CommitmentStanding.Of(commitment);
        standing.Status.ShouldBe(AssessmentStatus.Unmet);
        standing.Contested.ShouldBeFalse();
        commitment.Assessments.Count.ShouldBe(2);
    }

    [Fact]
    public void sources_that_disagree_over_the_same_time_are_kept_side_by_side()
    {
        var commitment = Given(
            Made("2007-11", "brief"),
            Made("2008", "blog"),
            Assessed(AssessmentStatus.PartiallyMet, "2010-04", Brief, "brief"),
            Assessed(AssessmentStatus.Unmet, "2010-04", CivilSociety, "blog"));

        var standing = CommitmentStanding.Of(commitment);
        standing.Contested.ShouldBeTrue();
        standing.Current.Select(a => a.Status).ShouldBe([AssessmentStatus.PartiallyMet, AssessmentStatus.Unmet], ignoreOrder: true);
        standing.DatesDisagree.ShouldBeTrue();
        commitment.Claims.Select(c => c.Occurred.Text).ShouldBe(["2007-11", "2008"]);
    }
}
