using EngagementTracker.Actors;
using EngagementTracker.Core;

namespace EngagementTracker.Tests.Domain;

public class NamesTests
{
    [Theory]
    [InlineData("Ingibjörg Sólrún Gísladóttir", "ingibjorg solrun gisladottir")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Kassym-Jomart Tokayev", "kassym jomart tokayev")]
    [InlineData("  Open Society Institute–Brussels ", "open society institute brussels")]
    [InlineData("Kazakhstan’s", "kazakhstans")]
    [InlineData("Knut Vollebæk", "knut vollebaek")]
    public void folds_case_diacritics_and_punctuation(string name, string folded) => Names.Fold(name).ShouldBe(folded);

    [Fact]
    public void half_of_a_character_written_as_two_folds_as_a_space_instead_of_failing()
    {
        // (a text cut at a length may end inside a flag: "🇨🇭" is two characters of two halves each)
        Names.Fold("Kazakhstan 🇰🇿🤝\uD83C").ShouldBe("kazakhstan");
        Names.Fold("Astana \uDDF0 Cassis").ShouldBe("astana cassis");
        Names.Fold("Astana 🇰🇿 Cassis").ShouldBe("astana cassis");
    }

    [Fact]
    public void a_directory_resolves_every_alias_to_one_actor_and_refuses_ambiguity()
    {
        var tokayev = new Actor { Id = "kassym-jomart-tokayev", Name = "Kassym-Jomart Tokayev", Aliases = ["Kassymzhomart Tokaev", "Tokaev"] };
        var other = new Actor { Id = "someone-else", Name = "Someone Else", Aliases = ["Tokaev"] };

        new ActorDirectory([tokayev]).Resolve("KASSYMZHOMART TOKAEV")!.Id.ShouldBe(tokayev.Id);
        var both = new ActorDirectory([tokayev, other]);
        both.Resolve("Tokaev").ShouldBeNull();
        both.Candidates("Tokaev").ShouldBe(["kassym-jomart-tokayev", "someone-else"]);
        both.Resolve("Kassym Jomart Tokayev")!.Id.ShouldBe(tokayev.Id);
    }

    [Fact]
    public void a_name_with_a_middle_initial_the_directory_lacks_is_the_name_without_it()
    {
        var sinirlioglu = new Actor { Id = "feridun-sinirlioglu", Name = "Feridun Sinirlioğlu" };
        var directory = new ActorDirectory([sinirlioglu]);

        directory.Resolve("Feridun H. Sinirlioğlu")!.Id.ShouldBe(sinirlioglu.Id);
        directory.Resolve("FERIDUN H SINIRLIOGLU")!.Id.ShouldBe(sinirlioglu.Id);
        // (an initial is not a word of the name: a different middle name, or a first name alone, is someone else)
        directory.Resolve("Feridun Hadi Sinirlioğlu").ShouldBeNull();
        directory.Resolve("H. Sinirlioğlu").ShouldBeNull();
    }

    [Fact]
    public void the_role_at_the_time_is_the_one_whose_span_covers_the_date()
    {
        var roles = new[]
        {
            new RoleHeld("t", "Foreign Minister", "Kazakhstan", PartialDate.Parse("2002-06"), PartialDate.Parse("2007-01"), "test", null),
            new RoleHeld("t", "President", "Kazakhstan", PartialDate.Parse("2019-03"), null, "test", null),
        };

        Roles.HeldOn(roles, PartialDate.Parse("2006-03-27")).ShouldBe(["Foreign Minister of Kazakhstan"]);
        Roles.HeldOn(roles, PartialDate.Parse("2024-06")).ShouldBe(["President of Kazakhstan"]);
        Roles.HeldOn(roles, PartialDate.Parse("2010")).ShouldBeEmpty();
    }
}
