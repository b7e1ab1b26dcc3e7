using EngagementTracker.Actors;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Ingestion;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Seeds;

/// <summary>The reviewed seed annotations are valid: every quote is in its document, every field well formed, every name known.</summary>
public class when_reading_the_seed_annotations
{
    private static readonly string Documents = Path.Combine(AppFixture.SeedsFolder, "documents");

    public static TheoryData<string> Scripts() =>
        new(Directory.GetFiles(Documents, SeedFolder.ScriptPattern).Select(Path.GetFileName).Order()!);

    private static Dictionary<string, string> Texts() =>
        Directory.GetFiles(Documents, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);

    [Fact]
    public void the_five_seed_documents_are_there_unchanged_each_with_a_script()
    {
        var shared = Path.Combine(AppFixture.RepositoryRoot, "..", "shared", "seeds");
        var texts = Texts();
        texts.Count.ShouldBe(5);
        Directory.GetFiles(Documents, SeedFolder.ScriptPattern).Length.ShouldBe(5);
        if (Directory.Exists(shared))
        {
            foreach (var original in Directory.GetFiles(shared, "*.txt"))
                texts[Path.GetFileNameWithoutExtension(original)].ShouldBe(File.ReadAllText(original));
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void every_quote_is_in_its_document_and_every_field_is_valid(string file)
    {
        var json = File.ReadAllText(Path.Combine(Documents, file));
        var header = EventScript.ReadHeader(file, json);
        var documentId = SourceDocument.IdFor(header.File);
        var text = File.ReadAllText(Path.Combine(AppFixture.SeedsFolder, header.File));

        var script = EventScript.Read(file, json, documentId, text);

        script.Events.ShouldNotBeEmpty();
        foreach (var e in script.Events)
        {
            text.Substring(e.Evidence.Start, e.Evidence.Length).ShouldBe(e.Evidence.Quote);
            e.Occurred.Earliest.ShouldBeLessThanOrEqualTo(header.Published?.Latest ?? DateOnly.MaxValue, $"events[{e.Index}] starts after its document was published");
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void every_name_resolves_to_one_actor_of_the_actor_file(string file)
    {
        var texts = Texts();
        var catalogue = ActorCatalogue.Read("actors.json", File.ReadAllText(Path.Combine(AppFixture.SeedsFolder, "actors.json")), texts.GetValueOrDefault);
        var actors = catalogue.Select(entry => entry.Missing(null, "actors.json").Aggregate((Actor?)null, (a, e) => Actor.Evolve(a, e, DateTimeOffset.UnixEpoch))!).ToList();
        var json = File.ReadAllText(Path.Combine(Documents, file));
        var documentId = Path.GetFileName(file).Split('.')[0];

        var plan = DocumentReplay.Plan(EventScript.Read(file, json, documentId, texts[documentId]), documentId, new ActorDirectory(actors));

        (plan.Happenings.Count + plan.Commitments.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void the_press_release_printed_twice_on_the_osce_page_counts_once()
    {
        const string file = "000_6bf987e0526c7f56.events.json";
        var text = Texts()["000_6bf987e0526c7f56"];
        var script = EventScript.Read(file, File.ReadAllText(Path.Combine(Documents, file)), "000_6bf987e0526c7f56", text);

        var secondPrinting = text.IndexOf("During meetings over the past 24 hours", text.IndexOf("During meetings over the past 24 hours", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        secondPrinting.ShouldBeGreaterThan(0);
        script.Events.ShouldAllBe(e => e.Evidence.Start < secondPrinting);
        script.Events.Select(e => (e.Kind, e.Evidence.Start, string.Join(",", e.Counterparts))).Distinct().Count().ShouldBe(script.Events.Count);
    }

    [Fact]
    public void the_osce_page_lists_become_actors_of_the_right_kind()
    {
        var catalogue = ActorCatalogue.Read("actors.json", File.ReadAllText(Path.Combine(AppFixture.SeedsFolder, "actors.json")), Texts().GetValueOrDefault);
        var kinds = catalogue.ToDictionary(e => e.Name, e => e.Kind);

        catalogue.Count(e => e.Kind == ActorKind.ParticipatingState).ShouldBe(57);
        kinds["Mongolia"].ShouldBe(ActorKind.ParticipatingState);
        kinds["Programme Office in Astana"].ShouldBe(ActorKind.FieldOperation);
        kinds["Mission in Kosovo"].ShouldBe(ActorKind.FieldOperation);
        kinds["Conflict Prevention Centre"].ShouldBe(ActorKind.Institution);
        kinds["ODIHR"].ShouldBe(ActorKind.Institution);
        catalogue.Single(e => e.Name == "Kassym-Jomart Tokayev").Roles.Select(r => r.Role).ShouldBe(["Foreign Minister", "President"]);
        catalogue.Single(e => e.Name == "Kassym-Jomart Tokayev").Roles.ShouldAllBe(r => r.Source != null);
    }
}
