using System.Text;
using CsCheck;
using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Documents;
using EngagementTracker.Extraction.Proposing;
using EngagementTracker.Extraction.Reading;
using EngagementTracker.Ingestion;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Extraction;

public class ExtractorTests
{
    private static readonly Lazy<Extractor> Seeded = new(() => new Extractor(Mentions()));

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
    public void people_the_dictionary_does_not_know_are_learnt_from_their_titles_and_known_by_surname_afterwards()
    {
        const string text = """
            WARSAW, 14 March 2023 – Polish Foreign Minister Zbigniew Rau met with Kyrgyz Foreign Minister Jeenbek Kulubaev.

            Minister Kulubaev commended Poland's support for the reform of the border service.
            """;

        var drafts = Propose(text, "2023-03-14");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        meeting.Actors.Single().ShouldBe(new ActorRef("zbigniew-rau", "Zbigniew Rau", ActorKind.Official));
        meeting.Counterparts.Single().Id.ShouldBe("jeenbek-kulubaev");
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("jeenbek-kulubaev");
    }

    [Fact]
    public void a_title_an_official_is_introduced_with_names_them_for_the_rest_of_the_document_unless_two_share_it()
    {
        const string text = """
            VIENNA, 2 May 2019 – OSCE Chairperson-in-Office and Slovak Foreign Minister Miroslav Lajčák met with Moldovan Prime Minister Pavel Filip.

            The Chairperson-in-Office welcomed the progress in the Transdniestrian settlement process.
            """;

        var praise = Propose(text, "2019-05-02").Single(d => d.Kind == EventKind.PraiseExpressed);

        praise.Actors.Single().Id.ShouldBe("miroslav-lajcak");
        var learnt = Mentions().ForDocument(text, PartialDate.Parse("2019-05-02"), out var names);
        names.ShouldContain(n => n.Name == "chairperson in office" && n.Actor.Id == "miroslav-lajcak");
        names.ShouldNotContain(n => n.Name == "prime minister" && n.Actor.Id == "miroslav-lajcak");
        learnt.In("The Prime Minister thanked him.", PartialDate.Parse("2019-05-02"), null).Single().Actor.Id.ShouldBe("pavel-filip");
    }

    [Theory]
    [InlineData("OSCE Secretary General Thomas Greminger met with Foreign Minister Qasym-Zhomart Toqaev.", "kassym-jomart-tokayev")] // a transliteration of a known name
    [InlineData("OSCE Secretary General Thomas Greminger met with Foreign Minister Urszula Józefa Gacek.", "urszula-gacek")] // a middle name
    public void a_known_person_written_differently_is_still_the_known_person(string text, string id) =>
        Propose(text, "2019-05-02").Single(d => d.Kind == EventKind.Meeting).Counterparts.Single().Id.ShouldBe(id);

    [Fact]
    public void headlines_in_title_case_menus_and_common_words_are_not_people()
    {
        const string text = """
            Senior Ministers Discuss Coming Regional Security Arrangements
            - Review Conferences
            - Internal Oversight
            Internal oversight is a function of the Secretariat.
            """;

        Mentions().ForDocument(text, PartialDate.Parse("2020-01-01"), out var names);

        names.ShouldBeEmpty();
    }

    [Fact]
    public void an_organisation_is_learnt_with_its_acronym_and_speaks_as_the_author_of_its_own_statement()
    {
        const string text = """
            (Berlin, Germany) – Freedom Now International (FNI) said today that the Kazakh authorities have arbitrarily detained at least 12 activists.

            FNI urged the authorities to release them immediately.
            """;

        var drafts = Seeded.Value.Propose("doc", text, PartialDate.Parse("2021-07-08"), Mentions().Author("Freedom Now International", PartialDate.Parse("2021-07-08"))).Select(p => p.Draft).ToList();

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Single().Id.ShouldBe("freedom-now-international");
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]); // not Germany: the dateline says where it was filed
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("freedom-now-international"); // by its acronym
    }

    private static List<EventDraft> ProposeBy(string author, string text, string published) =>
        Seeded.Value.Propose("doc", text, PartialDate.Parse(published), Mentions().Author(author, PartialDate.Parse(published))).Select(p => p.Draft).ToList();

    private static readonly string[] CentralAsia = ["kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"];

    [Fact]
    public void a_page_listing_several_press_releases_reads_each_as_of_its_own_date_and_about_its_own_state()
    {
        const string text = """
            Newsroom
            Statements of the Representative
            Representative condemns raid on a newspaper in Moldova
            Publishing date: 12 March 2021
            Location: Moldova
            VIENNA, 12 March 2021 – The OSCE Representative on Freedom of the Media, Elena Marchetti, today condemned the raid on the offices of a newspaper in Chisinau, Moldova.
            Representative concerned by arrests of reporters in Serbia
            Publishing date: 9 March 2021
            Location: Serbia
            VIENNA, 9 March 2021 – The OSCE Representative on Freedom of the Media, Elena Marchetti, expressed concern today about the arrest of two reporters in Serbia.
            Representative calls for release of blogger
            Publishing date: 2 March 2021
            VIENNA, 2 March 2021 – The OSCE Representative on Freedom of the Media, Elena Marchetti, today called on the authorities to release the blogger.
            """;

        var drafts = Propose(text, "2021-03-12");

        var criticisms = drafts.Where(d => d.Kind == EventKind.CriticismRaised).ToList();
        criticisms.ShouldContain(d => d.Occurred.Text == "2021-03-12" && d.Counterparts.Any(c => c.Id == "moldova"));
        criticisms.ShouldContain(d => d.Occurred.Text == "2021-03-09" && d.Counterparts.Any(c => c.Id == "serbia") && d.Counterparts.All(c => c.Id != "moldova"));
        var call = drafts.Single(d => d.Kind == EventKind.RecommendationMade && d.Source.Quote.StartsWith("VIENNA, 2 March", StringComparison.Ordinal));
        call.Occurred.Text.ShouldBe("2021-03-02");
        call.Actors.Single().Id.ShouldBe("elena-marchetti");
    }

    [Fact]
    public void a_sentence_with_only_short_lower_case_words_is_not_a_title_case_headline_and_a_name_may_end_it_after_a_comma()
    {
        var drafts = Propose("""
            Ambassador Liisa Korhonen, Head of the OSCE Centre in Ashgabat, met Tajikistan’s Foreign Minister Rustam Nabiev in Dushanbe on May 3.
            Secretary General Pieter de Wit has met the Chairman-in-Office of the OSCE and Minister for Foreign Affairs of Malta, Carmelo Vella.
            """, "2024-05-06");

        var meetings = drafts.Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.ShouldContain(m => m.Actors.Single().Id == "liisa-korhonen" && m.Counterparts.Single().Id == "rustam-nabiev" && m.Occurred.Text == "2024-05-03");
        meetings.ShouldContain(m => m.Actors.Single().Id == "pieter-de-wit" && m.Counterparts.Single().Id == "carmelo-vella");
    }

    [Fact]
    public void a_person_set_off_by_an_apposition_at_the_start_is_the_subject_not_a_body_the_apposition_names()
    {
        var visit = Propose("Marta Kowal, Polish Foreign Minister and head of the Organization for Security and Co-operation in Europe (OSCE), has arrived in Tbilisi.", "2023-10-16")
            .Single(d => d.Kind == EventKind.Visit);

        visit.Actors.Single().Id.ShouldBe("marta-kowal");
        visit.Counterparts.Single().Id.ShouldBe("georgia");
    }

    [Fact]
    public void ministers_introduced_together_under_a_plural_title_are_each_met_and_welcoming_someone_to_a_meeting_is_a_meeting()
    {
        var drafts = Propose("Vienna, 4 May 2022 – The OSCE Chairperson-in-Office and Polish Foreign Minister Zofia Lis welcomed Norway’s and Malta’s Foreign Ministers Ola Berg and Anton Grech for an OSCE Troika meeting in Vienna today.", "2022-05-04");

        drafts.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).ShouldBe(["ola-berg", "anton-grech"], ignoreOrder: true);
        drafts.ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void the_same_meeting_told_from_either_side_is_one_meeting()
    {
        var drafts = Propose("""
            Ambassador Liisa Korhonen met Foreign Minister Rustam Nabiev in Dushanbe on May 3.
            Minister Nabiev and Ambassador Korhonen exchanged views on co-operation.
            """, "2024-05-06");

        drafts.Count(d => d.Kind == EventKind.Meeting).ShouldBe(1);
    }

    [Fact]
    public void we_in_a_statement_is_its_author_and_must_with_adverbs_is_a_call()
    {
        var drafts = ProposeBy("European Union", """
            OSCE Permanent Council, Vienna, 5 June 2025
            - We remain deeply concerned about the deteriorating human rights situation in Belarus.
            - Belarus must immediately and unconditionally release all political prisoners.
            - In countering these trends, we commend the work of the autonomous institutions.
            """, "2025-06-05");

        drafts.ShouldContain(d => d.Kind == EventKind.CriticismRaised && d.Actors.Single().Id == "european-union" && d.Counterparts.Single().Id == "belarus");
        drafts.ShouldContain(d => d.Kind == EventKind.RecommendationMade && d.Actors.Single().Id == "european-union" && d.Counterparts.Single().Id == "belarus");
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id)
            .ShouldBe(["odihr", "high-commissioner-on-national-minorities", "representative-on-freedom-of-the-media"], ignoreOrder: true);
    }

    [Fact]
    public void a_region_listed_among_states_names_its_states_and_an_apposition_after_the_subject_names_no_one_who_acts()
    {
        var drafts = ProposeBy("Open Rights Network", """
            Members of the Open Rights Network, a group of NGOs in Europe and the former Soviet Union, condemn the crackdown on NGOs in Russia and Azerbaijan.
            Activists are harassed in Russia, Belarus and Central Asia, the network said.
            """, "2014-05-01");

        var first = drafts.First(d => d.Kind == EventKind.CriticismRaised);
        first.Actors.Single().Id.ShouldBe("open-rights-network");
        first.Counterparts.Select(c => c.Id).ShouldBe(["russian-federation", "azerbaijan"], ignoreOrder: true);
        drafts.ShouldContain(d => d.Kind == EventKind.CriticismRaised && CentralAsia.All(s => d.Counterparts.Any(c => c.Id == s)) && d.Counterparts.Any(c => c.Id == "belarus"));
    }

    [Theory]
    [InlineData("The Foreign Minister and the Secretary General stressed the importance of further intensifying co-operation.")]
    [InlineData("Both parties acknowledged the ongoing collaboration on annual programmes.")]
    [InlineData("During the meeting, issues of strengthening fruitful co-operation were discussed.")]
    [InlineData("\"When the foundations are under threat, you need to focus on that,\" the Minister said.")]
    public void what_the_parties_say_together_discuss_or_say_to_anyone_is_neither_praise_nor_a_call(string text)
    {
        var drafts = Propose("Foreign Minister Rustam Nabiev met Secretary General Pieter de Wit in Vienna on 3 May 2024.\n" + text, "2024-05-06");

        drafts.ShouldNotContain(d => d.Kind == EventKind.RecommendationMade || d.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void a_pledge_in_a_quotation_that_runs_on_is_the_speakers_and_a_body_is_known_by_its_initials()
    {
        var drafts = ProposeBy("Riverside Rights Committee", """
            The Riverside Rights Committee welcomes the new guidelines. “The guidelines matter”, Anna Holm, the committee's director, said. “They offer advice. The RRC will continue to promote their use.”
            At the same time, other member states will continue to press Moldova to reform.
            """, "2014-06-12");

        drafts.ShouldContain(d => d.Kind == EventKind.CommitmentMade && d.Actors.Any(a => a.Id == "riverside-rights-committee"));
        drafts.ShouldNotContain(d => d.Kind == EventKind.CommitmentMade && d.Source.Quote.Contains("member states", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The minister of foreign affairs of Malta expresses his regret against the lack of consensus, due to the opposition of Serbia.")]
    [InlineData("OSCE media freedom representative concerned by blocking of news websites in Serbia")]
    [InlineData("Dear colleagues, it is with deep regret that we note the closure of newspapers in Serbia.")]
    public void regret_and_concern_are_criticism(string text) =>
        ProposeBy("OSCE", text, "2019-04-17").ShouldContain(d => d.Kind == EventKind.CriticismRaised && d.Counterparts.Any(c => c.Id == "serbia"));

    [Fact]
    public void a_trip_to_a_state_is_a_visit_and_a_title_of_a_body_names_no_person()
    {
        var drafts = ProposeBy("Front Line Defenders", """
            Minister Marta Kowal began her chairmanship in 2023 with a trip to Ukraine.
            "It is time to act," said Ana Ruiz, Executive Director of Harbour Light Defenders.
            """, "2023-10-16");

        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id, visit.Occurred.Text).ShouldBe(("marta-kowal", "ukraine", "2023"));
        Mentions().ForDocument("said Ana Ruiz, Executive Director of Harbour Light Defenders.", PartialDate.Parse("2023-10-16"), out var names);
        names.ShouldNotContain(n => n.Actor.Id == "harbour-light");
    }

    [Fact]
    public void he_after_an_opening_phrase_is_the_last_official_and_his_excellency_is_an_official()
    {
        var drafts = Propose("""
            The Secretary General of the Baltic Council H.E. Ambassador Rasmus Tamm had a meeting with Foreign Minister Ola Berg in Riga on 3 May 2024.
            In Latvia, he met with the Prime Minister of Latvia, Ilze Ozola, and Foreign Minister Janis Kalns.
            """, "2024-05-06");

        var meetings = drafts.Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.ShouldContain(m => m.Actors.Single().Id == "rasmus-tamm" && m.Counterparts.Single().Id == "ola-berg");
        meetings.Where(m => m.Source.Quote.StartsWith("In Latvia", StringComparison.Ordinal)).Select(m => (m.Actors.Single().Id, m.Counterparts.Single().Id))
            .ShouldBe([("rasmus-tamm", "ilze-ozola"), ("rasmus-tamm", "janis-kalns")], ignoreOrder: true);
    }

    [Fact]
    public void a_quotation_over_several_sentences_is_the_speakers_whom_its_last_sentence_names()
    {
        var drafts = Propose("""
            Ambassador Rasmus Tamm spoke at the opening of the meeting in Warsaw on 10 September.
            "As we open the meeting, a journalist is on hunger strike. We call on Belarus to release the prisoners. We are alarmed about his health," Tamm said.
            """, "2018-09-11");

        drafts.ShouldContain(d => d.Kind == EventKind.RecommendationMade && d.Actors.Single().Id == "rasmus-tamm" && d.Counterparts.Single().Id == "belarus");
        drafts.ShouldContain(d => d.Kind == EventKind.CriticismRaised && d.Actors.Single().Id == "rasmus-tamm");
    }

    [Fact]
    public void sentences_glued_at_a_stop_are_two_sentences()
    {
        var sentences = Sentences.Split("The sides agreed on a roadmap for 2025-2026.Ambassador Tamm thanked the hosts.");
        sentences.Select(s => s.Text).ShouldBe(["The sides agreed on a roadmap for 2025-2026.", "Ambassador Tamm thanked the hosts."]);
    }

    [Fact]
    public void a_region_judged_as_a_whole_names_each_of_its_states_and_the_countries_means_them_later()
    {
        const string text = """
            (Vienna) – Central Asian governments tightened control over independent media last year, Rights Monitor International said today.

            It called on the countries to free the jailed reporters.
            """;

        var drafts = ProposeBy("Rights Monitor International", text, "2023-02-01");

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Single().Id.ShouldBe("rights-monitor-international");
        criticism.Counterparts.Select(c => c.Id).Order().ShouldBe(CentralAsia);
        var call = drafts.Single(d => d.Kind == EventKind.RecommendationMade);
        call.Actors.Single().Id.ShouldBe("rights-monitor-international"); // "It": the organisation last acting
        call.Counterparts.Select(c => c.Id).Order().ShouldBe(CentralAsia);
    }

    [Fact]
    public void a_region_in_a_title_or_as_a_place_names_no_state()
    {
        Regions.In("said Anna Berg, the Europe and Central Asia director of the group.").ShouldBeEmpty();
        Regions.In("The minister began a tour of Central Asia on Monday.").ShouldBeEmpty();
        Regions.In("authorities across Central Asia detained critics").Single().Members.Length.ShouldBe(5);
    }

    [Fact]
    public void a_quotation_is_its_speakers_and_names_whom_it_judges_and_a_date_inside_it_is_not_the_judgements()
    {
        const string text = """
            “In 2022, authorities across Central Asia stepped up harassment of critical bloggers,” Rights Monitor International quoted its regional director, Anna Berg, as saying.
            “Authorities across Central Asia should release the bloggers at once.”
            """;

        var drafts = ProposeBy("Rights Monitor International", text, "2023-02-01");

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Single().Id.ShouldBe("anna-berg");
        criticism.Counterparts.Select(c => c.Id).Order().ShouldBe(CentralAsia); // not the organisation she speaks for
        criticism.Occurred.Text.ShouldBe("2023-02-01"); // 2022 is what she judges, not when
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("anna-berg"); // the quotation runs on
    }

    [Fact]
    public void the_author_judges_a_states_official_described_without_anyone_quoted_and_dates_it_when_writing()
    {
        const string text = """
            Kyrgyzstan’s President Almaz Temirov has failed to initiate reforms of the courts in 2021. In Tajikistan, the press remains under pressure.
            """;

        var drafts = ProposeBy("Rights Monitor International", text, "2022-09-15");

        var failed = drafts.First(d => d.Kind == EventKind.CriticismRaised && d.Source.Quote.Contains("Temirov"));
        failed.Actors.Single().Id.ShouldBe("rights-monitor-international");
        failed.Counterparts.Select(c => c.Id).ShouldBe(["almaz-temirov"]); // not Kyrgyzstan too: it is his title
        failed.Occurred.Text.ShouldBe("2022-09-15");
        drafts.Single(d => d.Source.Quote.Contains("Tajikistan")).Counterparts.Select(c => c.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void officials_named_together_meet_separately_and_the_sides_of_a_meeting_agree_for_whom_they_speak()
    {
        var joint = Propose("Minister Borg and Foreign Minister Murat Nurtleu both met separately with Ingibjorg Solrun Gisladottir on Monday evening.");
        joint.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Actors.Single().Id).Order().ShouldBe(["ian-borg", "murat-nurtleu"]);
        joint.First(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2024-06-24");

        const string text = """
            Foreign Minister Beibut Atamkulov met with ODIHR Director Ingibjörg Sólrún Gísladóttir in Warsaw.
            The sides confirmed their mutual interest in continuing co-operation on elections.
            """;
        var all = Propose(text, "2019-05-07");
        var pledge = all.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).Order().ShouldBe(["kazakhstan", "odihr"]);
    }

    [Fact]
    public void a_visit_framing_the_days_news_is_the_subjects_and_known_to_the_month()
    {
        var drafts = Propose("Foreign Minister Murat Nurtleu on Monday met with Minister Borg as part of his working visit to Malta.");

        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        visit.Actors.Single().Id.ShouldBe("murat-nurtleu");
        visit.Occurred.Text.ShouldBe("2024-06");
        drafts.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2024-06-24");
    }

    [Fact]
    public void a_meeting_with_an_unnamed_counterpart_is_with_that_state_and_where_a_group_is_based_is_no_participant()
    {
        Propose("Minister Borg spoke about his meeting with his Kazakh counterpart on Monday.").Single(d => d.Kind == EventKind.Meeting)
            .Counterparts.Single().Id.ShouldBe("kazakhstan");

        var drafts = ProposeBy("Rights Monitor International", "A statement by Rights Monitor International (RMI, Austria) and Open Voices (OV, France): the authorities of Kazakhstan harassed bloggers.", "2022-09-15");
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void a_statement_is_dated_when_made_not_by_the_detention_it_judges_and_a_quotation_closed_later_is_attributed_there()
    {
        const string text = """
            VIENNA, 20 June 2024 – The OSCE Representative on Freedom of the Media, Harlem Désir, expressed his concern over the detention of two reporters on 18 June in Belarus.
            “Obstruction of media work is unacceptable. The authorities must release them,” Désir said. “I call on the authorities to drop all charges.”
            """;

        var drafts = Propose(text);

        drafts.Where(d => d.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldAllBe(d => d.Occurred.Text == "2024-06-20"); // not 18 June
        drafts.Where(d => d.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldAllBe(d => d.Actors.Single().Id == "harlem-desir");
        drafts.Count(d => d.Kind == EventKind.CriticismRaised).ShouldBe(2); // the unclosed quotation's speaker comes from the next sentence
        drafts.Count(d => d.Kind == EventKind.RecommendationMade).ShouldBe(2); // "I call on": the quotation runs on after "Désir said."
    }

    [Fact]
    public void a_tour_reported_after_the_visitor_is_named_by_title_is_the_visitors_and_a_call_is_not_also_a_criticism()
    {
        const string text = """
            The OSCE Chairperson-in-Office, Maltese Foreign Minister Ivan Zammit concluded his visit to Kazakhstan.
            The OSCE Chairperson discussed regional security with President Kassym-Jomart Tokayev.
            Meetings with Deputy Prime Minister Murat Nurtleu and Senate Speaker Maulen Ashimbayev were also held during the visit.
            Amnesty International (AI) urged the authorities to investigate all reported violations.
            """;

        var drafts = ProposeBy("Amnesty International", text, "2024-06-25");

        var meetings = drafts.Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.ShouldAllBe(d => d.Actors.Single().Id == "ivan-zammit"); // a new name, known as "the OSCE Chairperson" from its title
        meetings.Select(d => d.Counterparts.Single().Id).Order().ShouldBe(["kassym-jomart-tokayev", "maulen-ashimbayev", "murat-nurtleu"]);
        meetings.Where(d => d.Source.Quote.StartsWith("Meetings", StringComparison.Ordinal)).ShouldAllBe(d => d.Occurred.Text == "2024-06"); // some day of the visit
        drafts.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("amnesty-international");
    }

    [Fact]
    public void a_relative_clause_does_not_name_the_subject_and_meetings_with_a_states_officials_are_with_that_state()
    {
        var drafts = Propose("Minister Borg, who is joined by Foreign Minister Murat Nurtleu, has met with President Kassym-Jomart Tokayev. Minister Borg held meetings with speakers of parliament from Georgia and Armenia.");

        drafts.First(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("ian-borg");
        drafts.Where(d => d.Kind == EventKind.Meeting && d.Source.Quote.Contains("speakers")).Select(d => d.Counterparts.Single().Id).Order().ShouldBe(["armenia", "georgia"]);
    }

    [Fact]
    public void a_publisher_named_after_a_state_speaks_as_itself_and_we_condemn_is_a_criticism()
    {
        var author = Mentions().Author("U.S. Helsinki Commission", PartialDate.Parse("2023-04-28"));
        author!.Id.ShouldBe("u-s-helsinki-commission");

        var drafts = Seeded.Value.Propose("doc", "We strongly condemn the sentencing of the activist by a court in Belarus.", PartialDate.Parse("2023-04-28"), author).Select(p => p.Draft).ToList();
        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Single().Id.ShouldBe("u-s-helsinki-commission");
        criticism.Counterparts.Single().Id.ShouldBe("belarus");
    }

    [Fact]
    public void a_news_outlet_publishing_a_statement_is_not_its_author()
    {
        NewNames.Organisation("247 News Agency").ShouldBeNull();
        NewNames.Organisation("Human Rights Watch").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Minister Borg on Monday met with Foreign Minister Murat Nurtleu.", "2024-06-24")] // 2024-06-25 is a Tuesday
    [InlineData("Minister Borg yesterday met with Foreign Minister Murat Nurtleu.", "2024-06-24")]
    [InlineData("Minister Borg met with Foreign Minister Murat Nurtleu on 7 May.", "2024-05-07")]
    [InlineData("Minister Borg met with Foreign Minister Murat Nurtleu on Dec. 7.", "2023-12-07")] // no year, and not after publication: last December
    [InlineData("Minister Borg met with Foreign Minister Murat Nurtleu during a visit that took place from 10 to 14 June 2024.", "2024-06-10/2024-06-14")]
    [InlineData("ASTANA, 25 June 2024 – Minister Borg yesterday met with Foreign Minister Murat Nurtleu.", "2024-06-24")] // the dateline's date is when it was filed
    public void dates_without_a_year_weekdays_and_spans_are_read_against_the_publication_date(string text, string occurred) =>
        Propose(text).First(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe(occurred);

    [Fact]
    public void sentences_without_a_date_report_the_day_the_story_is_about()
    {
        const string text = "Minister Borg on Monday met with Foreign Minister Murat Nurtleu. Minister Borg commended Kazakhstan's reform agenda.";

        Propose(text).Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2024-06-24");
    }

    [Fact]
    public void a_judgement_belongs_to_whoever_is_reported_saying_it()
    {
        const string text = "\"The charges against the journalists are baseless,\" said Ian Borg, criticising Kazakhstan.";

        var criticism = Propose(text).Single(d => d.Kind == EventKind.CriticismRaised);

        criticism.Actors.Single().Id.ShouldBe("ian-borg");
        criticism.Counterparts.Select(c => c.Id).ShouldContain("kazakhstan");
    }

    [Fact]
    public void a_visit_named_in_a_sentence_about_the_future_is_an_announcement_and_the_same_meeting_twice_is_proposed_once()
    {
        Propose("During his visit to Kazakhstan, Minister Borg will meet with President Tokayev.").ShouldBeEmpty();

        var meetings = Propose("Minister Borg met with Foreign Minister Murat Nurtleu. In Astana, Minister Borg also met with Foreign Minister Nurtleu.").Where(d => d.Kind == EventKind.Meeting);

        meetings.Count().ShouldBe(1);
    }

    [Fact]
    public void an_office_holder_named_between_commas_speaks_and_a_judgement_is_dated_when_made_not_by_what_it_judges()
    {
        const string text = "VIENNA, 12 March 2020 – The OSCE Representative on Freedom of the Media, Jana Novakova, condemned the raid carried out on 10 March on a newsroom in Minsk, Belarus.";

        var criticism = Propose(text, "2020-03-12").Single(d => d.Kind == EventKind.CriticismRaised);

        criticism.Actors.Single().Id.ShouldBe("jana-novakova"); // the person, not the institution that is her title
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["belarus"]);
        criticism.Occurred.Text.ShouldBe("2020-03-12"); // 10 March is when the raid happened
    }

    [Fact]
    public void two_officials_judging_together_are_one_judgement_by_both_and_the_victim_is_not_the_target()
    {
        const string text = "VIENNA, 3 May 2021 – Ambassador Peter Lindqvist and Ambassador Clara Mendes strongly condemned the attack on journalist Marko Petrovic in Montenegro.";

        var criticism = Propose(text, "2021-05-03").Single(d => d.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["peter-lindqvist", "clara-mendes"], ignoreOrder: true);
        criticism.Counterparts.Single().Id.ShouldBe("montenegro");
    }

    [Fact]
    public void a_visit_to_a_place_the_dictionary_does_not_know_is_still_a_visit_and_a_governor_is_known_by_surname()
    {
        const string text = "Kairat Abdrakhmanov, High Commissioner on National Minorities, is on a visit to Upper Lusatia. Today he met with the Rector of Lusatia Research and later with Governor Hennings.";

        var proposals = Propose(text, "2022-11-14");

        var visit = proposals.Single(p => p.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Count, visit.Place).ShouldBe(("kairat-abdrakhmanov", 0, "Upper Lusatia"));
        proposals.Where(p => p.Kind == EventKind.Meeting).Select(m => m.Counterparts.Single().Id).ShouldBe(["lusatia-research", "hennings"], ignoreOrder: true);
    }

    [Fact]
    public void a_joint_press_conference_and_a_visit_made_to_meet_someone_are_meetings()
    {
        var conference = Propose("Speaking at a joint press conference with Foreign Minister Tomas Varga, Minister Borg affirmed the Chairmanship's support.")
            .Single(p => p.Kind == EventKind.Meeting);
        (conference.Actors.Single().Id, conference.Counterparts.Single().Id).ShouldBe(("ian-borg", "tomas-varga"));

        var visited = Propose("On 24 February, Astrid Thors visited the agency to meet its new Director Michael O’Brannagh and discuss issues of common interest.", "2016-02-24")
            .Single(p => p.Kind == EventKind.Meeting);
        (visited.Actors.Single().Id, visited.Counterparts.Single().Name).ShouldBe(("astrid-thors", "Michael O’Brannagh"));
    }

    [Fact]
    public void two_pledges_joined_in_one_sentence_are_two_commitments_and_a_relative_clause_names_no_party()
    {
        const string text = "In advance of its chairmanship, the Kazakh government promised to reform media legislation, and pledged to preserve the mandate of ODIHR, whose work Russia has sought to undermine.";

        var pledges = Propose(text, "2007-11-29").Where(p => p.Kind == EventKind.CommitmentMade).ToList();

        pledges.Count.ShouldBe(2);
        pledges.Select(p => p.Commitment).ShouldAllBe(c => c != null);
        pledges.Select(p => p.Commitment!).ShouldContain(c => c.StartsWith("preserve the mandate"));
        pledges.ShouldAllBe(p => p.Actors.Concat(p.Counterparts).All(a => a.Id != "russian-federation"));
    }

    [Fact]
    public void what_a_body_has_at_its_own_disposal_is_no_pledge()
    {
        Propose("The HCNM has several tools at its disposal to carry out its task.").ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
        Propose("Minister Borg said that Malta remained at the disposal of the OSCE.").ShouldContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void earlier_reported_happenings_are_dated_before_publication_not_on_it()
    {
        var meeting = Propose("Earlier, it was reported that Foreign Minister Tomas Varga met with Ambassador Lena Marsh.", "2022-02-25").Single(p => p.Kind == EventKind.Meeting);

        meeting.Occurred.Text.ShouldBe("../2022-02-25");
    }

    [Fact]
    public void a_judgement_of_the_region_in_an_osce_text_is_of_the_participating_states_and_not_of_the_speakers_own_organisation()
    {
        const string text = """
            VIENNA, 12 June 2008 - Serious challenges to the implementation of OSCE human rights commitments remain in many parts of the region, said Ambassador Christian Strohal, the director of the OSCE's Office for Democratic Institutions and Human Rights (ODIHR).
            Restrictions on freedom of assembly are problems in parts of the region, added Strohal. He also highlighted the abuse of the fight against terrorism as pretence to curtail fundamental freedoms.
            """;

        var criticisms = Propose(text, "2008-06-12").Where(p => p.Kind == EventKind.CriticismRaised).ToList();

        criticisms.Count.ShouldBe(3);
        criticisms.ShouldAllBe(c => c.Actors.Single().Id == "christian-strohal" && c.Counterparts.Single().Id == "osce-participating-states");
    }

    [Theory]
    [InlineData("Kazakhstan should not have been named chair-in-office, Human Rights Watch said today.")]
    [InlineData("“Kazakhstan doesn’t observe OSCE commitments at home,” Human Rights Watch said.")]
    [InlineData("Kazakhstan has yet to hold an election that meets OSCE standards, Human Rights Watch said.")]
    public void counterfactuals_unobserved_commitments_and_what_is_yet_to_happen_are_criticism(string text)
    {
        var criticism = Propose(text, "2007-11-29").Single(p => p.Kind == EventKind.CriticismRaised);

        (criticism.Actors.Single().Id, criticism.Counterparts.Single().Id).ShouldBe(("human-rights-watch", "kazakhstan"));
    }

    [Fact]
    public void a_web_address_under_the_headline_does_not_join_the_headline_to_the_first_sentence()
    {
        const string text = """
            Premier meets with new Head of OSCE Mission
            https://www.example.md/en/premier-meets-with-new-head-of-osce-mission-7965.html
            Prime Minister Tomas Varga had a meeting with Ambassador Lena Marsh. The two officials agreed to maintain a constant dialogue.
            """;

        var proposals = Propose(text, "2012-03-10");

        var meeting = proposals.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id).ShouldBe(("tomas-varga", "lena-marsh"));
        proposals.ShouldContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Theory]
    [InlineData("The Polish Chairmanship will make every effort to ensure that the OSCE remains present in Ukraine, Minister Rau said.", EventKind.CommitmentMade)]
    [InlineData("Prime Minister Tomas Varga said the Moldovan authorities aim to resume the constructive dialogue.", EventKind.CommitmentMade)]
    [InlineData("Ambassador Lena Marsh approved of the progress made in the settlement process in Moldova.", EventKind.PraiseExpressed)]
    [InlineData("Minister Rau emphasized on multiple occasions the need to achieve a peaceful solution in Moldova.", EventKind.RecommendationMade)]
    [InlineData("“They should never have been arrested in Russia in the first place,” said Steven Hawkins, director of Amnesty International.", EventKind.CriticismRaised)]
    [InlineData("Ambassador Lena Marsh and Minister Rau observe with deep concern the continued detention of journalists in Belarus.", EventKind.CriticismRaised)]
    public void pledges_praise_calls_and_criticism_in_the_words_news_uses(string text, EventKind kind) =>
        Propose(text, "2022-06-30").ShouldContain(p => p.Kind == kind);

    [Fact]
    public void a_visit_concluded_in_a_state_is_a_visit_there() =>
        Propose("Zbigniew Rau has concluded his first official visit in Moldova, on the 26th of March.", "2022-03-27")
            .ShouldContain(p => p.Kind == EventKind.Visit && p.Counterparts.Single().Id == "moldova");

    [Fact]
    public void the_countries_an_official_of_an_institution_calls_on_are_all_those_last_listed()
    {
        const string text = """
            Elections were held in Kazakhstan, Kyrgyzstan and Tajikistan last year.
            ODIHR Director Michael Georg Link called on the countries to end the harassment of observers.
            """;

        var call = Propose(text, "2016-05-10").Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan", "kyrgyzstan", "tajikistan"], ignoreOrder: true);
    }

    [Fact]
    public void a_theme_underscoring_a_need_urges_nothing() =>
        Propose("This year's theme, Our Rights, Our Future, Right Now, underscores the necessity of safeguarding rights in Russia, the European Union said.")
            .ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);

    [Fact]
    public void a_judgement_referred_back_to_is_not_made_again() =>
        Propose("In countering these alarming trends, we commend the work of the autonomous institutions, the European Union said.")
            .ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);

    [Fact]
    public void an_organisation_observing_elections_is_no_criticism() =>
        Propose("ODIHR does not observe all elections in the OSCE region, the report said.").ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);

    [Fact]
    public void a_headline_speaks_for_the_official_its_body_names_and_is_not_proposed_again_when_the_body_says_the_same()
    {
        const string text = """
            OSCE Representative criticises arrest of Greek journalists, calls for decriminalization of defamation
            VIENNA, 4 June 2019 – The OSCE Representative on Freedom of the Media, Jana Novakova, today criticised the arrest of two journalists of a Greek daily newspaper.
            """;

        var drafts = Propose(text, "2019-06-04");

        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Source.Quote.ShouldStartWith("VIENNA"); // once, from the body
        var recommendation = drafts.Single(d => d.Kind == EventKind.RecommendationMade); // only the headline says it
        recommendation.Actors.Single().Id.ShouldBe("jana-novakova");
        recommendation.Counterparts.Single().Id.ShouldBe("greece"); // named only by its adjective
    }

    [Fact]
    public void a_bare_title_names_the_known_holder_only_in_a_document_about_that_holders_State()
    {
        // the dictionary knows Tokayev as President of Kazakhstan; this document is about Tajikistan
        var drafts = Propose("During her visit, Minister Borg met the President and the Foreign Minister of Tajikistan.");

        drafts.SelectMany(d => d.Actors.Concat(d.Counterparts)).ShouldNotContain(a => a.Id == "kassym-jomart-tokayev");
        Propose("In Astana, Minister Borg met the President of Kazakhstan.").Single(d => d.Kind == EventKind.Meeting).Counterparts.Single().Id.ShouldBe("kassym-jomart-tokayev");
    }

    [Fact]
    public void arriving_in_a_capital_is_a_visit_to_its_State_and_States_visited_together_are_visits_each()
    {
        Propose("Minister Borg arrived in Dushanbe on Monday.").Single(d => d.Kind == EventKind.Visit).Counterparts.Single().Id.ShouldBe("tajikistan");

        var visits = Propose("Minister Borg visited Kyrgyzstan and Uzbekistan.").Where(d => d.Kind == EventKind.Visit).ToList();

        visits.Select(v => v.Counterparts.Single().Id).ShouldBe(["kyrgyzstan", "uzbekistan"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Minister Borg held separate discussions yesterday with Foreign Minister Murat Nurtleu.", "meeting")]
    [InlineData("Minister Borg raised his deep concerns over the detention of journalists in Kazakhstan.", "criticism_raised")]
    [InlineData("The European Union deeply regrets that Kazakhstan has not repealed the law.", "criticism_raised")]
    [InlineData("Minister Borg congratulated Kazakhstan on the peaceful elections.", "praise_expressed")]
    [InlineData("Minister Borg reconfirmed the OSCE's readiness to assist Kazakhstan.", "commitment_made")]
    [InlineData("While calling for restraint, Minister Borg met with Foreign Minister Murat Nurtleu.", "recommendation_made")]
    public void diplomatic_phrasings_give_their_kind(string text, string kind) =>
        Propose(text).Select(d => d.Kind.Name()).ShouldContain(kind);

    [Fact]
    public void a_name_followed_by_a_role_with_a_States_adjective_is_an_official()
    {
        const string text = "BERN, 21 February 2014 - Anna Keller, Swiss Foreign Minister and Chairperson-in-Office of the OSCE, has welcomed the agreement reached in Ukraine.";

        Propose(text, "2014-02-21").Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().ShouldBe(new ActorRef("anna-keller", "Anna Keller", ActorKind.Official));
    }

    [Theory]
    [InlineData("He was briefed on the meeting between Ambassador Peter Lindqvist and Ambassador Clara Mendes on 20 June in Vienna.", "2024-06-20")]
    [InlineData("Ambassador Peter Lindqvist and Ambassador Clara Mendes on Monday discussed the situation after the 2 June elections.", "2024-06-24")]
    public void a_meeting_between_two_people_is_dated_by_its_own_date_not_by_one_inside_what_they_discussed(string text, string occurred) =>
        Propose(text).Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe(occurred);

    [Fact]
    public void visits_to_several_States_listed_with_commas_are_a_visit_to_each()
    {
        var visits = Propose("Minister Borg concluded his first official visits to Armenia, Georgia and Azerbaijan today, stressing the importance of dialogue.")
            .Where(d => d.Kind == EventKind.Visit).ToList();

        visits.Select(v => v.Counterparts.Single().Id).ShouldBe(["armenia", "georgia", "azerbaijan"], ignoreOrder: true);
    }

    [Fact]
    public void initials_such_as_H_E_do_not_end_a_sentence()
    {
        Sentences.Split("The Chair met H.E. Anna Keller in Vienna. She spoke.").Select(x => x.Text).ShouldBe(["The Chair met H.E. Anna Keller in Vienna.", "She spoke."]);

        var meeting = Propose("Ambassador Peter Lindqvist had a meeting with the Secretary General of the Council H.E. Clara Mendes in Vienna on 20 June 2024.")
            .Single(d => d.Kind == EventKind.Meeting);
        meeting.Actors.Single().Id.ShouldBe("peter-lindqvist");
        meeting.Counterparts.Single().Id.ShouldBe("clara-mendes");
    }

    [Fact]
    public void a_deputy_is_not_the_holder_of_the_title_introduced_for_someone_else()
    {
        const string text = "The session was attended by Deputy Secretary General of the Council Peter Lindqvist. He met with OSCE PA Secretary General Clara Mendes.";

        var meeting = Propose(text).Single(d => d.Kind == EventKind.Meeting);

        meeting.Actors.Single().Id.ShouldBe("peter-lindqvist");
        meeting.Counterparts.Single().Id.ShouldBe("clara-mendes");
    }

    [Fact]
    public void representatives_of_civil_society_met_are_the_civil_society_of_the_State_the_document_is_about()
    {
        const string text = "Minister Borg visited Kazakhstan on 24 June 2024. During his visit, Minister Borg also met with representatives of civil society.";

        var meeting = Propose(text).Single(d => d.Kind == EventKind.Meeting);

        meeting.Counterparts.Single().Id.ShouldBe("kazakhstani-civil-society");
        // whose work is obstructed is not a party to anything
        Propose("Kazakhstan is obstructing the work of civil society organisations, the EU said.").SelectMany(d => d.Actors.Concat(d.Counterparts))
            .ShouldNotContain(a => a.Kind == ActorKind.CivilSociety);
    }

    [Fact]
    public void the_subject_is_not_a_name_governed_by_a_preposition()
    {
        const string text = "Members of the Civic Solidarity Platform, speaking at the conference of the OSCE, criticised the detention of journalists in Kazakhstan.";

        Propose(text).Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("civic-solidarity-platform");
    }

    [Fact]
    public void a_pronoun_means_the_person_last_named_whom_a_courtesy_title_does_not_make_the_other_sex()
    {
        const string text = "In her letter to Mr Peter Lindqvist, Ms Clara Mendes praised the work of the commission. She welcomed the readiness of Kazakhstan to reform the election law.";

        var praise = Propose(text).Where(d => d.Kind == EventKind.PraiseExpressed).ToList();

        praise.ShouldContain(d => d.Source.Quote.StartsWith("She") && d.Actors.Single().Id == "clara-mendes");
    }

    [Theory]
    [InlineData("Ambassador Peter Lindqvist took the opportunity to meet with Foreign Minister Murat Nurtleu.")]
    [InlineData("Today Commissioner Peter Lindqvist welcomed Mr. Murat Nurtleu, the Foreign Minister of Kazakhstan, in Tirana.")]
    [InlineData("Ambassador Peter Lindqvist said at the meeting with Foreign Minister Murat Nurtleu that co-operation had improved.")]
    public void receiving_someone_and_taking_the_occasion_to_meet_are_meetings(string text)
    {
        var drafts = Propose(text);

        drafts.Single(d => d.Kind == EventKind.Meeting).Counterparts.Select(c => c.Id).ShouldContain("murat-nurtleu");
        drafts.ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void the_authorities_of_the_country_are_the_State_the_sentence_named_before_them()
    {
        const string text = "Minister Borg expressed concern over political prisoners in Kyrgyzstan and urged the authorities of the country to release them. Kazakhstan and Kazakhstan were praised.";

        Propose(text).Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan"]);
    }

    [Fact]
    public void a_name_of_three_words_is_also_known_by_its_last_two()
    {
        const string text = "Mr José Ignacio Sánchez Amor, Chair of the Committee, signed the letter. Sánchez Amor called on Kazakhstan to release the prisoners.";

        Propose(text).Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("jose-ignacio-sanchez-amor");
    }

    [Fact]
    public void officials_listed_after_one_plural_title_are_each_met_and_a_first_name_like_a_month_is_a_name()
    {
        const string text = "During her visit, Ambassador Clara Mendes met with Members of the Bosnia and Herzegovina Presidency Željka Cvijanović, Denis Bećirović and Željko Komšić. "
                            + "She also met the Head of OSCE Mission to Serbia Jan Braathu and Amra Begić Fazlić, Assistant Director of the Srebrenica Memorial Center.";

        var met = Propose(text, "2025-03-18").Where(d => d.Kind == EventKind.Meeting).SelectMany(d => d.Counterparts).Select(c => c.Id).ToList();

        met.ShouldBe(["zeljka-cvijanovic", "denis-becirovic", "zeljko-komsic", "jan-braathu", "amra-begic-fazlic"], ignoreOrder: true);
    }

    [Fact]
    public void a_shortened_title_names_whom_the_document_introduced_with_it_and_a_first_visit_since_a_year_is_not_that_year()
    {
        const string text = "Prime Minister Irakli Garibashvili met with OSCE High Commissioner on National Minorities Kairat Abdrakhmanov on Wednesday. "
                            + "PM Garibashvili thanked the High Commissioner for his involvement. This was Abdrakhmanov's first visit to Tbilisi since 1993.";

        var drafts = Propose(text, "2022-04-13");

        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["kairat-abdrakhmanov"]);
        drafts.Single(d => d.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2022-04-13");
    }

    [Theory]
    [InlineData("Knut Lindqvist, who was strongly impressed by Croatia's progress, met Minister Borg.", "praise_expressed")]
    [InlineData("Ambassador Peter Lindqvist said that the OSCE remained at the Croatian government's disposal regarding advice on minorities.", "commitment_made")]
    [InlineData("Ambassador Peter Lindqvist said that he hopes the Government of Kosovo will address all the issues linked to the minorities.", "recommendation_made")]
    [InlineData("Ambassador Peter Lindqvist reaffirmed the OSCE’s robust dedication to sustained involvement with Bosnia and Herzegovina.", "commitment_made")]
    [InlineData("Minister Borg reiterated that Bosnia and Herzegovina continues to uphold its commitments to the principles of the OSCE.", "commitment_made")]
    [InlineData("Ambassador Peter Lindqvist underscored the criticality of operationalizing the Dayton Peace Agreement in Bosnia and Herzegovina.", "recommendation_made")]
    [InlineData("“The current political situation in Bosnia and Herzegovina is of concern,” said Ambassador Peter Lindqvist.", "criticism_raised")]
    [InlineData("The U.S. is also concerned about the continued prosecutions of demonstrators in Russia.", "criticism_raised")]
    [InlineData("Foreign Minister Frank-Walter Steinmeier has travelled to Vienna today to present the Chairmanship’s programme.", "visit")]
    [InlineData("“As the OSCE’s host country, we stand by our substantial contribution,” declared Minister Kneissl.", "commitment_made")]
    [InlineData("“Under Germany’s Chairmanship, we intend to strengthen the OSCE’s capabilities,” Minister Steinmeier said.", "commitment_made")]
    [InlineData("“I am pleased to welcome Thomas Greminger as the new Secretary General,” said Minister Kurz.", "praise_expressed")]
    [InlineData("“We hope to see progress in implementing the recommendations previously made by ODIHR in Kyrgyzstan,” said Corien Jonker.", "recommendation_made")]
    public void phrasings_met_in_the_thirteenth_and_fourteenth_batches_give_their_kind(string text, string kind) =>
        Propose(text, "2025-03-18").Select(d => d.Kind.Name()).ShouldContain(kind);

    [Theory]
    [InlineData("“My aim is to re-energize efforts towards a peaceful settlement,” Foreign Minister Matti Virtanen said.", "commitment_made")]
    [InlineData("ODIHR Director Anna Kowalska confirmed her participation in the regional women's forum.", "commitment_made")]
    [InlineData("Speaker Maria Holzer expressed full co-operation with the OSCE Parliamentary Assembly.", "commitment_made")]
    [InlineData("President George Tsereteli said that in these critical times, it is necessary to strengthen the OSCE.", "recommendation_made")]
    public void phrasings_met_in_the_fifteenth_batch_give_their_kind(string text, string kind) =>
        Propose(text, "2018-03-23").Select(d => d.Kind.Name()).ShouldContain(kind);

    [Theory]
    [InlineData("Between the evenings of 12 and 14 February, the SMM recorded 17 ceasefire violations in Donetsk region.", "criticism_raised")]
    [InlineData("With the Director they also discussed electronic voting, party financing and the misuse of public assets in Albania.", "criticism_raised")]
    [InlineData("Ribeiro and the Ambassador of the United Kingdom agreed that disinformation cannot be fought by limiting free speech.", "commitment_made")]
    public void a_monitors_count_a_topic_talked_over_and_a_shared_opinion_do_not_give_the_kind(string text, string kind) =>
        ProposeBy("OSCE", text, "2021-02-15").Select(d => d.Kind.Name()).ShouldNotContain(kind);

    [Fact]
    public void concern_over_recent_events_is_dated_to_the_day_it_is_voiced_a_recent_visit_to_some_time_before()
    {
        Propose("Foreign Minister Matti Virtanen expressed concern over recent events in South Ossetia.", "2008-04-10")
            .Single(d => d.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2008-04-10");
        Propose("During her recent visit to Kazakhstan, Minister Borg met with Foreign Minister Murat Nurtleu.", "2024-07-10")
            .Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("../2024-07-10");
    }

    [Fact]
    public void a_dateline_opens_a_sentence_after_a_small_letter_a_digit_or_a_bracket_with_any_space_between_but_not_after_a_comma()
    {
        // (found apart from the other ends of sentences, and merged with them as one expression of both would be: a blank line in
        // the space before a dateline is the dateline's boundary)
        string[] Split(string text) => [.. Sentences.Split(text).Select(s => s.Text)];

        Split("A photo at the Polish Sejm, 22 March 2018WARSAW, 23 March 2018 – Wrapping up the visit, she met the Speaker.")
            .ShouldBe(["A photo at the Polish Sejm, 22 March 2018", "WARSAW, 23 March 2018 – Wrapping up the visit, she met the Speaker."]);
        Split("Tass reported on hours and days \n\nVIENNA, September 8 (Itar-Tass) - The Council met.")
            .ShouldBe(["Tass reported on hours and days", "VIENNA, September 8 (Itar-Tass) - The Council met."]);
        Split("The talks ended (in Bern) NEW YORK, 1 May 2020 — The Secretary General spoke. It rained.")
            .ShouldBe(["The talks ended (in Bern)", "NEW YORK, 1 May 2020 — The Secretary General spoke.", "It rained."]);
        Split("In the city, VIENNA, 8 September – the Council met.").ShouldBe(["In the city, VIENNA, 8 September – the Council met."]);
    }

    [Fact]
    public void a_dateline_a_caption_runs_into_dates_a_visit_of_so_many_days_and_meetings_on_two_weekdays()
    {
        const string text = "Delegates at the Polish Sejm, 22 March 2018WARSAW, 23 March 2018 – Wrapping up a two-day visit to Poland, "
                            + "OSCE Parliamentary Assembly President George Tsereteli said today that co-operation matters.\n\n"
                            + "President Tsereteli has met Thursday and Friday with Deputy Marshal of the Sejm, Ryszard Terlecki; Deputy Marshal of the Senate, Adam Bielan.";
        var drafts = Propose(text, "2018-03-23");

        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        visit.Actors.Single().Id.ShouldBe("george-tsereteli");
        visit.Counterparts.Single().Id.ShouldBe("poland");
        visit.Occurred.Text.ShouldBe("2018-03-22/2018-03-23");
        var meetings = drafts.Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.Select(m => m.Counterparts.Single().Id).ShouldBe(["ryszard-terlecki", "adam-bielan"], ignoreOrder: true);
        meetings.ShouldAllBe(m => m.Occurred.Text == "2018-03-22/2018-03-23");
    }

    [Fact]
    public void a_she_is_the_woman_a_courtesy_title_later_in_the_text_names()
    {
        const string text = "Within the session, Hayk Petrosyan also met with ODIHR Director Anna Kowalska. She expressed readiness to expand the cooperation. "
                            + "Mrs. Kowalska also spoke about gender equality.";
        Propose(text, "2018-07-11").Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["anna-kowalska"]);
    }

    [Fact]
    public void a_name_on_the_line_after_a_headline_is_learnt()
    {
        const string text = "Minister Holzer Has Met With OSCE Secretary General Helga Schmid\n"
                            + "Austrian Foreign Minister Lukas Holzer has met with the OSCE Secretary General Helga Schmid in Vienna.";
        Propose(text, "2023-01-25").Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("lukas-holzer");
    }

    [Fact]
    public void a_line_that_only_dates_the_text_does_not_date_the_sentence_after_it()
    {
        const string text = "Session of the Assembly held in Berlin\n11 July 2018\n"
                            + "Under the theme of commitments, the OSCE Parliamentary Assembly met in Berlin for its annual session on 7-11 July 2018.\n"
                            + "Within the framework of the session, Deputy Secretary General Hayk Petrosyan met with OSCE PA Secretary General Roberto Montella.";
        Propose(text, "2018-07-11").Single(d => d.Kind == EventKind.Meeting && d.Counterparts.Any(c => c.Id == "roberto-montella")).Occurred.Text.ShouldBe("2018-07-07/2018-07-11");
    }

    [Fact]
    public void the_body_a_title_names_is_the_judges_own_and_a_State_named_as_a_place_is_not_judged()
    {
        Propose("OSCE Parliamentary Assembly President George Tsereteli said today that co-operation matters. "
                + "He also expressed appreciation for the active participation of Polish parliamentarians in all OSCE PA activities.", "2018-03-23")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["poland"]);
        Propose("Commissioner Ilir Berisha expressed his appreciation for the role played by ODIHR missions in observation of elections in Albania.", "2022-04-01")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
    }

    [Fact]
    public void an_alias_with_a_possessive_is_read_as_written_and_a_judge_does_not_judge_the_State_they_speak_for()
    {
        Propose("Foreign Minister Matti Virtanen urged the OSCE's 57 participating States to cooperate on Kosovo.", "2008-04-10")
            .Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["osce-participating-states"]);
        Propose("Finnish Foreign Minister Matti Virtanen appealed to all parties to refrain from violence. Finland holds the chairmanship in 2008.", "2008-04-10")
            .Where(d => d.Kind == EventKind.RecommendationMade).SelectMany(d => d.Counterparts).ShouldNotContain(c => c.Id == "finland");
    }

    [Theory]
    [InlineData("Prime Minister Thaçi expressed his readiness for close cooperation with the OSCE as an invited and welcomed mechanism.", "praise_expressed")]
    [InlineData("It appears that the elections in Tajikistan will fall short of international standards.", "commitment_assessed")]
    public void a_welcome_as_an_adjective_and_a_forecast_do_not_give_the_kind(string text, string kind) =>
        Propose(text, "2025-03-18").Select(d => d.Kind.Name()).ShouldNotContain(kind);

    [Fact]
    public void an_agreement_with_a_State_is_not_a_meeting_with_it() =>
        Propose("Minister Borg and Ambassador Peter Lindqvist also discussed the Good Neighborly Agreement with the Republic of Bulgaria.", "2025-03-18")
            .Where(d => d.Kind == EventKind.Meeting).SelectMany(d => d.Actors.Concat(d.Counterparts)).ShouldNotContain(a => a.Id == "bulgaria");

    [Fact]
    public void a_list_of_concerns_is_a_criticism_of_each_State_an_item_names()
    {
        const string text = """
            Vienna, 4 October 2004 - Human Rights Watch today published its interventions.

            Human Rights Watch is concerned, for example, about:

            Minority rights:

              • In Turkmenistan, the official policy appears to assimilate the minorities. Only ethnic Turkmens are hired.
              • Many recent elections in the region have been riddled with irregularities.
              • In Russia, people of Caucasian background face daily threats.
            """;

        var criticisms = Seeded.Value.Propose("doc", text, PartialDate.Parse("2004-10-04"), new ActorRef("human-rights-watch", "Human Rights Watch", ActorKind.Organisation))
            .Select(p => p.Draft).Where(d => d.Kind == EventKind.CriticismRaised).ToList();

        criticisms.Select(c => c.Counterparts.Single().Id).ShouldBe(["turkmenistan", "russian-federation"], ignoreOrder: true);
        criticisms.ShouldAllBe(c => c.Actors.Single().Id == "human-rights-watch");
    }

    [Fact]
    public void what_a_concluded_visit_reports_is_dated_to_its_month_the_visit_to_the_day_concluding_it_and_an_office_beside_a_name_is_that_person()
    {
        const string text = "VIENNA, 18 March 2025 — Clara Mendes, the OSCE Representative on Freedom of the Media, concluded her visit to Serbia. "
                            + "The Representative met with Foreign Minister Murat Nurtleu. The OSCE Representative on Freedom of the Media commended Serbia for its reforms.";

        var drafts = Propose(text, "2025-03-18");

        drafts.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2025-03");
        drafts.Single(d => d.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2025-03-18"); // as the seeds' reviewers date Borg's concluded visit
        drafts.Single(d => d.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["clara-mendes"]);
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["clara-mendes"]);
    }

    [Theory]
    [InlineData("Belarus has not lived up to its OSCE commitments on media freedom.", "commitment_assessed")]
    [InlineData("The OSCE Secretary General expressed his satisfaction with the conduct of the elections in Kazakhstan.", "praise_expressed")]
    [InlineData("Concerns about media freedom in Kazakhstan persist, the report found.", "criticism_raised")]
    [InlineData("We would endeavour to coordinate our activities with the Programme Office in Astana.", "commitment_made")]
    [InlineData("An important step was the signing in April 2021 of the Memorandum of Cooperation between Kazakhstan and ODIHR.", "commitment_made")]
    [InlineData("Minister Borg reaffirmed continued support for the reforms in Kazakhstan.", "commitment_made")]
    [InlineData("Ambassador Peter Lindqvist said that the OSCE could provide relevant support to Kazakhstan.", "commitment_made")]
    [InlineData("The Russian Federation considers it necessary to revise the mandate of ODIHR.", "recommendation_made")]
    public void more_phrasings_give_their_kind(string text, string kind) =>
        ProposeBy("Human Rights Watch", text, "2024-06-25").Select(d => d.Kind.Name()).ShouldContain(kind);

    [Fact]
    public void a_State_that_opens_a_speakers_title_is_not_the_speaker()
    {
        const string text = "\"We are concerned about the detention of journalists in Kazakhstan,\" said U.S. Ambassador to the OSCE Peter Lindqvist.";

        Propose(text).Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("peter-lindqvist");
    }

    [Fact]
    public void the_authorities_in_a_capital_are_its_State()
    {
        const string text = "The United States urges the authorities in Baku to release all such persons.";

        Propose(text).Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["azerbaijan"]);
    }

    [Fact]
    public void a_State_that_has_not_lived_up_to_its_commitments_is_judged_by_the_author()
    {
        var assessed = ProposeBy("Human Rights Watch", "Belarus has not lived up to its OSCE commitments as it continues to restrict the media.", "2015-10-01")
            .Single(d => d.Kind == EventKind.CommitmentAssessed);

        assessed.Actors.Single().Id.ShouldBe("human-rights-watch");
        assessed.Counterparts.Single().Id.ShouldBe("belarus");
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_name_ending_in_a_known_States_name_is_a_person_of_that_State_not_a_body()
    {
        const string text = "The Co-Chairs (Peter Lindqvist of France and Igor Khovaev of the Russian Federation) met with Foreign Minister Murat Nurtleu.";

        Propose(text).SelectMany(d => d.Actors.Concat(d.Counterparts)).ShouldNotContain(a => a.Id.StartsWith("igor-khovaev-of", StringComparison.Ordinal));
    }

    [Fact]
    public void a_pledge_in_a_quotation_that_names_no_one_is_the_speakers()
    {
        const string text = "Minister Borg visited Kazakhstan. “Addressing the safety of journalists requires strong political will. My office stands ready to assist,” he said.";

        Propose(text).Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("ian-borg");
    }

    [Fact]
    public void one_person_under_two_titles_judges_once()
    {
        const string text = "OSCE Chairperson-in-Office and Austrian Foreign Minister Sebastian Kurz, who led an intensive consultation process, expressed his satisfaction regarding these appointments.";

        Propose(text, "2017-07-18").Where(d => d.Kind == EventKind.PraiseExpressed).ShouldHaveSingleItem().Actors.Single().Id.ShouldBe("sebastian-kurz");
    }

    [Fact]
    public void a_name_after_a_title_that_opens_with_a_bodys_possessive_is_an_official()
    {
        const string text = "Douglas Wake, ODIHR’s Deputy Director, stressed the importance of continuing the process of democratic consolidation in Kyrgyzstan.";

        Propose(text, "2011-02-21").Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("douglas-wake");
    }

    [Theory]
    [InlineData("Karin Kneissl met yesterday with OSCE Secretary General Thomas Greminger in Vienna.", "karin-kneissl")]
    [InlineData("Karin Kneissl and Thomas Greminger met at the OSCE headquarters in Vienna.", "karin-kneissl")]
    public void a_name_that_meets_someone_is_a_person(string text, string id)
    {
        Mentions().ForDocument(text, PartialDate.Parse("2018-07-31"), out var names);

        names.ShouldContain(n => n.Actor.Id == id && n.Rule == "actor:new-person");
    }

    [Fact]
    public void welcoming_an_opportunity_is_not_praise()
    {
        const string text = "“We welcome the opportunity to observe these elections in Kyrgyzstan,” said Corien Jonker, the head of the mission.";

        Propose(text, "2010-09-07").ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void the_body_a_judge_speaks_for_is_not_judged()
    {
        const string text = "Ambassador Kairat Abdrakhmanov, the OSCE High Commissioner on National Minorities, thanked Georgia and the High Commissioner on National Minorities staff for their work.";

        Propose(text, "2022-04-13").Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldNotContain("high-commissioner-on-national-minorities");
    }

    [Fact]
    public void a_pronoun_after_a_weekday_is_the_subject_last_named_and_the_weekday_dates_it()
    {
        // published on a Thursday: "on Tuesday" is two days before
        var drafts = Propose("""
            Polish Foreign Minister Marek Nowicki was in the capital of Albania on Thursday as part of a trip to the Western Balkans.
            On Tuesday he visited Podgorica, the capital of Montenegro, where he met his Montenegrin counterpart, Luka Radović.
            """, "2022-06-16");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        meeting.Actors.Single().Id.ShouldBe("marek-nowicki");
        meeting.Counterparts.Single().Id.ShouldBe("luka-radovic"); // the counterpart is named: Montenegro is not met beside him
        meeting.Occurred.Text.ShouldBe("2022-06-14");
        drafts.ShouldContain(d => d.Kind == EventKind.Visit && d.Counterparts.Single().Id == "montenegro" && d.Actors.Single().Id == "marek-nowicki");
        // the stop the trip made that day, not the region the trip was to
        drafts.ShouldContain(d => d.Kind == EventKind.Visit && d.Counterparts.Single().Id == "albania" && d.Occurred.Text == "2022-06-16");
    }

    [Fact]
    public void an_office_one_person_holds_is_its_holder_on_the_date_unless_the_text_names_another()
    {
        // the catalogue knows who held the office in 2019 and who in 2022
        var early = Propose("The OSCE Representative on Freedom of the Media reacted to the reports and called on the authorities of Moldova to protect journalists.", "2019-06-10");
        early.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("harlem-desir");
        var later = Propose("The OSCE Representative on Freedom of the Media called on the authorities of Moldova to protect journalists.", "2022-06-10");
        later.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("teresa-ribeiro");
        // a year the catalogue has no holder for: the office itself
        Propose("The OSCE Representative on Freedom of the Media called on the authorities of Moldova to protect journalists.", "2020-09-10")
            .Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("representative-on-freedom-of-the-media");
        // "the Chairman-in-Office" is the Chairperson-in-Office of that year however it is written
        Propose("The Chairman-in-Office met with the Prime Minister of Albania, Edona Hoxha.", "2022-06-16")
            .Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("zbigniew-rau");
        // another body's holder of the title is not the OSCE's
        Propose("The NATO Secretary General met with the Prime Minister of Albania, Edona Hoxha.", "2022-06-16")
            .SelectMany(d => d.Actors).ShouldNotContain(a => a.Id == "helga-maria-schmid");
    }

    [Fact]
    public void a_judge_after_an_apposition_naming_a_body_speaks_and_recent_events_judged_do_not_date_the_judgement()
    {
        const string text = "“Regrettably, the electoral code was recently amended in a way that is not in line with OSCE commitments,” Mira Lindholm, who headed ODIHR’s observation mission, stated.";

        var criticism = Propose(text, "2024-05-09").Single(d => d.Kind == EventKind.CriticismRaised);

        criticism.Actors.Single().Id.ShouldBe("mira-lindholm");
        criticism.Occurred.Text.ShouldBe("2024-05-09");
    }

    [Fact]
    public void what_should_not_happen_is_no_criticism_and_a_judgement_no_one_makes_is_none()
    {
        var drafts = ProposeBy("Balkan Wire", """
            Reporters have been intimidated in Moldova according to reports.
            “Journalists must be able to work freely and without intimidation,” said Dana Petrescu, the spokesperson of the Moldovan Press Council.
            """, "2019-06-10");

        drafts.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_pledge_naming_no_one_is_to_the_state_the_sentence_named_and_the_organisation_named_before_makes_it()
    {
        var drafts = Propose("""
            Lina Virtanen, the current Chairperson of the OSCE, praised the collaboration between the OSCE and Uzbekistan and reaffirmed continued support for national development priorities.
            Tomas Berg, who also chairs the OSCE, has reaffirmed the organization’s strong support for Albania’s reform agenda.
            He applauded Albania’s progress and highlighted the readiness of the Albanian side to continue the reforms.
            """, "2022-06-16");

        var pledges = drafts.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        pledges.ShouldContain(d => d.Actors.Any(a => a.Id == "lina-virtanen") && d.Counterparts.Single().Id == "uzbekistan");
        pledges.ShouldContain(d => d.Actors.Select(a => a.Id).SequenceEqual(new[] { "osce", "tomas-berg" }) && d.Counterparts.Single().Id == "albania");
        drafts.ShouldContain(d => d.Kind == EventKind.PraiseExpressed && d.Actors.Single().Id == "tomas-berg" && d.Counterparts.Single().Id == "albania");
        pledges.ShouldContain(d => d.Actors.Any(a => a.Id == "albania") && d.Source.Quote.StartsWith("He applauded"));
    }

    [Fact]
    public void a_chief_negotiator_is_an_official_met()
    {
        var drafts = Propose("In Tirana, Minister Borg met with Deputy Prime Minister Arta Kola and Albania’s chief negotiator with the European Union Besnik Dushi.", "2024-06-16");

        drafts.Where(d => d.Kind == EventKind.Meeting).SelectMany(d => d.Counterparts).Select(c => c.Id).ShouldBe(["arta-kola", "besnik-dushi"], ignoreOrder: true);
    }

    [Fact]
    public void a_title_standing_for_an_official_is_the_one_named_of_that_state_and_a_place_does_not_act()
    {
        var drafts = Propose("""
            Slovak Foreign Minister Jan Král is visiting Georgia on 10-11 February.
            He met his Georgian counterpart Levan Gelashvili on 11 February.
            In Georgia, the Slovak Minister also met Prime Minister Nino Kapanadze.
            """, "2019-02-11");

        drafts.Single(d => d.Kind == EventKind.Meeting && d.Counterparts.Any(c => c.Id == "nino-kapanadze")).Actors.Single().Id.ShouldBe("jan-kral");

        var congratulations = Propose("""
            Turkish Foreign Minister Emre Yildiz has congratulated Anna Lindqvist on her appointment as Director of the Agency.
            Lindqvist was appointed earlier in the month.
            The Turkish official congratulated the new director during a phone conversation.
            """, "2020-12-25");
        congratulations.Where(d => d.Kind == EventKind.PraiseExpressed).ShouldAllBe(d => d.Actors.Single().Id == "emre-yildiz");
        congratulations.Count(d => d.Kind == EventKind.PraiseExpressed).ShouldBe(2);
    }

    [Fact]
    public void whose_visit_to_the_country_it_is_and_arriving_for_a_conference_is_no_visit()
    {
        var drafts = Propose("""
            TBILISI, 10 July 2012 - Minority education in Georgia was the theme of High Commissioner Knut Vollebæk’s official visit to the country, which ends today.
            The High Commissioner met in Tbilisi with Georgian Education Minister Giorgi Beridze.
            """, "2012-07-10");
        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        visit.Actors.Single().Id.ShouldBe("knut-vollebaek");
        visit.Counterparts.Single().Id.ShouldBe("georgia");

        Propose("Secretary General Helga Schmid arrived in the capital of Uzbekistan to participate in a number of international events.", "2022-11-16")
            .ShouldNotContain(d => d.Kind == EventKind.Visit);
    }

    [Fact]
    public void commitments_contradicted_and_a_concern_before_a_call_are_criticisms_of_their_own()
    {
        var drafts = Propose("""
            The Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Parliamentary Assembly (PA) stated that the decision of the Belarusian authorities not to invite observers contradicts Minsk's international obligations.
            "This is contrary to the commitments made by Belarus," Director Matteo Mecacci said.
            And the OSCE PA President said that "the decision to shirk its obligation to invite observers is concerning," and called on the Belarusian authorities to be more open.
            """, "2024-01-10");

        var criticisms = drafts.Where(d => d.Kind == EventKind.CriticismRaised).ToList();
        criticisms.ShouldContain(d => d.Actors.Select(a => a.Id).SequenceEqual(new[] { "odihr", "parliamentary-assembly" }) && d.Counterparts.Single().Id == "belarus");
        criticisms.ShouldContain(d => d.Actors.Count == 1 && d.Actors[0].Id == "matteo-mecacci" && d.Counterparts.Single().Id == "belarus");
        criticisms.Count.ShouldBe(3);
        drafts.ShouldContain(d => d.Kind == EventKind.RecommendationMade && d.Counterparts.Single().Id == "belarus");
    }

    [Fact]
    public void speaking_with_an_official_and_a_meeting_that_featured_two_are_meetings_and_a_program_office_is_the_programme_office()
    {
        Propose("He also spoke with the OSCE PA President, Giorgi Lomidze. Minister Borg spoke with Prime Minister Irakli Gogua.", "2024-06-11")
            .ShouldContain(d => d.Kind == EventKind.Meeting && d.Actors.Single().Id == "ian-borg" && d.Counterparts.Single().Id == "irakli-gogua");
        Propose("The meeting featured Armenian Defence Minister Aram Sargsyan and Ambassador Olga Petrova, Head of the OSCE Office in Yerevan.", "2013-12-20")
            .ShouldContain(d => d.Kind == EventKind.Meeting && d.Actors.Single().Id == "aram-sargsyan" && d.Counterparts.Single().Id == "olga-petrova");
        var praise = Propose("Minister Kubat Asanov noted that the OSCE Program Office in Bishkek is one of the most reliable partners of the ministry.", "2018-11-26")
            .Single(d => d.Kind == EventKind.PraiseExpressed);
        praise.Counterparts.Select(c => c.Id).ShouldContain("programme-office-in-bishkek");
    }

    [Fact]
    public void a_body_pledging_in_a_quotation_pledges_through_the_head_quoted()
    {
        // the catalogue knows Michael Georg Link as ODIHR's Director in 2016
        var pledge = Propose("“Defenders are under threat,” said Director Link. “ODIHR will continue to bring attention to the situation of defenders.”", "2016-12-09")
            .Single(d => d.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["odihr", "michael-georg-link"]);
    }

    [Fact]
    public void a_statement_introduced_with_a_colon_is_spoken_by_whoever_issued_it()
    {
        const string text = """
            WASHINGTON – Representative Jane Doerr, Chair of the Helsinki Panel, issued the following statement:

            “The government of Belarus has in recent years jailed dozens of journalists. The release of two of them is a positive first step.

            “I call on the OSCE to place the release of all of them at the top of its agenda.”
            """;

        var drafts = ProposeBy("Helsinki Panel", text, "2015-12-10");

        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["jane-doerr"]); // not the publisher
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(a => a.Id).ShouldBe(["belarus"]);
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["jane-doerr"]);
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["jane-doerr"]);
    }

    [Fact]
    public void a_minister_whose_title_names_no_state_speaks_for_the_state_of_the_capital_the_dateline_names()
    {
        const string text = """
            Tirana, 3 May 2021 – Prime Minister Arben Kolaj met with the Head of the OSCE Presence in Albania, Ambassador Lena Marsh.

            They agreed that the cooperation would continue in the field of electoral reform.
            """;

        var pledge = Propose(text, "2021-05-03").Single(d => d.Kind == EventKind.CommitmentMade);

        // as "the sides confirmed …": each side as the party its official speaks for
        pledge.Actors.Select(a => a.Id).ShouldBe(["albania", "presence-in-albania"]);
    }

    [Fact]
    public void a_pledge_of_the_speakers_own_office_is_the_institutions_they_head()
    {
        var pledge = Propose("“Safety of journalists needs political will. My office stands ready to assist,” said OSCE Representative on Freedom of the Media Teresa Ribeiro.", "2022-04-25")
            .Single(d => d.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["representative-on-freedom-of-the-media", "teresa-ribeiro"]);
    }

    [Fact]
    public void a_rights_groups_verdicts_on_a_record_of_repression_are_criticisms()
    {
        var drafts = ProposeBy("Human Rights Watch", """
            Tajikistan's poor human rights record made it a controversial host. The government has not implemented meaningful reforms.
            Instead, it has dealt a series of blows to human rights.
            """, "2009-11-25");

        drafts.Count(d => d.Kind == EventKind.CriticismRaised && d.Counterparts.Any(c => c.Id == "tajikistan")).ShouldBe(3);
    }

    [Fact]
    public void a_judgement_is_dated_when_made_not_by_the_years_or_the_coming_days_it_speaks_of()
    {
        Propose("Deputy Minister Anna Berdyeva noted that in recent years, cooperation with the Office has reached a new level.", "2023-07-10")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2023-07-10");
        ProposeBy("Human Rights Watch", "Foreign ministers gathering in Athens on December 1 and 2 should use the meeting to urge Kazakhstan to release Zhovtis.", "2009-11-25")
            .Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2009-11-25");
    }

    [Fact]
    public void what_a_speaker_goes_on_to_say_is_of_the_day_they_said_the_first()
    {
        var drafts = Propose("""
            Michael Georg Link, head of ODIHR, said in a March 19 press release that the release was "a positive, welcome step."
            However, he urged the authorities of Azerbaijan "to review the cases of others."
            """, "2016-03-21");

        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2016-03-19");
    }

    [Fact]
    public void the_visitor_is_whoever_is_not_at_home_in_the_state_visited()
    {
        var visit = Propose("On April 25, 2022, Foreign Minister Elnur Mammadli met with the OSCE Representative on Freedom of the Media Teresa Ribeiro, during her visit to Azerbaijan.", "2022-04-26")
            .Single(d => d.Kind == EventKind.Visit);

        visit.Actors.Select(a => a.Id).ShouldBe(["teresa-ribeiro"]);
        visit.Counterparts.Select(a => a.Id).ShouldBe(["azerbaijan"]);
    }

    [Fact]
    public void a_judgement_naming_no_one_is_about_the_state_the_sentence_before_it_was_about()
    {
        var praise = ProposeBy("Human Rights Watch", "Georgia has jailed dozens of journalists. Kazakhstan has a new media law. The recent release of two reporters is a positive first step.", "2015-12-10")
            .Single(d => d.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(a => a.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void a_title_under_a_time_stamp_is_a_headline_the_body_says_again()
    {
        const string text = """
            18:00, 30 November 2010 | GMT +5
            K.Vollebaek highly appraises Kazakhstan's tolerance
            ASTANA. November 30. The OSCE High Commissioner on National Minorities Knut Vollebaek said: "I highly appraise the tolerance Kazakhstan shows."
            """;

        // the headline's praise is the body's: proposed once, from the body
        Propose(text, "2010-11-30").Count(d => d.Kind == EventKind.PraiseExpressed).ShouldBe(1);
    }

    [Fact]
    public void however_he_urged_is_the_speaker_of_the_sentence_before()
    {
        var drafts = Propose("""
            Michael Georg Link, head of ODIHR, said that the release was "a positive, welcome step."
            However, he urged Azerbaijani President Ilham Aliyev "to review the cases of others, including lawyer Intiqam Aliyev."
            """, "2016-03-21");

        var call = drafts.Single(d => d.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["michael-georg-link"]);
        // "Azerbaijani President" is his title, not a second party urged
        call.Counterparts.Select(a => a.Id).ShouldBe(["ilham-aliyev"]);
    }

    [Fact]
    public void a_cooperation_valued_for_what_is_to_come_is_not_praised()
    {
        Propose("During meetings, Harlem Désir underlined the need to continue the fruitful co-operation between his office and Armenia.", "2017-10-06")
            .ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
        Propose("Minister Marko Lazic said that Serbia attached great importance to its long-term and constructive cooperation with the High Commissioner.", "2024-06-18")
            .ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
        // what it has done is judged
        Propose("Minister Marko Lazic praised the constructive cooperation with the High Commissioner.", "2024-06-18")
            .ShouldContain(d => d.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void participles_condemn_and_urge_and_should_not_be_asks()
    {
        Propose("Dunja Mijatović has sent a letter to the Foreign Minister of Belarus, condemning the continuing pressure on journalists.", "2011-04-06")
            .ShouldContain(d => d.Kind == EventKind.CriticismRaised && d.Actors.Any(a => a.Id == "dunja-mijatovic"));
        Propose("Dunja Mijatović wrote to the authorities of Belarus, urging them to stop the practice.", "2011-04-06")
            .ShouldContain(d => d.Kind == EventKind.RecommendationMade && d.Actors.Any(a => a.Id == "dunja-mijatovic"));
        // what should not happen is asked for, not a criticism of its own
        var drafts = Propose("“Journalists in Belarus should not be intimidated by police,” Mijatović said.", "2014-08-19");
        drafts.ShouldContain(d => d.Kind == EventKind.RecommendationMade);
        drafts.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void the_osce_chairperson_is_the_chair_in_office_and_another_states_foreign_minister_is_not_the_documents()
    {
        var drafts = Propose("""
            The OSCE Chairperson-in-Office, Ukrainian Foreign Minister Leonid Kozhara, concluded his visit to Kyrgyzstan and Tajikistan.
            The OSCE Chairperson discussed border security with the President of Kyrgyzstan Temir Osmonov.
            Meetings with the Foreign Minister of Tajikistan Rustam Nazarzoda were also held during the visit.
            """, "2013-10-20");

        var meetings = drafts.Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.Select(m => m.Counterparts.Single().Id).ShouldBe(["temir-osmonov", "rustam-nazarzoda"], ignoreOrder: true);
        // "the Foreign Minister of Tajikistan" is Nazarzoda's title, not the Ukrainian Foreign Minister's
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "leonid-kozhara");
    }

    [Fact]
    public void a_greeting_is_not_praise_and_a_proposed_plan_is_not_a_proposal()
    {
        var drafts = ProposeBy("UK Foreign Office", """
            Deputy Ambassador Jane Hollis thanks the committee chairs for their work.
            I warmly welcome you, Secretary General Ruiz, back to the Permanent Council.
            Ambassador Petrescu, we welcome your proposed work-plan.
            To make progress together we should continue to work with the Council of Europe.
            """, "2023-02-09");

        // the statement's deliverer speaks for the State that publishes it; "Ambassador Petrescu," is whom she addresses
        var praise = drafts.Where(d => d.Kind == EventKind.PraiseExpressed).ToList();
        praise.Count.ShouldBe(2);
        praise.ShouldAllBe(d => d.Actors.Select(a => a.Id).SequenceEqual(new[] { "jane-hollis", "united-kingdom" }));
        praise[1].Counterparts.Select(c => c.Id).ShouldContain("petrescu");
        drafts.ShouldNotContain(d => d.Kind == EventKind.RecommendationMade);
    }

    [Fact]
    public void an_appeals_signatories_speak_and_we_in_a_reprinted_statement_is_who_it_shows_speaking()
    {
        ProposeBy("Helsinki Weekly", "We, members of the Civic Solidarity Platform, are alarmed that the space for civil society has shrunk in many OSCE participating States.", "2017-09-11")
            .Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("civic-solidarity-platform");

        var drafts = Propose("""
            The United Kingdom commends the work of the OSCE Mission in Kosovo.
            We also welcome the Mission's support to municipal administrations.
            """, "2023-10-19");
        drafts.Count(d => d.Kind == EventKind.PraiseExpressed).ShouldBe(2);
        drafts.ShouldAllBe(d => d.Actors.Single().Id == "united-kingdom" && d.Counterparts.Single().Id == "mission-in-kosovo");
    }

    [Fact]
    public void who_a_war_is_against_suffers_it_and_is_not_judged()
    {
        var drafts = ProposeBy("UK Government", "As the war against Ukraine goes on, we continue to see reports of violations of international humanitarian law by Russia’s forces.", "2023-04-20");

        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void co_chairs_introduced_with_their_names_act_together_and_they_next_is_them()
    {
        var drafts = Propose("""
            The Co-Chairs of the OSCE Minsk Group (Marc Durand of France, Paul Keller of the United States of America, and Oleg Sorokin of the Russian Federation) met with Foreign Minister Jeyhun Bayramov in New York.
            They welcomed the resumption of direct dialogue.
            The Co-Chairs reaffirmed their commitment to continue working with the sides.

            https://example.org/news/co-chairs-welcome-meeting-between-ministers/
            """, "2021-09-25");

        var group = new[] { "marc-durand", "paul-keller", "oleg-sorokin" };
        drafts.Single(d => d.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(group, ignoreOrder: true);
        // the web address's "welcome" is no second praise
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(group, ignoreOrder: true);
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(group, ignoreOrder: true);
    }

    [Fact]
    public void a_saved_pages_date_stamp_is_when_it_was_filed_and_a_sentence_received_is_no_meeting()
    {
        Propose(" date 2023-09-20 OSCE Chairman-in-Office Bujar Osmani held separate meetings yesterday with the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov.", "2023-09-20")
            .Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2023-09-19");

        var drafts = Propose("""
            VIENNA, 24 July 2024 – The OSCE Representative on Freedom of the Media Teresa Ribeiro expresses deep concern about the safety of journalists in the Russian Federation.
            The reporter received a sixteen-year prison sentence on 19 July in Yekaterinburg.
            """, "2024-07-24");
        drafts.ShouldNotContain(d => d.Kind == EventKind.Meeting);
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2024-07-24");
    }

    [Fact]
    public void a_known_name_run_into_its_verb_and_a_plural_title_name_the_people_they_are()
    {
        Propose("OSCE Chairperson-in-Office, Slovak Foreign Minister Miroslav Lajčákhas hailed the meeting of the two leaders as constructive.", "2019-04-01")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("miroslav-lajcak");
        Propose("Frank-Walter Steinmeier met with Co-Chairs of the OSCE Minsk Group Ambassadors Igor Popov, Pierre Andrieu in Berlin.", "2016-06-24")
            .Where(d => d.Kind == EventKind.Meeting).SelectMany(d => d.Counterparts).Select(c => c.Id).ShouldContain("igor-popov");
    }

    [Fact]
    public void a_body_pledges_through_its_reported_speaker_and_nations_committed_to_freedoms_pledge_nothing()
    {
        Propose("The OSCE will attempt to organize a meeting between the two communities, said Frank-Walter Steinmeier, the OSCE Chairperson-in-Office, speaking in Baku on Thursday.", "2016-07-01")
            .Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("osce");
        Propose("Chris Smith said that jailing journalists is unacceptable behaviour for nations committed to the fundamental freedoms of the Helsinki Final Act.", "2015-05-01")
            .ShouldNotContain(d => d.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_failure_supposed_after_if_assesses_nothing_and_a_should_is_addressed_to_its_subject()
    {
        var drafts = Propose("The EU should set clear conditions if the governments of Central Asia fail to meet their human rights goals, Human Rights Watch said.", "2020-11-18");

        drafts.ShouldNotContain(d => d.Kind == EventKind.CommitmentAssessed);
        var call = drafts.Single(d => d.Kind == EventKind.RecommendationMade);
        call.Actors.Single().Id.ShouldBe("human-rights-watch");
        call.Counterparts.Select(c => c.Id).ShouldBe(["european-union"]);
    }

    [Fact]
    public void the_day_a_reported_statement_was_made_dates_what_the_report_tells_of_it()
    {
        var drafts = Propose("Human Rights Watch is urging the European Union to tie its support to reforms. The EU should press Kyrgyzstan for an inquiry, Human Rights Watch said on November 16.", "2020-11-18");

        drafts.Where(d => d.Kind == EventKind.RecommendationMade).Select(d => d.Occurred.Text).ShouldBe(["2020-11-16", "2020-11-16"]);
        // a day more than a fortnight before the report is not the statement's day of this report
        Propose("Human Rights Watch is urging the European Union to tie its support to reforms. It said on October 1 that the EU should press Kyrgyzstan.", "2020-11-18")
            .First(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2020-11-18");
    }

    [Fact]
    public void the_group_or_the_watchdog_that_speaks_is_the_body_last_named_acting()
    {
        var drafts = Propose("Human Rights Watch called on Kazakhstan to free the activists. The group said the EU should press the Kyrgyz authorities to hold an independent inquiry. " +
                             "The New York-based human rights watchdog noted that the President’s promises of reform have not brought meaningful improvements.", "2020-11-18");

        drafts.Count(d => d.Kind == EventKind.RecommendationMade && d.Actors.Single().Id == "human-rights-watch").ShouldBe(2);
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("human-rights-watch");
    }

    [Fact]
    public void putting_rights_at_risk_is_a_criticism_of_whoever_puts_them_there()
    {
        Propose("According to Human Rights Watch, the upheaval in Kyrgyzstan also put human rights at risk in the country.", "2020-11-18")
            .Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan"]);
    }

    [Fact]
    public void the_government_of_a_sentence_after_one_naming_a_states_official_is_that_states()
    {
        var drafts = Propose("Human Rights Watch said Kyrgyzstan’s inquiry was flawed.\nIt noted that Kazakh President Kassym-Jomart Tokayev’s promises of reform have not brought meaningful improvements. " +
                             "Protesters are still detained. The government decriminalized defamation, but journalists continue to be harassed, according to Human Rights Watch.", "2020-11-18");

        drafts.Last(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void a_headline_naming_who_says_it_is_theirs_not_the_first_person_the_body_names()
    {
        var drafts = Propose("Western states should push for concrete reforms in Central Asia, HRW says\n" +
                             "Governments are courting Central Asia, Human Rights Watch (HRW) said today in its World Report.\n" +
                             "“Rights are backsliding across the region,” said Hugh Williamson, Europe and Central Asia director at Human Rights Watch.", "2024-01-11");

        drafts.Where(d => d.Kind == EventKind.RecommendationMade).SelectMany(d => d.Actors).Select(a => a.Id).ShouldBe(["human-rights-watch"]);
    }

    [Theory]
    [InlineData("At the 2010 Astana Summit, the participating States reaffirmed their commitment to the human dimension.", "2023-09", "2010")]
    [InlineData("Since 2019, the President has repeatedly promised political reform.", "2023-09", "2019/2023-09")]
    [InlineData("It was his first visit to Zagreb since 1993.", "2023-09", "2023-09")]
    public void a_gatherings_year_dates_it_and_since_a_year_runs_to_the_day_of_writing(string sentence, string published, string expected) =>
        Dates.For(sentence, PartialDate.Parse(published))!.Date.Text.ShouldBe(expected);

    [Theory]
    [InlineData("The Minister visited Vienna on Sept. 5, 2024.", "2024-09-10", "2024-09-05")]
    [InlineData("The Minister visited Vienna on 3 Jan 2025.", "2025-01-10", "2025-01-03")]
    [InlineData("The Minister visited Vienna on Dec 1-2, 2024.", "2024-12-10", "2024-12-01/2024-12-02")]
    [InlineData("The Minister visited Vienna in Mar. 2024.", "2024-09-10", "2024-03")]
    [InlineData("The Minister visited Vienna in May.", "2024-09-10", "2024-05")]
    [InlineData("The Minister visited Vienna on Tuesday.", "2024-09-12", "2024-09-10")]
    [InlineData("The Minister visited Vienna on Monday to Wednesday.", "2024-09-12", "2024-09-09/2024-09-11")]
    [InlineData("The Minister visited Vienna on 5 may 2024.", "2024-09-12", "2024-09-12")]
    public void a_month_short_or_long_and_a_weekday_are_read_where_the_sentence_names_them(string sentence, string published, string expected) =>
        Dates.For(sentence, PartialDate.Parse(published))!.Date.Text.ShouldBe(expected);

    [Theory]
    [InlineData("Since 2019, President Tokaev has repeatedly promised political modernisation.", EventKind.CommitmentMade, "kassym-jomart-tokayev")]
    [InlineData("The registration of new parties remains restrictive in Kazakhstan, Human Rights Watch said.", EventKind.CriticismRaised, "human-rights-watch")]
    public void a_promise_kept_on_making_and_a_rule_that_remains_restrictive_are_read(string sentence, EventKind kind, string actor) =>
        Propose(sentence, "2023-09-01").ShouldContain(p => p.Kind == kind && p.Actors.Any(a => a.Id == actor));

    [Fact]
    public void civil_society_a_criticism_speaks_up_for_is_not_what_it_criticises()
    {
        var criticism = Propose("EU Statement on the Human Dimension in Kazakhstan\n\nThe European Union remains concerned about the lack of registration of independent human rights organisations.")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void what_a_praise_is_for_is_not_whom_it_praises()
    {
        var praise = Propose("Minister Borg thanked Kazakhstan for hosting the OSCE Programme Office in Astana.").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Theory]
    [InlineData("Minister Borg held meetings in Astana today with President Kassym-Jomart Tokayev.", EventKind.Meeting, "ian-borg")]
    [InlineData("The verdict against the blogger is a blatant attack on freedom of expression in Kazakhstan, Human Rights Watch said.", EventKind.CriticismRaised, "human-rights-watch")]
    [InlineData("“Such statements undermine reconciliation in Kazakhstan,” Minister Borg said.", EventKind.CriticismRaised, "ian-borg")]
    [InlineData("Minister Borg also raised the cases of detained journalists in Kazakhstan.", EventKind.CriticismRaised, "ian-borg")]
    [InlineData("President Tokayev highlighted the Organization’s role in strengthening security, praising the OSCE.", EventKind.PraiseExpressed, "kassym-jomart-tokayev")]
    public void meetings_held_somewhere_attacks_on_freedoms_cases_raised_and_a_bodys_role_highlighted_are_read(string sentence, EventKind kind, string actor) =>
        Propose(sentence).ShouldContain(p => p.Kind == kind && p.Actors.Any(a => a.Id == actor));

    [Fact]
    public void a_statement_delivered_by_an_ambassador_under_a_heading_is_said_by_both()
    {
        var published = PartialDate.Parse("2024-05-16");
        const string text = "United Kingdom Delegation to the OSCE\nStatement on media freedom in Kazakhstan\nAs delivered by Ambassador Neil Holland to the Permanent Council, Vienna\n\nWe call on Kazakhstan to release the detained journalists.";

        var call = Seeded.Value.Propose("doc", text, published, Mentions().First("United Kingdom", published)).Select(p => p.Draft).Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["neil-holland", "united-kingdom"], ignoreOrder: true);
    }

    [Fact]
    public void a_federal_councillor_is_a_title_not_a_person()
    {
        var meetings = Propose("Foreign Minister Murat Nurtleu held talks with Federal Councillor and Head of the Federal Department of Foreign Affairs of Switzerland Ignazio Cassis.", "2026-03-12")
            .Where(p => p.Kind == EventKind.Meeting).ToList();

        meetings.SelectMany(m => m.Counterparts).Select(c => c.Id).ShouldBe(["ignazio-cassis"]);
    }

    [Theory]
    [InlineData("The President reported on her meetings earlier this week in Vienna.", "2021-09-10", "2021-09-06/2021-09-09")]
    [InlineData("The President reported on her meetings last week in Vienna.", "2021-09-10", "2021-08-30/2021-09-05")]
    [InlineData("The President reported on her meetings last month in Vienna.", "2021-09-10", "2021-08")]
    [InlineData("The President reported on her meetings earlier this month in Vienna.", "2021-09-10", "2021-09-01/2021-09-09")]
    public void a_recent_week_or_month_names_its_days_up_to_the_day_before(string sentence, string published, string expected) =>
        Dates.For(sentence, PartialDate.Parse(published))!.Date.Text.ShouldBe(expected);

    [Fact]
    public void what_took_place_on_the_margins_of_a_dated_conference_is_of_its_days()
    {
        var meeting = Propose("PA President Margareta Cederfelt reported on her part earlier this week in the World Conference of Speakers of Parliament in Vienna. " +
                              "On the margins of the conference, she held a meeting with Foreign Minister Ilia Darchiashvili.", "2021-09-10")
            .Single(d => d.Kind == EventKind.Meeting);

        meeting.Occurred.Text.ShouldBe("2021-09-06/2021-09-09");
    }

    [Fact]
    public void two_officials_joined_by_and_before_the_cue_both_act()
    {
        var criticism = Propose("VIENNA, 25 October 2019 – The OSCE Representative on Freedom of the Media, Harlem Désir, and the Head of the OSCE Mission to Bosnia and Herzegovina (BiH), Jana Kovač, strongly condemned today a death threat sent to a journalist.", "2019-10-25")
            .Single(d => d.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["harlem-desir", "jana-kovac"]);
    }

    [Fact]
    public void a_meeting_with_a_states_unnamed_minister_is_the_one_told_again_with_the_minister_named()
    {
        var meetings = Propose("VIENNA, 4 December 2025 – Turkish Foreign Minister Hakan Fidan held bilateral meetings with the foreign ministers of Austria and Hungary. " +
                               "Later the Turkish foreign minister met with Hungarian Foreign Minister Peter Szijjarto.", "2025-12-04")
            .Where(d => d.Kind == EventKind.Meeting).ToList();

        meetings.Select(m => m.Counterparts.Single().Id).ShouldBe(["austria", "peter-szijjarto"]);
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "hakan-fidan");
    }

    [Fact]
    public void a_name_is_a_persons_before_had_a_meeting_with_or_an_apposed_ministry_title()
    {
        Propose("Today Edward Smithson had a meeting with Sebastian Kurz.", "2015-12-10")
            .Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("edward-smithson");
        Propose("On 10 December, Edward Nalbandian, Foreign Minister of Armenia, who pays a working visit to Vienna, met Sebastian Kurz. Ministers expressed satisfaction with the frequent mutual visits.", "2015-12-10")
            .ShouldSatisfyAllConditions(
                drafts => drafts.Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("edward-nalbandian"),
                // what the two ministers say together praises neither
                drafts => drafts.ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed));
    }

    [Fact]
    public void an_expectation_reiterated_is_a_call()
    {
        Propose("Turkish Foreign Minister Hakan Fidan reiterated Ankara’s expectation that the EU will open new accession chapters.", "2025-12-04")
            .Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["european-union"]);
    }

    [Fact]
    public void a_need_stated_and_an_inviting_advocated_before_now_are_calls()
    {
        var drafts = Propose("Austrian Foreign Minister Alexander Schallenberg stated the need for Russia to take part in the Ministerial Council. " +
                             "Previously, Schallenberg had already advocated inviting the foreign ministers of Russia and Belarus to OSCE meetings.", "2023-11-18")
            .Where(d => d.Kind == EventKind.RecommendationMade).ToList();

        drafts.Count.ShouldBe(2);
        drafts.ShouldAllBe(d => d.Actors.Single().Id == "alexander-schallenberg");
        // what was advocated "previously" is dated before the report, not on its day
        drafts.Select(d => d.Occurred.Text).ShouldBe(["2023-11-18", "../2023-11-18"]);
    }

    [Fact]
    public void calls_to_put_an_end_to_something_or_to_free_someone_are_calls_not_criticisms()
    {
        var drafts = Propose("\"The Belarusian authorities must immediately put an end to the persecution of their opponents,\" said Minister Karel De Gucht.", "2006-03-23");

        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["belarus"]);
        drafts.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
        Propose("\"Our colleagues must be freed,\" said Minister Karel De Gucht.", "2006-03-23")
            .Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("karel-de-gucht");
    }

    [Fact]
    public void i_would_like_to_call_on_is_a_call_made_and_a_reported_will_continue_is_the_speakers_pledge()
    {
        Propose("“I would like to call on participating States to support the release of our colleagues,” Secretary General Helga Maria Schmid said.", "2024-04-18")
            .Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("helga-maria-schmid");
        Propose("The OSCE Chairman-in-Office Karel De Gucht stressed that he will continue to closely follow post-election developments.", "2006-03-23")
            .Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("karel-de-gucht");
    }

    [Fact]
    public void a_dateline_with_an_agency_after_a_subheading_opens_a_sentence_and_said_sunday_dates_the_statement()
    {
        const string text = "OSCE says it developed a mechanism\nThe mechanism will be finalized within days\n" +
                            "VIENNA, September 8 (Itar-Tass) - The Mission has developed a mechanism, the OSCE Chairman-in-Office Didier Burkhalter said Sunday.\n" +
                            "“Burkhalter expressed his gratitude to participating States for their support,” the OSCE said in a statement.";

        Sentences.Split(text).ShouldContain(x => x.Text.StartsWith("VIENNA, September 8 (Itar-Tass)"));
        Propose(text, "2014-09-08").Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2014-09-07");
    }

    [Fact]
    public void promises_that_must_be_kept_are_a_call()
    {
        Propose("\"Promises made to people in eastern Ukraine must be kept,\" said Didier Burkhalter.", "2014-09-08")
            .Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("didier-burkhalter");
    }

    [Fact]
    public void whom_a_led_by_clause_names_does_not_act_and_highlighting_their_crucial_role_praises()
    {
        var drafts = Propose("DUSHANBE, 26 June 2024 — Minister Ian Borg met with OSCE staff, led by the Head of Mission, Ambassador Willy Kempel, and commended their dedication. " +
                             "During his meeting with civil society representatives, Minister Borg highlighted their crucial role in implementing OSCE commitments.", "2024-06-26")
            .Where(d => d.Kind == EventKind.PraiseExpressed).ToList();

        drafts.Count.ShouldBe(2);
        drafts.ShouldAllBe(d => d.Actors.Single().Id == "ian-borg");
    }

    [Theory]
    [InlineData("“I am watching developments in Moldova with concern,” said Commissioner Alcee Hastings.", "moldova")]
    [InlineData("“What happened does not reflect the commitment to democracy we expect in Moldova,” said Commissioner Alcee Hastings.", "moldova")]
    [InlineData("“Russia continues its unprovoked, unjustifiable and illegal war against Ukraine,” said Commissioner Alcee Hastings.", "russian-federation")]
    public void concern_watched_commitments_not_reflected_and_an_illegal_war_are_criticisms(string sentence, string judged) =>
        Propose(sentence, "2019-06-12").Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldContain(judged);

    [Fact]
    public void we_wish_to_acknowledge_is_praise()
    {
        Propose("We wish to acknowledge Director Matteo Mecacci’s strong public stances, said the European Union.", "2024-03-14")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldContain("matteo-mecacci");
    }

    [Fact]
    public void the_foreign_minister_said_speaks_for_the_minister_named_not_for_the_secretary_general_he_received()
    {
        var drafts = Propose("TBILISI, 4 September 2018 — Foreign Minister of Georgia Levan Dartsmelia received OSCE Secretary General Thomas Greminger. " +
                             "Welcoming the guest, the foreign minister said Georgia values the OSCE as an important regional platform. " +
                             "Speaking of the reforms, the FM said one of the priorities of the new government is to continue the process of judicial reform.", "2018-09-04");

        var praise = drafts.Single(d => d.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["levan-dartsmelia"]);
        praise.Counterparts.Select(c => c.Id).ShouldContain("osce");
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("levan-dartsmelia");
    }

    [Fact]
    public void affirming_a_bodys_support_pledges_it()
    {
        Propose("Speaking at a joint press conference with Foreign Minister Murat Nurtleu, Borg affirmed OSCE’s support for the ongoing reform process.", "2024-05-13")
            .Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["osce", "ian-borg"], ignoreOrder: true);
    }

    [Fact]
    public void people_targeted_for_their_work_is_a_criticism()
    {
        Propose("Human Rights Watch said that the two bloggers, detained on June 15, \"are being targeted for their professional activities.\"", "2022-06-22")
            .Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("human-rights-watch");
    }

    [Fact]
    public void a_quotation_said_in_a_dated_statement_is_its_speakers_and_of_that_day()
    {
        var drafts = Propose("The Committee to Protect Journalists (CPJ) has called on Tajikistan to release the bloggers. " +
                             "“The authorities’ silence is wholly unacceptable,” Dilnoza Rahimova, CPJ’s Europe and Central Asia program coordinator, said in a July 14 statement.", "2022-07-15");

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Single().Id.ShouldBe("dilnoza-rahimova");
        criticism.Occurred.Text.ShouldBe("2022-07-14");
    }

    [Fact]
    public void criticised_by_no_one_named_is_no_criticism_and_the_criticised_is_no_critic()
    {
        Propose("“Critical voices are important for a democratic society,” Sultana Aliyeva of Human Rights Watch said. " +
                "President Emomali Rahmon has been criticized for years over his disregard for independent media.", "2022-06-22")
            .ShouldNotContain(d => d.Kind == EventKind.CriticismRaised && d.Source.Quote.Contains("Rahmon"));
        // ("… by international human rights groups for years": the dictionary's "Human rights organisations", by news's shorter word, criticise,
        // some time before the writing, as the seed review has "this mechanism has been criticized by international organizations"; Rahmon does not)
        var byGroups = Propose("President Emomali Rahmon has been criticized by international human rights groups for years over his disregard for independent media.", "2022-06-22")
            .Single(d => d.Kind == EventKind.CriticismRaised);
        (byGroups.Actors.Single().Id, byGroups.Occurred.Text).ShouldBe(("human-rights-organisations", "../2022-06-22"));
    }

    [Fact]
    public void a_speaker_of_an_unknown_parliament_is_named_after_it_and_a_misspelt_surname_is_the_same_person()
    {
        var drafts = Propose("President of the OSCE Parliamentary Assembly (OSCE PA) Mikheil Kvaratli has affirmed the assembly`s commitment to developing relations with Azerbaijan as he met with Speaker of the Milli Majlis Ogtay Asadov. " +
                             "“The OSCE PA is interested in developing relations with Azerbaijan,” Kvaratelli said. Later, Kvaratelli visited Baku.", "2020-02-01");

        drafts.Single(d => d.Kind == EventKind.Meeting).Counterparts.Single().Id.ShouldBe("ogtay-asadov");
        // named as the document spells him most often
        drafts.Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("mikheil-kvaratelli");
        drafts.First(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("parliamentary-assembly");
    }

    [Fact]
    public void two_hosts_meeting_a_guest_are_one_meeting_unless_they_met_separately_and_visit_together()
    {
        var drafts = Propose("STRASBOURG, 24 October 2019 – Foreign Minister Ian Borg and Secretary General Feridun Sinirlioğlu met yesterday in Strasbourg with Klara Dobrev, Vice President of the European Parliament. " +
                             "COPENHAGEN, 21 October 2019 – Foreign Minister Ian Borg and Secretary General Feridun Sinirlioğlu have wrapped up a visit to Belgrade.", "2019-10-24");

        drafts.Single(d => d.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["ian-borg", "feridun-sinirlioglu"], ignoreOrder: true);
        drafts.Single(d => d.Kind == EventKind.Visit).Actors.Select(a => a.Id).ShouldBe(["ian-borg", "feridun-sinirlioglu"], ignoreOrder: true);
    }

    [Fact]
    public void a_surname_given_a_courtesy_title_elsewhere_is_a_persons_and_it_will_after_they_is_no_pledge()
    {
        var drafts = Propose("Baku, March 12 – Foreign Minister Ian Borg has visited the National Parliament of Azerbaijan to meet the head of Azerbaijani delegation to the OSCE Parliamentary Assembly Bahar Muradova. " +
                             "Mrs. Muradova highlighted the cooperation with the OSCE. She noted the country was interested in further developing this cooperation. " +
                             "They stressed the importance of the session that will be held in Baku and noted that it will contribute to the strengthening of cooperation.", "2018-03-12");

        drafts.ShouldContain(d => d.Kind == EventKind.Meeting && d.Counterparts.Any(c => c.Id == "bahar-muradova"));
        drafts.Where(d => d.Kind == EventKind.CommitmentMade).ShouldHaveSingleItem().Actors.Select(a => a.Id).ShouldContain("bahar-muradova");
    }

    [Fact]
    public void a_states_chairmanship_of_the_osce_is_the_state()
    {
        Propose("Foreign Minister Ian Borg today welcomed the 2015 Serbian Chairmanship of the OSCE.", "2015-01-15")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["serbia"]);
    }

    [Fact]
    public void the_head_of_a_states_parliament_met_unnamed_is_a_meeting_with_the_state_on_the_weekday_said()
    {
        var meeting = Propose("COPENHAGEN, 17 October 2019 – Foreign Minister Ian Borg met Wednesday in Belgrade with the President of the Grand National Assembly of Turkey.", "2019-10-17")
            .Single(d => d.Kind == EventKind.Meeting);

        meeting.Counterparts.Single().Id.ShouldBe("turkiye");
        meeting.Occurred.Text.ShouldBe("2019-10-16");
    }

    [Fact]
    public void a_title_with_its_acronym_in_brackets_names_the_official_and_views_exchanged_with_people_are_meetings()
    {
        var drafts = Propose("The topics were discussed during the OSCE High Commissioner on National Minorities (HCNM) Astrid Thors’ visit to Kyrgyzstan from 24 to 26 November. " +
                             "In Bishkek, Thors exchanged views on a range of issues with Prime Minister Temir Sariev and Foreign Minister Erlan Abdyldaev. " +
                             "Thors also exchanged views with Mira Karybaeva, Head of the Department. " +
                             "The High Commissioner encouraged the authorities to support the participation of national minorities in public life.", "2015-11-27");

        drafts.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).ShouldBe(["temir-sariev", "erlan-abdyldaev", "mira-karybaeva"], ignoreOrder: true);
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("astrid-thors");
    }

    [Fact]
    public void continuing_to_demand_is_a_call_made_now_about_the_aggressor_not_the_victim()
    {
        var drafts = Propose("We will continue to demand the immediate release of all those who, as part of Russia’s war of aggression against Ukraine, have been arbitrarily detained by Russia, said the European Union.", "2024-07-18");

        drafts.ShouldNotContain(d => d.Kind == EventKind.CommitmentMade);
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void thanking_the_interlocutor_and_noting_a_policys_effectiveness_praise_whom_they_name()
    {
        var drafts = Propose("ASTANA – Chairman of the Majilis Kabibulla Dzhakupov has met with the OSCE High Commissioner on National Minorities Astrid Thors. " +
                             "K.Dzhakupov thanked his interlocutor for agreeing to participate in the international conference. " +
                             "Mr.Dzhakupov noted the effectiveness of peacekeeping policy of Kazakhstan's President Nursultan Nazarbayev.", "2015-06-16")
            .Where(d => d.Kind == EventKind.PraiseExpressed).ToList();

        drafts.Select(d => d.Counterparts.Single().Id).ShouldBe(["astrid-thors", "nursultan-nazarbayev"]);
    }

    [Fact]
    public void a_second_title_joined_by_and_is_the_named_officials_not_another_party()
    {
        Propose("On September 28, in New York, Minister Rashid Meredov met with the Acting Secretary General of the OSCE and head of the Conflict Prevention Centre, Catherine Fearon.", "2020-10-02")
            .Where(d => d.Kind == EventKind.Meeting).ShouldHaveSingleItem().Counterparts.Single().Id.ShouldBe("catherine-fearon");
    }

    [Fact]
    public void welcome_news_praises_and_she_noted_is_the_judge_last_quoted_not_the_detainee()
    {
        var praise = Propose("“Elnur Majidli’s release is very welcome news,” said John Dalhuisen of Amnesty International.", "2012-05-16").Single(d => d.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["john-dalhuisen"]);

        var drafts = Propose("Rights groups continue to call on official Baku to release the public activist Anar Mammadli. " +
                             "In turn, Amnesty International researcher Natalie Notadze also called for the immediate release of Anar Mammadli. " +
                             "\"The Azerbaijani authorities must immediately stop detaining their critics,\" she said. Anar Mammadli's arrest is an indicator of abuses of justice. " +
                             "Illegal searches and arbitrary arrests in Azerbaijan are an attempt to silence the opposition, she noted.", "2024-05-01");
        drafts.Last(d => d.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["natalie-notadze"]);
    }

    [Fact]
    public void the_statement_of_a_body_after_a_quotation_is_its_speaker_and_allegations_to_investigate_are_the_call()
    {
        var drafts = Propose("\"We demand the immediate and unconditional release of Anar Mammadli,\" the statement of Human Rights Watch. " +
                             "“Allegations of torture and ill-treatment must be promptly and thoroughly investigated,” said John Dalhuisen.", "2024-05-01");

        drafts.First(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("human-rights-watch");
        drafts.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void two_officials_who_met_met_each_other()
    {
        var drafts = Propose("TASHKENT, April 10. Uzbek Foreign Minister Bakhtiyor Saidov and United States Secretary of State Marco Rubio met in Washington.", "2025-04-10");

        var meeting = drafts.Where(d => d.Kind == EventKind.Meeting).ShouldHaveSingleItem();
        meeting.Actors.Concat(meeting.Counterparts).Select(a => a.Id).ShouldBe(["bakhtiyor-saidov", "marco-rubio"], ignoreOrder: true);
    }

    [Fact]
    public void we_express_our_gratitude_praises()
    {
        Propose("“We met with Mr. Antti Karttunen,” stated Minister Saidov. “We express our gratitude to the OSCE for its constant support of the reforms implemented in our country.”", "2024-04-07")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldContain("osce");
    }

    [Fact]
    public void a_meeting_held_today_between_two_officials_is_theirs()
    {
        var meeting = Propose("Cooperation was among the main topics of discussion at a meeting held today between Irakli Garibashvili, Prime Minister of Georgia and Helga Maria Schmid, OSCE Secretary General.", "2022-03-02")
            .Single(d => d.Kind == EventKind.Meeting);

        meeting.Actors.Concat(meeting.Counterparts).Select(a => a.Id).ShouldBe(["irakli-garibashvili", "helga-maria-schmid"], ignoreOrder: true);
    }

    [Fact]
    public void reaffirming_a_bodys_quoted_support_pledges_it()
    {
        Propose("The President of the European Council, Donald Tusk, once again reaffirmed the EU's “unequivocal support” for Georgia's territorial integrity.", "2017-09-20")
            .Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("european-union");
    }

    [Fact]
    public void a_line_ending_in_a_web_address_ends_its_sentence()
    {
        var sentences = Sentences.Split("Previously, she expressed concern about detentions (see: https://www.example.org/statements/1\nThe Representative observes media developments in all participating States.");

        sentences.Count.ShouldBe(2);
        sentences[1].Text.ShouldStartWith("The Representative");
    }

    private static Mentions Mentions()
    {
        var documents = Path.Combine(AppFixture.SeedsFolder, "documents");
        var texts = Directory.GetFiles(documents, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        return new Mentions(ActorCatalogue.Read("actors.json", File.ReadAllText(Path.Combine(AppFixture.SeedsFolder, "actors.json")), texts.GetValueOrDefault)
            .Select(e => e.Missing(null, "test").Aggregate((Actor?)null, (a, ev) => Actor.Evolve(a, ev, default))!));
    }

    [Fact]
    public void never_throws_and_every_span_lies_inside_the_document()
    {
        string[] vocabulary = ["met", "with", "Minister", "Borg", "Tokayev", "visit", "to", "Kazakhstan", "will", "not", "committed", "urged", "in", "2009",
            "November", "the", "Chair-in-Office", ".", ",", "\n", "\n\n", "•", "He", "ODIHR", "commended", "fell", "short",
            // phrases whose mentions share a span or overlap (a region's States, the autonomous institutions), and web addresses
            "autonomous institutions", "Central Asian governments", "European Union", "said", "and", "“", "”", "https://www.example.org/a.html", "Governor", "Kompatscher",
            // (a second verb's authorities after a meeting, pronouns told and met, days counted from a heading, a log's header)
            "the authorities", "told", "him", "me", "we", "her", "she", "tomorrow", "Today", "pay tribute to", "The OSCE's top official", "will always be a reliable partner",
            "1 December 2026\n", "date,principal,met\n", "2026-11-04,Ian Borg,Tokayev\n", "Date | Met with\n", "visited", "arrived in", "held talks with", "Astana", "Georgia"];
        var words = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        Gen.Select(Gen.String, words.Array[0, 60], Gen.Bool).Sample((noise, chosen, capitals) =>
        {
            // (and the same in capitals, as a telex prints it)
            var text = string.Join(' ', chosen) + noise;
            if (capitals) text = text.ToUpperInvariant() + " " + string.Concat(Enumerable.Repeat("THE MINISTER MET THE AMBASSADOR. ", 8));
            foreach (var p in Seeded.Value.Propose("doc", text, null))
            {
                var source = p.Draft.Source;
                (source.Start >= 0 && source.End <= text.Length).ShouldBeTrue();
                text.Substring(source.Start, source.Length).ShouldBe(source.Quote);
                p.Confidence.ShouldBeInRange(0, 1);
            }
        }, iter: 3000);
    }

    [Fact]
    public void every_unseen_document_is_read_and_proposed_from_without_a_throw_and_with_its_spans_inside_it()
    {
        // (the genres the annotated documents hold, as they are sent: a newsletter e-mail whose meeting cue itself names a party once
        // made a check look behind the cue's end)
        var folder = Path.Combine(AppFixture.RepositoryRoot, "tests", "unseen", "documents");
        var files = Directory.GetFiles(folder).Where(f => !f.EndsWith(".events.json", StringComparison.Ordinal)).ToList();
        files.Count.ShouldBeGreaterThan(250);
        foreach (var file in files)
        {
            var read = DocumentReader.Read(File.ReadAllBytes(file), null, file);
            foreach (var p in Seeded.Value.Propose("doc", read.Text, read.Published is { } day ? PartialDate.Parse(day) : null))
                read.Text.Substring(p.Draft.Source.Start, p.Draft.Source.Length).ShouldBe(p.Draft.Source.Quote, Path.GetFileName(file));
        }
    }

    [Fact]
    public void a_forum_attended_by_officials_listed_state_by_state_over_wrapped_lines_is_a_meeting_with_each()
    {
        const string text = """
            BAKU, October 31, 2023. The forum is attended by OSCE Secretary General Helga Schmid,
            Turkmenistan's FM Rashid Meredov, as well as Foreign Ministers of
            Kazakhstan - Aida Bekova, Tajikistan - Rustam Nazarov,
            Uzbekistan - Timur Alimov and Ambassador of Kyrgyzstan to
            Turkmenistan Azamat Toktorov.
            The next forum will be attended by Foreign Minister Ivan Petrov.
            """;

        var meetings = Propose(text, "2023-10-31").Where(d => d.Kind == EventKind.Meeting).ToList();

        meetings.ShouldAllBe(m => m.Actors.Single().Id == "helga-maria-schmid" && m.Occurred.Text == "2023-10-31");
        meetings.Select(m => m.Counterparts.Single().Id).ShouldBe(["rashid-meredov", "aida-bekova", "rustam-nazarov", "timur-alimov", "azamat-toktorov"], ignoreOrder: true);
    }

    [Fact]
    public void agreeing_on_a_role_shares_a_view_and_agreeing_on_a_roadmap_pledges()
    {
        Propose("Secretary General Helga Schmid and Foreign Minister Murat Nurtleu agreed on the OSCE’s unique contribution to fostering peace in the region.")
            .ShouldNotContain(d => d.Kind == EventKind.CommitmentMade);
        Propose("Secretary General Helga Schmid and Foreign Minister Murat Nurtleu agreed on a roadmap for co-operation in 2025.")
            .ShouldContain(d => d.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_visit_of_told_length_dates_what_it_reports_to_its_days_and_among_others_he_is_the_visitor()
    {
        const string text = """
            VIENNA, 17 September 2025 — OSCE Chairperson-in-Office Elina Valtonen concluded her two-day visit to Belgrade.
            In Belgrade, Chairperson-in-Office Valtonen met Prime Minister Petar Ilic.
            """;
        var drafts = Propose(text, "2025-09-17");
        drafts.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2025-09-16/2025-09-17");
        drafts.Single(d => d.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2025-09-16/2025-09-17"); // its two days

        const string kosovo = """
            PRISTINA, 2 September 2025 — OSCE High Commissioner on National Minorities Christophe Kamp visited Kosovo from 25 to 29 August 2025.
            The High Commissioner visited Gračanica. Among others, he met with President Vjosa Osmani and Acting Prime Minister Albin Kurti.
            """;
        var meetings = Propose(kosovo, "2025-09-02").Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "christophe-kamp" && m.Occurred.Text == "2025-08-25/2025-08-29"); // the visit's days, not publication
        meetings.Select(m => m.Counterparts.Single().Id).ShouldBe(["vjosa-osmani", "albin-kurti"], ignoreOrder: true); // not the dictionary's Bujar Osmani
    }

    [Fact]
    public void the_chair_is_the_chair_in_office_civil_society_is_where_the_visitor_is_and_who_a_war_is_against_is_not_judged()
    {
        const string text = """
            VIENNA, 17 September 2025 — OSCE Chairperson-in-Office Finnish Foreign Minister Elina Valtonen concluded her visit to Belgrade.
            In Belgrade, Chairperson-in-Office Valtonen met Prime Minister Petar Ilic. Minister Valtonen also met with civil society representatives.
            In addition, the Chair visited the OSCE Mission to Serbia.
            “Russia’s war of aggression against Ukraine is a violation of international law,” said Chairperson-in-Office Valtonen.
            """;

        var drafts = Propose(text, "2025-09-17");

        drafts.Single(d => d.Kind == EventKind.Meeting && d.Counterparts.Single().Kind == ActorKind.CivilSociety).Counterparts.Single().Id.ShouldBe("serbian-civil-society"); // not Finnish
        drafts.ShouldContain(d => d.Kind == EventKind.Visit && d.Actors.Single().Id == "elina-valtonen" && d.Counterparts.Single().Id == "mission-to-serbia");
        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["elina-valtonen"]);
        criticism.Counterparts.Select(a => a.Id).ShouldBe(["russian-federation"]);
        Propose("Ambassador Tamm, the Chair of the Permanent Council, thanked the Chairperson-in-Office Elina Valtonen.", "2025-09-17")
            .ShouldNotContain(d => d.Actors.Concat(d.Counterparts).Count(a => a.Id == "elina-valtonen") > 1);
    }

    [Fact]
    public void a_participle_or_a_purpose_is_the_subjects_and_a_second_person_joined_by_and_does_not_share_the_first_ones_titles()
    {
        const string text = """
            BELGRADE, 17 September 2025 — OSCE Chairperson-in-Office Elina Valtonen met Prime Minister Petar Ilic.
            She also visited the OSCE Mission to Serbia and met with Head of Mission Carolina Hidea, expressing praise for their unwavering dedication.
            """;
        var praise = Propose(text, "2025-09-17").Single(d => d.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["elina-valtonen"]);
        praise.Counterparts.Select(a => a.Id).ShouldBe(["mission-to-serbia", "carolina-hidea"], ignoreOrder: true);
        var support = Propose("VALLETTA, 7 February 2024 — The High Commissioner Kairat Abdrakhmanov met with Ian Borg to express his support for Malta’s priorities.", "2024-02-07")
            .Single(d => d.Kind == EventKind.CommitmentMade);
        support.Actors.Select(a => a.Id).ShouldContain("kairat-abdrakhmanov");
        support.Actors.Select(a => a.Id).ShouldNotContain("ian-borg");
        support.Counterparts.Select(a => a.Id).ShouldBe(["malta"]);
        const string helsinki = "HELSINKI, 17 January 2025 — Feridun H. Sinirlioğlu met with OSCE Chairperson-in-Office Foreign Minister Elina Valtonen and Finnish President Alexander Stubb.";
        Mentions().ForDocument(helsinki, PartialDate.Parse("2025-01-17"), out var names);
        names.ShouldContain(n => n.Name == "chairperson in office" && n.Actor.Id == "elina-valtonen"); // Stubb, named after her, does not share it
    }

    [Fact]
    public void discussions_engaged_in_are_meetings_a_hyphenated_title_introduces_a_name_and_a_date_of_taking_office_dates_nothing()
    {
        const string brussels = """
            BRUSSELS, 8 March 2024 – Teresa Ribeiro concluded a visit to Brussels.
            During her visit, Ribeiro engaged in discussions with European Commission Vice-President for Values and Transparency, Věra Jourová; and the Commissioner for Neighbourhood and Enlargement, Olivér Várhelyi.
            """;
        Propose(brussels, "2024-03-08").Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id)
            .ShouldBe(["vera-jourova", "oliver-varhelyi"], ignoreOrder: true);

        var met = Propose("Eighth OSCE Secretary General, appointed in December 2024, Feridun H. Sinirlioğlu met with Foreign Minister Sergei Lavrov.", "2025-03-11")
            .Single(d => d.Kind == EventKind.Meeting);
        met.Occurred.Text.ShouldBe("2025-03-11"); // not December 2024
    }

    [Fact]
    public void another_bodys_secretary_general_is_not_the_osce_one_the_document_named()
    {
        const string text = """
             date 2026-02-19 On February 18, 2026, Secretary General of the Parliamentary Assembly of Turkic States (TURKPA) Ambassador Ramil Hasan, within the framework of his official visit to Vienna, Austria, met with the Secretary General of the Organization for Security and Cooperation in Europe (OSCE) Ambassador Feridun H. Sinirlioglu, Report informs, citing TURKPA.

            Hasan underscored the significance of the support that the OSCE and Secretary General Ambassador Feridun Sinirlioglu could provide.
            """;

        var visit = Propose(text, "2026-02-19").Single(d => d.Kind == EventKind.Visit);

        visit.Actors.Select(a => a.Id).ShouldBe(["ramil-hasan"]);
        visit.Counterparts.Select(a => a.Id).ShouldBe(["austria"]);
    }

    [Fact]
    public void a_place_the_dictionary_does_not_know_is_still_where_a_visit_went()
    {
        var visit = Propose("THE HAGUE, 2 September 2025 – High Commissioner Christophe Kamp visited South Tyrol from 25 to 29 August 2025.", "2025-09-02")
            .Single(d => d.Kind == EventKind.Visit);

        visit.Actors.Single().Id.ShouldBe("christophe-kamp");
        visit.Place.ShouldBe("South Tyrol");
        visit.Occurred.Text.ShouldBe("2025-08-25/2025-08-29");
    }

    [Fact]
    public void a_page_stamp_earlier_than_the_days_the_text_reports_is_not_its_publication_date()
    {
        const string text = """
             date 2022-04-20 Foreign Minister Ana Petrova visited Austria to attend the Ministerial Council in Vienna on 1-2 December 2022.
            On the margins of the meeting, Minister Petrova also had bilateral talks with Foreign Minister Murat Nurtleu of Kazakhstan.
            """;

        Dates.Publication(text)!.Text.ShouldBe("2022-12-02");
        var talks = Seeded.Value.Propose("doc", text, null).Select(p => p.Draft).Single(d => d.Kind == EventKind.Meeting);
        talks.Counterparts.Single().Id.ShouldBe("murat-nurtleu");
        talks.Occurred.Earliest.ShouldBeGreaterThanOrEqualTo(new DateOnly(2022, 12, 1)); // not the stamp's April
        Dates.Publication("date 2024-05-13 The Minister will visit Azerbaijan on 20 May 2024.")!.Text.ShouldBe("2024-05-13"); // an announcement dates nothing ahead
    }

    [Fact]
    public void the_role_after_a_quoted_speakers_name_says_whose_official_they_are_and_whose_support_is_relied_on_is_pledged()
    {
        const string text = """
            “We appreciate the frank discussions on the 2018 elections in Hungary,” said Olga Brandt, Head of the ODIHR Elections Department. “Hungarian authorities can rely on ODIHR's support in following up the recommendations.”
            """;

        var drafts = Propose(text, "2019-03-14");

        var praise = drafts.Single(d => d.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["olga-brandt"]);
        praise.Counterparts.Select(a => a.Id).ShouldBe(["hungary"]); // she is ODIHR's, not Hungary's, so Hungary is who is praised
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["odihr", "olga-brandt"], ignoreOrder: true);
        pledge.Counterparts.Select(a => a.Id).ShouldBe(["hungary"]);
    }

    [Fact]
    public void recommendations_not_yet_fully_implemented_are_a_criticism()
    {
        var drafts = ProposeBy("OSCE", "ODIHR noted that its recommendations on campaign finance have not yet been fully implemented by Hungary.", "2019-03-14");

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldContain("odihr");
        criticism.Counterparts.Select(a => a.Id).ShouldBe(["hungary"]);
    }

    [Fact]
    public void a_headline_ending_a_visit_leaves_its_length_to_the_lead_under_it()
    {
        const string text = """
            Chairperson-in-Office Valtonen concludes visit to Armenia

            YEREVAN, 9 October 2025 – OSCE Chairperson-in-Office Elina Valtonen concluded her three-day visit to Armenia today.

            In Yerevan, Valtonen met with Foreign Minister Ararat Mirzoyan.
            """;

        var meeting = Propose(text, "2025-10-09").Single(p => p.Kind == EventKind.Meeting);

        // the days the visit lasted, not only its month: the headline gives no length, the lead does
        meeting.Occurred.Text.ShouldBe("2025-10-07/2025-10-09");
    }

    [Theory]
    [InlineData("We note with appreciation the steps taken by Kazakhstan to reform its electoral code.", "european-union")]
    [InlineData("The Chair-in-Office noted with satisfaction the steps taken by Kazakhstan to reform its electoral code.", "ian-borg")]
    [InlineData("We thank Kazakhstan for hosting the regional conference on media freedom.", "european-union")]
    public void appreciation_noted_and_thanks_given_are_praise(string sentence, string judge)
    {
        // a statement the European Union delivers: its "we"
        var published = PartialDate.Parse("2024-06-25");
        var proposals = Seeded.Value.Propose("doc", sentence, published, Mentions().First("European Union", published)).Select(p => p.Draft);

        proposals.ShouldContain(p => p.Kind == EventKind.PraiseExpressed && p.Actors.Any(a => a.Id == judge) && p.Counterparts.Any(c => c.Id == "kazakhstan"));
    }

    [Fact]
    public void a_law_said_to_risk_stigmatising_critics_is_criticised()
    {
        var proposals = Propose("“The amendments risk stigmatising independent journalists in Kazakhstan,” Minister Borg said.");

        proposals.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "ian-borg"));
    }

    [Fact]
    public void a_title_standing_alone_is_the_official_last_named_with_it()
    {
        const string text = """
            VIENNA, 3 March 2025 – The OSCE Representative on Freedom of the Media, Jan Braathu, today met journalists in Astana.

            The Representative welcomed the release of two bloggers by Kazakhstan.
            """;

        var praise = Propose(text, "2025-03-03").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
    }

    [Fact]
    public void a_minister_who_highly_appreciates_is_the_judge_not_the_documents_author()
    {
        var published = PartialDate.Parse("2025-02-03");
        var author = Mentions().First("Ministry of Foreign Affairs of Kazakhstan", published); // the ministry's own news

        var praise = Seeded.Value.Propose("doc", "Foreign Minister Murat Nurtleu highly appreciated the assistance of ODIHR in the reform of the electoral code.", published, author)
            .Select(p => p.Draft).Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldContain("murat-nurtleu");
        praise.Counterparts.Select(c => c.Id).ShouldContain("odihr");
    }

    [Fact]
    public void whom_a_clause_says_is_in_a_capital_on_a_visit_visits_that_capitals_state()
    {
        var visit = Propose("On 3 February 2025, Foreign Minister Murat Nurtleu received Jan Braathu, who is in Astana on a working visit.", "2025-02-03")
            .Single(p => p.Kind == EventKind.Visit);

        visit.Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
        visit.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void representatives_of_local_communities_met_are_the_states_civil_society()
    {
        var meeting = Propose("During his visit to Kazakhstan, Minister Borg met with representatives of local communities in Shymkent.").Single(p => p.Kind == EventKind.Meeting);

        meeting.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstani-civil-society"]);
    }

    [Fact]
    public void two_bodies_opening_a_sentence_together_judge_together()
    {
        var criticism = Propose("The European Union and the United Kingdom have criticized the prosecution of journalists in Kazakhstan.").Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["european-union", "united-kingdom"], ignoreOrder: true);
        criticism.Counterparts.Select(c => c.Id).ShouldContain("kazakhstan");
    }

    [Fact]
    public void what_an_offices_release_on_a_visit_reports_its_head_urging_is_dated_to_the_visits_days()
    {
        var call = ProposeBy("High Commissioner on National Minorities", "VIENNA, 21 March 2025 – The OSCE High Commissioner on National Minorities, Christophe Kamp, today concluded a three-day visit to Georgia. " +
                                                                           "The High Commissioner urged the authorities to strengthen education in minority languages.", "2025-03-21")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["christophe-kamp"]);
        call.Occurred.Text.ShouldBe("2025-03-19/2025-03-21");
    }

    [Theory]
    [InlineData("Human Rights Watch welcomed the statement of Jan Braathu, who in May called for the journalist's release.", "2025-06-03", "2025-05")]
    [InlineData("Human Rights Watch welcomed the statement of Jan Braathu, who earlier in June called for the journalist's release.", "2025-06-03", "2025-06")]
    [InlineData("Human Rights Watch welcomed the statement of Jan Braathu, who in October called for the journalist's release.", "2025-06-03", "2025-06-03")]
    public void a_month_named_alone_is_that_month_of_the_year_written_in_when_it_has_begun(string sentence, string published, string dated) =>
        Propose(sentence, published).Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe(dated);

    [Fact]
    public void a_cue_passed_over_early_in_a_sentence_is_still_looked_for_later_in_it()
    {
        var eu = new ActorRef("european-union", "European Union", ActorKind.Organisation);
        var pledge = Seeded.Value.Propose("doc", "The EU will continue to follow these cases closely and remains ready to support Kazakhstan's efforts to strengthen the rule of law.",
            PartialDate.Parse("2025-06-20"), eu).Select(p => p.Draft).Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["european-union"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
        pledge.Source.Quote.ShouldContain("remains ready to support");
    }

    [Theory]
    [InlineData("The early presidential election in Kazakhstan took place amid continued restrictions on fundamental freedoms, international observers said.", "ODIHR", "odihr")]
    [InlineData("The Kazakh government has all but destroyed independent journalism in the country.", "Human Rights Watch", "human-rights-watch")]
    [InlineData("The trial of the activists in Kazakhstan failed to meet basic fair-trial standards.", "Human Rights Watch", "human-rights-watch")]
    [InlineData("The arrests of critical bloggers in Kazakhstan discouraged open debate, the statement says.", "ODIHR", "odihr")]
    public void an_election_held_amid_restrictions_a_press_destroyed_and_standards_failed_are_the_authors_criticism(string sentence, string author, string judge)
    {
        var drafts = ProposeBy(author, sentence, "2025-06-03");

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe([judge]);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void recommendations_accepted_at_a_review_are_a_commitment_to_its_body_and_their_not_being_implemented_assesses_it()
    {
        var drafts = ProposeBy("Human Rights Watch", "During its Universal Periodic Review at the UN Human Rights Council, in 2020, Kazakhstan accepted recommendations to decriminalize defamation. " +
                                                     "It has not implemented them, Human Rights Watch said.", "2025-06-03");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Actors.Single().Id, pledge.Counterparts.Single().Id).ShouldBe(("2020", "kazakhstan", "united-nations"));
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Actors.Single().Id, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Unmet, "human-rights-watch", "kazakhstan"));
    }

    [Fact]
    public void undertaking_to_follow_a_bodys_recommendations_is_a_commitment_to_it_and_their_remaining_unaddressed_assesses_it()
    {
        var drafts = ProposeBy("ODIHR", "“Kazakhstan has repeatedly undertaken to bring its election law in line with ODIHR recommendations,” said Ambassador Jan Petersen. " +
                                        "“But most of the priority recommendations remain unaddressed.”", "2025-12-01");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void whom_a_clause_says_is_in_a_state_on_a_first_official_visit_visits_it()
    {
        var visit = Propose("Foreign Minister Murat Nurtleu received Jan Braathu, who is in Kazakhstan on his first official visit.", "2025-02-03").Single(p => p.Kind == EventKind.Visit);

        (visit.Actors.Single().Id, visit.Counterparts.Single().Id).ShouldBe(("jan-braathu", "kazakhstan"));
    }

    [Fact]
    public void local_authorities_and_national_minority_communities_met_are_one_meeting_with_the_state_and_its_civil_society()
    {
        var meeting = Propose("During his visit to Kazakhstan, Minister Borg travelled to Shymkent, where he met with local authorities and representatives of national minority communities.")
            .Single(p => p.Kind == EventKind.Meeting);

        meeting.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan", "kazakhstani-civil-society"], ignoreOrder: true);
    }

    [Fact]
    public void reforms_praised_as_carried_out_under_a_leaders_leadership_praise_the_country()
    {
        var praise = Propose("ASTANA, 15 April 2025 – The Secretary General highly appreciated the reforms carried out in the country under the leadership of President Kassym-Jomart Tokayev, "
                             + "during his visit to Kazakhstan.", "2025-04-15").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void a_joint_observation_missions_findings_are_its_partners_together()
    {
        var drafts = ProposeBy("ODIHR", "International Election Observation Mission\n\nBISHKEK, 1 December 2025 – The campaign in Kyrgyzstan took place amid continued restrictions on fundamental freedoms, international observers said. " +
                                        "The mission recommends that the authorities revise the law on non-commercial organizations. " +
                                        "The mission deployed 320 observers, including 254 deployed by ODIHR and 66 parliamentarians from the OSCE Parliamentary Assembly.", "2025-12-01");

        drafts.Where(p => p.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldAllBe(p => p.Actors.Select(a => a.Id).Order().SequenceEqual(new[] { "odihr", "parliamentary-assembly" }));
        drafts.Count(p => p.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldBe(2);
    }

    [Fact]
    public void concern_in_quotation_marks_criticises_and_a_judgement_by_a_body_in_the_passive_is_the_bodys()
    {
        var concern = Propose("Jan Braathu said on October 8 that he was \"deeply concerned\" by the sentence handed to the journalist in Kazakhstan.", "2025-10-08")
            .Single(p => p.Kind == EventKind.CriticismRaised);
        (concern.Actors.Single().Id, concern.Counterparts.Single().Id).ShouldBe(("jan-braathu", "kazakhstan"));

        var passive = ProposeBy("Central Asia Policy Institute", "The 2024 constitutional referendum in Kazakhstan was criticized by ODIHR for taking place without genuine political competition.", "2025-02")
            .Single(p => p.Kind == EventKind.CriticismRaised);
        (passive.Actors.Single().Id, passive.Counterparts.Single().Id, passive.Occurred.Text).ShouldBe(("odihr", "kazakhstan", "2024"));
    }

    [Fact]
    public void a_promise_made_on_taking_office_is_the_new_officials_and_failing_to_do_so_assesses_a_promise()
    {
        var drafts = ProposeBy("Human Rights Watch", "When Serdar Berdimuhamedow became President in 2022, he promised to open Turkmenistan to international monitors. " +
                                                     "At its review by the UN Human Rights Committee in 2023, Turkmenistan promised to publish the data. To date, it has failed to do so.", "2025-03-18");

        var promises = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        promises.Count.ShouldBe(2);
        promises[0].Actors.Select(a => a.Id).ShouldBe(["turkmenistan", "serdar-berdimuhamedow"], ignoreOrder: true);
        promises[0].Occurred.Text.ShouldBe("2022");
        promises[1].Counterparts.Select(c => c.Id).ShouldBe(["united-nations"]);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Actors.Single().Id, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Unmet, "human-rights-watch", "turkmenistan"));
    }

    [Fact]
    public void a_should_is_addressed_to_the_subject_and_whoever_and_joins_to_it_not_to_whom_its_verbs_name()
    {
        var call = ProposeBy("Central Asia Policy Institute", "The European Union and the United States have welcomed Kazakhstan’s reforms but should use their engagement to press for the release of bloggers.", "2025-02")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["european-union", "united-states-of-america"], ignoreOrder: true);
    }

    [Fact]
    public void a_call_opening_a_list_is_told_by_its_items_which_call_for_what_they_name_rather_than_criticise_it()
    {
        var drafts = ProposeBy("Amnesty International", "Kazakhstan: End enforced disappearances\n\nActivists remain missing.\n\nAmnesty International calls on the authorities of Kazakhstan to:\n• release all those imprisoned for their views;\n• end the enforced disappearance of activists.", "2025-03-18");

        drafts.Where(p => p.Kind == EventKind.RecommendationMade).Select(p => p.Source.Quote.TrimStart('•', ' ')[..3]).ShouldBe(["rel", "end"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains('•'));
    }

    [Theory]
    [InlineData("Minister Borg thanked Kazakhstan for its constructive engagement with the OSCE.", "kazakhstan")]
    [InlineData("Minister Borg thanked Kazakhstan for its close cooperation with ODIHR.", "kazakhstan")]
    public void what_a_state_is_thanked_for_engaging_with_is_not_thanked(string sentence, string thanked) =>
        Propose(sentence).Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe([thanked]);

    [Fact]
    public void a_judiciary_said_to_depend_on_the_executive_is_the_authors_criticism()
    {
        var criticism = ProposeBy("Central Asia Policy Institute", "The judiciary in Kazakhstan is still dependent on the executive.", "2025-02").Single(p => p.Kind == EventKind.CriticismRaised);

        (criticism.Actors.Single().Id, criticism.Counterparts.Single().Id).ShouldBe(("central-asia-policy-institute", "kazakhstan"));
    }

    [Fact]
    public void a_body_calling_a_verdict_an_attack_judges_it_and_an_officials_promises_assessed_are_his_states()
    {
        var drafts = Propose("A court in Almaty sentenced a Kazakh journalist to five years in prison on October 7. Reporters Without Borders called the verdict \"a blatant attack on press freedom\" and said the case showed that President Kassym-Jomart Tokayev's promises of a \"listening state\" remained unfulfilled.", "2025-10-08");

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (criticism.Actors.Single().Id, criticism.Counterparts.Single().Id).ShouldBe(("reporters-without-borders", "kazakhstan"));
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Actors.Select(a => a.Id).ShouldBe(["reporters-without-borders"]);
        assessed.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan", "kassym-jomart-tokayev"], ignoreOrder: true);
    }

    [Fact]
    public void a_body_of_the_speakers_side_pledging_in_a_quotation_pledges_with_the_speaker()
    {
        var pledge = Propose("“The OSCE Chairpersonship stands ready to support Kazakhstan in its reforms,” Minister Borg said.").Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["osce-chairpersonship", "ian-borg"], ignoreOrder: true);
    }

    [Fact]
    public void a_known_organisations_name_opening_a_mission_of_its_own_names_that_mission()
    {
        var praise = Propose("Minister Borg commended the work of the European Union Monitoring Mission in Georgia.").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["european-union-monitoring-mission-in-georgia"]);
    }

    [Fact]
    public void a_capital_opening_a_pledge_stands_for_its_state()
    {
        var pledge = Propose("Astana has also pledged to host the 2026 OSCE Economic and Environmental Forum.").Single(p => p.Kind == EventKind.CommitmentMade);

        (pledge.Actors.Single().Id, pledge.Counterparts.Single().Id).ShouldBe(("kazakhstan", "osce"));
    }

    [Fact]
    public void pledges_referred_back_to_as_kept_are_assessed_by_the_author_not_by_whoever_is_named_reporting_after_a_colon()
    {
        var assessed = ProposeBy("Central Asia Policy Institute", "When Kassym-Jomart Tokayev became President, he promised to end forced labour in Kazakhstan. " +
                                                                  "Some of these pledges have been kept: in 2021 the International Labour Organization found that forced labour had ended.", "2025-02")
            .Single(p => p.Kind == EventKind.CommitmentAssessed);

        (assessed.Status, assessed.Actors.Single().Id, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Met, "central-asia-policy-institute", "kazakhstan"));
    }

    [Fact]
    public void an_intention_confirmed_pledges_a_detention_called_unjustified_and_a_law_designed_to_silence_are_criticised()
    {
        Propose("Minister Nurtleu confirmed Kazakhstan’s intention to continue close cooperation with ODIHR.").Single(p => p.Kind == EventKind.CommitmentMade)
            .Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "murat-nurtleu"], ignoreOrder: true);
        Propose("“Their detention in Belarus is unjustified,” Minister Borg said.").Single(p => p.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("ian-borg");
        Propose("“This law is designed to silence civil society in Georgia,” Minister Borg said.").Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("georgia");
    }

    [Fact]
    public void the_chair_of_a_chamber_of_a_parliament_the_dictionary_lacks_is_named_without_the_parliament()
    {
        var meeting = Propose("Chairperson of the Senate of the Oliy Majlis Tanzila Narbaeva met with Minister Borg in Tashkent.", "2025-06-03").Single(p => p.Kind == EventKind.Meeting);

        meeting.Actors.Concat(meeting.Counterparts).Select(a => a.Id).ShouldBe(["tanzila-narbaeva", "ian-borg"], ignoreOrder: true);
    }

    [Fact]
    public void a_should_is_addressed_to_its_subject_even_when_the_clause_names_a_state_after_it()
    {
        var call = Seeded.Value.Propose("doc", "The European Union should press for their release at its next human rights dialogue with Kazakhstan.", PartialDate.Parse("2024-06-25"),
            new ActorRef("amnesty-international", "Amnesty International", ActorKind.Organisation)).Select(p => p.Draft).Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["amnesty-international"]);
        call.Counterparts.Select(c => c.Id).ShouldBe(["european-union"]);
    }

    [Theory]
    [InlineData("Minister Borg reaffirmed his readiness to support Kazakhstan in its reforms.", new[] { "ian-borg" })]
    [InlineData("Minister Borg reaffirmed the Organization's readiness to support Kazakhstan in its reforms.", new[] { "osce", "ian-borg" })]
    public void a_readiness_an_official_calls_their_own_is_theirs_alone(string sentence, string[] makers) =>
        Propose(sentence).Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(makers, ignoreOrder: true);

    [Fact]
    public void a_state_committed_as_a_member_of_bodies_committed_to_those_bodies()
    {
        var pledge = Propose("As a participating State of the OSCE and a member of the United Nations, Kazakhstan has committed to respect freedom of assembly.")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["osce", "united-nations"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Minister Borg met Deputy Prime Minister for European Integration Cristina Gherasimov in Chisinau.", "cristina-gherasimov")]
    [InlineData("Minister Borg met Minister of Culture and Tourism Sergiu Prodan in Chisinau.", "sergiu-prodan")]
    [InlineData("Minister Borg met Minister for Digitalization Olga Ivanova in Chisinau.", "olga-ivanova")]
    [InlineData("Minister Borg met Minister of Trade and Telecommunications Dragan Petrović in Belgrade.", "dragan-petrovic")]
    public void a_ministers_portfolio_is_not_part_of_the_name_after_it(string sentence, string met) =>
        Propose(sentence).Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(c => c.Id).ShouldBe([met]);

    [Fact]
    public void a_states_own_body_named_without_its_state_is_the_body_of_the_state_the_document_is_about()
    {
        var drafts = Propose("BISHKEK, 25 June 2024 – Minister Borg welcomed the work of the Central Election Commission during the elections in Kyrgyzstan. " +
                             "He also thanked the Ministry of Justice for its co-operation with the OSCE Programme Office in Bishkek.");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("Election")).Counterparts.Select(c => c.Id).ShouldBe(["central-election-commission-of-kyrgyzstan"]);
        // (a ministry, unknown to the dictionary, is its State acting)
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("Justice")).Counterparts.Select(c => c.Id).ShouldContain("kyrgyzstan");
    }

    [Fact]
    public void the_signatories_of_a_joint_statement_judge_together_and_none_of_them_is_judged()
    {
        const string text = """
            Joint statement by Freedom House, the Norwegian Helsinki Committee and the Human Rights Centre “Memorial”

            12 May 2025

            Freedom House, the Norwegian Helsinki Committee and the Human Rights Centre “Memorial” are deeply concerned by the detention of lawyers in Azerbaijan.

            The authorities pardoned 20 political prisoners in April, a step our organizations welcome. Dozens remain in prison, among them Memorial’s former chair.

            We urge the OSCE participating States to raise these cases at the Permanent Council.
            """;

        var drafts = Propose(text, "2025-05-12");

        string[] signatories = ["freedom-house", "norwegian-helsinki-committee", "human-rights-centre-memorial"];
        drafts.Where(d => d.Kind is not (EventKind.Meeting or EventKind.Visit)).ShouldAllBe(d => d.Actors.Select(a => a.Id).Order().SequenceEqual(signatories.Order()));
        drafts.Where(d => d.Kind == EventKind.CriticismRaised).ShouldAllBe(d => d.Counterparts.Select(c => c.Id).SequenceEqual(new[] { "azerbaijan" }));
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Source.Quote.ShouldContain("pardoned");
        drafts.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised && d.Source.Quote.Contains("pardoned"));
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["osce-participating-states"]);
    }

    [Theory]
    [InlineData("The Government released 30 political prisoners in March.")]
    [InlineData("President Tokayev pardoned several political prisoners in March.")]
    public void a_release_of_political_prisoners_is_no_record_of_repression(string sentence) =>
        Propose(sentence).ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);

    [Fact]
    public void a_body_named_with_a_name_in_quotation_marks_is_known_by_both()
    {
        Mentions().ForDocument("The Human Rights Centre “Memorial” condemned the verdict. Memorial said the trial was unfair.", PartialDate.Parse("2025-05-12"), out var names);

        names.Where(n => n.Actor.Id == "human-rights-centre-memorial").Select(n => n.Name).ShouldBe(["Human Rights Centre “Memorial”", "Memorial"], ignoreOrder: true);
    }

    [Fact]
    public void a_policy_forum_publishing_a_brief_is_its_author_and_says_its_shoulds()
    {
        var author = Mentions().Author("Eurasia Policy Forum", PartialDate.Parse("2025-09"));
        author.ShouldNotBeNull().Id.ShouldBe("eurasia-policy-forum");

        var call = Seeded.Value.Propose("doc", "The European Union should make its support conditional on progress on media freedom.", PartialDate.Parse("2025-09"), author)
            .Select(p => p.Draft).Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["eurasia-policy-forum"]);
        call.Counterparts.Select(c => c.Id).ShouldBe(["european-union"]);
    }

    [Theory]
    [InlineData("Amnesty International urged the European Union to raise the cases with Kazakhstan.", new[] { "european-union" })]
    [InlineData("Amnesty International called on the international community to urge Kazakhstan to release the journalists.", new[] { "international-community", "kazakhstan" })]
    public void a_call_is_addressed_to_whom_it_names_before_what_it_asks(string sentence, string[] addressees) =>
        Propose(sentence).Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(addressees, ignoreOrder: true);

    private static readonly ActorRef Watch = new("human-rights-watch", "Human Rights Watch", ActorKind.Organisation);

    private static List<EventDraft> ProposeBy(ActorRef author, string text, string published = "2025-09-10") =>
        Seeded.Value.Propose("doc", text, PartialDate.Parse(published), author).Select(p => p.Draft).ToList();

    [Fact]
    public void whom_a_minister_assures_that_the_government_would_act_is_whom_the_state_pledged_to()
    {
        var pledge = Propose("Foreign Minister Murat Nurtleu assured Minister Borg that the Government would establish a working group on the safety of journalists.")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "murat-nurtleu"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["ian-borg"]);
    }

    [Fact]
    public void a_state_that_joined_a_body_and_accepted_its_commitments_pledged_to_it_when_it_joined()
    {
        var pledge = Propose("Kyrgyzstan joined the OSCE in 1992 and, like every participating State, accepted the commitments of the Helsinki Final Act.", "2025-09")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["kyrgyzstan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["osce"]);
        pledge.Occurred.Text.ShouldBe("1992");
    }

    [Fact]
    public void recommendations_accepted_at_a_universal_periodic_review_are_pledged_to_the_united_nations()
    {
        var pledge = Propose("In 2020 Tajikistan accepted recommendations at its Universal Periodic Review to decriminalise defamation.", "2025-09")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["tajikistan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["united-nations"]);
        pledge.Occurred.Text.ShouldBe("2020");
    }

    [Theory]
    [InlineData("That promise has not been kept.")]
    [InlineData("Six years on, this pledge has not been met.")]
    public void a_promise_referred_back_to_as_not_kept_is_assessed_unmet(string assessment)
    {
        var drafts = ProposeBy(Watch, $"In 2019 President Tokayev promised to decriminalise defamation. {assessment}");

        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Actors.Select(a => a.Id).ShouldBe(["human-rights-watch"]);
        assessed.Counterparts.Select(c => c.Id).ShouldContain("kazakhstan");
    }

    [Theory]
    [InlineData("In Turkmenistan all broadcasters remain under state control.")]
    [InlineData("In Turkmenistan foreign news websites are routinely blocked.")]
    [InlineData("Turkmenistan adopted a new media law, but its implementation remains uneven.")]
    public void a_press_kept_under_state_control_or_blocked_is_criticised(string sentence) =>
        ProposeBy(Watch, sentence).Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["turkmenistan"]);

    [Fact]
    public void representatives_of_journalists_associations_met_are_the_civil_society_of_the_state_visited()
    {
        var drafts = Propose("ASTANA, 25 June 2024 – Minister Borg met President Tokayev. He also met with representatives of journalists’ associations in Astana.");

        drafts.Where(p => p.Kind == EventKind.Meeting).SelectMany(p => p.Counterparts).Select(c => c.Id).ShouldContain("kazakhstani-civil-society");
    }

    [Fact]
    public void what_a_brief_says_a_body_should_raise_is_recommended_to_that_body()
    {
        var call = ProposeBy(Watch, "The OSCE Chairpersonship should raise the cases of the disappeared prisoners in its contacts with Ashgabat.")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["osce-chairpersonship"]);
    }

    [Fact]
    public void a_bare_president_the_document_names_no_state_for_is_the_head_of_the_state_it_is_about()
    {
        var drafts = ProposeBy(Watch, "Turkmenistan adopted a media law in 2016. In 2017 President Aman Durdyev promised to end censorship. " +
                                      "Freedom House President Michael Abramowitz pledged to publish a report on Turkmenistan.");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("Durdyev")).Actors.Select(a => a.Id).ShouldBe(["turkmenistan", "aman-durdyev"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("Abramowitz")).Actors.Select(a => a.Id).ShouldNotContain("turkmenistan");
    }

    [Fact]
    public void the_official_of_a_state_is_its_minister_the_document_names_without_naming_the_state()
    {
        var praise = Propose("CHISINAU, 12 February 2026 – Deputy Prime Minister, Minister of Foreign Affairs Mihai Popșoi met with the OSCE Chairman-in-Office, Ignazio Cassis, in Chișinău. " +
                             "The Moldovan official thanked the OSCE Mission to Moldova for its support.", "2026-02-12")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["mihai-popsoi"]);
    }

    [Fact]
    public void a_state_named_by_its_troops_in_a_pledge_is_what_is_pledged_not_whom_to()
    {
        var pledge = Propose("Foreign Minister Murat Nurtleu reiterated Kazakhstan's commitment to a settlement that sees the withdrawal of Russian troops from the region.")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Counterparts.Select(c => c.Id).ShouldNotContain("russian-federation");
    }

    [Fact]
    public void whom_a_criticism_goes_on_to_call_on_is_asked_to_act_not_criticised()
    {
        var drafts = Propose("Foreign Minister Murat Nurtleu expressed concern about the human rights violations in the breakaway region and called on the OSCE to monitor the situation.");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldNotContain("osce");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldContain("osce");
    }

    [Fact]
    public void a_judgement_on_a_visit_with_a_date_only_inside_what_it_judges_is_of_the_visits_days()
    {
        var praise = Propose("BELGRADE, 20 March 2025 – The OSCE Representative on Freedom of the Media, Jan Braathu, today concluded a three-day visit to Serbia. " +
                             "He welcomed the adoption of the media law in October 2023 as an important step.", "2025-03-20")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Occurred.Text.ShouldBe("2025-03-18/2025-03-20");
    }

    private static readonly ActorRef UnitedStates = new("united-states-of-america", "United States of America", ActorKind.ParticipatingState);

    [Fact]
    public void the_president_of_a_parliamentary_assembly_release_is_the_assemblys_president_it_introduced()
    {
        var drafts = Propose("""
            ASTANA, 16 October 2025 – OSCE Parliamentary Assembly President Pia Kauma wrapped up a two-day visit to Kazakhstan today.

            Speaker Yerlan Koshanov assured the President that the Mazhilis would consider amendments to the media law.

            The President also met with Foreign Minister Yermek Kosherbayev.
            """, "2025-10-16");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["mazhilis", "yerlan-koshanov"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["pia-kauma"]);
        drafts.Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["pia-kauma"]);
    }

    [Fact]
    public void a_statement_delivered_by_a_charge_daffaires_speaks_through_them_and_its_author_pledges_in_its_own_name()
    {
        var pledge = ProposeBy(UnitedStates, """
            As delivered by Chargé d’Affaires Katherine Brucker
            to the Permanent Council, Vienna
            November 13, 2025

            The United States will continue to support the mandate of the Representative on Freedom of the Media.
            """, "2025-11-13").Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["katherine-brucker", "united-states-of-america"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["representative-on-freedom-of-the-media"]);
    }

    [Fact]
    public void whom_a_judge_thanks_as_him_is_the_person_named_before_and_the_subject_judges()
    {
        var praise = ProposeBy(UnitedStates, "The United States welcomes Representative Braathu back to the Permanent Council and thanks him for his report.", "2025-11-13")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["united-states-of-america"]);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["jan-braathu"]);
    }

    [Fact]
    public void an_office_holders_office_is_the_institution_and_its_work_against_harassment_is_no_criticism()
    {
        var drafts = ProposeBy(UnitedStates, "We thank Representative Braathu for his report. " +
                                             "We commend the Representative’s office for its work on the safety of journalists and its guidelines on online harassment.", "2025-11-13");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("office")).Counterparts.Select(c => c.Id).ShouldBe(["representative-on-freedom-of-the-media"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Theory]
    [InlineData("ODIHR said the amendments pose a serious threat to freedom of association in Georgia.")]
    [InlineData("The European Union said the vote in Georgia was a step in the wrong direction.")]
    [InlineData("In 2022 the authorities of Tajikistan violently suppressed protests in the east.")]
    [InlineData("At least six journalists remain in prison in Tajikistan.")]
    [InlineData("We share the Representative’s alarm at the imprisonment of journalists in Azerbaijan.")]
    public void threats_wrong_steps_suppressed_protests_and_journalists_in_prison_are_criticised(string sentence) =>
        ProposeBy(Watch, sentence).ShouldContain(p => p.Kind == EventKind.CriticismRaised);

    [Fact]
    public void whoever_is_released_is_not_whom_a_praise_of_the_release_is_for()
    {
        var praise = ProposeBy(Watch, "Tajikistan still jails its critics. Human Rights Watch welcomes the release in 2024 of journalist Daler Imomali.")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void a_field_office_named_short_after_its_full_name_is_that_office()
    {
        var praise = Propose("On 21 November 2025, Minister Kulubaev met the Head of the OSCE Programme Office in Bishkek, Ambassador Alexey Rogov. " +
                             "The Kyrgyz side noted with satisfaction the results of the Programme Office’s projects and expressed its readiness to continue cooperation with the OSCE.", "2025-11-21")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["programme-office-in-bishkek"]);
    }

    [Fact]
    public void a_pledge_at_a_human_dimension_meeting_of_a_year_is_to_the_osce_that_year()
    {
        var pledge = ProposeBy(Watch, "At the 2016 Human Dimension Implementation Meeting in Warsaw, Tajikistan's delegation assured participants that the government would review the cases of imprisoned lawyers.", "2025-12")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Occurred.Text.ShouldBe("2016");
        pledge.Actors.Select(a => a.Id).ShouldBe(["tajikistan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["osce"]);
    }

    [Fact]
    public void recommendations_addressed_line_by_line_are_to_whom_each_line_names_before_its_colon()
    {
        var drafts = ProposeBy(Watch, """
            Over the past decade, the Tajik authorities have dismantled independent civil society.

            To the Government of Tajikistan: release all journalists and lawyers imprisoned
            for their work, and allow the UN Special Rapporteur to visit the country.

            To the OSCE Programme Office in Dushanbe: monitor trials of human rights defenders.
            """, "2025-12");

        drafts.Where(p => p.Kind == EventKind.RecommendationMade).Select(p => string.Join(",", p.Counterparts.Select(c => c.Id)))
            .ShouldBe(["tajikistan", "programme-office-in-dushanbe"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade && p.Source.Quote.Contains("Tajikistan")).Source.Quote.ShouldEndWith("visit the country.");
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.StartsWith("To the"));
    }

    [Theory]
    [InlineData("Ministry of Foreign Affairs of the Russian Federation", "russian-federation")]
    [InlineData("Ministry of Foreign Affairs of the Republic of Azerbaijan", "azerbaijan")]
    public void a_government_body_of_a_state_publishing_speaks_for_the_state(string publisher, string state) =>
        Mentions().Author(publisher, PartialDate.Parse("2025-05-20")).ShouldNotBeNull().Id.ShouldBe(state);

    [Fact]
    public void a_comment_by_an_official_gives_the_statement_its_voice()
    {
        var call = Seeded.Value.Propose("doc", """
            Comment by the Official Representative of the Russian Foreign Ministry Maria Zakharova on the elections in Moldova

            20 May 2025

            We call on the OSCE Chairpersonship to ensure that the Office respects the principle of consensus.
            """, PartialDate.Parse("2025-05-20"), Mentions().Author("The Ministry of Foreign Affairs of the Russian Federation", PartialDate.Parse("2025-05-20")))
            .Select(p => p.Draft).Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["russian-federation", "maria-zakharova"], ignoreOrder: true);
        call.Counterparts.Select(c => c.Id).ShouldBe(["osce-chairpersonship"]);
    }

    [Fact]
    public void a_known_body_joined_by_and_is_no_part_of_the_name_before_it()
    {
        Mentions().ForDocument("The Venice Commission adopted an opinion. The Commission and ODIHR recommend that the law be amended.", PartialDate.Parse("2025-06-17"), out var names);

        names.ShouldNotContain(n => n.Name.Contains("ODIHR") && n.Actor.Id != "odihr");
    }

    [Fact]
    public void both_ministers_a_host_met_are_the_two_and_the_parties_are_the_sides_other_than_the_speakers()
    {
        var drafts = Propose("""
            VIENNA, 9 September 2025 – OSCE Chairperson-in-Office Elina Valtonen today hosted a meeting with the Foreign Minister of Armenia, Ararat Mirzoyan, and the Foreign Minister of Azerbaijan, Jeyhun Bayramov.

            Both ministers reaffirmed their commitment to the full implementation of the peace agreement.

            “The OSCE stands ready to support the parties with its expertise in demining,” Valtonen said.

            He also encouraged the sides to resolve all remaining humanitarian issues.
            """, "2025-09-09");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.StartsWith("Both", StringComparison.Ordinal)).Actors.Select(a => a.Id)
            .ShouldBe(["armenia", "ararat-mirzoyan", "azerbaijan", "jeyhun-bayramov"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("stands ready")).Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
    }

    [Fact]
    public void an_opinion_prepared_jointly_is_its_authors_and_of_the_session_that_adopted_it()
    {
        var commission = Mentions().Author("Venice Commission", PartialDate.Parse("2025-06-17")).ShouldNotBeNull();
        var drafts = Seeded.Value.Propose("doc", """
            Strasbourg, 17 June 2025

            At its plenary session in Venice on 13-14 June 2025, the Venice Commission adopted an opinion on the draft law on associations of Kyrgyzstan, prepared jointly with the OSCE Office for Democratic Institutions and Human Rights (ODIHR).

            The opinion finds that the draft law would impose disproportionate reporting obligations on associations.

            They welcome the authorities’ readiness to engage in dialogue.

            The Minister of Justice informed the Commission that the government would take the recommendations into account.
            """, PartialDate.Parse("2025-06-17"), commission).Select(p => p.Draft).ToList();

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["venice-commission", "odihr"], ignoreOrder: true);
        criticism.Occurred.Text.ShouldBe("2025-06-13/2025-06-14");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["venice-commission", "odihr"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["venice-commission"]);
    }

    [Fact]
    public void a_judgement_naming_no_one_after_a_meeting_of_states_is_about_the_states_met()
    {
        var criticism = Propose("VIENNA, 9 September 2025 – OSCE Chairperson-in-Office Elina Valtonen today hosted a meeting with the Foreign Minister of Armenia, Ararat Mirzoyan, and the Foreign Minister of Azerbaijan, Jeyhun Bayramov. " +
                                "The Chair-in-Office also raised the situation of persons detained in connection with the conflict.", "2025-09-09")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("In Kazakhstan independent journalists continue to face criminal prosecution.")]
    [InlineData("The law allows the authorities of Kazakhstan to block websites without a court order.")]
    public void prosecution_faced_and_blocking_without_a_court_order_are_criticised(string sentence) =>
        ProposeBy(Watch, sentence).ShouldContain(p => p.Kind == EventKind.CriticismRaised);

    [Fact]
    public void at_the_time_is_the_date_before_and_that_promise_is_its_makers()
    {
        var drafts = ProposeBy(Watch, "In December 2010 Astana hosted the OSCE summit. At the time, President Nursultan Nazarbayev promised that Kazakhstan would liberalise its political system. " +
                                      "That promise remained largely unfulfilled.", "2025-12-01");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2010-12");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan", "nursultan-nazarbayev"], ignoreOrder: true);
    }

    [Fact]
    public void a_step_a_body_welcomed_in_its_report_of_a_year_is_that_bodys_praise_then()
    {
        var praise = ProposeBy(Watch, "Today, President Kassym-Jomart Tokayev's reforms have reduced presidential powers, a step ODIHR welcomed in its 2023 needs assessment report.", "2025-12-01")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
        praise.Occurred.Text.ShouldBe("2023");
    }

    [Theory]
    [InlineData("Brussels should make its partnership with Astana conditional on progress.", "european-union")]
    [InlineData("Moscow should release the detained journalists.", "russian-federation")]
    public void a_seat_of_government_opening_a_should_is_whom_it_is_addressed_to(string sentence, string addressee) =>
        ProposeBy(Watch, sentence).Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe([addressee]);

    [Theory]
    [InlineData("I share the view that", "daniyar-seitkali")]
    [InlineData("It remains true that", "human-rights-watch")]
    public void a_signed_commentary_in_the_first_person_is_its_signers(string opening, string judge) =>
        ProposeBy(Watch, $"""
            Commentary

            1 December 2025 | Daniyar Seitkali

            {opening} the media law allows the authorities of Kazakhstan to block websites without a court order.
            """, "2025-12-01").Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe([judge]);

    private static readonly ActorRef EuropeanUnion = new("european-union", "European Union", ActorKind.Organisation);

    [Fact]
    public void a_field_operation_named_alone_makes_its_host_state_the_state_the_document_is_about()
    {
        var criticism = Propose("SARAJEVO, 14 April 2025 – The OSCE Mission to Bosnia and Herzegovina strongly condemns yesterday’s attack on a journalist in Banja Luka.", "2025-04-14")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Counterparts.Select(c => c.Id).ShouldBe(["bosnia-and-herzegovina"]);
    }

    [Fact]
    public void the_people_who_issue_a_statement_together_speak_it_together()
    {
        var drafts = ProposeBy(new ActorRef("us-helsinki-commission", "U.S. Helsinki Commission", ActorKind.Organisation), """
            WASHINGTON, July 15, 2025 – Chairman Joe Wilson and Co-Chairman Roger Wicker today issued the following statement:

            “We are deeply troubled by the sentencing of journalists in Azerbaijan. These verdicts are a travesty of justice.”
            """, "2025-07-15");

        drafts.Where(p => p.Kind == EventKind.CriticismRaised).Count().ShouldBe(2);
        drafts.Where(p => p.Kind == EventKind.CriticismRaised).ShouldAllBe(p => p.Actors.Count == 2 && p.Actors.Any(a => a.Id == "joe-wilson") && p.Actors.Any(a => a.Id == "roger-wicker"));
    }

    [Fact]
    public void a_statement_by_two_officials_after_a_topic_speaks_with_both()
    {
        var praise = ProposeBy(EuropeanUnion, """
            Georgia: Statement by High Representative Josep Borrell and Commissioner Olivér Várhelyi on the elections

            Brussels, 28.10.2024

            We commend the Georgian people for their high turnout.
            """, "2024-10-28").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["josep-borrell", "oliver-varhelyi", "european-union"], ignoreOrder: true);
    }

    [Fact]
    public void a_date_in_a_clause_closed_before_a_judgement_is_not_the_judgements()
    {
        var assessed = ProposeBy(Watch, "Azerbaijan committed to respect media freedom when it joined the OSCE in 1992; it is long past time to honor that commitment.", "2025-07-15")
            .Single(p => p.Kind == EventKind.CommitmentAssessed);

        assessed.Occurred.Text.ShouldBe("2025-07-15");
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Theory]
    [InlineData("Azerbaijan jails its critics. We urge President Ilham Aliyev to release all journalists.", true)]
    [InlineData("Azerbaijan jails its critics. We urge governments to press President Ilham Aliyev to release all journalists.", false)]
    public void a_call_on_a_states_official_named_right_after_it_is_a_call_on_the_state(string text, bool onTheState) =>
        ProposeBy(Watch, text).Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Any(c => c.Id == "azerbaijan").ShouldBe(onTheState);

    [Fact]
    public void a_states_partners_including_bodies_are_those_bodies()
    {
        var call = ProposeBy(Watch, "Kyrgyzstan’s international partners, including the European Union and the OSCE, should press the authorities to end the crackdown.")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["european-union", "osce"], ignoreOrder: true);
    }

    [Fact]
    public void what_someone_is_charged_with_calling_for_is_no_call()
    {
        ProposeBy(Watch, "A court in Bishkek convicted four journalists of Kyrgyzstan on charges of calling for mass riots, Human Rights Watch said today.")
            .ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
    }

    [Theory]
    [InlineData("In 2021, President Sadyr Japarov of Kyrgyzstan pledged to protect freedom of speech. That pledge rings hollow today.", EventKind.CommitmentAssessed)]
    [InlineData("In Kyrgyzstan, violence against journalists is an attack on the public’s right to know.", EventKind.CriticismRaised)]
    public void hollow_pledges_and_attacks_on_the_right_to_know_are_judged(string text, EventKind kind) =>
        ProposeBy(Watch, text).ShouldContain(p => p.Kind == kind);

    private static readonly ActorRef UnitedKingdom = new("united-kingdom", "United Kingdom", ActorKind.ParticipatingState);

    [Fact]
    public void a_statement_made_on_behalf_of_several_states_is_theirs_with_whoever_delivers_it()
    {
        var drafts = ProposeBy(UnitedKingdom, """
            Joint Statement on the Human Rights Situation in Belarus

            As delivered by Ambassador Neil Holland, United Kingdom Delegation to the OSCE, on behalf of Canada, Iceland, Norway, Switzerland and the United Kingdom

            Mr. Chair,

            We condemn the continued incommunicado detention of Maria Kalesnikava in Belarus.
            """, "2025-05-29");

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["neil-holland", "canada", "iceland", "norway", "switzerland", "united-kingdom"], ignoreOrder: true);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["belarus"]);
    }

    [Theory]
    [InlineData("Tajikistan has also failed to implement the recommendations of ODIHR's 2020 election observation mission.", "tajikistan")]
    [InlineData("Belarus's failure to implement the recommendations of the Moscow Mechanism report of 2020 remains a matter of grave concern.", "belarus")]
    public void a_failure_the_author_finds_is_the_authors_judgement_of_the_state_that_failed(string sentence, string state)
    {
        var assessed = ProposeBy(Watch, sentence).Single(p => p.Kind == EventKind.CommitmentAssessed);

        assessed.Actors.Select(a => a.Id).ShouldBe(["human-rights-watch"]);
        assessed.Counterparts.Select(c => c.Id).ShouldBe([state]);
    }

    [Fact]
    public void a_capital_opening_the_name_of_a_mechanism_or_document_is_not_its_state()
    {
        Mentions().In("The Moscow Mechanism was invoked by 38 participating States.", PartialDate.Parse("2025-05-29"), null).ShouldNotContain(m => m.Actor.Id == "russian-federation");
        Mentions().In("Talks in Moscow ended without result.", PartialDate.Parse("2025-05-29"), null).ShouldContain(m => m.Actor.Id == "russian-federation");
    }

    [Fact]
    public void what_a_praise_thanks_someone_for_paying_attention_to_is_not_praised()
    {
        var praise = ProposeBy(UnitedKingdom, "We thank ODIHR and the OSCE Secretariat for their continued attention to Belarus.", "2025-05-29")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["odihr", "secretariat"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("The OSCE Representative on Freedom of the Media, Jan Braathu, today expressed alarm at the detention of nine journalists in Tbilisi.")]
    [InlineData("Four years after the forced landing in Minsk, the human rights situation in Belarus continues to deteriorate.")]
    public void alarm_expressed_and_a_situation_that_continues_to_deteriorate_are_criticisms(string sentence) =>
        ProposeBy(UnitedKingdom, sentence, "2025-05-29").ShouldContain(p => p.Kind == EventKind.CriticismRaised);

    [Fact]
    public void an_assurance_given_to_him_is_given_to_the_person_named_before_and_its_breach_assesses_who_gave_it()
    {
        var drafts = ProposeBy(new ActorRef("representative-on-freedom-of-the-media", "Representative on Freedom of the Media", ActorKind.Institution), """
            VIENNA, 14 March 2025 – The OSCE Representative on Freedom of the Media, Jan Braathu, today spoke about Georgia.

            Braathu recalled that during his visit to Tbilisi in November 2024, Prime Minister Irakli Kobakhidze had assured him that the government would consult media organizations on any change to media legislation. “That assurance has not been honoured,” he said.
            """, "2025-03-14");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["jan-braathu"]);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
        assessed.Counterparts.Select(c => c.Id).ShouldBe(pledge.Actors.Select(a => a.Id), ignoreOrder: true);
    }

    [Fact]
    public void a_memorandum_signed_by_two_officials_is_a_meeting_and_what_it_has_each_party_do_is_that_partys_pledge()
    {
        var drafts = Propose("""
            BISHKEK, 22 October 2025 — The Head of the OSCE Programme Office in Bishkek, Ambassador Alexey Rogov, and Minister of Internal Affairs of the Kyrgyz Republic Ulan Niyazbekov today signed a memorandum of understanding on community policing.

            Under the memorandum, the Ministry undertakes to establish community police units in all regions of the country by the end of 2027, and the Programme Office will provide training for 400 police officers.
            """, "2025-10-22");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        new[] { meeting.Actors.Single().Id, meeting.Counterparts.Single().Id }.ShouldBe(["alexey-rogov", "ulan-niyazbekov"]);
        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.StartsWith("Under", StringComparison.Ordinal)).ToList();
        pledges.ShouldContain(p => p.Actors.Select(a => a.Id).SequenceEqual(new[] { "kyrgyzstan" }) && p.Counterparts.Any(c => c.Id == "programme-office-in-bishkek"));
        pledges.ShouldContain(p => p.Actors.Select(a => a.Id).SequenceEqual(new[] { "programme-office-in-bishkek" }) && p.Counterparts.Any(c => c.Id == "kyrgyzstan") && p.Commitment!.StartsWith("provide training", StringComparison.Ordinal));
    }

    [Fact]
    public void a_law_found_to_fall_short_of_international_standards_is_criticised_not_a_commitment_assessed()
    {
        var drafts = ProposeBy(Watch, "The Venice Commission found in 2019 that the amendments to the law on public associations in Tajikistan fell short of international standards.");

        drafts.ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void whom_a_relative_clause_after_a_reported_criticism_describes_is_not_criticised_nor_does_its_date_carry_on()
    {
        var drafts = Propose("""
            VIENNA, 14 March 2025 – The OSCE Representative on Freedom of the Media, Jan Braathu, today commented on Georgia.

            The Representative also noted with concern the amendments to the Law on Broadcasting adopted by the Parliament on 1 March, which allow the Communications Commission to sanction outlets for “biased” reporting. He urged the Parliament to bring the amendments into line with OSCE commitments.
            """, "2025-03-14");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("noted with concern")).Counterparts.Select(c => c.Id).ShouldBe(["georgia"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2025-03-14");
    }

    [Theory]
    [InlineData("As delivered by Ambassador Neil Holland, United Kingdom Delegation to the OSCE\n\nMr. Chair,\n\nWe condemn the detentions in Belarus.\n\nWe note the release of several political prisoners since July 2024, but these releases do not change the overall picture: repression continues, and new arrests outnumber releases.", "2025-05-29")]
    [InlineData("Earlier this year, the OSCE Programme Office in Bishkek expressed concern over the detention of journalists in Kyrgyzstan.", "2025")]
    public void a_judgement_is_dated_when_made_not_when_what_it_judges_began_and_earlier_this_year_is_the_year(string sentence, string occurred) =>
        ProposeBy(UnitedKingdom, sentence, "2025-05-29").Last(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe(occurred);

    [Fact]
    public void a_short_line_after_a_blank_one_heads_the_paragraph_of_wrapped_lines_below_it()
    {
        const string text = "Summary\n\n2. Assessment\nThe Venice Commission found in 2019 that the amendments to the law on public\nassociations fell short of international standards.";

        Sentences.Split(text).Select(x => x.Text).ShouldContain(x => x.StartsWith("The Venice Commission found", StringComparison.Ordinal));
        // a narrow column's line is not a heading
        Sentences.Split("The Chair arrived.\n\nForeign Minister Murat\nNurtleu met the Chair in\nVienna today.").Select(x => x.Text).ShouldBe(["The Chair arrived.", "Foreign Minister Murat\nNurtleu met the Chair in\nVienna today."]);
    }

    [Fact]
    public void a_line_addressing_recommendations_to_bodies_opens_a_list_of_calls_on_them()
    {
        var drafts = ProposeBy(Watch, """
            Recommendations

            To the European Union and the OSCE participating States:
            • raise the cases of political prisoners in every bilateral meeting with Tajik officials.
            """);

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["european-union", "osce-participating-states"], ignoreOrder: true);
    }

    [Fact]
    public void the_readiness_of_a_body_the_speaker_reaffirms_is_that_bodys_pledge_to_the_government()
    {
        var pledge = Propose("On 9 June, Foreign Minister Ararat Mirzoyan of Armenia received OSCE Secretary General Feridun Sinirlioğlu. Secretary General Sinirlioğlu reaffirmed the readiness of the OSCE Secretariat to continue supporting the Government's reform agenda.", "2025-06-09")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["secretariat", "feridun-sinirlioglu"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["armenia"]);
    }

    [Fact]
    public void an_office_named_in_a_sentence_opening_on_an_earlier_year_is_whoever_held_it_then()
    {
        var criticism = ProposeBy(Watch, "In 2023 the Supreme Court of Tajikistan sentenced journalist Rukhshona Hakimova to eight years, a verdict the OSCE Representative on Freedom of the Media called \"deeply troubling\".", "2025-04-10")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["teresa-ribeiro"]);
        criticism.Occurred.Text.ShouldBe("2023");
    }

    [Theory]
    [InlineData("“Azerbaijan has comprehensively failed to honour that undertaking,” said Marie Struthers of Amnesty International.", "unmet")]
    [InlineData("Jan Braathu said in a statement that Turkmenistan \"still has a long way to go\" to meet its media freedom commitments.", "unmet")]
    [InlineData("Foreign Minister Bakhtiyor Saidov noted that Uzbekistan has implemented 20 of the 27 recommendations made by ODIHR after the 2024 elections.", "partially_met")]
    public void honour_failed_a_long_way_to_go_and_some_recommendations_implemented_assess_the_state(string sentence, string status)
    {
        var assessed = Propose(sentence, "2025-09-04").Single(p => p.Kind == EventKind.CommitmentAssessed);

        assessed.Status!.Value.Name().ShouldBe(status);
        assessed.Counterparts.Select(c => c.Id).ShouldContain(c => CentralAsia.Contains(c) || c == "azerbaijan");
        assessed.Counterparts.ShouldNotContain(c => c.Id == "odihr"); // whose recommendations they were is not assessed
    }

    [Theory]
    [InlineData("Minister Bakhtiyor Saidov of Uzbekistan expressed the intention to address the remaining recommendations before the next elections.", EventKind.CommitmentMade)]
    [InlineData("The ODIHR Director drew attention to the need to further liberalize the registration of political parties in Uzbekistan.", EventKind.RecommendationMade)]
    public void an_intention_expressed_is_a_pledge_and_attention_drawn_to_a_need_is_a_recommendation(string sentence, EventKind kind) =>
        Propose(sentence, "2026-02-03").ShouldContain(p => p.Kind == kind);

    [Fact]
    public void a_pledge_made_on_joining_a_body_is_made_to_that_body()
    {
        var pledge = ProposeBy(new ActorRef("amnesty-international", "Amnesty International", ActorKind.Organisation),
                "When it joined the Council of Europe in 2001, Azerbaijan undertook to guarantee freedom of expression and the independence of the media.", "2025-06-12")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["azerbaijan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["council-of-europe"]);
        pledge.Occurred.Text.ShouldBe("2001");
    }

    [Fact]
    public void a_news_report_of_a_meeting_the_call_made_at_it_the_pledge_given_and_a_welcome_on_a_weekday()
    {
        var drafts = Propose("""
            ALMATY, Sept 4 (Reuters) - A court in Turkmenistan on Thursday released a reporter detained last week.

            Jan Braathu, the OSCE Representative on Freedom of the Media, welcomed the decision on Thursday but said more remained to be done.

            Braathu met Turkmenistan's Foreign Minister Rashid Meredov in Vienna on Aug. 29 and urged him to end travel bans on journalists, his office said.

            Turkmenistan's foreign ministry said Meredov had informed Braathu that the government would review the travel restrictions "in the near future".
            """, "2025-09-04");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2025-09-04");
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
        call.Counterparts.Select(c => c.Id).ShouldBe(["turkmenistan", "rashid-meredov"], ignoreOrder: true);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised); // the restrictions a pledge will review are not criticised by who pledges it
    }

    [Fact]
    public void both_sides_are_the_two_states_last_named_together_and_a_readiness_of_two_bodies_is_both_of_theirs()
    {
        var drafts = Propose("""
            HELSINKI, 11 August 2025 – The OSCE Chairperson-in-Office, Elina Valtonen, today welcomed the initialling of the peace agreement between Armenia and Azerbaijan.

            The Chairperson-in-Office encouraged both sides to sign and ratify the agreement without delay.

            Valtonen reaffirmed the readiness of the OSCE Secretariat and ODIHR to support the implementation of the agreement.
            """, "2025-08-11");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("odihr");
    }

    [Fact]
    public void what_a_welcomed_resolution_calls_for_is_not_the_welcomers_call()
    {
        var drafts = ProposeBy(new ActorRef("amnesty-international", "Amnesty International", ActorKind.Organisation),
            "Amnesty International welcomed the resolution of the European Parliament in May calling for the journalists’ release in Azerbaijan.", "2025-06-12");

        drafts.ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["european-parliament"]);
    }

    [Fact]
    public void representatives_of_a_language_community_are_the_states_civil_society()
    {
        var meetings = Propose("TALLINN, 27 November 2025 – The OSCE High Commissioner on National Minorities, Christophe Kamp, met with Mayor Katri Raik and representatives of the Russian-speaking community in Narva, Estonia.", "2025-11-27")
            .Where(p => p.Kind == EventKind.Meeting).ToList();

        meetings.Count.ShouldBe(2);
        meetings.ShouldContain(m => m.Counterparts.Any(c => c.Kind == ActorKind.CivilSociety));
    }

    [Fact]
    public void the_parliamentary_assembly_of_the_council_of_europe_is_neither_the_osce_assembly_nor_the_council()
    {
        var found = Mentions().In("The mission of ODIHR and the Parliamentary Assembly of the Council of Europe (PACE) deployed 450 observers.", PartialDate.Parse("2025-09-29"), null);

        found.Select(m => m.Actor.Id).Distinct().ShouldBe(["odihr", "parliamentary-assembly-of-the-council-of-europe"]);
    }

    [Fact]
    public void a_ministers_statement_published_by_the_federal_foreign_office_is_his_and_germanys()
    {
        var author = Mentions().Author("Federal Foreign Office", PartialDate.Parse("2025-12-03"));
        author!.Id.ShouldBe("germany");
        var drafts = ProposeBy(author, """
            Ahead of his departure for Vienna, Foreign Minister Johann Wadephul issued the following statement:

            “Russia’s war of aggression against Ukraine is the gravest violation of the Helsinki Final Act in the history of the OSCE.

            I thank the Finnish Chairpersonship for steering the Organization through a difficult year.”
            """, "2025-12-03");

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["johann-wadephul", "germany"], ignoreOrder: true);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]); // whose war it is, not the OSCE whose history it is in
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["johann-wadephul", "germany"], ignoreOrder: true);
    }

    [Fact]
    public void using_unrest_as_a_pretext_to_silence_a_community_is_a_criticism() =>
        ProposeBy(Watch, "The Tajik government has used the 2022 unrest as a pretext to silence an entire minority community.", "2025-06-05")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Counterparts.Any(c => c.Id == "tajikistan"));

    [Fact]
    public void the_mission_thanked_is_the_one_its_head_was_named_with_and_a_praise_is_not_of_whom_it_goes_on_to_call_on()
    {
        var drafts = Propose("""
            Belgrade, 8 July 2025

            Prime Minister of Serbia Đuro Macut met today with Head of the OSCE Mission to Serbia Jan Bratu to discuss cooperation.

            The Prime Minister thanked the Mission for its long-standing support to the judicial reform.

            Bratu welcomed the adoption of the new law on the Unified Voter Register and encouraged the Government to continue implementing ODIHR's outstanding electoral recommendations.
            """, "2025-07-08");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Actors.Any(a => a.Id == "duro-macut")).Counterparts.Select(c => c.Id).ShouldBe(["mission-to-serbia"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Actors.Any(a => a.Id == "jan-bratu")).Counterparts.Select(c => c.Id).ShouldBe(["serbia"]);
    }

    [Fact]
    public void a_pledge_is_not_dated_by_when_what_it_names_was_adopted() =>
        Propose("Prime Minister Đuro Macut of Serbia said that the Government will continue to implement the Media Strategy adopted in 2020.", "2025-07-08")
            .Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-07-08");

    [Fact]
    public void a_verb_joined_after_an_appreciation_has_the_sentences_subject_not_the_body_appreciated()
    {
        var pledge = Propose("Deputy Foreign Minister meets with Head of OSCE Programme Office in Astana\n\n" +
                             "The Kazakh side highly appreciated the Programme Office’s contribution to the country’s reforms and confirmed its readiness to continue constructive cooperation with the OSCE.", "2025-05-15")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void two_officials_opening_a_course_together_meet_and_the_osce_centre_thanked_is_the_centre()
    {
        var drafts = Propose("""
            ASHGABAT, 14 April 2025 – The Head of the OSCE Centre in Ashgabat, Ambassador John MacGregor, and Deputy Minister of Foreign Affairs of Turkmenistan Vepa Hajiyev today opened a five-day course on international humanitarian law.

            Deputy Minister Hajiyev thanked the OSCE Centre for its long-standing assistance and expressed Turkmenistan’s readiness to further expand co-operation with the Centre in all three dimensions.
            """, "2025-04-14");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        new[] { meeting.Actors.Single().Id, meeting.Counterparts.Single().Id }.ShouldBe(["john-macgregor", "vepa-hajiyev"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["centre-in-ashgabat"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["centre-in-ashgabat"]);
    }

    [Theory]
    [InlineData("Moscow continues to ignore all peace efforts, Ukraine said.", EventKind.CriticismRaised)]
    [InlineData("The conviction of the journalists is a grave blow to press freedom in Kyrgyzstan, the Committee to Protect Journalists said.", EventKind.CriticismRaised)]
    [InlineData("The European Union said deliberate attacks on civilians in Ukraine constitute war crimes.", EventKind.CriticismRaised)]
    [InlineData("Ukraine is grateful to the OSCE Chairpersonship for its swift condemnation.", EventKind.PraiseExpressed)]
    [InlineData("President Sadyr Japarov of Kyrgyzstan noted that Kyrgyzstan values its partnership with the OSCE.", EventKind.PraiseExpressed)]
    public void ignored_efforts_a_grave_blow_war_crimes_gratitude_and_a_valued_partnership_are_read(string sentence, EventKind kind) =>
        Propose(sentence, "2025-04-24").ShouldContain(p => p.Kind == kind);

    [Fact]
    public void a_quoted_presidents_promise_is_his_states_and_its_breaking_assesses_both()
    {
        var drafts = ProposeBy(new ActorRef("committee-to-protect-journalists", "Committee to Protect Journalists", ActorKind.Organisation), """
            Kyrgyz authorities should drop all charges against the journalists, the Committee to Protect Journalists said.

            “President Sadyr Japarov promised in 2021 that no journalist would be jailed for their work. That promise has been broken.”
            """, "2025-10-03");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kyrgyzstan", "sadyr-japarov"], ignoreOrder: true);
        pledge.Occurred.Text.ShouldBe("2021");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan", "sadyr-japarov"], ignoreOrder: true);
    }

    [Fact]
    public void calls_made_as_a_charge_are_no_call_and_an_attack_named_by_its_makers_adjective_is_theirs()
    {
        ProposeBy(Watch, "On September 29, a Bishkek court convicted two camera operators of making calls for mass unrest.", "2025-10-03")
            .ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
        ProposeBy(new ActorRef("ukraine", "Ukraine", ActorKind.ParticipatingState), "Ukraine strongly condemns yet another massive Russian missile and drone attack on Kyiv last night.", "2025-04-24")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void a_publisher_named_by_its_head_noun_before_for_is_the_author()
    {
        ProposeBy("Berlin Institute for Caucasus Studies", "The government of Armenia has met its commitment on judicial reform.", "2025-10-14")
            .Single(p => p.Kind == EventKind.CommitmentAssessed).Actors.Select(a => a.Id).ShouldBe(["berlin-institute-for-caucasus-studies"]);
    }

    [Theory]
    [InlineData("The Government of Armenia should complete the review of the electoral code before the end of 2026.", "armenia")]
    [InlineData("The OSCE participating States should keep the Mission's mandate intact.", "osce-participating-states")]
    [InlineData("ODIHR should follow up on its recommendations with the new parliament.", "odihr")]
    public void a_should_with_complete_keep_or_follow_up_is_a_recommendation_to_its_subject(string sentence, string addressed) =>
        ProposeBy(Watch, sentence, "2025-10-14").Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe([addressed]);

    [Fact]
    public void travelling_to_a_capital_on_two_days_is_a_visit_of_those_days_and_they_date_the_talks()
    {
        var drafts = Propose("Bern, 11.03.2026 - Federal Councillor Ignazio Cassis travelled to Tbilisi on 10 and 11 March 2026. He held talks with Prime Minister Irakli Kobakhidze.", "2026-03-11");

        var visit = drafts.Single(p => p.Kind == EventKind.Visit);
        visit.Counterparts.Select(c => c.Id).ShouldBe(["georgia"]);
        visit.Occurred.Text.ShouldBe("2026-03-10/2026-03-11");
        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-03-10/2026-03-11");
    }

    [Fact]
    public void being_in_a_capital_for_talks_with_someone_is_a_visit_and_a_meeting()
    {
        var drafts = Propose("Christophe Kamp was in Tirana on 4 and 5 March for talks with Prime Minister Edi Rama.", "2025-03-05");

        drafts.Single(p => p.Kind == EventKind.Visit).Counterparts.Select(c => c.Id).ShouldBe(["albania"]);
        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Counterparts.Select(c => c.Id).ShouldBe(["edi-rama"]);
        meeting.Occurred.Text.ShouldBe("2025-03-04/2025-03-05");
    }

    [Fact]
    public void attacks_and_interference_named_by_a_states_adjective_are_that_states_not_the_victims_nor_whom_the_sentence_named_before()
    {
        ProposeBy(EuropeanUnion, "The Chairperson-in-Office condemned the repeated Russian strikes on Ukraine's ports.", "2026-02-03")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
        ProposeBy(Watch, "The vote gave the Government of Moldova a new mandate despite a campaign of Russian interference.", "2025-10-14")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void money_a_state_will_provide_is_its_pledge_and_who_announced_it_is_no_counterpart()
    {
        var pledge = Propose("Switzerland will allocate an additional CHF 3 million for mine clearance in Ukraine, the Chairperson-in-Office announced.", "2026-02-20")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldContain("switzerland");
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["ukraine"]);
    }

    [Fact]
    public void who_accuses_criticises_whom_and_being_accused_is_no_accusation()
    {
        var criticism = Propose("Azerbaijan accuses Armenia of violating the ceasefire.", "2025-03-05").Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["azerbaijan"]);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["armenia"]);
        Propose("The Azerbaijani journalist was accused of smuggling by the prosecutor.", "2025-03-05")
            .ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_commitment_violated_or_broken_is_assessed_unmet_and_not_criticised_besides()
    {
        var drafts = ProposeBy(Watch, "When it joined the OSCE in 1992, Tajikistan committed to respect freedom of expression. In recent years, it has systematically violated that commitment.", "2025-06-27");

        var assessment = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessment.Status.ShouldBe(AssessmentStatus.Unmet);
        // (in the words of the commitment made, so that accepting both records one commitment, made and then judged)
        assessment.Commitment.ShouldBe(drafts.Single(p => p.Kind == EventKind.CommitmentMade).Commitment);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void an_interviews_answers_are_the_answerers_words_and_said_on_its_day()
    {
        var drafts = Propose("""
            Warsaw, 12 May 2025

            ODIHR Director Maria Telalian was in Belgrade on 9 and 10 May for talks with Foreign Minister Marko Djuric. Radio Polonia spoke to her on her return.

            Radio Polonia: What did you ask for?

            Telalian: I asked the Government of Serbia to invite observers early. Minister Marko Djuric assured me that the invitation would be sent in June.

            Radio Polonia: And the old recommendations?

            Telalian: The election code has been amended, as recommended. Others have not been implemented.
            """, "2025-05-12");

        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["maria-telalian"]);
        call.Counterparts.Select(c => c.Id).ShouldContain("serbia");
        call.Occurred.Text.ShouldBe("2025-05-12");
        var assurance = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        assurance.Counterparts.Select(c => c.Id).ShouldContain("maria-telalian");
        assurance.Commitment.ShouldBe("the invitation would be sent in June"); // what was assured, not "me that …"
        drafts.Where(p => p.Kind == EventKind.CommitmentAssessed).Select(p => (p.Status, p.Actors.Single().Id))
            .ShouldBe([(AssessmentStatus.Met, "maria-telalian"), (AssessmentStatus.Unmet, "maria-telalian")]);
    }

    [Fact]
    public void a_letters_signatories_speak_together_and_you_is_whom_it_is_addressed_to()
    {
        var call = ProposeBy(Watch, """
            Open letter on the detention of journalists

            3 March 2025

            Dear Minister Valtonen,

            We are writing to you about the journalists detained in Azerbaijan.

            We urge you to raise their cases with the Azerbaijani authorities.

            Sincerely,

            Freedom Now
            Human Rights Watch
            Amnesty International
            """, "2025-03-03").Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["freedom-now", "human-rights-watch", "amnesty-international"], ignoreOrder: true);
        call.Counterparts.Select(c => c.Id).ShouldBe(["elina-valtonen"]);
    }

    [Fact]
    public void a_body_whose_staff_are_met_and_thanked_is_met_and_thanked()
    {
        var drafts = Propose("Secretary General Feridun Sinirlioğlu met staff of the OSCE Mission to Moldova and thanked them for their work.", "2025-03-05");

        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(c => c.Id).ShouldBe(["mission-to-moldova"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["mission-to-moldova"]);
    }

    [Fact]
    public void what_a_statement_a_relative_clause_is_about_called_something_is_its_makers_judgement_of_its_day()
    {
        var criticism = ProposeBy(Watch, "We welcome the report of ODIHR of 3 March, which called the trial a serious violation of fair-trial standards in Azerbaijan.", "2025-03-10")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        criticism.Occurred.Text.ShouldBe("2025-03-03");
    }

    [Fact]
    public void the_organization_after_the_osce_is_the_osce_and_another_organization_is_not()
    {
        Propose("ASTANA, 9 April 2025 – Murat Nurtleu met the OSCE Secretary General.\n\nNurtleu said Kazakhstan is ready to continue hosting events on the Organization's platform.", "2025-04-09")
            .Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldContain("osce");
        Propose("ASTANA, 9 April 2025 – Murat Nurtleu met the OSCE Secretary General.\n\nNurtleu said Kazakhstan is ready to continue hosting events of the Organization of Turkic States.", "2025-04-09")
            .Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldNotContain("osce");
    }

    [Fact]
    public void a_status_granted_opens_a_pledge_to_the_body_granting_it()
    {
        var pledge = Propose("When it was granted EU candidate status in December 2023, Georgia undertook to carry out nine reforms.", "2025-10-14")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Counterparts.Select(c => c.Id).ShouldBe(["european-union"]);
        pledge.Occurred.Text.ShouldBe("2023-12");
    }

    [Fact]
    public void an_observation_mission_finding_elections_competitive_praises_and_slow_progress_is_a_partial_assessment()
    {
        var drafts = ProposeBy(Watch, "Moldova held elections in September.\n\nThe ODIHR election observation mission concluded that the elections were competitive and that fundamental freedoms were respected.\n\nProgress on judicial reform in Moldova, however, has been slow.", "2025-10-14");

        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["moldova"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
    }

    [Fact]
    public void pressing_both_sides_to_act_is_a_call_and_the_sides_of_a_field_operations_head_are_his_operation()
    {
        Propose("Elina Valtonen has pressed both sides to lift restrictions on the freedom of movement.", "2025-05-05")
            .Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["elina-valtonen"]);
        Propose("Astana, 9 April 2025\n\nDeputy Foreign Minister Roman Vassilenko received Head of the OSCE Programme Office in Astana Volker Frobarth.\n\nThe sides agreed to hold a review meeting in November.", "2025-04-09")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "programme-office-in-astana"], ignoreOrder: true);
    }

    [Fact]
    public void a_spokespersons_briefing_or_comment_in_the_heading_is_spoken_by_them_not_by_whom_it_is_on()
    {
        var briefing = ProposeBy("Ministry of Foreign Affairs of the Republic of Uzbekistan", """
            Ministry of Foreign Affairs of the Republic of Uzbekistan

            Briefing by the Press Secretary of the Ministry of Foreign Affairs Akhrorbek Burkhanov

            Tashkent, 3 March 2025

            Question: What about the summit?

            Answer: We regret that the participating States failed to agree on the budget.
            """, "2025-03-03").Single(p => p.Kind == EventKind.CriticismRaised);
        briefing.Actors.Select(a => a.Id).ShouldBe(["uzbekistan", "akhrorbek-burkhanov"], ignoreOrder: true);

        var comment = ProposeBy("Ministry of Foreign Affairs of the Republic of Azerbaijan", """
            Comment of the Spokesperson of the Ministry of Foreign Affairs Aykhan Hajizada on the statement of the OSCE Representative on Freedom of the Media

            24 June 2025

            We call on the OSCE institutions to act within their mandates.
            """, "2025-06-24").Single(p => p.Kind == EventKind.RecommendationMade);
        comment.Actors.Select(a => a.Id).ShouldBe(["azerbaijan", "aykhan-hajizada"], ignoreOrder: true);
    }

    [Fact]
    public void a_joint_statement_of_a_field_operation_and_a_delegation_is_both_of_theirs()
    {
        var call = Propose("""
            Joint statement by the OSCE Mission to Serbia and the Delegation of the European Union to Serbia

            Belgrade, 2 April 2025

            We call on the authorities to find those who attacked the journalists.
            """, "2025-04-02").Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["mission-to-serbia", "european-union"], ignoreOrder: true);
    }

    [Fact]
    public void a_body_named_with_against_is_one_name_and_recommendations_implemented_or_dealt_with_in_part_are_partly_met()
    {
        var drafts = ProposeBy("Council of Europe", """
            Montenegro: more to be done against corruption

            Strasbourg, 12 June 2025 – The Group of States against Corruption (GRECO) concludes that Montenegro has satisfactorily implemented or dealt with 5 of the 11 recommendations.

            GRECO calls on the authorities of Montenegro to report back by 31 March 2026.
            """, "2025-06-12");

        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["group-of-states-against-corruption"]);
    }

    [Fact]
    public void a_states_support_reaffirmed_with_a_plural_possessive_is_its_pledge()
    {
        var pledge = Propose("The envoy reaffirmed the United States' support for the sovereignty and territorial integrity of Georgia.", "2025-10-21")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldContain("united-states-of-america");
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["georgia"]);
    }

    [Fact]
    public void raising_cases_and_rejecting_a_statement_criticise_and_the_day_of_a_detention_does_not_date_them()
    {
        var drafts = Propose("VIENNA, 21 October 2025 - Christophe Kamp met the Foreign Minister of Tajikistan. He raised the cases of activists detained last year and encouraged the Tajik side to ensure fair trials.", "2025-10-21");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2025-10-21");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2025-10-21");

        ProposeBy(new ActorRef("azerbaijan", "Azerbaijan", ActorKind.ParticipatingState), "We reject the statement made by ODIHR on 20 June.", "2025-06-24")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
    }

    [Fact]
    public void criticism_rejected_as_such_criticism_is_a_criticism_of_its_makers()
    {
        var rebuttal = ProposeBy(new ActorRef("kazakhstan", "Kazakhstan", ActorKind.ParticipatingState), """
            Human Rights Watch has criticised the new law on mass media.

            We consider such criticism unfounded.
            """, "2025-12-10").Last(p => p.Kind == EventKind.CriticismRaised);

        rebuttal.Counterparts.Select(c => c.Id).ShouldBe(["human-rights-watch"]);
    }

    [Theory]
    [InlineData("Human Rights Watch\n\nTajikistan: Free Jailed Lawyers\n\n(Berlin, June 3, 2025) – The Tajik authorities should release the lawyers.", "human-rights-watch")]
    [InlineData("Ministry of Foreign Affairs of the Republic of Azerbaijan\nPress Service Department\n\n24 June 2025\n\nWe reject the statement.", "azerbaijan")]
    [InlineData("OSCE Chairperson-in-Office Valtonen visits Moldova\n\nCHISINAU, 3 March 2025 – Elina Valtonen met the President.", null)]
    [InlineData("Tajikistan: Free Jailed Lawyers\n\nThe Tajik authorities should release the lawyers.", null)]
    public void with_no_publisher_given_a_masthead_naming_a_body_whole_is_the_author_and_a_headline_is_not(string text, string? author) =>
        (Mentions().Masthead(text, PartialDate.Parse("2025-06-24"))?.Id).ShouldBe(author);

    [Fact]
    public void a_verb_joined_by_and_shares_the_sentences_subject_when_each_name_before_it_is_a_prepositions_object()
    {
        var call = ProposeBy("European Parliament", "In a resolution adopted today, Parliament deplores the arrests of activists in Tajikistan and calls on the authorities to free them.", "2025-05-08")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["european-parliament"]);
        call.Counterparts.Select(c => c.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void a_release_of_un_experts_is_by_the_experts_it_lists_at_its_foot()
    {
        var drafts = ProposeBy("Office of the United Nations High Commissioner for Human Rights", """
            Azerbaijan: UN experts concerned

            GENEVA (5 May 2025) – UN experts today voiced alarm at the arrests of human rights defenders in Azerbaijan and urged the authorities to free them.

            "Defending rights is not a crime," the experts said.

            The experts: Mary Lawlor, Special Rapporteur on the situation of human rights defenders; Alice Edwards, Special Rapporteur on torture.
            """, "2025-05-05");

        drafts.Where(p => p.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldNotBeEmpty();
        drafts.Where(p => p.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade)
            .ShouldAllBe(p => p.Actors.Count == 2 && p.Actors.Any(a => a.Id == "mary-lawlor") && p.Actors.Any(a => a.Id == "alice-edwards"));
    }

    [Fact]
    public void a_pledge_for_a_day_still_to_come_is_dated_when_it_was_made()
    {
        var pledge = Propose("ASHGABAT, 3 March 2025 – Turkmenistan agreed to host the next round of consultations with the OSCE Centre in Ashgabat in June 2025.", "2025-03-03")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Occurred.Text.ShouldBe("2025-03-03");
    }

    [Fact]
    public void recommendations_a_body_made_left_unimplemented_are_assessed_unmet_not_criticised_besides()
    {
        var drafts = ProposeBy("European Parliament", "Parliament regrets that Tajikistan has not implemented the recommendations of the UN Human Rights Committee.", "2025-05-08");

        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void an_election_observers_said_was_held_in_a_repressive_climate_is_criticised_by_their_body_when_it_was_held()
    {
        var criticism = ProposeBy("European Parliament", "In March 2025, Kyrgyzstan held a snap parliamentary election, which ODIHR observers said was held in a repressive climate.", "2025-10-23")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan"]);
        criticism.Occurred.Text.ShouldBe("2025-03");
    }

    [Fact]
    public void noting_the_importance_of_a_bodys_work_praises_it_and_a_states_side_is_the_state()
    {
        var praise = Propose("ASTANA, 3 March 2025 – Minister Murat Nurtleu received the Head of the OSCE Programme Office in Astana. The Kazakh side noted the importance of the Programme Office's work in supporting reforms.", "2025-03-03")
            .Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["kazakhstan"]);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["programme-office-in-astana"]);
    }

    [Fact]
    public void a_posts_verbless_report_of_a_productive_meeting_is_its_posters_meeting()
    {
        var meeting = Propose("""
            Feridun H. Sinirlioğlu
            @OSCE_SecGen
            Fruitful meeting today in Astana with President Kassym-Jomart Tokayev.
            10:14 AM · Mar 3, 2025
            """, "2025-03-03").Single(p => p.Kind == EventKind.Meeting);

        meeting.Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        meeting.Counterparts.Select(c => c.Id).ShouldBe(["kassym-jomart-tokayev"]);
    }

    [Fact]
    public void a_wire_services_description_names_the_osce()
    {
        var criticism = Propose("YEREVAN, Armenia (AP) — Armenia's government on Monday rejected criticism from Europe's largest regional security organization over its media law.", "2025-03-03")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Counterparts.Select(c => c.Id).ShouldBe(["osce"]);
    }

    [Fact]
    public void a_law_said_to_stigmatise_is_criticised_and_no_grounds_for_such_assessments_rejects_whoever_made_them()
    {
        var drafts = Propose("""
            ODIHR said on Tuesday that the new law "stigmatizes independent media."

            "There are no legal grounds for such assessments," Foreign Minister Ararat Mirzoyan told reporters.
            """, "2025-03-05").Where(p => p.Kind == EventKind.CriticismRaised).ToList();

        drafts.Count.ShouldBe(2);
        drafts[0].Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        drafts[1].Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
    }

    [Fact]
    public void what_a_speaker_says_their_state_would_continue_to_do_is_its_pledge()
    {
        var pledge = Propose("Foreign Minister Ararat Mirzoyan spoke to reporters in Yerevan. He said Armenia would continue to cooperate with ODIHR.", "2025-03-05")
            .Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldContain("armenia");
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
    }

    [Fact]
    public void a_visit_report_is_dated_by_the_days_a_sentence_in_it_tells_up_to_the_one_the_visit_ended()
    {
        var drafts = Propose("""
            VIENNA, 10 May 2025 – During meetings over the past 24 hours in Astana with President Kassym-Jomart Tokayev, the Chairperson-in-Office discussed reforms.

            He urged Kazakhstan to ensure media freedom.

            The Chairperson-in-Office then concluded his visit to Kazakhstan in Almaty.
            """, "2025-05-10");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2025-05-09/2025-05-10");
        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2025-05-09/2025-05-10");
    }

    [Fact]
    public void of_two_states_named_as_often_the_one_the_dateline_names_is_whom_the_authorities_are()
    {
        var call = Propose("""
            Baku, 9 September 2025 – The Secretary General welcomed the progress achieved by Armenia and Azerbaijan.

            He encouraged the authorities to release the journalists.
            """, "2025-09-09").Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["azerbaijan"]);
    }

    [Fact]
    public void a_newsletters_item_is_of_the_day_it_opens_on_throughout_and_so_is_an_authors_report_opening_on_its_day()
    {
        var drafts = ProposeBy("OSCE Mission to Serbia", """
            Mission highlights – May 2025

            12 May – The Mission expressed concern over the attacks on journalists. It called on public officials to refrain from such rhetoric.

            On 14 May, the Mission welcomed the adoption of the law on free access to information.
            """, "2025-06-02");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2025-05-12");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2025-05-12");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2025-05-14");
    }

    [Fact]
    public void a_judgement_after_a_sentence_opening_on_an_earlier_day_is_still_made_when_the_author_writes()
    {
        var criticism = ProposeBy("Amnesty International", "On 20 June, a court in Baku sentenced three journalists to prison. We condemn these sentences in the strongest terms.", "2025-06-27")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Occurred.Text.ShouldBe("2025-06-27");
    }

    [Fact]
    public void what_was_said_at_the_time_is_of_the_day_the_sentence_before_told_and_by_whoever_held_the_office_then()
    {
        var criticism = Propose("In March 2023, police detained five bloggers in Bishkek. The OSCE Representative on Freedom of the Media criticized the detentions at the time.", "2025-03-20")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Occurred.Text.ShouldBe("2023-03");
        criticism.Actors.Select(a => a.Id).ShouldBe(["teresa-ribeiro"]);
    }

    [Fact]
    public void writing_to_express_concern_criticises()
    {
        var criticism = ProposeBy("Amnesty International", "I am writing to express my grave concern about the detention of journalists in Kyrgyzstan.", "2025-03-20")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["amnesty-international"]);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan"]);
    }

    [Fact]
    public void what_a_bodys_report_found_the_body_found_on_the_day_the_report_was_published()
    {
        var criticism = ProposeBy("Freedom House", "ODIHR's final report on the 2024 presidential election, published in July 2024, found that the election lacked genuine competition in Azerbaijan.", "2025-04-15")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        criticism.Occurred.Text.ShouldBe("2024-07");
    }

    [Fact]
    public void an_expectation_voiced_of_someone_asks_them()
    {
        var call = ProposeBy(new ActorRef("azerbaijan", "Azerbaijan", ActorKind.ParticipatingState), "We expect the OSCE to respect the sovereignty of its participating States.", "2025-09-09")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["osce"]);
    }

    [Fact]
    public void what_a_states_official_answering_in_a_transcript_says_their_state_or_we_does_they_do_together()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            Remarks at the joint press conference

            Astana, 9 September 2025

            MINISTER NURTLEU: Good afternoon. Kazakhstan remains committed to the principles of the Helsinki Final Act. We expect the OSCE to respect the sovereignty of its participating States.

            SECRETARY GENERAL SINIRLIOĞLU: Thank you. I welcome the progress of the reforms.

            SECRETARY GENERAL SINIRLIOĞLU: We discussed it today.
            """, "2025-09-09");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "murat-nurtleu"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "murat-nurtleu"], ignoreOrder: true);
    }

    [Fact]
    public void the_head_of_an_osce_office_once_introduced_is_who_the_head_of_the_office_means()
    {
        var praise = Propose("""
            BISHKEK, 3 March 2025 – The Foreign Minister received the Head of the OSCE Programme Office in Bishkek Ambassador Anna Berg.

            The Head of the Programme Office thanked the Kyrgyz side for its support.
            """, "2025-03-03").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["anna-berg"]);
    }

    [Fact]
    public void a_statement_page_with_breadcrumbs_and_a_published_stamp_under_its_standfirst_is_one_statement_in_its_deliverers_voice()
    {
        var call = ProposeBy("UK Delegation to the OSCE", """
            GOV.UK
            Home > International > UK Delegation to the OSCE

            Speech

            Belarus: UK statement to the OSCE

            Ambassador Neil Holland condemns the sentencing of journalists. UK statement to the Permanent Council.

            From: Foreign, Commonwealth & Development Office and Neil Holland
            Published 6 March 2025

            Thank you, Madam Chair.

            We urge Belarus to release all political prisoners.
            """, "2025-03-06").Single(p => p.Kind == EventKind.RecommendationMade);

        call.Actors.Select(a => a.Id).ShouldBe(["neil-holland", "united-kingdom"], ignoreOrder: true);
    }

    [Fact]
    public void deeds_referred_back_to_are_those_of_the_state_the_sentence_before_had_doing_them()
    {
        var criticism = ProposeBy(new ActorRef("united-kingdom", "United Kingdom", ActorKind.ParticipatingState), """
            Yesterday Russia again shelled residential areas of Kharkiv in Ukraine, Ukraine's emergency services reported. These strikes are a flagrant violation of international humanitarian law.
            """, "2025-03-06").Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void what_was_done_during_the_visit_is_of_the_days_the_visit_was_told_to_last()
    {
        var meeting = Propose("""
            STRASBOURG, 20 February 2025 – Council of Europe Commissioner for Human Rights Michael O'Flaherty today published a memorandum following his visit to Armenia from 10 to 12 January 2025.

            During his visit, the Commissioner held meetings with the Minister of Justice, Srbuhi Galyan.
            """, "2025-02-20").Single(p => p.Kind == EventKind.Meeting);

        meeting.Occurred.Text.ShouldBe("2025-01-10/2025-01-12");
    }

    [Fact]
    public void a_parliaments_own_name_is_no_part_of_its_speakers_name()
    {
        var meeting = Propose("ULAANBAATAR, 18 June 2025 – The Secretary General also met with Speaker of the State Great Khural Dashzegviin Amarbayasgalan.", "2025-06-18")
            .Single(p => p.Kind == EventKind.Meeting);

        meeting.Counterparts.Select(c => c.Id).ShouldBe(["dashzegviin-amarbayasgalan"]);
    }

    [Fact]
    public void where_the_praised_contributes_is_not_praised_and_the_secretary_generals_side_is_the_osce()
    {
        var drafts = Propose("""
            ULAANBAATAR, 18 June 2025 – Foreign Minister Batmunkh Battsetseg received OSCE Secretary General Feridun H. Sinirlioğlu.

            The Secretary General commended Mongolia's contribution to the OSCE's work on border security.

            The sides agreed to intensify cooperation on environmental security.
            """, "2025-06-18");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["mongolia"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["mongolia", "osce"], ignoreOrder: true);
    }

    [Fact]
    public void kosovo_is_in_the_actor_file_and_a_minister_rejecting_criticism_rejects_its_makers_not_his_own_side()
    {
        var drafts = Propose("""
            PRISTINA, 10 June 2025 – The OSCE Mission in Kosovo expressed concern over the expropriations in the north and called on the Kosovo government to halt them.

            Kosovo's Minister of Justice, Arta Berisha, rejected the criticism.
            """, "2025-06-10");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["kosovo"]);
        drafts.Last(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["mission-in-kosovo"]);
    }

    [Fact]
    public void a_ministry_learnt_with_its_states_name_is_not_qualified_by_another_state()
    {
        var criticism = ProposeBy("Ministry of Foreign Affairs of the Republic of Lithuania", """
            Lithuania condemns the sentence

            2025-08-12

            The Ministry of Foreign Affairs of Lithuania strongly condemns the sentence handed down to a journalist in Belarus. Belarus must release him.
            """, "2025-08-12").First(p => p.Kind == EventKind.CriticismRaised);

        // (a ministry the dictionary does not know is the State it is of, not a body of its own)
        criticism.Actors.Select(a => a.Id).ShouldBe(["lithuania"]);
    }

    [Fact]
    public void a_body_said_to_fail_to_act_impartially_is_criticised()
    {
        var criticism = Propose("Spokesman Aykhan Hajizada told reporters that ODIHR has repeatedly failed to act impartially in Azerbaijan.", "2025-03-04")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldContain("aykhan-hajizada");
    }

    [Fact]
    public void a_states_regime_named_by_its_adjective_is_the_state()
    {
        var call = ProposeBy(new ActorRef("lithuania", "Lithuania", ActorKind.ParticipatingState), "Lithuania calls on the Belarusian regime to release all political prisoners.", "2025-08-12")
            .Single(p => p.Kind == EventKind.RecommendationMade);

        call.Counterparts.Select(c => c.Id).ShouldBe(["belarus"]);
    }

    [Fact]
    public void a_day_in_figures_with_slashes_dates_a_text_posted_bare_and_the_visits_days_date_what_was_done_during_it()
    {
        const string text = """
            Council of Europe
            Commissioner for Human Rights

            Strasbourg 20/02/2025

            Council of Europe Commissioner for Human Rights Michael O'Flaherty today published a memorandum following his visit to Armenia from 10 to 12 January 2025.

            During his visit, the Commissioner held meetings with the Minister of Justice, Srbuhi Galyan.
            """;

        Dates.Publication(text)!.Text.ShouldBe("2025-02-20");
        Seeded.Value.Propose("doc", text, null).Select(p => p.Draft).Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2025-01-10/2025-01-12");
    }

    [Fact]
    public void a_speech_given_in_the_first_person_is_its_speakers_and_what_they_ask_now_is_of_the_day_they_speak()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            Keynote speech by the OSCE Secretary General Feridun H. Sinirlioğlu
            at the Annual Security Review Conference

            Vienna, 24 June 2025

            Last week I travelled to the Caucasus. In Tbilisi, I met with Foreign Minister Maka Botchorishvili and thanked Georgia for its support for the OSCE's work on border security.

            In Yerevan, I held talks with Foreign Minister Ararat Mirzoyan.

            I urge all participating States to agree on the budget. Let me express my deep concern at the detention of journalists in Belarus. It is unacceptable.
            """, "2025-06-24");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => p.Actors.Single().Id).ShouldBe(["feridun-sinirlioglu", "feridun-sinirlioglu"]);
        drafts.Where(p => p.Kind == EventKind.Meeting).ShouldAllBe(p => p.Occurred.Text == "2025-06-16/2025-06-22");
        drafts.Single(p => p.Kind == EventKind.Visit).Counterparts.Select(c => c.Id).ShouldBe(["georgia", "armenia"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["georgia"]);
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        call.Occurred.Text.ShouldBe("2025-06-24");
        drafts.Where(p => p.Kind == EventKind.CriticismRaised).Select(p => p.Occurred.Text).ShouldBe(["2025-06-24", "2025-06-24"]);
    }

    [Fact]
    public void a_pledge_to_host_or_to_study_in_the_speakers_own_voice_is_made()
    {
        var hosting = Propose("Kyrgyzstan confirmed that it will host the next regional meeting of the OSCE border management network.", "2025-05-02")
            .Single(p => p.Kind == EventKind.CommitmentMade);
        hosting.Actors.Select(a => a.Id).ShouldContain("kyrgyzstan");
        hosting.Commitment!.ShouldStartWith("host the next regional meeting");
        Propose("Foreign Minister Rashid Meredov said Turkmenistan would \"carefully study\" the recommendations of ODIHR.", "2025-05-02")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("turkmenistan");
        Propose("Observers said the OSCE will host the conference in Vienna.", "2025-05-02").ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_state_called_a_committed_partner_and_an_example_for_the_region_in_a_quotation_is_praised_itself()
    {
        var praise = Propose("""
            Finnish Foreign Minister Elina Valtonen visited Tajikistan and Kyrgyzstan this week. In Tajikistan she met officials of the Tajik government.

            "Kyrgyzstan is a committed partner in the OSCE, and its agreement with Tajikistan is an example for the whole region," Valtonen said.
            """, "2025-05-14").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan"]);
    }

    [Fact]
    public void the_links_a_news_page_lists_under_related_are_not_read()
    {
        var drafts = Propose("""
            Belarus frees two journalists

            The OSCE Representative on Freedom of the Media welcomed the release of two journalists in Belarus on Monday.

            Related
            Belarus Criticized Over Jailing Of Bloggers
            Kazakhstan Pledges Media Reform

            Copyright 2025
            """, "2025-05-14");

        drafts.Select(p => p.Kind).ShouldBe([EventKind.PraiseExpressed]);
    }

    [Fact]
    public void a_known_body_named_after_its_owners_possessive_is_that_body_and_a_meeting_in_a_year_named_before_it_is_of_that_year()
    {
        var drafts = Propose("""
            The OSCE's Office for Democratic Institutions and Human Rights (ODIHR) has not been invited.

            In a 2022 meeting with ODIHR Director Matteo Mecacci, Foreign Minister Rashid Meredov said the government would consider the office's recommendations.
            """, "2025-03-10");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Occurred.Text.ShouldBe("2022");
        meeting.Counterparts.Concat(meeting.Actors).Select(a => a.Id).ShouldContain("matteo-mecacci");
        drafts.SelectMany(p => p.Actors.Concat(p.Counterparts)).ShouldNotContain(a => a.Id.StartsWith("osces-"));
    }

    [Fact]
    public void a_body_visits_by_the_mission_it_sends_and_judges_by_what_that_mission_concludes()
    {
        var drafts = Propose("In 2021, ODIHR deployed a needs assessment mission to Tajikistan, which concluded that the vote \"lacked key prerequisites for a genuinely democratic contest.\"", "2025-03-10");

        var visit = drafts.Single(p => p.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id, visit.Occurred.Text).ShouldBe(("odihr", "tajikistan", "2021"));
        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (criticism.Actors.Single().Id, criticism.Counterparts.Single().Id).ShouldBe(("odihr", "tajikistan"));
    }

    [Fact]
    public void elections_treated_as_a_formality_are_criticised()
    {
        var criticism = Propose("\"The government treats elections as a mere formality,\" said Hugh Williamson of Human Rights Watch about Turkmenistan.", "2025-03-10")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Counterparts.Select(c => c.Id).ShouldBe(["turkmenistan"]);
    }

    [Fact]
    public void none_of_the_recommendations_implemented_is_an_unmet_assessment_by_whom_it_is_according_to()
    {
        var assessed = Propose("Tajikistan accepted ODIHR's recommendations in 2020. None of these recommendations have so far been implemented, according to Amnesty International.", "2025-03-10")
            .Single(p => p.Kind == EventKind.CommitmentAssessed);

        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Actors.Select(a => a.Id).ShouldBe(["amnesty-international"]);
    }

    [Fact]
    public void the_speaker_is_the_speaker_of_parliament_the_document_introduced()
    {
        var pledge = Propose("""
            Speaker of the Parliament of Georgia Shalva Papuashvili received the OSCE Chair-in-Office.

            The Speaker reaffirmed Georgia's commitment to the OSCE.
            """, "2025-03-10").Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Actors.Select(a => a.Id).ShouldContain("shalva-papuashvili");
    }

    [Fact]
    public void the_visitor_and_the_host_who_invited_them_are_the_ministers_and_the_parties_told_next()
    {
        var drafts = Propose("""
            At the invitation of the Minister of Foreign Affairs of Kazakhstan Murat Nurtleu, the Minister of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev paid an official visit to Kazakhstan on 3-4 March 2025.

            The Ministers held talks in a warm atmosphere.

            The Parties reaffirmed their commitment to complete the demarcation of the border.

            The Ministers noted with satisfaction the work of the OSCE Programme Office in Astana.

            Minister Kulubaev invited Minister Nurtleu to pay an official visit to Kyrgyzstan.
            """, "2025-03-04");

        drafts.Count(p => p.Kind == EventKind.Visit).ShouldBe(1);
        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Actors.Concat(meeting.Counterparts).Select(a => a.Id).Order().ShouldBe(["jeenbek-kulubaev", "murat-nurtleu"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).Order().ShouldBe(["kazakhstan", "kyrgyzstan"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["programme-office-in-astana"]);
    }

    [Fact]
    public void accusations_propaganda_double_standards_and_results_never_produced_criticise_whom_they_are_said_of()
    {
        var drafts = Propose("""
            Belarus's representative Andrei Dapkiunas has accused the organization's leadership of bias.

            "ODIHR has become a tool of Western propaganda," Dapkiunas told reporters.

            He said the High Commissioner on National Minorities applied "double standards" to Belarus.

            He said the Minsk Group had "failed to produce any tangible results."
            """, "2025-11-12");

        var criticisms = drafts.Where(p => p.Kind == EventKind.CriticismRaised).ToList();
        criticisms.Count.ShouldBe(4);
        criticisms[1].Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
        criticisms[2].Counterparts.Select(c => c.Id).ShouldBe(["christophe-kamp"]); // the office named stands for its holder then
        criticisms[3].Counterparts.Select(c => c.Id).ShouldBe(["minsk-group"]);
    }

    [Fact]
    public void sentences_before_the_story_a_report_tells_last_are_of_the_day_reported()
    {
        var drafts = Propose("""
            Russia's envoy Dmitry Polyansky spoke to reporters in Vienna.

            He criticized ODIHR's reports on elections in Russia.

            Polyansky met with Secretary General Feridun Sinirlioğlu in Vienna last week.
            """, "2025-11-12");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2025-11-12");
        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2025-11-03/2025-11-09");
    }

    [Fact]
    public void the_two_countries_and_the_parties_are_the_two_states_last_named_together()
    {
        var drafts = Propose("""
            The talks were held at the request of Armenia and Azerbaijan.

            In a joint statement issued on 8 August, the two countries agreed to ask the OSCE to close the Minsk Process.

            The Minsk Group, co-chaired by France, Russia and the United States, held its last meeting with the parties in 2019.
            """, "2025-09-01");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["armenia", "azerbaijan"]);
        var meetings = drafts.Where(p => p.Kind == EventKind.Meeting).ToList();
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "minsk-group" && m.Occurred.Text == "2019");
        meetings.SelectMany(m => m.Counterparts).Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"]);
    }

    [Fact]
    public void a_field_operations_donors_its_head_and_where_a_protocol_is_signed_do_not_change_whom_the_release_is_about()
    {
        var drafts = ProposeBy("OSCE Mission to Skopje", """
            SKOPJE, 11 June 2025 – The OSCE Mission to Skopje handed over equipment to the Ministry of Interior.

            Head of the OSCE Mission to Skopje Kilian Wahl and Minister of Interior Panče Toškovski signed the protocol at the Ministry.

            "The Ministry has shown real determination to fight hate crime, and this equipment will help the police," said Ambassador Wahl. He thanked Sweden and Norway for funding the project.

            Minister Toškovski thanked the Mission for its support. "We will train 60 officers by the end of the year," he said.
            """, "2025-06-11");

        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(c => c.Id).ShouldBe(["pance-toskovski"]);
        drafts.First(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["north-macedonia"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Actors.Any(a => a.Id == "pance-toskovski")).Counterparts.Select(c => c.Id).ShouldBe(["mission-to-skopje"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Source.Quote.ShouldContain("We will train");
    }

    [Fact]
    public void the_head_of_state_congratulated_whom_not_what_on_and_the_minister_is_not_the_head_of_a_field_office()
    {
        var congratulation = Propose("""
            President Sadyr Japarov held a telephone conversation with Ignazio Cassis.

            The Head of State congratulated Ignazio Cassis on Switzerland's assumption of the OSCE Chairmanship.
            """, "2026-02-17").Single(p => p.Kind == EventKind.PraiseExpressed);

        congratulation.Actors.Select(a => a.Id).ShouldBe(["sadyr-japarov"]);
        congratulation.Counterparts.Select(c => c.Id).ShouldBe(["ignazio-cassis"]);

        var drafts = Propose("""
            Minister of Foreign Affairs of Turkmenistan Rashid Meredov met with the Head of the OSCE Centre in Ashgabat, Ambassador John MacGregor.

            The Minister expressed gratitude to Ambassador MacGregor for his work. Ambassador MacGregor praised Turkmenistan's role in securing its border with Afghanistan.
            """, "2025-03-20");

        drafts.First(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["rashid-meredov"]);
        drafts.Last(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["turkmenistan"]);
    }

    [Fact]
    public void a_line_addressed_to_a_states_government_recommends_to_that_state_and_a_capital_refusing_is_its_state_criticised()
    {
        var drafts = ProposeBy("International Crisis Group", """
            Tensions remain high. Pristina has closed several offices, while Belgrade has refused to implement the agreement.

            To the government of Serbia: stop blocking the applications of Kosovo.
            """, "2025-05-20");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["serbia"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["serbia"]);
    }

    [Fact]
    public void what_a_paragraph_opening_on_a_past_month_goes_on_to_tell_happened_then_but_what_it_judges_is_judged_now()
    {
        var drafts = ProposeBy("International Crisis Group", """
            In June 2022, Armenia and Azerbaijan met in Brussels. Azerbaijan committed to release all detainees. Its failure to release them is deplorable.
            """, "2025-05-20");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2022-06");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2025-05-20");
    }

    [Fact]
    public void a_report_concluding_and_saying_is_its_bodys_and_the_report_called_biased_is_the_bodys_criticised()
    {
        var drafts = ProposeBy("Civil.ge", """
            ODIHR published its final report on the elections in Armenia on Monday, concluding that the vote was marred by vote buying.

            The report said that fundamental freedoms were broadly respected.

            Prime Minister Nikol Pashinyan told journalists the report was "biased." He said, however, that the government would study the recommendations.
            """, "2025-06-10");

        var byOdihr = drafts.Where(p => p.Actors.Any(a => a.Id == "odihr")).Select(p => p.Kind).ToList();
        byOdihr.ShouldContain(EventKind.CriticismRaised);
        byOdihr.ShouldContain(EventKind.PraiseExpressed);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "nikol-pashinyan")).Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
        drafts.ShouldContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_body_said_to_have_lost_its_role_and_authorities_that_keep_jailing_are_criticised_and_readiness_to_continue_is_pledged()
    {
        var drafts = Propose("""
            The Council of Europe has lost its credibility, Russian Foreign Minister Sergey Lavrov told reporters on Thursday.

            According to Lavrov, Russia is nevertheless prepared to continue working in the OSCE.

            "The authorities in Belarus keep jailing those who speak out," said Marie Struthers of Amnesty International.
            """, "2025-12-04");

        drafts.Where(p => p.Kind == EventKind.CriticismRaised).Select(p => p.Counterparts.Single().Id).ShouldBe(["council-of-europe", "belarus"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("russian-federation");
    }

    [Fact]
    public void earlier_in_the_week_dates_the_days_before_and_a_call_on_partners_including_a_body_is_on_that_body()
    {
        Propose("Earlier in the week, ODIHR Director Maria Telalian met with the Polish Ombudsman, Marcin Wiącek.", "2025-01-29")
            .Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2025-01-27/2025-01-28");
        ProposeBy("Amnesty International", "Amnesty International calls on Tajikistan’s international partners, including the European Union, to raise the case.", "2025-08-06")
            .Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["european-union"]);
    }

    [Fact]
    public void the_organisation_owning_a_body_praised_is_not_praised_beside_it()
    {
        Propose("Foreign Minister Espen Barth Eide praised the OSCE's Support Programme for Ukraine for its work on demining.", "2025-02-20")
            .Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["support-programme-for-ukraine"]);
    }

    [Fact]
    public void a_spokespersons_answers_at_a_states_briefing_are_the_states_and_both_sides_are_the_two_states_named()
    {
        var drafts = ProposeBy("U.S. Department of State", """
            Department Press Briefing

            Matthew Miller, Department Spokesperson

            MR MILLER: Good afternoon. Secretary Blinken spoke yesterday with Maltese Foreign Minister Ian Borg.

            QUESTION: What about Belarus?

            MR MILLER: We call on the Belarusian authorities to free all political prisoners. The repression of independent media is unacceptable.

            QUESTION: And the South Caucasus?

            MR MILLER: We welcome the progress between Armenia and Azerbaijan, and we will continue to support both sides on that path.
            """, "2024-05-14");

        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(c => c.Id).ShouldBe(["ian-borg"]);
        foreach (var kind in new[] { EventKind.RecommendationMade, EventKind.CriticismRaised })
            drafts.Single(p => p.Kind == kind).Actors.Select(a => a.Id).ShouldBe(["united-states-of-america", "matthew-miller"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
    }

    [Fact]
    public void speakers_listed_with_their_roles_speak_on_the_events_day_and_a_body_named_without_its_place_is_the_one_named_whole()
    {
        var drafts = ProposeBy("Chatham House", """
            Chatham House
            Research  Events  Expertise  About

            Meeting summary

            Thursday 6 March 2025, 12:30 - 13:30 GMT

            Speakers
            Sarah Ndlovu, Senior Adviser, OSCE Border Management Staff College in Dushanbe
            Tomas Varga, former Deputy Head, OSCE Special Monitoring Mission to Ukraine

            Tomas Varga praised the Special Monitoring Mission's patrol teams. He argued that Russia had weaponized the budget process.
            """, "2025-03-12");

        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["tomas-varga"]);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["osce-special-monitoring-mission-to-ukraine"]);
        praise.Occurred.Text.ShouldBe("2025-03-06");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
        drafts.SelectMany(p => p.Actors.Concat(p.Counterparts)).ShouldNotContain(a => a.Name.Contains("Expertise"));
    }

    [Fact]
    public void a_states_pledge_at_a_meeting_with_the_head_of_a_field_operation_is_to_the_operation_named_short()
    {
        var drafts = ProposeBy("Government of Albania", """
            Tirana, 14 May 2025 – Prime Minister Edi Rama met today with the Head of the OSCE Presence in Albania, Ambassador Michel Tarran.

            The Prime Minister thanked the OSCE Presence for its support to electoral reform. Rama said that Albania remained fully committed to electoral reform.
            """, "2025-05-14");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["presence-in-albania"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["presence-in-albania"]);
    }

    [Fact]
    public void what_is_raised_with_an_official_in_person_is_a_meeting_and_is_raised_about_their_state()
    {
        var drafts = ProposeBy("UK Parliament", """
            The Minister for Europe, Stephen Doughty, raised the case directly with the Azerbaijani Foreign Minister, Jeyhun Bayramov, when they met in Baku on 3 March.

            In May 2024, ODIHR Director Matteo Mecacci visited Yerevan and raised concerns about the electoral code with Foreign Minister Ararat Mirzoyan.
            """, "2025-04-16");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => (p.Occurred.Text, p.Counterparts.Single().Id)).ShouldBe([("2025-03-03", "jeyhun-bayramov"), ("2024-05", "ararat-mirzoyan")]);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["armenia"]);
    }

    [Fact]
    public void what_was_urged_repeatedly_lasts_up_to_the_day_of_writing_and_who_acted_with_others_acts()
    {
        var drafts = ProposeBy("UK Parliament", """
            The UK has repeatedly urged the Belarusian authorities to release political prisoners.

            At the Permanent Council on 6 March, Canada, together with 30 other participating States, called on Belarus to implement its OSCE commitments in full. To date, the Belarusian authorities have not done so.
            """, "2025-04-16");

        var calls = drafts.Where(p => p.Kind == EventKind.RecommendationMade).ToList();
        calls[0].Occurred.Text.ShouldBe("../2025-04-16");
        calls[1].Actors.Select(a => a.Id).ShouldBe(["canada"]);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Commitment!.ShouldContain("implement its OSCE commitments");
        Propose("The Mission called on the parties to release the detainees. They have not done so.", "2025-04-16").ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void criticism_dismissed_or_shared_and_a_promise_kept_in_part_are_read()
    {
        var drafts = ProposeBy("Eurasianet", """
            The OSCE Representative on Freedom of the Media, Jan Braathu, said in a statement on July 8 that Kazakhstan's new media law is incompatible with OSCE commitments.

            Presidential spokesman Daniyar Amangeldiev dismissed the criticism on Thursday.

            The European Union said that it shared the concerns raised by the OSCE. The OSCE's human rights office says the government is targeting independent media.

            In 2023, Foreign Minister Murat Nurtleu promised that the draft would be revised with civil society. Aigerim Tleuzhan, a lawyer, says that promise was kept only in part.
            """, "2025-07-14");

        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "daniyar-amangeldiev") && p.Occurred.Text == "2025-07-10");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "european-union")).Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "odihr"));
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.PartiallyMet);
        assessed.Occurred.Text.ShouldBe("2025-07-14");
    }

    [Fact]
    public void what_an_encyclopedia_or_a_post_cites_by_number_is_of_its_sources_day_and_a_scene_opened_dates_what_follows()
    {
        var drafts = ProposeBy("Wikipedia", """
            Background
            At the Helsinki Ministerial Council in December 2008, the participating States discussed the chairmanship. In return, Foreign Minister Marat Tazhin pledged to reform the law on political parties.[1]

            Reception
            Amnesty International criticised the government for jailing journalists.[2] Foreign Minister Sergey Lavrov praised Kazakhstan for its neutrality.[3] In 2011, a coalition of Kazakhstani NGOs said progress had fallen short of the promises.

            References
            1. ^ "Madrid commitments". RFE/RL. 30 November 2008.
            2. ^ "Kazakhstan: journalists jailed". Amnesty International. 12 May 2010.
            3. ^ "Lavrov in Astana". TASS. 4 June 2010.
            """, "2025-06-01");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2008-12");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2010-05-12");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2010-06-04");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Actors.Select(a => a.Id).ShouldBe(["kazakhstani-civil-society"]);

        ProposeBy("The Steppe Letter", """
            Kyrgyzstan's ties with the OSCE are cooling. A few days later, the OSCE Representative on Freedom of the Media publicly criticised the blocking of news sites.³

            Footnotes
            ³ OSCE Representative on Freedom of the Media, statement, 2 October 2025.
            """, "2025-10-20").Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2025-10-02");
    }

    [Fact]
    public void the_subject_of_a_when_clause_is_the_he_after_it_and_a_state_that_told_a_body_it_would_act_pledged_to_it()
    {
        var drafts = ProposeBy("The Steppe Letter", """
            When Foreign Minister Jeenbek Kulubaev met ODIHR Director Maria Telalian in Warsaw on 3 June, he thanked the Programme Office in Bishkek for its support.

            Kyrgyzstan has long resisted scrutiny. In 2020, it told the UN Human Rights Committee that it would decriminalise defamation.
            """, "2025-07-01");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldContain("jeenbek-kulubaev");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kyrgyzstan"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["united-nations"]);
    }

    [Fact]
    public void a_years_report_dates_what_it_tells_to_that_year_and_a_speaker_introduced_by_title_confirms_a_pledge_on_the_day_opened()
    {
        var drafts = ProposeBy("OSCE Mission to Skopje", """
            OSCE Mission to Skopje                         Annual Report 2023

            In 2023 the Mission supported the Assembly. On 9 May 2023, the Head of Mission met the Speaker of the Assembly, Talat Xhaferi, to discuss
            electoral reform. The Speaker confirmed that a new electoral code would be adopted by the end of the year.

            The Mission remained concerned about hate speech online.
            """, "2024-04-15");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldContain("talat-xhaferi");
        pledge.Occurred.Text.ShouldBe("2023-05-09");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2023");
    }

    [Fact]
    public void an_op_ed_signed_in_capitals_by_an_official_is_theirs_and_their_state_pledges_with_them()
    {
        var drafts = ProposeBy("Financial Times", """
            Opinion

            Why Europe still needs the OSCE

            IAN BORG

            Last month I travelled to Chisinau, where I met President Maia Sandu.

            Malta will continue to support the Mission to Moldova. I call on all participating States to pay their dues on time.
            """, "2024-12-03");

        drafts.Single(p => p.Kind == EventKind.Visit).Actors.Select(a => a.Id).ShouldBe(["ian-borg"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["malta", "ian-borg"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["ian-borg"]);
    }

    [Fact]
    public void a_president_of_a_state_is_the_head_of_state_and_an_assurance_at_a_meeting_is_given_to_the_other_sides_state()
    {
        var drafts = ProposeBy("President of Moldova", """
            President of Moldova Maia Sandu met in Chisinau with the OSCE Secretary General Feridun Sinirlioğlu.

            The Head of State thanked the OSCE for its support to the settlement process. Feridun Sinirlioğlu assured that the OSCE would keep the Mission's mandate unchanged.
            """, "2025-09-30");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["maia-sandu"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["moldova"]);
    }

    [Fact]
    public void days_in_figures_date_what_happened_and_what_was_noted_at_talks_is_said_by_those_who_met()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Tajikistan", """
            Dushanbe, 21.10.2025 - Consultations held

            On 20.10.2025, Deputy Minister of Foreign Affairs Sodiq Imomi held talks with the Head of the OSCE Programme Office in Dushanbe Markus Müller.

            It was noted that the Programme Office has made a significant contribution to border security. The Tajik side expressed its readiness to host a regional conference in 2026.

            Mr Müller last visited Khorog on 03.06.2025, when he met with the regional governor.
            """, "2025-10-21");

        drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Id == "markus-muller")).Occurred.Text.ShouldBe("2025-10-20");
        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["sodiq-imomi", "markus-muller"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-10-20");
        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2025-06-03");
    }

    [Fact]
    public void a_courtesy_call_is_a_meeting_not_a_call_on_anyone_and_a_diplomat_quoted_judges()
    {
        var drafts = ProposeBy("U.S. Embassy in Kyrgyzstan", "U.S. Ambassador Lesslie Viguerie paid a courtesy call on the Head of the OSCE Programme Office in Bishkek, Ambassador Alexey Rogov, on May 6.", "2025-05-07");
        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(c => c.Id).ShouldBe(["alexey-rogov"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);

        var said = ProposeBy("BelTA", """
            MINSK, 12 September (BelTA) - ODIHR's silence confirms the organization's political bias, Belarusian Foreign Ministry spokesman Anatoly Glaz told reporters.

            "The office has turned into an instrument of pressure on sovereign states. We invited it in good faith," the diplomat said.
            """, "2025-09-12");
        said.Where(p => p.Kind == EventKind.CriticismRaised).Select(p => p.Actors.Single().Id).ShouldBe(["anatoly-glaz", "anatoly-glaz"]);
    }

    [Fact]
    public void a_resolutions_operative_paragraphs_are_its_bodys_and_the_work_of_an_office_is_the_offices()
    {
        var drafts = ProposeBy("OSCE Parliamentary Assembly", """
            RESOLUTION ON MEDIA FREEDOM

            1. Recalling the OSCE commitments on freedom of expression,

            The OSCE Parliamentary Assembly:

            2. Condemns the imprisonment of journalists in Azerbaijan, Belarus and Turkmenistan;

            3. Welcomes the work of the OSCE Representative on Freedom of the Media in monitoring attacks on journalists;
            """, "2025-07-03");

        var condemned = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        condemned.Actors.Select(a => a.Id).ShouldBe(["parliamentary-assembly"]);
        condemned.Counterparts.Select(c => c.Id).ShouldBe(["azerbaijan", "belarus", "turkmenistan"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["representative-on-freedom-of-the-media"]);
    }

    [Fact]
    public void a_digests_day_headings_date_its_items_and_denials_or_marked_elections_are_read()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            Weekly update

            Tuesday, 11 March
            Secretary General Feridun H. Sinirlioğlu met Foreign Minister Murat Nurtleu in Vienna.

            Thursday, 13 March
            The Secretary General travelled to Tbilisi.
            """, "2025-03-14");
        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2025-03-11");
        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2025-03-13");

        var said = Propose("""
            "The assessments of ODIHR have nothing to do with reality", - Prime Minister Irakli Kobakhidze told journalists. ODIHR said the elections in Georgia were marked by pressure on voters.

            President Ilham Aliyev said that there are no political prisoners in Azerbaijan.
            """, "2025-11-07");
        said.Where(p => p.Kind == EventKind.CriticismRaised).Select(p => p.Actors.Single().Id).ShouldBe(["irakli-kobakhidze", "odihr"]);
    }

    [Fact]
    public void what_a_letter_asks_of_you_it_asks_of_its_addressee_and_an_assurance_of_a_bodys_support_is_the_bodys_pledge()
    {
        ProposeBy("Norwegian Helsinki Committee", """
            H.E. Mr Ignazio Cassis
            OSCE Chairperson-in-Office

            Dear Minister,

            We urge you to raise the case of imprisoned lawyers with the authorities of Tajikistan. We also ask you to meet independent journalists.
            """, "2026-02-01").Where(p => p.Kind == EventKind.RecommendationMade).Select(p => p.Counterparts.Single().Id).ShouldBe(["ignazio-cassis", "ignazio-cassis"]);

        var pledge = Propose("Ambassador Kelly Keiderling, Head of the OSCE Mission to Moldova, met Prime Minister Alexandru Munteanu. She assured the Prime Minister of the Mission's continued support.", "2025-10-22")
            .Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldContain("mission-to-moldova");
        pledge.Actors.Select(a => a.Id).ShouldNotContain("alexandru-munteanu");
    }

    [Fact]
    public void answers_under_a_plain_a_label_are_the_interviewees_and_a_thread_is_its_posters()
    {
        var interview = ProposeBy("Vecherniy Bishkek", """
            Interviews

            Markus Müller has headed the OSCE Programme Office in Dushanbe since 2024. We asked him about border security.

            Q: How are relations with the government?

            A: Good. Last week I met Foreign Minister Sirojiddin Muhriddin.

            Q: And the media?

            A: I remain concerned about the blocking of news sites.
            """, "2025-09-25");
        interview.Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["markus-muller"]);
        interview.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldContain("markus-muller");

        var thread = ProposeBy("X", """
            Ararat Mirzoyan 🇦🇲
            @AraratMirzoyan

            1/2 Productive talks in Vienna today with OSCE Secretary General Feridun Sinirlioğlu.

            2/2 Urged the OSCE to support the opening of regional communications.
            """, "2026-01-15");
        thread.Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["ararat-mirzoyan"]);
        thread.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["ararat-mirzoyan"]);
    }

    [Fact]
    public void talking_by_phone_today_meets_and_a_date_describing_who_pledges_does_not_date_the_pledge()
    {
        Propose("Foreign Minister Marko Đurić talked by phone today with the OSCE Secretary General Feridun Sinirlioğlu.", "2026-02-10")
            .Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-02-10");
        Propose("Swiss Foreign Minister Ignazio Cassis, who takes over the chairmanship in January, pledged to make the return of Ukrainian children a priority.", "2025-12-04")
            .Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-12-04");
    }

    [Fact]
    public void praise_of_a_states_approach_to_a_settlement_with_another_praises_the_first()
    {
        Propose("The Chairman-in-Office commended Armenia’s constructive approach to the peace treaty with Azerbaijan.", "2026-04-15")
            .Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["armenia"]);
    }

    [Fact]
    public void the_minister_is_the_one_titled_minister_though_an_envoy_serving_in_the_state_was_named_after_him()
    {
        var drafts = Propose("""
            TASHKENT, 3 March 2026 - Foreign Minister Bakhtiyor Saidov received the OSCE Project Co-ordinator in Uzbekistan, Ambassador Jon Moe.

            The Minister highlighted Uzbekistan's readiness to expand cooperation with the OSCE.
            """, "2026-03-03");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["uzbekistan", "bakhtiyor-saidov"], ignoreOrder: true);
    }

    [Fact]
    public void a_capital_places_a_report_naming_no_state_and_a_who_clause_judges_for_whom_it_describes()
    {
        var drafts = ProposeBy("Azatutyun", """
            ODIHR Director Maria Telalian met Prime Minister Ara Sargsyan in Yerevan on Monday.

            Sargsyan pledged that the authorities would ensure full access for the observers.

            Telalian also met with representatives of civil society, who complained about the arrests of activists in recent months.

            Opposition leaders have accused the government of using the courts against its critics.
            """, "2026-05-12");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("armenia");
        var civil = drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Kind == ActorKind.CivilSociety));
        civil.Counterparts.Select(a => a.Name).ShouldBe(["Armenian civil society"]);
        civil.Occurred.Text.ShouldBe("2026-05-11");
        var complaint = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        complaint.Actors.Select(a => a.Name).ShouldBe(["Armenian civil society"]);
        complaint.Counterparts.Select(a => a.Id).ShouldBe(["armenia"]);
    }

    [Fact]
    public void a_title_of_a_named_body_is_that_bodys_and_failing_to_hold_to_account_is_criticism()
    {
        var drafts = ProposeBy("Norwegian Helsinki Committee", """
            The Norwegian Helsinki Committee (NHC) today urged the OSCE to act.

            “The OSCE has failed to hold Baku to account,” said Ann Vik, Secretary General of the NHC.
            """, "2026-06-03");

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["ann-vik"]);
        criticism.Counterparts.Select(a => a.Id).ShouldContain("osce");
    }

    [Fact]
    public void the_head_a_body_is_said_to_be_headed_by_meets_and_undated_meetings_fall_in_the_period_a_report_covers()
    {
        var drafts = ProposeBy("OSCE/ODIHR", """
            Interim Report

            1 – 14 March 2026

            The EOM, headed by Ambassador Jan Novak, opened in Baku on 1 March.

            The Head of the ODIHR EOM met with Foreign Minister Jeyhun Bayramov.
            """, "2026-03-16");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Actors.Select(a => a.Id).ShouldBe(["jan-novak"]);
        meeting.Occurred.Text.ShouldBe("2026-03-01/2026-03-14");
        Dates.Find("22 October – 4 November 2026", PartialDate.Parse("2026-11-06")).Single().Date.Text.ShouldBe("2026-10-22/2026-11-04");
        Dates.Find("from 28 December to 3 January 2027", PartialDate.Parse("2027-01-06")).Single().Date.Text.ShouldBe("2026-12-28/2027-01-03");
    }

    [Fact]
    public void a_brief_weighs_promises_told_to_the_nation_against_the_few_kept_and_a_passive_welcome_is_no_ones()
    {
        var drafts = ProposeBy("Central Asia Analytical Network", """
            In September 2022 President Kassym-Jomart Tokayev told the nation that Kazakhstan would fully implement ODIHR's recommendations.

            Of the 25 recommendations made by ODIHR in 2023, the authorities have fully implemented only three.

            The pledges were welcomed at the time as a test of the Chairmanship.

            ODIHR assessed the election as lacking genuine competition.
            """, "2026-10-01");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "kassym-jomart-tokayev"], ignoreOrder: true);
        pledge.Occurred.Text.ShouldBe("2022-09");
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.PartiallyMet);
        assessed.Counterparts.Select(a => a.Id).ShouldBe(["kazakhstan"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.PraiseExpressed);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["odihr"]);
    }

    [Fact]
    public void a_statement_published_by_the_unions_delegation_is_the_unions()
    {
        ProposeBy("Delegation of the European Union to the OSCE", "Mr Chair,\n\nWe call on Russia to withdraw all its forces from Ukraine.", "2026-12-11")
            .Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["european-union"]);
    }

    [Fact]
    public void a_second_judgement_of_a_kind_in_a_clause_of_its_own_is_proposed_with_whom_that_clause_names()
    {
        var calls = ProposeBy("Norwegian Helsinki Committee", "We urge the OSCE Chairpersonship to appoint a Special Envoy, and we call on the OSCE Parliamentary Assembly to keep the issue on its agenda.", "2026-06-03")
            .Where(p => p.Kind == EventKind.RecommendationMade).ToList();

        calls.Count.ShouldBe(2);
        calls[0].Counterparts.Select(a => a.Id).ShouldBe(["osce-chairpersonship"]);
        calls[1].Counterparts.Select(a => a.Id).ShouldBe(["parliamentary-assembly"]);
    }

    [Fact]
    public void a_verbatim_reports_speakers_labelled_before_a_dash_say_what_follows()
    {
        var drafts = ProposeBy("European Parliament", """
            Debates - Wednesday, 21 January 2026 - Strasbourg

            President. – The next item is the debate on the situation in Georgia.

            Eva Holm, Commissioner for Enlargement. – Madam President, the Georgian authorities continue to crack down on peaceful protesters.

            Jan Berg, on behalf of the Renew Group. – Madam President, I urge the OSCE Chairpersonship to send a mission to Georgia.

            Paul Roux, on behalf of the ESN Group. – Madam President, these resolutions are interference in the internal affairs of Georgia.
            """, "2026-01-21");

        drafts.First(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["eva-holm"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["jan-berg"]);
        drafts.Last(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["paul-roux"]);
        drafts.SelectMany(p => p.Actors.Concat(p.Counterparts)).ShouldNotContain(a => a.Name.StartsWith("Madam", StringComparison.Ordinal));
    }

    [Fact]
    public void a_pledge_joined_to_a_meeting_is_its_subjects_to_whom_they_met_and_de_facto_authorities_are_a_party()
    {
        var pledge = Propose("ASTANA, Dec 2 (Reuters) - Kazakhstan's Foreign Minister Murat Nurtleu met the head of the OSCE Programme Office in Astana, Volker Frobarth, on Tuesday and pledged to step up cooperation on preventing violent extremism.", "2026-12-02")
            .Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["murat-nurtleu", "kazakhstan"], ignoreOrder: true);
        pledge.Counterparts.Select(a => a.Id).ShouldBe(["volker-frobarth"]);

        Propose("CHISINAU, 20 May 2026 - The Head of the OSCE Mission to Moldova, Kelly Keiderling, expressed concern over restrictions imposed by the de facto authorities in Tiraspol.", "2026-05-20")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(a => a.Name).ShouldBe(["Transnistrian de facto authorities"]);
    }

    [Fact]
    public void each_post_of_a_channels_page_is_dated_by_the_day_under_it()
    {
        var drafts = ProposeBy("MFA of Kazakhstan (Telegram channel)", """
            MFA of Kazakhstan

            Foreign Minister Murat Nurtleu received the OSCE Secretary General Feridun Sinirlioğlu.

            3.1K 10 March 2026, 11:24

            MFA of Kazakhstan

            President Kassym-Jomart Tokayev received OSCE Secretary General Feridun Sinirlioğlu. The head of state noted that Kazakhstan is ready to host an OSCE conference in 2027.

            2.7K 11 March 2026, 09:02
            """, "2026-03-12");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => p.Occurred.Text).ShouldBe(["2026-03-10", "2026-03-11"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-03-11");
    }

    [Fact]
    public void what_a_quoted_pledge_promises_ends_where_the_quotation_closes()
    {
        Propose("“The Assembly will continue to stand with Moldova and its people,” President Pere Joan Pons said at a press conference.", "2026-05-20")
            .Single(p => p.Kind == EventKind.CommitmentMade).Commitment.ShouldBe("stand with Moldova and its people");
    }

    [Fact]
    public void a_summary_record_dates_what_it_records_to_its_meeting_and_its_state_party_is_the_state_reviewed()
    {
        var drafts = ProposeBy("United Nations Human Rights Committee", """
            Human Rights Committee
            Summary record of the 4301st meeting
            Held at the Palais Wilson, Geneva, on Tuesday, 3 March 2026, at 10 a.m.

            Second periodic report of Tajikistan

            1. At the invitation of the Chair, the delegation of Tajikistan, headed by Mr. Sirojiddin Muhriddin, Minister for Foreign Affairs, took places at the Committee table.

            2. Mr. Muhriddin (Tajikistan) said that his Government would adopt a law on the prevention of torture.

            3. The Committee urged the State party to allow independent monitoring of places of detention.
            """, "2026-03-05");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldContain("sirojiddin-muhriddin");
        pledge.Occurred.Text.ShouldBe("2026-03-03");
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["united-nations"]);
        call.Counterparts.Select(a => a.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void a_statements_signatories_one_known_among_several_unknown_judge_together()
    {
        var drafts = ProposeBy("Norwegian Helsinki Committee", """
            We, the undersigned organisations, are deeply concerned about the case against journalist Ivan Petrov in Kazakhstan.

            Signed:

            Almaty Foundation for the Protection of the Rights of Journalists and Bloggers
            Freedom Now
            Norwegian Helsinki Committee
            """, "2026-10-14");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Count.ShouldBe(3);
        Propose("Russian Foreign Minister Sergey Lavrov stressed that the OSCE had turned into an instrument serving the interests of a narrow group of Western countries.", "2026-11-27")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(a => a.Id).ShouldContain("osce");
    }

    [Fact]
    public void a_footnote_mark_after_a_sentences_stop_leaves_it_a_sentence_not_a_headline()
    {
        var drafts = ProposeBy("Helsinki Foundation for Human Rights", """
            Statement

            1 October 2026

            The Helsinki Foundation for Human Rights is concerned that the law adopted by Armenia in May 2025 has been used to close media outlets.[2]

            We regret that the Government of Armenia ignored the opinion of the Venice Commission.
            """, "2026-10-01");

        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
    }

    [Fact]
    public void a_second_verb_in_our_own_sentence_is_ours_and_is_dated_when_we_speak()
    {
        var regret = ProposeBy("Human Rights House Foundation", "We welcome the report that ODIHR and the Venice Commission published in 2024, and regret that its recommendations have been ignored by Azerbaijan.", "2026-05-05")
            .Single(p => p.Kind == EventKind.CriticismRaised);

        regret.Actors.Select(a => a.Id).ShouldBe(["human-rights-house-foundation"]);
        regret.Occurred.Text.ShouldBe("2026-05-05");
    }

    [Fact]
    public void a_head_of_government_saying_the_council_of_ministers_would_act_pledges_to_the_mission_and_the_head_of_mission_is_its_head()
    {
        var drafts = ProposeBy("OSCE Mission to Skopje", """
            SKOPJE, 3 May 2026 – The Head of the OSCE Mission to Skopje, Ambassador Lorenz Brunner, met today with the Prime Minister of North Macedonia, Hristijan Mickoski.

            Mickoski said that the Council of Ministers would adopt the new law on courts before the end of the year.

            The Head of Mission urged the authorities to appoint the members of the Judicial Council without delay. He also expressed concern about attacks on journalists.
            """, "2026-05-03");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Select(a => a.Id).ShouldBe(["mission-to-skopje"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["lorenz-brunner"]);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["lorenz-brunner"]);
    }

    [Fact]
    public void a_digests_state_heading_says_whom_its_section_is_about_and_a_pledge_counted_from_is_dated_that_long_before()
    {
        var drafts = ProposeBy("Caucasus Media Monitor", """
            Monthly digest

            Georgia

            On 3 May, the OSCE Representative on Freedom of the Media said he was deeply concerned about the detention of a photographer.

            Armenia

            Three years after Prime Minister Arsen Vardanyan promised a new law on broadcasting, no draft has reached the National Assembly.

            Journalists continue to be prosecuted for defamation. Armenia, Armenia and Armenia again.

            We urge the OSCE Chairpersonship to raise these cases.
            """, "2026-05-20");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Occurred.Text == "2026-05-03").Counterparts.Select(a => a.Id).ShouldBe(["georgia"]);
        var promise = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        promise.Occurred.Text.ShouldBe("2023");
        promise.Actors.Select(a => a.Id).ShouldContain("armenia");
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "caucasus-media-monitor") && p.Counterparts.Any(c => c.Id == "armenia"));
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["caucasus-media-monitor"]);
        NewNames.Organisation("International Press Institute").ShouldNotBeNull();
        NewNames.Organisation("Kyiv Post").ShouldBeNull();
        Dates.CountedFrom("Six months after the minister pledged to act, nothing has changed.", 40, PartialDate.Parse("2026-05-20"))!.Date.Text.ShouldBe("2025-11");
    }

    [Fact]
    public void a_breakaway_sides_seat_acts_and_rejecting_a_statement_criticises_whoever_made_it_after_it_was_made()
    {
        var drafts = Propose("""
            The European Union has criticised the Abkhaz side for detaining Georgian citizens at the crossing points, most recently in its statement of 9 October 2026. Sukhumi dismissed the statement as biased.
            """, "2026-11-16");

        var eu = drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "european-union"));
        eu.Counterparts.Select(a => a.Id).ShouldBe(["abkhaz-de-facto-authorities"]);
        eu.Occurred.Text.ShouldBe("2026-10-09");
        var rejection = drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "abkhaz-de-facto-authorities"));
        rejection.Counterparts.Select(a => a.Id).ShouldBe(["european-union"]);
        rejection.Occurred.Text.ShouldBe("2026-10-09/2026-11-16");
    }

    [Fact]
    public void a_commentary_whose_note_says_whose_views_it_gives_is_its_signers_and_their_shoulds_are_recommendations()
    {
        var drafts = Propose("""
            Lena Berg | Analysis | 2 June 2026

            The talks have stalled. The Chairpersonship should convene the working group before the summer. Chisinau and Tiraspol, for their part, should agree on a timetable.

            Lena Berg is a fellow at the Nordic Institute of International Affairs. The views expressed are her own.
            """, "2026-06-02");

        var calls = drafts.Where(p => p.Kind == EventKind.RecommendationMade).ToList();
        calls.Count.ShouldBe(2);
        calls.ShouldAllBe(p => p.Actors.Single().Id == "lena-berg");
        calls[0].Counterparts.Select(a => a.Id).ShouldBe(["osce-chairpersonship"]);
        calls[1].Counterparts.Select(a => a.Id).ShouldBe(["moldova", "transnistrian-de-facto-authorities"]);
        Propose("The Mission welcomed progress in the talks between Chisinau and Tiraspol.", "2026-06-02")
            .SelectMany(p => p.Counterparts).ShouldNotContain(a => a.Id == "transnistrian-de-facto-authorities");
    }

    [Fact]
    public void a_pledge_told_to_a_body_is_made_to_that_body_not_to_whom_it_will_invite()
    {
        Propose("Foreign Minister Ararat Mirzoyan told the OSCE Permanent Council on 6 May that Armenia would invite the High Commissioner on National Minorities to visit Yerevan.", "2026-05-20")
            .Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(a => a.Id).ShouldBe(["permanent-council"]);
    }

    [Fact]
    public void a_transcripts_timestamped_turns_are_their_speakers_and_each_starts_a_sentence()
    {
        var drafts = ProposeBy("Radio Free Europe", """
            Evening programme, 10 October 2026
            Transcript

            [00:00:05] HOST (Dana Ivanova): Our guest is the Head of the OSCE Centre in Ashgabat, Ambassador Lukas Berger. Welcome.
            [00:00:12] BERGER: Thank you.
            [00:00:20] HOST: What did you discuss with the Minister?
            [00:00:26] BERGER: On Tuesday I met Minister Rashid Meredov, and we discussed border management. The draft law on the media is far too vague.
            [00:01:02] HOST: Thank you, Ambassador.
            """, "2026-10-10");

        drafts.Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["lukas-berger"]);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["lukas-berger"]);
    }

    [Fact]
    public void a_newsletters_item_heading_is_not_proposed_again_and_a_capital_places_what_is_judged()
    {
        var drafts = ProposeBy("OSCE Parliamentary Assembly", """
            Assembly News – 2 October 2026

            President meets Speaker in Tbilisi

            On 28 September, the President of the Assembly met in Tbilisi with the Speaker of the Parliament of Georgia, Shalva Papuashvili. Georgia and the Assembly discussed the elections.

            Secretary General concerned about sentences against journalists

            Secretary General Roberto Montella on 30 September expressed concern over the prison sentences handed down to four journalists in Minsk.
            """, "2026-10-02");

        var concern = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        concern.Counterparts.Select(a => a.Id).ShouldBe(["belarus"]);
        concern.Source.Quote.ShouldStartWith("Secretary General Roberto Montella on 30 September");
    }

    [Fact]
    public void what_a_praise_is_given_for_is_no_criticism_and_sharing_anothers_concerns_judges_the_state_named()
    {
        ProposeBy("Norwegian Helsinki Committee", "We commend the Swiss Chairpersonship for raising the situation of political prisoners in Belarus at every meeting.", "2026-11-25")
            .ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
        var shared = ProposeBy("European Parliament", "The EU shares the concerns expressed by ODIHR in its final report on the 2024 parliamentary elections in Georgia.", "2026-11-12")
            .Single(p => p.Kind == EventKind.CriticismRaised);
        shared.Counterparts.Select(a => a.Id).ShouldBe(["georgia"]);
        shared.Occurred.Text.ShouldBe("2026-11-12");
    }

    [Fact]
    public void a_meeting_of_a_visits_days_told_again_with_its_day_is_one_meeting_of_that_day()
    {
        var meetings = Propose("""
            YEREVAN, 4 May 2026 – OSCE Secretary General Feridun H. Sinirlioğlu concluded a three-day visit to Armenia today, during which he met Prime Minister Nikol Pashinyan.

            In his meeting with Prime Minister Pashinyan on 2 May, the Secretary General discussed the peace process.
            """, "2026-05-04").Where(p => p.Kind == EventKind.Meeting).ToList();

        meetings.Count.ShouldBe(1);
        meetings[0].Occurred.Text.ShouldBe("2026-05-02");
    }

    [Fact]
    public void a_pledge_is_not_dated_by_the_day_something_it_names_was_requested_and_has_not_done_so_assesses_a_pledge_just_made()
    {
        Propose("Armenia remains committed to its OSCE obligations and will continue its dialogue with ODIHR, including through the legal review the Ministry requested on 14 April.", "2026-05-20")
            .Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-05-20");
        var assessed = ProposeBy("Human Rights Watch", "In March 2025, Azerbaijan told the Council of Europe that it would review the cases of imprisoned journalists. It has not done so.", "2026-05-20")
            .Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Counterparts.Select(a => a.Id).ShouldContain("azerbaijan");
    }

    [Fact]
    public void a_call_someone_should_make_is_asked_of_them_and_the_headline_saying_it_is_not_proposed_again()
    {
        var calls = ProposeBy("Human Rights Watch", """
            Azerbaijan: OSCE Chair Should Press for Release of Political Prisoners

            (Berlin, May 2, 2025) – The OSCE chairperson-in-office, Finnish Foreign Minister Elina Valtonen, should urge the Azerbaijani government to free political prisoners when she visits Baku, Human Rights Watch said today.
            """, "2025-05-02").Where(p => p.Kind == EventKind.RecommendationMade).ToList();

        calls.Count.ShouldBe(1);
        calls[0].Actors.Select(a => a.Id).ShouldBe(["human-rights-watch"]);
        calls[0].Counterparts.Select(a => a.Id).ShouldBe(["elina-valtonen"]);
    }

    [Fact]
    public void a_post_written_under_its_authors_role_is_theirs_and_a_pledge_told_to_a_head_of_mission_is_to_the_mission()
    {
        var drafts = ProposeBy("LinkedIn", """
            Skip to main content
            LinkedIn
            Anna Berg • 3rd
            Head of the OSCE Mission to Serbia
            1d •

            Yesterday in Belgrade I had a productive meeting with Prime Minister Đuro Macut. I welcomed the Government's progress in implementing ODIHR's recommendations on the voter register.

            The Prime Minister assured me that the draft media law will be sent to the National Assembly in January. We at the Mission stand ready to support its adoption.

            In the afternoon I also met Ombudsman Zoran Pašalić. He shared his concern about the slow investigation of attacks on journalists in Serbia.
            """, "2026-11-20");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => p.Actors.Single().Id).ShouldBe(["anna-berg", "anna-berg"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["serbia"]);
        var assured = drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.StartsWith("The Prime Minister", StringComparison.Ordinal));
        assured.Counterparts.Select(a => a.Id).ShouldBe(["mission-to-serbia"]);
        var ready = drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.StartsWith("We at the Mission", StringComparison.Ordinal));
        ready.Actors.Select(a => a.Id).ShouldBe(["mission-to-serbia", "anna-berg"], ignoreOrder: true);
        ready.Counterparts.Select(a => a.Id).ShouldBe(["serbia"]);
        ready.Occurred.Text.ShouldBe("2026-11-20");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["zoran-pasalic"]);
    }

    [Fact]
    public void a_state_named_after_said_opens_what_was_said_and_the_delegation_stands_for_whoever_leads_it()
    {
        var drafts = ProposeBy("JAMnews", """
            Georgian Foreign Minister Maka Botchorishvili received a delegation of the OSCE Parliamentary Assembly led by its President, Pia Kauma, in Tbilisi on Monday.

            According to the Foreign Ministry, Botchorishvili said Georgia was ready to host the Assembly's annual session in 2028 and thanked the OSCE PA for its support.

            The delegation also met Speaker of Parliament Shalva Papuashvili.

            Kauma recommended that Georgia invite ODIHR to observe the local elections "as early as possible".
            """, "2026-11-18");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["maka-botchorishvili"]);
        drafts.ShouldNotContain(p => p.Actors.Concat(p.Counterparts).Any(a => a.Id == "foreign-ministry"));
        drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(a => a.Id == "shalva-papuashvili")).Actors.Select(a => a.Id).ShouldBe(["pia-kauma"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(a => a.Id).ShouldBe(["georgia"]);
    }

    [Fact]
    public void a_deputy_secretarys_title_names_them_again_and_the_two_sides_of_a_readout_are_the_states_the_sentence_names()
    {
        var drafts = ProposeBy("U.S. Department of State", """
            Deputy Secretary of State Christopher Landau met today with Uzbekistan's Minister of Foreign Affairs Bakhtiyor Saidov in Washington. The Deputy Secretary commended Uzbekistan's judicial reforms. The two sides agreed to hold the next U.S.-Uzbekistan Strategic Partnership Dialogue in Tashkent.
            """, "2026-11-12");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["christopher-landau"]);
        var agreed = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        agreed.Actors.Select(a => a.Id).ShouldBe(["united-states-of-america", "uzbekistan"], ignoreOrder: true);
        agreed.Counterparts.ShouldBeEmpty();
    }

    [Fact]
    public void a_chronologys_dated_entries_tell_in_the_present_tense_and_both_sides_of_a_settlement_are_the_state_and_the_de_facto_authorities()
    {
        var drafts = ProposeBy("Foreign Policy Association of Moldova", """
            Settlement process: chronology, March–May 2026

            4 March – The OSCE Special Representative, Thomas Mayr-Harting, visits Chisinau and Tiraspol. [OSCE]

            9 March – The chief negotiators, Roman Roșca and Vitaly Ignatiev, meet in Bender. The sides agree to reopen the bridge at Gura Bîcului before the end of April. [OSCE Mission to Moldova]

            3 April – Roșca accuses the Transnistrian side of blocking farmers' access to their lands. [Government of Moldova]

            2 May – The bridge is still closed. The Mission says the agreement of 9 March "remains unimplemented". [OSCE Mission to Moldova]

            6 May – The Head of the OSCE Mission to Moldova, Kelly Keiderling, urges both sides to refrain from unilateral steps.
            """, "2026-05-10");

        var visit = drafts.Single(p => p.Kind == EventKind.Visit);
        (visit.Occurred.Text, visit.Counterparts.Single().Id).ShouldBe(("2026-03-04", "moldova"));
        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-03-09");
        var agreed = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        agreed.Actors.Select(a => a.Id).ShouldBe(["moldova", "transnistrian-de-facto-authorities"], ignoreOrder: true);
        agreed.Counterparts.ShouldBeEmpty();
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(a => a.Id).ShouldBe(["transnistrian-de-facto-authorities"]);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Occurred.Text.ShouldBe("2026-05-02");
        assessed.Counterparts.Select(a => a.Id).ShouldBe(["moldova", "transnistrian-de-facto-authorities"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(a => a.Id).ShouldBe(["moldova", "transnistrian-de-facto-authorities"], ignoreOrder: true);
        // the present tense outside such an entry announces
        Propose("The Chairperson-in-Office visits Chisinau on 12 December.", "2026-12-04").ShouldNotContain(p => p.Kind == EventKind.Visit);
    }

    [Fact]
    public void a_statements_bulleted_items_are_its_subjects_and_regretting_that_no_such_step_was_taken_assesses_the_pledge()
    {
        var drafts = ProposeBy("OSCE Representative on Freedom of the Media", """
            Statement by the OSCE Representative on Freedom of the Media, Jan Braathu, on the conviction of journalists in Kyrgyzstan

            Following yesterday's verdict of the Bishkek City Court against four journalists of Kloop, the Representative:

            • strongly condemns the prison sentences handed down to the journalists;
            • recalls that in March 2026 Kyrgyzstan assured his Office that it would amend the law on false information;
            • regrets that no such amendment has been adopted;
            • stands ready to continue his dialogue with the Kyrgyz authorities.
            """, "2026-11-24");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Source.Quote.ShouldContain("strongly condemns");
        var pledged = drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Occurred.Text == "2026-03");
        pledged.Counterparts.Select(a => a.Id).ShouldBe(["representative-on-freedom-of-the-media"]);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Unmet, "kyrgyzstan"));
        var ready = drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("stands ready", StringComparison.Ordinal));
        ready.Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
        ready.Counterparts.Select(a => a.Id).ShouldBe(["kyrgyzstan"]);
    }

    [Fact]
    public void a_courts_ruling_judges_and_whoever_rejects_or_welcomes_it_judges_the_court()
    {
        var drafts = ProposeBy("OC Media", """
            The European Court of Human Rights (ECHR) ruled on Tuesday that Georgia had violated the freedom of assembly of twelve protesters.

            The Court awarded each of them €5,000 in damages.

            Georgia's Ministry of Justice rejected the ruling on Wednesday, calling it "one-sided".

            On Thursday, Amnesty International welcomed the judgment.

            Georgia has been a member of the Council of Europe since 1999, when it undertook to respect freedom of assembly.
            """, "2026-11-13");

        var ruled = drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "european-court-of-human-rights"));
        (ruled.Counterparts.Single().Id, ruled.Occurred.Text).ShouldBe(("georgia", "2026-11-10"));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "georgia")).Counterparts.Select(a => a.Id).ShouldBe(["european-court-of-human-rights"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["european-court-of-human-rights"]);
        var joined = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (joined.Occurred.Text, joined.Counterparts.Single().Id).ShouldBe(("1999", "council-of-europe"));
    }

    [Fact]
    public void today_dates_a_post_whose_year_names_what_was_discussed_and_a_confirmation_that_a_body_will_act_is_the_bodys_pledge()
    {
        var drafts = ProposeBy("Embassy of Germany in Astana", """
            Today Ambassador Monika Iwersen met with Chairman of the Mazhilis Yerlan Koshanov to discuss the follow-up to Germany's OSCE Chairpersonship in 2016. Chairman Koshanov confirmed that the Mazhilis will send a delegation to the OSCE PA Winter Meeting in February.
            """, "2026-11-05");

        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-05");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["mazhilis", "yerlan-koshanov"], ignoreOrder: true);
    }

    [Fact]
    public void an_election_run_in_a_professional_manner_is_praise_and_n_of_m_recommendations_implemented_is_a_pledge_partly_met()
    {
        var drafts = ProposeBy("ODIHR", """
            "The Central Election Commission managed the process in a professional and transparent manner," said Kari Henriksen, Special Co-ordinator of the OSCE observers in Armenia.

            The observers noted that only three of the nine priority ODIHR recommendations had been implemented since the last elections in Armenia.
            """, "2026-06-08");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["kari-henriksen"]);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.PartiallyMet, "armenia"));
        ProposeBy("European Parliament", "None of the priority recommendations has been implemented by Armenia.", "2026-06-08")
            .Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void what_is_said_at_a_hearing_is_of_its_day_and_a_witness_of_a_university_testifies()
    {
        var drafts = ProposeBy("U.S. Helsinki Commission", """
            Hearing Summary
            December 3, 2026

            On December 2, the Helsinki Commission held a hearing on media freedom in the South Caucasus. Chairman Joe Wilson opened the hearing by criticizing the Government of Azerbaijan for the imprisonment of journalists.

            Witness Giorgi Gogia of Columbia University testified that Georgia has not implemented a single recommendation of ODIHR since 2024.

            Co-Chairman Ben Cardin urged the State Department to raise the cases of imprisoned journalists in Baku.
            """, "2026-12-03");

        drafts.ShouldAllBe(p => p.Occurred.Text == "2026-12-02");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.StartsWith("Witness", StringComparison.Ordinal))
            .Actors.Select(a => a.Id).ShouldBe(["giorgi-gogia"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(a => a.Id).ShouldBe(["united-states-of-america"]);
    }

    [Fact]
    public void the_council_of_the_eu_speaks_for_the_union_and_steps_not_taken_are_a_pledge_not_met()
    {
        var drafts = ProposeBy("Council of the European Union", """
            1. The EU recalls that Moldova undertook to reform its judiciary.

            2. The Moldovan authorities have not taken these steps.

            3. The EU will continue to support the people of Moldova.

            4. President Ilham Aliyev said that the OSCE Minsk Group had been ineffective for almost thirty years.
            """, "2026-10-20");

        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Actors.Single().Id).ShouldBe((AssessmentStatus.Unmet, "european-union"));
        assessed.Counterparts.Select(a => a.Id).ShouldContain("moldova");
        drafts.ShouldContain(p => p.Kind == EventKind.CommitmentMade && p.Actors.Count == 1 && p.Actors[0].Id == "european-union");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["ilham-aliyev"]);
    }

    [Fact]
    public void a_delegations_reply_at_the_permanent_council_is_its_states_through_the_speaker_its_capitals_name()
    {
        var drafts = ProposeBy("OSCE Permanent Council", """
                                                                  PC.DEL/988/26
            Delegation of the Republic of Belarus

                   STATEMENT BY MR. ANDREI DAPKIUNAS,
                   PERMANENT REPRESENTATIVE OF THE REPUBLIC OF BELARUS,
                   AT THE 1498th MEETING OF THE OSCE PERMANENT COUNCIL

                   Right of reply to the statement by the United Kingdom

            Mr. Chairperson,

                   Our British colleagues are once again spreading unfounded allegations about my country.

                   The ODIHR statement they quote was drafted without any consultation with Minsk. Its conclusions are biased.

                   We remain ready for a constructive dialogue on all issues on the OSCE agenda.
            """, "2026-10-15");

        drafts.ShouldAllBe(p => p.Actors.Select(a => a.Id).Order().SequenceEqual(new[] { "andrei-dapkiunas", "belarus" }));
        drafts.Single(p => p.Source.Quote.StartsWith("Our British", StringComparison.Ordinal)).Counterparts.Select(a => a.Id).ShouldBe(["united-kingdom"]);
        drafts.Single(p => p.Source.Quote.StartsWith("Its conclusions", StringComparison.Ordinal)).Counterparts.Select(a => a.Id).ShouldBe(["odihr"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(a => a.Id).ShouldBe(["permanent-council"]);
    }

    [Fact]
    public void a_spokeswomans_answers_are_hers_and_her_states_and_a_body_used_as_a_tool_is_not_criticised()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Russian Federation", """
            Foreign Ministry Spokeswoman Maria Zakharova’s answers to media questions

            Question: How do you assess the Chairpersonship's decision?

            Maria Zakharova: We believe the Chairpersonship has abandoned any pretence of neutrality. It is a violation of the consensus rule.

            Question: And the Secretary General?

            Maria Zakharova: We appreciate the efforts of Secretary General Feridun Sinirlioğlu to keep the Secretariat impartial. Some delegations keep using the OSCE as a tool of their policy.
            """, "2026-12-03");

        drafts.ShouldAllBe(p => p.Actors.Select(a => a.Id).Order().SequenceEqual(new[] { "maria-zakharova", "russian-federation" }));
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.StartsWith("Maria Zakharova: We believe", StringComparison.Ordinal));
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        drafts.Single(p => p.Source.Quote.StartsWith("Some delegations", StringComparison.Ordinal)).Counterparts.ShouldBeEmpty();
    }

    [Fact]
    public void a_needs_assessment_report_dates_what_others_told_its_mission_to_the_days_the_mission_spent()
    {
        var drafts = ProposeBy("OSCE/ODIHR", """
            ODIHR NEEDS ASSESSMENT MISSION REPORT
            3-6 November 2026

            ODIHR undertook a Needs Assessment Mission (NAM) from 3 to 6 November 2026.

            The NAM held meetings in Chisinau with officials from the Ministry of Foreign Affairs and the Central Electoral Commission.

            The Ministry of Foreign Affairs assured the NAM that observers would enjoy full access to the process.

            CEC Chairperson Angelina Caraman informed the NAM that all observers would be accredited within five days.

            The NewsMaker editorial team criticized the new broadcasting code for restricting independent journalism.

            Based on this assessment, the ODIHR NAM recommends the deployment of an Election Observation Mission.
            """, "2026-11-27");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("odihr", "moldova", "2026-11-03/2026-11-06"));
        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges.ShouldAllBe(p => p.Actors.Any(a => a.Id == "moldova") && p.Counterparts.Single().Id == "odihr" && p.Occurred.Text == "2026-11-03/2026-11-06");
        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (criticism.Actors.Single().Id, criticism.Occurred.Text).ShouldBe(("newsmaker", "2026-11-03/2026-11-06"));
        var advice = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        (advice.Actors.Single().Id, advice.Counterparts.Count, advice.Occurred.Text).ShouldBe(("odihr", 0, "2026-11-27"));
    }

    [Fact]
    public void a_state_said_to_continue_what_it_is_doing_pledges_it()
    {
        var drafts = ProposeBy("Riigikogu", """
            Chairman of the Foreign Affairs Committee Marko Mihkelson met with OSCE High Commissioner on National Minorities Christophe Kamp on Tuesday. Mihkelson said that Estonia would continue the reform of minority education.
            """, "2026-11-25");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["estonia", "marko-mihkelson"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("SH. MIRZIYOYEV")]
    [InlineData("Sh. MIRZIYOYEV")]
    public void a_decrees_articles_are_what_its_signer_and_their_state_undertake_to_the_body_its_preamble_names(string signature)
    {
        var drafts = ProposeBy("Lex.uz", $$"""
            DECREE
            OF THE PRESIDENT OF THE REPUBLIC OF UZBEKISTAN

            Noting the cooperation with the OSCE Office for Democratic Institutions and Human Rights (ODIHR) during the parliamentary elections, I hereby decree:

            1. To establish a working group on the implementation of the recommendations of ODIHR.

            2. The Central Election Commission shall publish the results of every polling station within three days.

            3. Control over the execution of this Decree shall be entrusted to the Prime Minister.

            President of the Republic of Uzbekistan
            {{signature}}

            Tashkent, 10 March 2026
            """, "2026-03-10");

        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Select(p => p.Source.Quote[..9]).ShouldBe(["To establ", "The Centr"]);
        pledges.ShouldAllBe(p => p.Actors.Select(a => a.Id).Order().SequenceEqual(new[] { "shavkat-mirziyoyev", "uzbekistan" }) && p.Counterparts.Single().Id == "odihr");
    }

    [Fact]
    public void comments_on_a_bodys_report_judge_the_body_and_a_second_pledge_joined_by_and_counts()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Turkmenistan", """
            Comments on the Final Report of the OSCE/ODIHR Election Assessment Mission

            1. The claim in paragraph 12 of the Report that the campaign was not competitive is not supported by facts.

            2. Turkmenistan reaffirms its readiness to continue cooperation with ODIHR and will give due consideration to the recommendations on the voter register.
            """, "2026-11-18");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(a => a.Id).ShouldBe(["odihr"]);
        drafts.Count(p => p.Kind == EventKind.CommitmentMade).ShouldBe(2);
    }

    [Fact]
    public void what_a_week_ahead_tells_under_days_to_come_is_announced_and_a_trip_for_talks_is_not_held()
    {
        var drafts = ProposeBy("Swiss OSCE Chairpersonship 2026", """
            The week ahead (14–18 December 2026)

            Monday, 14 December
            The Chairperson-in-Office will travel to Yerevan for talks with Foreign Minister Ararat Mirzoyan.

            Thursday, 17 December
            The Chairpersonship will host a meeting of the Group of Friends on Youth and Security.

            Looking back
            On Thursday, 10 December, Cassis met the Foreign Minister of Georgia, Maka Botchorishvili, in Bern.
            """, "2026-12-11");

        var held = drafts.Single();
        (held.Kind, held.Occurred.Text).ShouldBe((EventKind.Meeting, "2026-12-10"));
        ProposeBy("Swiss OSCE Chairpersonship 2026", "Cassis will travel to Chisinau next week for talks with President Maia Sandu.", "2026-12-11").ShouldBeEmpty();
    }

    [Fact]
    public void a_scorecards_rows_are_promises_made_when_they_say_and_the_authors_verdict_on_each()
    {
        var drafts = ProposeBy("Legal Policy Clinic", """
            Tajikistan's OSCE promises: our 2026 tracker

            We compare what the Government of Tajikistan has promised with what it has done.

            | Commitment | Made | Status |
            |---|---|---|
            | Allow ODIHR to monitor the trials of journalists | Permanent Council, May 2024 | Not implemented |
            | Publish the draft law on NGOs for comment | Letter to ODIHR, February 2025 | Partially met: published in Tajik only |
            | Release Daler Imomali | Human Dimension Conference, October 2023 | Kept |

            Overall, one of the three promises has been kept in full.
            """, "2026-11-20");

        var made = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        made.Select(p => p.Occurred.Text).ShouldBe(["2024-05", "2025-02", "2023-10"]);
        made.ShouldAllBe(p => p.Actors.Single().Id == "tajikistan");
        made[0].Counterparts.Select(a => a.Id).ShouldBe(["permanent-council"]);
        made[1].Counterparts.Select(a => a.Id).ShouldBe(["odihr"]);
        var verdicts = drafts.Where(p => p.Kind == EventKind.CommitmentAssessed).ToList();
        verdicts.Select(p => p.Status).ShouldBe([AssessmentStatus.Unmet, AssessmentStatus.PartiallyMet, AssessmentStatus.Met]);
        verdicts.ShouldAllBe(p => p.Actors.Single().Id == "legal-policy-clinic" && p.Counterparts.Single().Id == "tajikistan" && p.Occurred.Text == "2026-11-20");
        verdicts[0].Source.Quote.ShouldStartWith("Allow ODIHR to monitor");
        verdicts[0].Commitment.ShouldBe("allow ODIHR to monitor the trials of journalists");
        // what the intro says was promised is referred to, not promised there
        made.ShouldNotContain(p => p.Source.Quote.Contains("has promised", StringComparison.Ordinal));
    }

    [Fact]
    public void a_transcripts_unlabelled_paragraph_in_the_first_person_goes_on_with_the_answer_before_it()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Georgia", """
            Transcript of the joint press conference of Foreign Minister Maka Botchorishvili and OSCE Secretary General Feridun Sinirlioğlu

            Maka Botchorishvili: Good morning. I was glad to welcome the OSCE Secretary General, Feridun Sinirlioğlu, to Tbilisi today.

            I have to be frank: the Russian Federation continues to keep its troops in Abkhazia in violation of the 2008 ceasefire agreement.

            Feridun Sinirlioğlu: Thank you, Minister. I commend Georgia for its engagement in the Geneva International Discussions.

            Question (Interpressnews): Will you travel to Gori?

            Feridun Sinirlioğlu: Yes, tomorrow.
            """, "2026-10-14");

        var met = drafts.Single(p => p.Kind == EventKind.Meeting);
        met.Actors.Select(a => a.Id).ShouldBe(["maka-botchorishvili"]);
        met.Counterparts.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("welcome", StringComparison.Ordinal));
        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["maka-botchorishvili"]);
        criticism.Counterparts.Select(a => a.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void standards_a_state_committed_to_and_not_met_are_assessed_and_a_speakers_own_concern_is_criticism()
    {
        var trial = ProposeBy("Norwegian Helsinki Committee", "We conclude that the hearings did not meet the fair trial standards that Kazakhstan has committed to as an OSCE participating State.", "2026-06-30");
        var assessed = trial.Single();
        (assessed.Kind, assessed.Status).ShouldBe((EventKind.CommitmentAssessed, AssessmentStatus.Unmet));
        assessed.Counterparts.Select(a => a.Id).ShouldBe(["kazakhstan"]);

        var speech = ProposeBy("High Commissioner on National Minorities", """
            Address by Christophe Kamp, OSCE High Commissioner on National Minorities

            Riga, 3 March 2026

            At the same time, I am concerned that the reform leaves too little time for schools in Latgale.
            """, "2026-03-03");
        var concern = speech.Single();
        concern.Kind.ShouldBe(EventKind.CriticismRaised);
        concern.Actors.Select(a => a.Id).ShouldBe(["christophe-kamp"]);
    }

    [Fact]
    public void an_op_eds_byline_over_its_date_line_makes_its_writer_the_judge_and_a_second_should_with_its_own_subject_counts()
    {
        var drafts = ProposeBy("Politico Europe", """
            OPINION

            Central Asia's jailed bloggers deserve the OSCE's attention

            By Mirzo Salimov
            Published 14 November 2026

            Mirzo Salimov is a researcher at the Central Asia Rights Initiative.

            Six bloggers remain behind bars in Tajikistan for their posts.

            The Swiss Chairpersonship should raise their cases in Dushanbe, and participating States should press for their release.
            """, "2026-11-14");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["mirzo-salimov"]);
        var calls = drafts.Where(p => p.Kind == EventKind.RecommendationMade).ToList();
        calls.ShouldAllBe(p => p.Actors.Single().Id == "mirzo-salimov");
        // the Chairpersonship addressed is the office, not Switzerland
        calls.Select(p => p.Counterparts.Single().Id).ShouldBe(["osce-chairpersonship", "osce-participating-states"]);
    }

    [Fact]
    public void a_ministrys_commentary_judges_what_the_body_did_expects_of_a_named_other_and_remains_open_to_cooperation()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Russian Federation", """
            Commentary by the Information and Press Department

            ODIHR declined to deploy a mission, yet it presumes to pass judgement on the vote. Its findings are based on hearsay.

            Moscow expects the Chairpersonship to ensure that the Office keeps to its mandate. Russia remains open to dialogue with ODIHR.

            Read also: Lavrov meets OSCE Secretary General
            """, "2026-10-02");

        var criticisms = drafts.Where(p => p.Kind == EventKind.CriticismRaised).ToList();
        criticisms.Count.ShouldBe(2);
        criticisms.ShouldAllBe(p => p.Actors.Single().Id == "russian-federation" && p.Counterparts.Single().Id == "odihr");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(a => a.Id).ShouldBe(["osce-chairpersonship"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(a => a.Id).ShouldBe(["odihr"]);
        // a link under "Read also:" on its own line is another story
        drafts.ShouldNotContain(p => p.Kind == EventKind.Meeting);
    }

    [Fact]
    public void a_side_events_organisers_thank_the_ministry_that_supported_it()
    {
        var praise = ProposeBy("Norwegian Helsinki Committee", "The organisers thank the Dutch Ministry of Foreign Affairs for its support.", "2026-10-07").Single();

        praise.Kind.ShouldBe(EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldBe(["norwegian-helsinki-committee"]);
        praise.Counterparts.Select(a => a.Id).ShouldBe(["the-netherlands"]);
    }

    [Fact]
    public void a_letter_in_the_first_person_is_its_signers_and_a_detained_groups_members_are_not_who_is_judged()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            Dear Mr. Novak,

            Thank you for your letter on the situation of journalists detained in Azerbaijan.

            I share your concern about the continued detention of journalists, including members of the Abzas Media team. I raised their cases with Foreign Minister Jeyhun Bayramov when we spoke in Baku on 2 October.

            I can assure you that the Secretariat will continue to support the Representative on Freedom of the Media.

            Yours sincerely,

            Feridun H. Sinirlioğlu
            """, "2026-10-20");

        var concern = drafts.First(p => p.Kind == EventKind.CriticismRaised);
        concern.Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        concern.Counterparts.Select(a => a.Id).ShouldBe(["azerbaijan"]);
        var met = drafts.Single(p => p.Kind == EventKind.Meeting);
        (met.Occurred.Text, met.Counterparts.Single().Name).ShouldBe(("2026-10-02", "Jeyhun Bayramov"));
        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("feridun-sinirlioglu");
    }

    [Fact]
    public void an_articles_authors_listed_under_its_title_argue_and_recommend_together()
    {
        var drafts = ProposeBy("OSCE Insights", """
            Who blocks the OSCE? A study of consensus in the Permanent Council

            Maria Lind and Tomas Berg

            Abstract
            This article examines ten years of decisions. We argue that Azerbaijan bears the main responsibility for the blocked budget of 2024. We recommend that the participating States adopt a two-year budget cycle.
            """, "2026-09-01");

        drafts.Select(p => p.Kind).ShouldBe([EventKind.CriticismRaised, EventKind.RecommendationMade]);
        drafts.ShouldAllBe(p => p.Actors.Select(a => a.Id).SequenceEqual(new[] { "maria-lind", "tomas-berg" }));
        drafts[0].Counterparts.Select(a => a.Id).ShouldBe(["azerbaijan"]);
    }

    [Fact]
    public void an_election_well_run_but_marred_is_criticised_and_a_body_that_did_valuable_work_is_praised()
    {
        var drafts = ProposeBy("ODIHR", "Georgia's elections were competitive and well run, but marred by pressure on voters, observers said.", "2026-10-05");
        drafts.ShouldNotContain(p => p.Kind == EventKind.PraiseExpressed);
        drafts.Single().Kind.ShouldBe(EventKind.CriticismRaised);

        var praise = ProposeBy("Ministry of Foreign Affairs of Kazakhstan", "The Programme Office in Astana has done valuable work on border security.", "2026-10-05").Single();
        (praise.Kind, praise.Counterparts.Single().Id).ShouldBe((EventKind.PraiseExpressed, "programme-office-in-astana"));
        ProposeBy("ODIHR", "\"The election administration worked professionally and transparently,\" said Farah Karimi, Special Co-ordinator.", "2026-06-08")
            .Single().Kind.ShouldBe(EventKind.PraiseExpressed);
    }

    [Fact]
    public void a_timelines_rows_are_each_of_their_day_under_a_date_column_and_cantonal_authorities_are_the_states()
    {
        var drafts = ProposeBy("OSCE Mission to Bosnia and Herzegovina", """
            The OSCE Mission to Bosnia and Herzegovina's work in 2026

            Date | What happened

            10 March 2026 | Head of Mission Brian Aggeler met the Minister of Education of the Herzegovina-Neretva Canton, Ivan Perić, in Mostar.

            2 July 2026 | The Mission called on the cantonal authorities to end the practice of two schools under one roof.

            The Mission will continue to support the authorities.
            """, "2026-11-30");

        var met = drafts.Single(p => p.Kind == EventKind.Meeting);
        (met.Occurred.Text, met.Counterparts.Single().Name).ShouldBe(("2026-03-10", "Ivan Perić"));
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        (call.Occurred.Text, call.Counterparts.Single().Id).ShouldBe(("2026-07-02", "bosnia-and-herzegovina"));
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-11-30");
    }

    [Fact]
    public void what_it_was_noted_with_satisfaction_after_talks_the_sides_praise_and_what_is_said_today_is_of_today()
    {
        var talks = ProposeBy("Ministry of Foreign Affairs of Turkmenistan", """
            On 2 December 2026, the Minister of Foreign Affairs of Turkmenistan Rashid Meredov received the Head of the OSCE Centre in Ashgabat, Ambassador John MacGregor.

            It was noted with satisfaction that the Centre's courses for customs officers had been completed.
            """, "2026-12-02");
        talks.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Name).ShouldBe(["Rashid Meredov", "John MacGregor"]);

        var today = ProposeBy("OSCE Parliamentary Assembly", "COPENHAGEN, 3 December 2026 – OSCE Parliamentary Assembly President Pia Kauma said today that she was deeply troubled by the sentences handed down yesterday to six opposition leaders in Georgia, and urged the Georgian authorities to release them.", "2026-12-03");
        today.Select(p => (p.Kind, p.Occurred.Text)).ShouldBe([(EventKind.CriticismRaised, "2026-12-03"), (EventKind.RecommendationMade, "2026-12-03")]);
    }

    [Fact]
    public void a_prisoner_of_conscience_so_named_is_a_criticism_and_posts_criticizing_officials_are_not_one()
    {
        var drafts = ProposeBy("Amnesty International", "Blogger Timur Karimov was sentenced to five years in prison in Tashkent on 4 May 2026 for posts criticizing local officials. Amnesty International considers him a prisoner of conscience.", "2026-05-10");

        var criticism = drafts.Single();
        criticism.Kind.ShouldBe(EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["amnesty-international"]);
        criticism.Source.Quote.ShouldStartWith("Amnesty International considers");
        ProposeBy("OSCE Parliamentary Assembly", "\"Jailing opposition leaders sends a chilling signal to all who take part in political life in Georgia,\" Kauma said.", "2026-12-03")
            .Single().Kind.ShouldBe(EventKind.CriticismRaised);
    }

    [Fact]
    public void guillemets_and_the_dash_after_them_quote_a_speaker_and_the_quote_stays_as_printed()
    {
        var drafts = ProposeBy("RIA Novosti", """
            MOSCOW, 1 December (RIA Novosti) – Russian Foreign Minister Sergey Lavrov said that the OSCE had lost its way.

            «The Organization has been turned into a tool for lecturing those whom the West does not like», — Lavrov said at a press conference following talks with Belarusian Foreign Minister Maxim Ryzhenkov.

            «We are not leaving the OSCE, we are ready to work on an equal footing», — the minister stressed.
            """, "2026-12-01");

        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
        drafts.Where(p => p.Kind == EventKind.CriticismRaised).ShouldAllBe(p => p.Actors.Single().Id == "sergey-lavrov");
        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Single().Name.ShouldBe("Maxim Ryzhenkov");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["sergey-lavrov", "russian-federation"]);
        pledge.Source.Quote.ShouldStartWith("«We are not leaving");
    }

    [Fact]
    public void two_heads_who_judge_together_say_the_quote_after_and_both_institutions_pledge()
    {
        var drafts = ProposeBy("ODIHR", """
            WARSAW/VIENNA, 28 November 2026 – The Director of ODIHR, Maria Telalian, and the OSCE Representative on Freedom of the Media, Jan Braathu, today expressed alarm at the convictions of journalists in Azerbaijan.

            "Criminalizing journalists for their work is incompatible with Azerbaijan's OSCE commitments," they said in a joint statement.

            Both institutions stand ready to assist Azerbaijan in reforming its legislation.
            """, "2026-11-28");

        var criticisms = drafts.Where(p => p.Kind == EventKind.CriticismRaised).ToList();
        criticisms.Count.ShouldBe(2);
        criticisms.ShouldAllBe(p => p.Actors.Select(a => a.Id).SequenceEqual(new[] { "maria-telalian", "jan-braathu" }));
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["odihr", "representative-on-freedom-of-the-media"]);
    }

    [Fact]
    public void a_visits_outcomes_listed_as_nouns_are_pledges_and_praise_expressed_by_someone_is_theirs()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            OSCE Secretary General Feridun H. Sinirlioğlu paid an official visit to Mongolia from 24 to 26 November 2026.

            Key outcomes of the visit:

            • Commitment by the Government of Mongolia to second two experts to the OSCE Secretariat.
            • Appreciation expressed by the Secretary General for Mongolia's contribution to regional dialogue.
            """, "2026-11-26");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Actors.Single().Id, pledge.Counterparts.Single().Id).ShouldBe(("mongolia", "secretariat"));
        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Single().Id).ShouldBe(("feridun-sinirlioglu", "mongolia"));
    }

    [Fact]
    public void what_the_author_tells_it_did_on_a_day_it_names_it_did_that_day_and_what_it_does_now_is_of_today()
    {
        var drafts = ProposeBy("Foreign, Commonwealth and Development Office", "The UK continues to condemn the detention of political prisoners in Belarus. At the OSCE Permanent Council on 27 November, the UK called on Belarus to release all political prisoners.", "2026-12-01");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-12-01");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-27");
    }

    [Fact]
    public void a_statement_signed_at_its_foot_is_its_signers_and_a_vacancy_notices_creed_is_no_pledge()
    {
        var drafts = ProposeBy("OSCE Chairpersonship", """
            Statement at the closing of the Ministerial Council

            I regret that one participating State blocked consensus on the declaration.

            The Swiss Chairpersonship will continue consultations on the budget until the end of its term.

            Ignazio Cassis
            Federal Councillor, OSCE Chairperson-in-Office
            """, "2026-12-05");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("switzerland");

        ProposeBy("OSCE Mission to Serbia", "The OSCE is committed to diversity and inclusion within its workforce, and encourages qualified candidates to apply.", "2026-12-04").ShouldBeEmpty();
    }

    [Fact]
    public void a_caption_shows_two_people_during_their_meeting_and_an_event_opened_together_with_someone_is_a_meeting()
    {
        var caption = ProposeBy("OSCE Centre in Ashgabat", "Photo: Ambassador John MacGregor (left) and the Chairperson of the Inter-Agency Commission, Murad Bazarov, during their meeting in Ashgabat, 2 December 2026.", "2026-12-02").Single();
        (caption.Kind, caption.Actors.Single().Name, caption.Counterparts.Single().Name).ShouldBe((EventKind.Meeting, "John MacGregor", "Murad Bazarov"));

        var opened = ProposeBy("OSCE Presence in Albania", "Head of Presence Michel Tarran opened the workshop together with the Minister of Justice, Ulsi Manja.", "2026-11-20").Single();
        (opened.Kind, opened.Counterparts.Single().Name).ShouldBe((EventKind.Meeting, "Ulsi Manja"));

        var call = ProposeBy("OSCE Presence in Albania", "The Presence strongly condemned the killing of journalist Arben Doda in Durrës and called on the authorities of Albania to bring the perpetrators to justice.", "2026-11-06")
            .Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["presence-in-albania"]);
    }

    [Fact]
    public void a_petitions_undersigned_call_and_judge_and_a_briefing_recognises_the_chairpersonship()
    {
        var petition = ProposeBy("Belarusian Diaspora Network", """
            To: the OSCE Chairpersonship and the OSCE participating States

            We, the undersigned, call on the OSCE Chairpersonship to appoint a Special Representative on political prisoners.

            More than 1,100 people are behind bars in Belarus for their political views. The regime has ignored every recommendation of the Moscow Mechanism reports.
            """, "2026-12-02");
        var call = petition.Single(p => p.Kind == EventKind.RecommendationMade);
        (call.Actors.Single().Id, call.Counterparts.Single().Id).ShouldBe(("belarusian-diaspora-network", "osce-chairpersonship"));
        petition.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);

        var praise = ProposeBy("U.S. Department of State", "We also want to recognize the Swiss Chairpersonship, which has kept the Organization running in a very difficult year.", "2026-12-03").Single();
        (praise.Kind, praise.Actors.Single().Id).ShouldBe((EventKind.PraiseExpressed, "united-states-of-america"));
    }

    [Fact]
    public void what_the_ministers_who_met_condemn_together_they_condemn_as_people()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Poland", """
            Warsaw, 27 November 2026

            Minister of Foreign Affairs Radosław Sikorski met with the OSCE Chairperson-in-Office, Swiss Foreign Minister Ignazio Cassis, in Warsaw on Thursday.

            The ministers condemned Russia's continued attacks on Ukrainian civilians.
            """, "2026-11-27");

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).Order().ShouldBe(["ignazio-cassis", "radoslaw-sikorski"]);
        criticism.Counterparts.Select(a => a.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void a_report_going_country_by_country_judges_in_each_paragraph_the_state_it_opens_on()
    {
        var drafts = ProposeBy("Representative on Freedom of the Media", """
            Regular Report to the Permanent Council
            Jan Braathu, OSCE Representative on Freedom of the Media

            In Azerbaijan, I remain deeply concerned about the continued imprisonment of more than 20 journalists.

            In Georgia, I welcome the Constitutional Court's decision to suspend the amendments to the Broadcasting Law.

            For the fifth year in a row, one participating State is holding the OSCE's budget hostage.
            """, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["georgia"]);
        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
    }

    [Fact]
    public void a_year_in_review_dates_each_paragraph_to_the_month_it_opens_on()
    {
        var drafts = ProposeBy("OSCE Mission to Montenegro", """
            OSCE Mission to Montenegro — 2026 in review

            In June, Head of Mission Jan Lundgren met Prime Minister Milojko Spajić. Lundgren welcomed the government's plan to strengthen the public broadcaster.

            In October, the Mission expressed concern about the attack on a journalist in Nikšić and urged the police to find those responsible.
            """, "2026-12-01");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2026-06");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-10");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-10");
    }

    [Fact]
    public void real_progress_seen_praises_media_that_all_but_disappeared_and_impunity_that_is_a_threat_are_criticised()
    {
        var drafts = ProposeBy("Amnesty International", "We saw real progress in Uzbekistan this year. In Tajikistan, independent media have all but disappeared. \"This impunity is a threat to all of us,\" the researcher said.", "2026-11-28");

        drafts.Select(p => p.Kind).ShouldBe([EventKind.PraiseExpressed, EventKind.CriticismRaised, EventKind.CriticismRaised]);
        drafts[0].Counterparts.Select(a => a.Id).ShouldBe(["uzbekistan"]);
        drafts[1].Counterparts.Select(a => a.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void what_a_speaker_said_their_own_side_would_do_is_a_pledge_and_what_they_said_another_would_do_is_not()
    {
        var drafts = ProposeBy("Kazinform", """
            Astana, 14 October 2026

            The OSCE High Commissioner on National Minorities met President Kassym-Jomart Tokayev, who told him that Kazakhstan would adopt a new law on languages next year.

            Foreign Minister Sergey Lavrov said the West would regret its decision.
            """, "2026-10-14");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).Order().ShouldBe(["kassym-jomart-tokayev", "kazakhstan"]);
        pledge.Source.Quote.ShouldContain("would adopt a new law");
    }

    [Fact]
    public void a_mayor_saying_the_municipality_would_spend_pledges_for_the_municipality_named_before()
    {
        var drafts = ProposeBy("OSCE Mission in Kosovo", """
            The Mission and the Municipality of Prizren today opened a youth centre.

            Mayor Shaqir Totaj told the guests that the municipality would fund the centre's staff from 2027.
            """, "2026-12-02");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Name).Order().ShouldBe(["Municipality of Prizren", "Shaqir Totaj"]);
    }

    [Fact]
    public void his_visit_opening_a_sentence_is_the_visit_of_whoever_the_sentence_then_names_as_its_subject()
    {
        var drafts = ProposeBy("Eurasianet", """
            The OSCE Representative on Freedom of the Media, Jan Braathu, criticised the bill in March.

            During his visit to Bishkek on 2–3 November, OSCE Secretary General Feridun Sinirlioğlu met President Sadyr Japarov.
            """, "2026-11-20");

        drafts.Single(p => p.Kind == EventKind.Visit).Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
    }

    [Fact]
    public void the_delegation_that_meets_is_the_one_led_by_the_member_named_with_it()
    {
        var drafts = ProposeBy("Saeima", """
            On 3–5 July, the delegation of the Saeima to the OSCE Parliamentary Assembly, headed by Rihards Kols, took part in the Annual Session in Porto.

            On the margins of the session, the delegation met with the President of the Assembly, Pia Kauma, and with the head of the Moldovan delegation, Doina Gherman.

            In his speech, Kols called on the Assembly to keep the war against Ukraine on its agenda.
            """, "2026-07-06");

        var meetings = drafts.Where(p => p.Kind == EventKind.Meeting).ToList();
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "rihards-kols");
        meetings.SelectMany(m => m.Counterparts).Select(a => a.Id).ShouldBe(["pia-kauma", "doina-gherman"]);
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Counterparts.Select(a => a.Id).ShouldBe(["parliamentary-assembly"]);
        call.Occurred.Text.ShouldBe("2026-07-03/2026-07-05");
    }

    [Fact]
    public void a_year_naming_the_occasion_dates_what_was_pledged_at_it()
    {
        var drafts = ProposeBy("Central Asia Policy Forum", """
            It is not the first promise of its kind: in his 2022 state-of-the-nation address, Tokayev had already pledged to reform the criminal code.

            A new media law was adopted in 2009, and the OSCE Representative on Freedom of the Media at the time, Miklós Haraszti, criticised it as a missed opportunity.
            """, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2022");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2009");
    }

    [Fact]
    public void hosts_named_by_their_nationality_are_their_state_and_a_quotations_speaker_is_never_its_counterpart()
    {
        ProposeBy("Seimas", """
            The delegation of the Seimas, led by Emanuelis Zingeris, took part in the Autumn Meeting in Yerevan.

            On the margins of the meeting, the delegation met with the head of the Ukrainian delegation, Mykyta Poturaiev.

            Zingeris thanked the Armenian hosts for the excellent organisation of the meeting.
            """, "2026-12-01").Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["armenia"]);

        var praise = ProposeBy("OSCE Mission in Kosovo", """
            The OSCE Mission in Kosovo and the Municipality of Gjilan/Gnjilane today launched a community safety plan.

            “We commend the municipality for involving all communities,” said the Head of the OSCE Mission in Kosovo, Michael Davenport.
            """, "2026-12-02").Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Actors.Select(a => a.Id).ShouldContain("michael-davenport");
        praise.Counterparts.Select(a => a.Name).ShouldBe(["Municipality of Gjilan/Gnjilane"]);
    }

    [Fact]
    public void taking_the_chair_is_not_the_chairperson_and_the_state_whose_assets_are_attacked_is_not_criticised()
    {
        ProposeBy("Central Asia Policy Forum", "In 2007, Foreign Minister Marat Tazhin promised that Kazakhstan would reform its media law before taking the chair in 2010. In October, OSCE Chairperson-in-Office Ignazio Cassis met President Tokayev.", "2026-12-04")
            .Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.ShouldNotContain(a => a.Id == "ignazio-cassis");
        ProposeBy("Seimas", "The delegation, led by Emanuelis Zingeris, took part in the session. Zingeris condemned Russia's continued strikes on Ukraine's energy infrastructure.", "2026-12-01")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(a => a.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void what_a_party_named_right_before_should_is_told_to_do_is_a_recommendation_whatever_the_verb()
    {
        ProposeBy("Central Asia Policy Forum", "What should Kazakhstan's partners do? First, the OSCE should tie its assistance to a published timetable.", "2026-12-04")
            .Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(a => a.Id).ShouldBe(["osce"]);
        ProposeBy("Central Asia Policy Forum", "Kazakhstan should ideally be the first. Kazakhstan should be proud.", "2026-12-04")
            .ShouldBeEmpty();
    }

    [Fact]
    public void a_statement_titled_by_its_speaker_is_theirs_with_their_states_we_and_their_own_thanks_by_a_gerund_theirs_alone()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Latvia", """
            Statement by Minister of Foreign Affairs of Latvia Baiba Braže at the 33rd OSCE Ministerial Council

            Mr Chair,

            Let me begin by thanking the Swiss Chairpersonship for its hospitality.

            We call on Russia to release all Ukrainian civilians it holds in detention.
            """, "2026-12-04");

        var thanks = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        thanks.Counterparts.Select(a => a.Id).ShouldBe(["osce-chairpersonship"]);
        thanks.Actors.Select(a => a.Id).ShouldBe(["baiba-braze"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).Order().ShouldBe(["baiba-braze", "latvia"]);
        ProposeBy("Ministry of Foreign Affairs of Moldova", """
            Address by the Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Moldova, Mihai Popșoi, to the OSCE Permanent Council

            We call on the Russian Federation to withdraw its troops.
            """, "2026-12-03").Single().Actors.Select(a => a.Id).Order().ShouldBe(["mihai-popsoi", "moldova"]);
    }

    [Fact]
    public void he_in_a_later_clause_is_the_sentences_subject_not_whom_it_held_talks_with()
    {
        var praise = ProposeBy("Associated Press", """
            ASTANA, Kazakhstan (AP) — The OSCE's Special Representative, Vuk Žugić, arrived in Astana on Monday.

            On Tuesday, Žugić held talks with Kazakh Energy Minister Almasadam Satkaliyev and visited a hydropower plant near Shardara, where he praised Kazakhstan's investment in modernising old dams.
            """, "2026-12-02").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["vuk-zugic"]);
        praise.Counterparts.Select(a => a.Id).ShouldBe(["kazakhstan"]);
    }

    [Fact]
    public void a_decision_decides_for_its_body_and_the_statement_attached_by_a_delegation_is_that_states()
    {
        var drafts = ProposeBy("Permanent Council", """
            DECISION No. 1562
            EXTENSION OF THE MANDATE OF THE OSCE MISSION TO MOLDOVA

            The Permanent Council,

            Decides to extend the mandate of the OSCE Mission to Moldova until 31 December 2027.

            Attachment

            By the delegation of the Russian Federation:

            "We call on the Mission to adhere strictly to its mandate."
            """, "2026-12-03");

        var decision = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        decision.Actors.Select(a => a.Id).ShouldBe(["permanent-council"]);
        decision.Counterparts.Select(a => a.Id).ShouldBe(["mission-to-moldova"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void related_news_headlines_under_their_label_are_no_events_and_a_should_line_addresses_the_list_under_it()
    {
        ProposeBy("Government of the Republic of Serbia", """
            Dačić thanked the Mission for the donation.

            Related news
            Dačić meets Ambassador of Hungary
            Government adopts Action Plan for Chapter 24
            """, "2026-12-01").ShouldNotContain(p => p.Kind == EventKind.Meeting);

        var drafts = ProposeBy("Uzbek Forum for Human Rights", """
            ## Recommendations

            The Government of Uzbekistan should:

            - Release all bloggers imprisoned for their online posts;

            The OSCE and its participating States should:

            - Raise the cases of imprisoned bloggers in their bilateral contacts with Tashkent.
            """, "2026-12-02").Where(p => p.Kind == EventKind.RecommendationMade).ToList();
        drafts.Select(p => p.Counterparts.Select(a => a.Id).Order().ToList()).ShouldBe([["uzbekistan"], ["osce", "osce-participating-states"]]);
    }

    [Fact]
    public void a_pledge_named_as_its_makers_in_passing_is_one_and_found_never_kept_is_unmet_and_a_serious_mistake_is_a_criticism()
    {
        var drafts = ProposeBy("Uzbek Forum for Human Rights", "Despite President Shavkat Mirziyoyev's pledge in 2017 to make the country's media free, criminal liability for defamation was never abolished.", "2026-12-02");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldContain("shavkat-mirziyoyev");
        pledge.Occurred.Text.ShouldBe("2017");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);

        ProposeBy("Thomas Greminger", "In July 2020, participating States failed to agree on the extension of the mandates. I still believe that this was a serious mistake.", "2026-11-30")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_conference_summary_dated_in_its_header_tells_of_those_days_and_a_body_saying_it_would_pledges()
    {
        var drafts = ProposeBy("OSCE Chairpersonship", """
            2026 OSCE Chairpersonship Conference on Water Diplomacy in Central Asia
            Almaty, 24–25 November 2026

            Chair's summary: key messages

            1. Participants called on the governments of Central Asia to establish a regional data-sharing platform.

            2. The Swiss Chairpersonship announced that it would fund a regional training programme for young water diplomats in 2027.
            """, "2026-11-26");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-24/2026-11-25");
        // (pledging, a Chairpersonship named by its State's adjective is the State that holds it, as the older reviews read it)
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["switzerland"]);
    }

    [Fact]
    public void a_headline_a_body_acts_in_is_the_lead_it_heads_not_another_event()
    {
        ProposeBy("OSCE Mission to Bosnia and Herzegovina", """
            Mission urges authorities to adopt long-delayed law on free legal aid

            SARAJEVO, 1 December 2026 – The OSCE Mission to Bosnia and Herzegovina today urged the Parliamentary Assembly of Bosnia and Herzegovina to adopt the law on free legal aid without further delay.

            "Vulnerable citizens continue to pay the price of this delay," said Ambassador Brian Aggeler, Head of the OSCE Mission to Bosnia and Herzegovina.
            """, "2026-12-01").Count(p => p.Kind == EventKind.RecommendationMade).ShouldBe(1);
    }

    [Fact]
    public void a_british_ordinal_day_dates_and_whom_a_sentence_cites_at_its_end_is_no_party()
    {
        var drafts = ProposeBy("Foreign, Commonwealth & Development Office", """
            Speaking at the Permanent Council on the 26th of November, Ambassador Neil Holland condemned Russia's continued detention of three former OSCE staff members.

            The UK also announced a further contribution of £250,000 to the OSCE Support Programme for Ukraine.
            """, "2026-11-27");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-11-26");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(a => a.Id).ShouldBe(["support-programme-for-ukraine"]);

        ProposeBy("Civil.ge", "Claude Wild arrived in Tbilisi this morning for a two-day visit, the Swiss Embassy said.", "2026-12-03")
            .Single(p => p.Kind == EventKind.Visit).Counterparts.Select(a => a.Id).ShouldBe(["georgia"]);
    }

    [Fact]
    public void what_the_prime_minister_stressed_the_government_would_do_is_a_pledge()
    {
        var pledge = ProposeBy("Government of Montenegro", """
            Government of Montenegro

            Podgorica, 2 December 2026

            Prime Minister Milojko Spajić today received Ambassador Jan Lundgren.

            The Prime Minister stressed that the Government would adopt the new Law on the Prosecutor's Office by the end of the year.
            """, "2026-12-02").Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).Order().ShouldBe(["milojko-spajic", "montenegro"]);
        pledge.Commitment!.ShouldStartWith("adopt the new Law on the Prosecutor's Office");
    }

    [Fact]
    public void what_a_speaker_named_after_says_their_state_would_or_will_do_is_a_pledge_and_emphatic_did_hold_talks_is_a_meeting()
    {
        var drafts = ProposeBy("Interfax-Ukraine", """
            Kyiv, December 4 (Interfax-Ukraine) – Ukraine would host an OSCE monitoring presence in the Zaporizhzhia region as soon as a ceasefire takes hold, Foreign Minister Andrii Sybiha said at a briefing on Thursday.

            "The OSCE has the expertise, and Ukraine will guarantee the safety of its monitors," Sybiha said.

            Russian Foreign Minister Sergey Lavrov said Ukraine would regret it.

            OSCE Secretary General Feridun Sinirlioğlu told journalists that the Organization would be ready to deploy monitors within weeks.
            """, "2026-12-04");

        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(3);
        pledges.Take(2).ShouldAllBe(p => p.Actors.Any(a => a.Id == "andrii-sybiha") && p.Actors.Any(a => a.Id == "ukraine"));
        pledges[2].Actors.Select(a => a.Id).ShouldContain("feridun-sinirlioglu");

        ProposeBy("Anadolu Agency", "Special Representative Claude Wild did hold talks with Deputy Foreign Minister Elnur Mammadov on Thursday.", "2026-12-05")
            .Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(a => a.Id).ShouldBe(["elnur-mammadov"]);
        ProposeBy("ODIHR", "The Central Electoral Commission administered the elections efficiently and transparently.", "2026-12-02")
            .ShouldContain(p => p.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void a_diarys_items_are_its_holders_meetings_and_a_we_set_beside_names_is_all_of_them()
    {
        var meetings = ProposeBy("OSCE Secretariat", """
            The Secretary General's week

            Monday, 30 November 2026
            - Video call with the Head of the OSCE Programme Office in Dushanbe, Ambassador Markus Müller.

            Thursday, 3 December 2026
            - Bilateral meeting with the Foreign Minister of Malta, Ian Borg, on the margins of the Ministerial Council.
            """, "2026-12-04").Where(p => p.Kind == EventKind.Meeting).ToList();
        meetings.Count.ShouldBe(2);
        meetings.ShouldAllBe(m => m.Actors.Single().Id == "feridun-sinirlioglu");

        var call = ProposeBy("Ministry of Foreign Affairs of Lithuania", """
            Joint Statement of the Foreign Ministers of Estonia, Latvia and Lithuania

            We, the Foreign Ministers of Estonia, Latvia and Lithuania, condemn the sentencing of Belarusian journalists.

            We call on the Belarusian authorities to release all political prisoners.
            """, "2026-12-02").Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).Order().ShouldBe(["estonia", "latvia", "lithuania"]);
    }

    [Fact]
    public void a_piece_two_people_sign_in_their_we_is_both_of_theirs()
    {
        var call = ProposeBy("Carnegie Endowment", """
            The OSCE cannot afford another year without a budget

            By Maria Lipman and Walter Kemp

            We have both worked with the Organization for decades.

            We urge the incoming Chairpersonship to put a two-year budget on the table in January.
            """, "2026-12-02").Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["maria-lipman", "walter-kemp"]);
    }

    [Fact]
    public void a_note_verbale_pledges_its_governments_act_to_those_it_presents_its_compliments_to()
    {
        var drafts = ProposeBy("Permanent Mission of the Republic of Uzbekistan to the OSCE", """
            The Permanent Mission of the Republic of Uzbekistan to the Organization for Security and Co-operation in Europe presents its compliments to the Swiss Chairpersonship of the OSCE and to the OSCE Secretariat and has the honour to inform that the Government of the Republic of Uzbekistan will host the OSCE Regional Conference on Countering Trafficking in Human Beings in Central Asia in Samarkand on 14 and 15 April 2027.
            """, "2026-12-01");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["uzbekistan"]);
        // (the Chairpersonship a State's adjective names, addressed, is the office, and "the OSCE" it is of no addressee of its own;
        // an OSCE conference hosted is hosted for the OSCE, as earlier reviews read it)
        pledge.Counterparts.Select(a => a.Id).Order().ShouldBe(["osce", "osce-chairpersonship", "secretariat"]);
        pledge.Occurred.Text.ShouldBe("2026-12-01");

        // (not another State's report of it)
        ProposeBy("Kazinform", "Kazakhstan said that the Government of Uzbekistan will host the conference.", "2026-12-01")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade && p.Actors.Count == 1 && p.Actors[0].Id == "uzbekistan");
    }

    [Fact]
    public void the_i_of_what_an_office_publishes_is_whoever_heads_it_on_the_day()
    {
        var drafts = ProposeBy("OSCE Chairpersonship", """
            Ladies and gentlemen, the 33rd Ministerial Council in Lugano has just come to a close. This morning I met Foreign Minister Andrii Sybiha of Ukraine, and I assured him that Switzerland will continue to support Ukraine's recovery. I deeply regret that the Russian Federation once again blocked consensus on the 2027 Unified Budget. And I call once more on the Russian Federation to release the three OSCE staff members who remain in detention.
            """, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        call.Counterparts.Select(a => a.Id).ShouldBe(["russian-federation"]);

        // (and the Secretariat's is the Secretary General's)
        ProposeBy("OSCE Secretariat", "Today I met the Foreign Minister of Malta, Ian Borg, in Vienna.", "2026-12-02")
            .Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
    }

    [Fact]
    public void a_feed_items_day_dates_what_it_tells_though_a_day_it_names_is_of_what_it_judges()
    {
        var drafts = ProposeBy("OSCE Mission to Serbia", """
            3 December 2026
            Head of OSCE Mission to Serbia meets Minister
            The Head of the OSCE Mission to Serbia, Ambassador Jan Bratu, met today in Belgrade with the Minister of Human and Minority Rights and Social Dialogue, Demo Beriša.

            27 November 2026
            OSCE Mission to Serbia concerned about attack on journalist in Novi Sad
            The OSCE Mission to Serbia is concerned by the physical attack on a journalist of the N1 television in Novi Sad on 25 November and calls on the authorities to swiftly identify and prosecute those responsible.
            """, "2026-12-03");

        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Occurred.Text.ShouldBe("2026-11-27");
        call.Counterparts.Select(a => a.Id).ShouldBe(["serbia"]);
        // (a town's two words after "in" are no one's name)
        drafts.SelectMany(p => p.Actors.Concat(p.Counterparts)).ShouldNotContain(a => a.Id == "novi-sad");
        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(a => a.Id).ShouldBe(["demo-berisa"]);
    }

    [Fact]
    public void a_factboxs_speakers_pledge_for_their_state_under_any_heading_on_the_day_they_spoke()
    {
        var drafts = ProposeBy("Reuters", """
            FACTBOX-What Cyprus has promised as it prepares to chair the OSCE

            December 2 (Reuters) - Cyprus takes over the rotating chairmanship of the OSCE on Jan. 1. Here is what Cypriot officials have said they will do:

            BUDGET

            * Foreign Minister Constantinos Kombos told the OSCE Permanent Council on July 10 that Cyprus would make agreeing a unified budget for 2027 its "first order of business".

            UKRAINE

            * Kombos, who met Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Oct. 14, said Cyprus would keep the war in Ukraine "at the top of the agenda".

            MEDIA FREEDOM

            * Cyprus's ambassador to the OSCE, Maria Michael, said on Nov. 27 that the chairmanship would appoint a special representative on the safety of journalists in January.

            * Human Rights Watch on Nov. 30 urged Cyprus to press Azerbaijan over the detention of Abzas Media journalists.

            (Reporting by Michele Kambas in Nicosia; Editing by Alison Williams)
            """, "2026-12-02");

        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Select(p => p.Occurred.Text).ShouldBe(["2026-07-10", "2026-10-14", "2026-11-27"]);
        // (under the heading "UKRAINE" the minister first named as Cyprus's is still Cyprus's; the war's State is what is pledged about)
        pledges[1].Actors.Select(a => a.Id).Order().ShouldBe(["constantinos-kombos", "cyprus"]);
        pledges[1].Counterparts.ShouldBeEmpty();
        // (a State's ambassador, named by its possessive, pledges what "the chairmanship" will do with it)
        pledges[2].Actors.Select(a => a.Id).Order().ShouldBe(["cyprus", "maria-michael"]);
        // (whom the one called on is asked to press is called on through them, as the seeds read "called on the international
        // community to urge the Kazakhstan government to …")
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(a => a.Id).ShouldBe(["cyprus", "azerbaijan"]);
        // (the reporter's given name and surname are no spelling of Maria Michael's or Kombos's)
        Mentions().ForDocument("""
            Cyprus's ambassador to the OSCE, Maria Michael, met Foreign Minister Constantinos Kombos.
            (Reporting by Michele Kambas in Nicosia)
            """, PartialDate.Parse("2026-12-02"), out var names);
        names.ShouldContain(n => n.Name == "Maria Michael" && n.Of == "Cyprus");
        names.ShouldNotContain(n => (n.Name == "Michele" || n.Name == "Kambas") && (n.Actor.Id == "maria-michael" || n.Actor.Id == "constantinos-kombos"));
    }

    [Fact]
    public void a_chat_exports_messages_count_today_and_tomorrow_from_the_day_each_was_sent()
    {
        var read = DocumentReader.Read(Encoding.UTF8.GetBytes("""
            [30/11/2026, 18:40] Nigora Karimova (MFA Press): Tomorrow at the MFA: FM Bakhtiyor Saidov receives OSCE Secretary General Feridun Sinirlioğlu.
            [01/12/2026, 12:17] Nigora Karimova (MFA Press): READOUT: Today Foreign Minister Bakhtiyor Saidov met with OSCE Secretary General Feridun Sinirlioğlu.
            [01/12/2026, 12:18] Nigora Karimova (MFA Press): <Media omitted>
            [02/12/2026, 09:05] Nigora Karimova (MFA Press): Today the Secretary General meets Senate Chair Tanzila Narbaeva.
            """), "text/plain");

        read.Text.ShouldNotContain("omitted");
        read.Published.ShouldBe("2026-12-02");
        var meetings = ProposeBy("Tashkent press pool", read.Text, read.Published!).Where(p => p.Kind == EventKind.Meeting).ToList();
        meetings.ShouldContain(m => m.Occurred.Text == "2026-12-01" && m.Counterparts.Any(c => c.Id == "feridun-sinirlioglu"));
        meetings.ShouldContain(m => m.Occurred.Text == "2026-12-02" && m.Counterparts.Any(c => c.Id == "tanzila-narbaeva"));
        // (the meeting announced for tomorrow is of the day it was held, not of the day it was announced)
        meetings.ShouldNotContain(m => m.Occurred.Text == "2026-11-30");
    }

    [Fact]
    public void a_meetings_log_is_a_meeting_a_row_of_its_day_and_place()
    {
        var drafts = ProposeBy("OSCE Mission to Moldova", """
            date,principal,met,title,place,subject
            2026-11-04,Kelly Keiderling,Oleg Serebrian,Deputy Prime Minister for Reintegration,Chisinau,"Settlement process, 5+2 format prospects"
            2026-11-26,Kelly Keiderling,Maia Sandu,President,Chisinau,"Elections follow-up, ODIHR recommendations"
            """, "2026-12-01");

        drafts.Count.ShouldBe(2);
        drafts.ShouldAllBe(d => d.Kind == EventKind.Meeting && d.Actors.Single().Id == "kelly-keiderling" && d.Place == "Chisinau");
        drafts.Select(d => d.Occurred.Text).ShouldBe(["2026-11-04", "2026-11-26"]);
        drafts.Select(d => d.Counterparts.Single().Id).ShouldBe(["oleg-serebrian", "maia-sandu"]);

        // (a log as a table reads, with no column of who met them: whoever heads the body keeping it; two people in a cell, two meetings)
        var table = ProposeBy("OSCE Secretariat", """
            Date | Met with | Place
            1 December 2026 | Bakhtiyor Saidov; Tanzila Narbaeva | Tashkent
            """, "2026-12-02");
        table.Count.ShouldBe(2);
        table.ShouldAllBe(d => d.Actors.Single().Id == "feridun-sinirlioglu" && d.Occurred.Text == "2026-12-01");
    }

    [Fact]
    public void a_translated_speech_is_its_named_speakers_who_thanks_and_pledges_for_our_country()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Kyrgyz Republic", """
            Statement by H.E. Mr. Jeenbek Kulubaev, Minister of Foreign Affairs of the Kyrgyz Republic, at the 33rd OSCE Ministerial Council

            Lugano, 3 December 2026

            (Unofficial translation from Russian)

            First of all, I would like to thank Switzerland and personally Federal Councillor Ignazio Cassis for the warm hospitality in Lugano. [Applause]

            In 2027, our country will host the OSCE-wide Conference on Water Security in Bishkek, and we invite all delegations to take part.
            """, "2026-12-03");

        var thanks = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        thanks.Actors.Select(a => a.Id).ShouldBe(["jeenbek-kulubaev"]);
        thanks.Counterparts.Select(a => a.Id).Order().ShouldBe(["ignazio-cassis", "switzerland"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).Order().ShouldBe(["jeenbek-kulubaev", "kyrgyzstan"]);
    }

    [Fact]
    public void a_tribute_is_to_the_one_her_stands_for_and_her_commitment_is_no_pledge()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            VIENNA, 2 December 2026 – It is with deep sadness that I learned of the passing of Ambassador Ingrid Halvorsen, who headed the OSCE Mission to Skopje from 2009 to 2012.

            In 2010 she met President Gjorge Ivanov ten times in a single month to keep the talks alive.

            I pay tribute to her courage and her unwavering commitment to the values of this Organization.
            """, "2026-12-02");

        var tribute = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        tribute.Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        tribute.Counterparts.Select(a => a.Id).ShouldBe(["ingrid-halvorsen"]);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
        drafts.Single(p => p.Kind == EventKind.Meeting).Actors.Select(a => a.Id).ShouldBe(["ingrid-halvorsen"]);
    }

    [Fact]
    public void a_wire_story_in_capitals_is_read_as_a_newspaper_prints_it_and_quoted_as_it_stands()
    {
        var drafts = ProposeBy("Khovar", """
            OSCE CHAIRPERSON-IN-OFFICE CASSIS MEETS TAJIK PRESIDENT RAHMON

            DUSHANBE, DEC 1 (KHOVAR) -- OSCE CHAIRPERSON-IN-OFFICE, SWISS FEDERAL COUNCILLOR IGNAZIO CASSIS, MET TAJIK PRESIDENT EMOMALI RAHMON IN DUSHANBE ON TUESDAY.

            RAHMON STRESSED THAT TAJIKISTAN WOULD CONTINUE ITS CLOSE COOPERATION WITH THE OSCE PROGRAMME OFFICE IN DUSHANBE.

            (END) KH/RS
            """, "2026-12-01");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        meeting.Counterparts.Select(a => a.Id).ShouldBe(["emomali-rahmon"]);
        meeting.Occurred.Text.ShouldBe("2026-12-01");
        meeting.Source.Quote.ShouldContain("MET TAJIK PRESIDENT EMOMALI RAHMON");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).Order().ShouldBe(["emomali-rahmon", "tajikistan"]);
        pledge.Counterparts.Select(a => a.Id).ShouldBe(["programme-office-in-dushanbe"]);
    }

    [Fact]
    public void an_official_named_by_office_a_sentence_before_his_name_is_that_official_and_what_he_is_told_is_of_the_meeting()
    {
        var drafts = ProposeBy("OC Media", """
            2 December 2026

            The OSCE's top media freedom official arrived in Baku on Monday for talks on the fate of jailed journalists.

            Jan Braathu, the OSCE Representative on Freedom of the Media, met Foreign Minister Jeyhun Bayramov on Tuesday and urged the authorities to release the Abzas Media journalists.

            According to a source in the ministry, Bayramov told him that Azerbaijan would consider “in good faith” the Representative's recommendations on the draft media law.
            """, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.Visit).Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
        // (one meeting, with the minister: the authorities a second verb urges were not met besides him)
        drafts.Single(p => p.Kind == EventKind.Meeting).Counterparts.Select(a => a.Id).ShouldBe(["jeyhun-bayramov"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-12-01");
    }

    [Fact]
    public void a_speech_quoting_what_a_president_told_its_speaker_is_their_meeting_and_the_presidents_pledge()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            Opening remarks by the OSCE Secretary General at the Almaty Conference on Connectivity

            Almaty, 2 December 2026

            It is a pleasure to be back in Kazakhstan so soon. As President Kassym-Jomart Tokayev told me when we met in Astana on 12 November: "Kazakhstan will always be a reliable partner of the OSCE."

            I commend Kazakhstan for hosting this conference and the OSCE Programme Office in Astana for its tireless work in preparing it.
            """, "2026-12-02");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("feridun-sinirlioglu", "kassym-jomart-tokayev", "2026-11-12"));
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).Order().ShouldBe(["kassym-jomart-tokayev", "kazakhstan"]);
        pledge.Counterparts.Select(a => a.Id).ShouldContain("feridun-sinirlioglu");
        // (a partner pledged to be is no praise; the tireless work the speaker commends is the speaker's praise)
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
    }

    [Fact]
    public void a_prisoners_wife_saying_the_authorities_punish_him_for_his_work_criticises_them()
    {
        var criticism = ProposeBy("International Partnership for Human Rights (IPHR)", """
            Tajikistan: Release journalist Rustam Saidov

            “My husband has done nothing wrong. The authorities are punishing him for doing his job,” said his wife, Gulnara Saidova.

            IPHR calls on the Tajik authorities to release Rustam Saidov immediately and unconditionally.
            """, "2026-12-03").Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["gulnara-saidova"]);
        criticism.Counterparts.Select(a => a.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void an_interviews_answers_labelled_by_initials_are_the_named_persons_and_what_he_told_whom_he_met_is_of_the_meeting()
    {
        var drafts = ProposeBy("Neue Zürcher Zeitung", """
            "Russia must release our staff" — interview with Ignazio Cassis

            Interview: Daniel Steinvorth, 5 December 2026

            NZZ: Mr Cassis, did you speak to the Russian delegation in Lugano?

            IC: Yes. I met Foreign Minister Lavrov briefly on the margins in Lugano on Wednesday. I told him that Russia must release the three OSCE staff members without delay.
            """, "2026-12-05");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        meeting.Occurred.Text.ShouldBe("2026-12-02");
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldBe(["ignazio-cassis"]);
        call.Occurred.Text.ShouldBe("2026-12-02");
    }

    [Fact]
    public void the_latter_and_the_former_are_the_last_two_people_named_together()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Estonia", """
            Foreign Minister Margus Tsahkna met OSCE Secretary General Feridun Sinirlioğlu and ODIHR Director Maria Telalian in Vienna on 1 December.

            The latter briefed the minister on ODIHR's preparations for the 2027 Riigikogu elections. Tsahkna assured her that Estonia would invite ODIHR to observe the elections, as it has done since 2007.

            He thanked the former for his efforts to secure the release of the three detained OSCE staff members.
            """, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Select(a => a.Id).ShouldContain("maria-telalian");
        // (how long the habit has lasted is not when it was pledged again)
        pledge.Occurred.Text.ShouldBe("2026-12-01");
    }

    [Fact]
    public void a_day_spelt_out_in_words_dates_what_a_transcript_tells_and_a_language_named_by_adjective_is_no_state()
    {
        var drafts = ProposeBy("Radio MOF", """
            PRESENTER: On the twenty-seventh of November, the OSCE High Commissioner on National Minorities, Christophe Kamp, visited Tetovo, where he met the Mayor, Bilall Kasami. They discussed Albanian-language education.

            REPORTER: Kamp urged the government to adopt the new strategy on inter-ethnic integration before the end of the year.
            """, "2026-12-01");

        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-27");
        drafts.SelectMany(p => p.Counterparts).ShouldNotContain(a => a.Id == "albania");
        Dates.Find("on the second of December 2026").Single().Date.Text.ShouldBe("2026-12-02");
    }

    [Fact]
    public void a_post_under_its_authors_name_role_and_age_is_theirs_and_names_it_tags_are_names()
    {
        var drafts = ProposeBy("LinkedIn", """
            Ion Manole
            Executive Director at Promo-LEX Association
            1d • 🌐

            Had the honour to meet @Maria Telalian, Director of @OSCE/ODIHR, in Warsaw yesterday 🇵🇱. I urged ODIHR to deploy a full election observation mission for the 2027 local elections in Moldova.
            """, "2026-12-03");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("ion-manole", "maria-telalian", "2026-12-02"));
        meeting.Source.Quote.ShouldContain("@Maria Telalian");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["ion-manole"]);
    }

    [Fact]
    public void a_place_and_a_day_alone_on_a_line_under_the_headline_date_the_release_though_it_was_corrected_later()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Uzbekistan", """
            Minister Saidov receives OSCE Secretary General

            Tashkent, 2 December 2026

            Minister of Foreign Affairs Bakhtiyor Saidov received the Secretary General of the OSCE Feridun Sinirlioğlu.

            Correction (4 December 2026): an earlier version of this release gave the date of the meeting as 1 December.
            """, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-02");
    }

    [Fact]
    public void a_declaration_naming_its_states_the_sides_is_their_agreement_and_their_own_cooperation_praises_no_one()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Kazakhstan", """
            JOINT DECLARATION
            of the Kyrgyz Republic and the Swiss Confederation
            on co-operation within the OSCE

            Bishkek, 30 November 2026

            The Kyrgyz Republic and the Swiss Confederation, hereinafter "the Sides",

            Noting with satisfaction the close co-operation between the Sides during the Swiss OSCE Chairpersonship in 2026,

            1. The Sides agree to hold annual political consultations on OSCE matters.

            2. The Sides will jointly support the OSCE Programme Office in Bishkek in its work on water diplomacy.

            For the Kyrgyz Republic          For the Swiss Confederation
            Jeenbek Kulubaev                 Ignazio Cassis
            """, "2026-11-30");

        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges.ShouldAllBe(p => p.Actors.Select(a => a.Id).OrderBy(id => id).SequenceEqual(new[] { "kyrgyzstan", "switzerland" }) && p.Occurred.Text == "2026-11-30");
        pledges[1].Commitment.ShouldNotBeNull().ShouldContain("support the OSCE Programme Office");
        drafts.ShouldNotContain(p => p.Kind == EventKind.PraiseExpressed);
        // (a release that only reports "the sides agree" tells no agreement it is itself: nothing names them "hereinafter")
        ProposeBy("x", "The Kyrgyz Republic and the Swiss Confederation held talks in Bern.\n\nThe Sides agree to hold consultations.", "2026-11-30")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_call_for_applications_urges_no_one_and_a_committee_chair_is_the_person_not_a_body()
    {
        ProposeBy("OSCE Academy", """
            OSCE Academy in Bishkek: call for applications 2027

            The OSCE Academy in Bishkek invites applications for its Master of Arts programme. Deadline: 15 February 2027.
            """, "2026-12-02").ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);

        var drafts = ProposeBy("Verkhovna Rada of Ukraine", """
            Committee meets OSCE PA delegation

            Committee Chair Oleksandr Merezhko thanked the OSCE Parliamentary Assembly for its consistent support of Ukraine's sovereignty.
            """, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["oleksandr-merezhko"]);
    }

    [Fact]
    public void a_public_agendas_entries_are_its_holders_meetings_each_on_its_day()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs and European Integration of Moldova", """
            Public agenda of Deputy Prime Minister Mihai Popșoi

            Tuesday, 24 November 2026
            Meeting with Kelly Keiderling, Head of the OSCE Mission to Moldova (MFAEI, Chișinău).
            Mihai Popșoi thanked the Mission for its support to confidence-building measures.

            Friday, 27 November 2026
            Phone call with Ararat Mirzoyan, Minister of Foreign Affairs of Armenia.
            """, "2026-12-01");

        var meetings = drafts.Where(p => p.Kind == EventKind.Meeting).ToList();
        meetings.Select(m => (m.Actors.Single().Id, m.Counterparts.Single().Id, m.Occurred.Text))
            .ShouldBe([("mihai-popsoi", "kelly-keiderling", "2026-11-24"), ("mihai-popsoi", "ararat-mirzoyan", "2026-11-27")]);
    }

    [Fact]
    public void a_president_titled_in_full_is_the_president_who_later_speaks_and_what_they_value_is_praised()
    {
        var drafts = ProposeBy("Kabar News Agency", """
            Japarov receives OSCE Secretary General

            President of the Kyrgyz Republic Sadyr Japarov received OSCE Secretary General Feridun Sinirlioğlu on Friday.

            "We value the work of the OSCE Programme Office in Bishkek, especially in police reform," the President said.
            """, "2026-11-28");

        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Single().Id, praise.Occurred.Text).ShouldBe(("sadyr-japarov", "programme-office-in-bishkek", "2026-11-27"));
    }

    [Fact]
    public void a_pledge_naming_the_year_it_is_due_is_dated_by_the_source_it_cites_and_ibid_cites_the_note_before()
    {
        var drafts = ProposeBy("Central Asia Policy Forum", """
            Turkmenistan and the OSCE

            Foreign Minister Rashid Meredov pledged that Turkmenistan would invite an ODIHR needs assessment mission before the 2028 parliamentary elections.²

            The OSCE Representative on Freedom of the Media, Jan Braathu, met Meredov in Ashgabat.⁴ Braathu criticised the absence of independent media,⁵ and urged the authorities to decriminalise defamation.⁶

            Notes

            ² Ministry of Foreign Affairs of Turkmenistan, press release, 12 December 2025.
            ⁴ OSCE press release, 14 October 2026.
            ⁵ Ibid.
            ⁶ Ibid.
            """, "2026-11-20");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-12-12");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-10-14");
        // (the absence a criticism names ends at its clause: the call after it is made)
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-10-14");
    }

    [Fact]
    public void a_records_co_chairs_met_on_its_date_and_the_ministry_it_names_agrees_for_its_state()
    {
        var drafts = ProposeBy("OSCE Programme Office in Dushanbe", """
            MINUTES

            Third meeting of the Joint Steering Committee
            OSCE Programme Office in Dushanbe – Ministry of Internal Affairs of the Republic of Tajikistan

            Date: 26 November 2026
            Co-chairs: Minister of Internal Affairs Abdurahmon Alamshozoda; Ambassador Markus Müller, Head of the OSCE Programme Office in Dushanbe

            Item 1. Opening
            Ambassador Müller thanked the Ministry for its close co-operation in 2026.

            Item 2. Work plan 2027
            The Ministry agreed to assign two additional officers to each community policing centre by March 2027.
            """, "2026-12-01");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("abdurahmon-alamshozoda", "markus-muller", "2026-11-26"));
        meeting.Source.Quote.ShouldBe("Third meeting of the Joint Steering Committee");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("markus-muller");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["tajikistan"]);
    }

    [Fact]
    public void a_photos_caption_tells_in_the_present_what_happened_on_its_own_day()
    {
        var drafts = ProposeBy("OSCE", """
            Photo gallery

            1 / 3
            OSCE Secretary General Feridun Sinirlioğlu (l) meets President of Turkmenistan Serdar Berdimuhamedov, Ashgabat, 24 November 2026. (OSCE/Aylin Kaya)

            2 / 3
            Secretary General Sinirlioğlu and Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov at their meeting in Tashkent, 25 November 2026. (OSCE/Aylin Kaya)

            3 / 3
            Secretary General Sinirlioğlu and Foreign Minister of Kyrgyzstan Jeenbek Kulubaev sign a Memorandum of Understanding on the OSCE Academy, Bishkek, 28 November 2026. (OSCE/Aylin Kaya)
            """, "2026-11-30");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => p.Occurred.Text).ShouldBe(["2026-11-24", "2026-11-25"]);
        var signed = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (signed.Occurred.Text, signed.Actors.Any(a => a.Id == "kyrgyzstan")).ShouldBe(("2026-11-28", true));
        // (a present tense outside a caption or a chronology still announces: nothing is signed yet)
        ProposeBy("OSCE", "Tomorrow the two ministers sign a Memorandum of Understanding on the OSCE Academy in Bishkek.", "2026-11-30")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_meeting_told_as_postponed_did_not_happen_and_a_title_another_title_follows_is_not_hers()
    {
        var drafts = ProposeBy("OSCE Chairpersonship", """
            OSCE Chairperson-in-Office to visit Georgia

            BERN, 30 November 2026 – The visit follows the Chairperson-in-Office's meeting with the Foreign Minister of Azerbaijan, Jeyhun Bayramov, in Bern on 27 November.

            A meeting between the Chairperson-in-Office and the President of Moldova, Maia Sandu, planned for 28 November in Chișinău, has been postponed at Moldova's request.
            """, "2026-11-30");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id).ShouldBe(("ignazio-cassis", "jeyhun-bayramov"));
        drafts.SelectMany(p => p.Actors.Concat(p.Counterparts)).ShouldNotContain(a => a.Id == "maia-sandu");
    }

    [Fact]
    public void an_op_ed_whose_foot_names_its_author_is_theirs_and_what_they_told_someone_their_state_will_do_is_pledged()
    {
        var drafts = ProposeBy("Times of Malta", """
            Why the OSCE still matters for small states

            Earlier this month in Vienna I met the Secretary General, Feridun Sinirlioğlu, and told him that Malta will continue to fund the OSCE's project on maritime security.

            I also want to commend Switzerland's chairmanship this year for keeping dialogue alive.

            Ian Borg is Malta's Minister for Foreign and European Affairs and Trade.
            """, "2026-11-29");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).OrderBy(id => id).ShouldBe(["ian-borg", "malta"]);
        pledge.Counterparts.ShouldContain(a => a.Id == "feridun-sinirlioglu");
        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Occurred.Text).ShouldBe(("ian-borg", "2026-11-29"));
    }

    [Fact]
    public void a_flash_reports_abbreviations_and_items_opening_on_a_day_in_figures_are_read()
    {
        var drafts = ProposeBy("OSCE Mission to Skopje", """
            OSCE Mission to Skopje
            FLASH REPORT No. 47/2026
            Head of Mission: Ambassador Kilian Wahl

            1. HoM activities
            - 24.11: HoM met w/ DPM for Good Governance, Arben Fetai. Discussed ODIHR recs. DPM Fetai confirmed that the Govt would submit the amended Electoral Code to Parliament by end-Jan 2027.
            - 25.11: Ombudsperson Naser Ziberi criticised the police for excessive use of force during the 22.11 protest in Skopje.
            """, "2026-11-30");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("kilian-wahl", "arben-fetai", "2026-11-24"));
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Actors.Any(a => a.Id == "north-macedonia")).ShouldBe(("2026-11-24", true));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-11-25");
        Dates.Find("- 24.11: HoM met", PartialDate.Parse("2026-01-10")).Single().Date.Text.ShouldBe("2025-11-24");
    }

    [Fact]
    public void days_told_as_the_next_day_or_two_days_later_count_on_from_the_last_day_and_an_arrival_is_the_visit_already_told()
    {
        var drafts = ProposeBy("ODIHR", """
            ODIHR Director concludes visit to Armenia

            WARSAW, 28 November 2026 – ODIHR Director Maria Telalian concluded a four-day visit to Armenia today.

            She arrived in Yerevan on 25 November and met Foreign Minister Ararat Mirzoyan the same day. Mirzoyan assured her that Armenia would invite an ODIHR observation mission to the 2027 parliamentary elections.

            The next day, Telalian met the Chair of the Central Electoral Commission, Vahagn Hovakimyan.

            Two days later, before leaving, she met representatives of civil society in Gyumri.
            """, "2026-11-28");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => p.Occurred.Text).ShouldBe(["2026-11-25", "2026-11-26", "2026-11-28"]);
        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-11-25/2026-11-28");
    }

    [Fact]
    public void a_table_in_fixed_width_columns_is_a_meetings_log_of_the_one_its_introduction_names()
    {
        var drafts = ProposeBy("OSCE Chairpersonship", """
            ANNEX II

            Meetings of the Personal Representative of the OSCE Chairperson-in-Office on the Conflicts, November 2026

            This annex lists the meetings held by the Personal Representative, Ambassador Heidi Grau, during November 2026.

            Date         Place        Met                                     Subject
            03.11.2026   Chisinau     Oleg Serebrian, Deputy Prime Minister   5+2 format
            17.11.2026   Tbilisi      Maka Botchorishvili, Foreign Minister   Geneva International Discussions
            18.11.2026   Gali         (visit cancelled: access denied)        -
            """, "2026-12-02");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => (p.Actors.Single().Id, p.Counterparts.Single().Id, p.Occurred.Text))
            .ShouldBe([("heidi-grau", "oleg-serebrian", "2026-11-03"), ("heidi-grau", "maka-botchorishvili", "2026-11-17")]);
    }

    [Fact]
    public void the_message_a_reply_quotes_is_its_writers_as_of_its_day_and_a_term_is_no_day_it_happened()
    {
        var drafts = ProposeBy("Legal Aid Society", """
            Dear Director Telalian,

            We once again urge the Government of Uzbekistan to withdraw the registration requirement for informal groups.

            On Wed, 2 Dec 2026 at 16:05, Maria Telalian <director@odihr.example> wrote:
            > Dear Ms Rasulova,
            >
            > It was a pleasure to meet you and your colleagues yesterday.
            >
            > I also raised our concern about the registration requirement for informal groups with Minister Saidov when we met on 30 November.
            """, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-12-03");
        var concern = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (concern.Actors.Single().Id, concern.Occurred.Text).ShouldBe(("maria-telalian", "2026-11-30"));
        concern.Source.Quote.ShouldStartWith("I also raised");
        // ("by 15 December" is when it is due, not a day anything was done)
        Dates.Find("ODIHR will publish its legal opinion by 15 December.", PartialDate.Parse("2026-12-02")).ShouldBeEmpty();
        var pledge = ProposeBy("ODIHR", "ODIHR Director Maria Telalian said that ODIHR would publish its legal opinion on the draft law by 15 December.", "2026-12-02")
            .Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Actors.Select(a => a.Id).OrderBy(id => id).First(), pledge.Occurred.Text).ShouldBe(("maria-telalian", "2026-12-02"));
    }

    [Fact]
    public void an_observation_missions_judgements_are_its_bodys_and_what_it_said_in_the_same_statement_is_of_that_day()
    {
        var drafts = ProposeBy("Civil.ge", """
            Explainer: ODIHR and Georgia's local elections

            Who observed the elections?
            ODIHR deployed a limited election observation mission for the 4 October 2026 local elections in Georgia.

            What did the observers find?
            In its preliminary statement on 5 October, the mission said the elections were marred by "widespread pressure on voters". In the same statement, the mission urged the authorities to investigate all reports of pressure on voters.

            Swiss Foreign Minister Ignazio Cassis called the Russian blockade "irresponsible" in his closing remarks on 4 October.
            """, "2026-10-20");

        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        (call.Actors.Single().Id, call.Occurred.Text).ShouldBe(("odihr", "2026-10-05"));
        drafts.Where(p => p.Kind == EventKind.CriticismRaised).Select(p => p.Actors.Single().Id).ShouldBe(["odihr", "ignazio-cassis"]);
        // (a mission many bodies deploy together is theirs, not the last one's: its "the observers" is left as it was)
        ProposeBy("x", "The joint observation mission of ODIHR and the European Parliament deployed 450 observers. The mission said the vote was marred by pressure on voters.", "2026-10-20")
            .Where(p => p.Kind == EventKind.CriticismRaised).SelectMany(p => p.Actors).ShouldNotContain(a => a.Id == "odihr");
    }

    [Fact]
    public void a_feed_of_several_posts_is_read_post_by_post_each_its_posters_on_the_day_its_age_counts_back_to()
    {
        var drafts = ProposeBy("LinkedIn", """
            #OSCE — Latest posts

            Andrii Sybiha
            Minister of Foreign Affairs of Ukraine
            3d •
            Met with @OSCE Chairperson-in-Office Ignazio Cassis in Lugano. Thanked Switzerland for its principled support of Ukraine's sovereignty.

            Ararat Mirzoyan
            Minister of Foreign Affairs of Armenia
            2d •
            Productive meeting with OSCE Secretary General Feridun Sinirlioğlu on the margins of the Ministerial Council.
            """, "2026-12-05");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => (p.Actors.Single().Id, p.Counterparts.Single().Id, p.Occurred.Text))
            .ShouldBe([("andrii-sybiha", "ignazio-cassis", "2026-12-02"), ("ararat-mirzoyan", "feridun-sinirlioglu", "2026-12-03")]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("andrii-sybiha");
    }

    [Fact]
    public void a_letter_in_the_first_person_signed_with_a_style_before_the_name_is_its_signers()
    {
        var drafts = ProposeBy("Financial Times", """
            Letters to the Editor

            Sir, Your article (2 December) overlooks the Organization's field work. I commend the Kyrgyz authorities for their close co-operation with the Office.

            Ambassador Anna Marti
            Permanent Representative of Switzerland to the OSCE, Vienna
            """, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("anna-marti");
    }

    [Fact]
    public void a_meeting_a_summarys_bullet_and_the_body_both_tell_is_proposed_once_from_the_body()
    {
        var drafts = ProposeBy("OSCE Programme Office in Astana", """
            Head of OSCE Programme Office meets Kazakh Deputy Foreign Minister

            Key points
            • Ambassador Volker Frobarth met Deputy Foreign Minister Alibek Bakayev on 30 November.

            ASTANA, 1 December 2026 – The Head of the OSCE Programme Office in Astana, Ambassador Volker Frobarth, met Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev on 30 November to discuss the Office's programme for 2027.
            """, "2026-12-01");

        drafts.Single(p => p.Kind == EventKind.Meeting).Source.Quote.ShouldStartWith("ASTANA, 1 December 2026 – The Head of the OSCE Programme Office");
    }

    [Fact]
    public void a_pledge_told_reporters_by_the_chair_in_office_is_made_with_the_state_the_story_calls_them_foreign_minister_of()
    {
        var drafts = ProposeBy("Keystone-SDA", """
            Cassis visits Chisinau

            CHISINAU, 20 November 2026 (Keystone-SDA) – Swiss Foreign Minister Ignazio Cassis met Moldovan Prime Minister Alexandru Munteanu in Chisinau on Friday.

            Cassis told reporters that Switzerland would finance a new border crossing point on the Dniester in 2027.
            """, "2026-11-20");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).OrderBy(id => id).ShouldBe(["ignazio-cassis", "switzerland"]);
    }

    [Fact]
    public void talking_points_delivered_by_an_osce_official_are_theirs_with_the_meeting_their_heading_names()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            TALKING POINTS
            Meeting of the Secretary General with the Minister of Internal Affairs of Armenia, Arpine Sargsyan
            Yerevan, 12 November 2026
            [As delivered by Secretary General Feridun Sinirlioğlu]

            • Thank the Minister for the Ministry's openness to the OSCE's police reform programme.
            • Welcome the launch of the new patrol police service in Gyumri.
            • Confirm that the Secretariat will fund training for community police officers in 2027.
            """, "2026-11-12");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("feridun-sinirlioglu", "arpine-sargsyan", "2026-11-12"));
        drafts.Where(p => p.Kind == EventKind.PraiseExpressed).Select(p => p.Actors.Single().Id).ShouldBe(["feridun-sinirlioglu", "feridun-sinirlioglu"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).OrderBy(id => id).ShouldBe(["feridun-sinirlioglu", "secretariat"]);
    }

    [Fact]
    public void a_post_a_story_embeds_is_its_posters_as_of_the_day_under_it()
    {
        var drafts = ProposeBy("Reuters", """
            Borg and Tsahkna talk Baltic security

            TALLINN, 4 December 2026 (Reuters) – Maltese Foreign Minister Ian Borg met Estonian Foreign Minister Margus Tsahkna in Tallinn on Thursday.

            Tsahkna later posted:

            Thank you @IanBorgMT for Malta's leadership of the OSCE Human Dimension Committee. Good talks today.
            — Margus Tsahkna (@Tsahkna) December 3, 2026

            Borg said the talks had been useful.
            """, "2026-12-04");

        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Any(c => c.Id == "malta"), praise.Occurred.Text).ShouldBe(("margus-tsahkna", true, "2026-12-03"));
        drafts.Single(p => p.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("ian-borg");
    }

    [Fact]
    public void an_office_holders_decision_signed_by_title_and_name_at_its_foot_is_theirs_and_a_second_call_in_its_sentence_is_proposed_too()
    {
        var drafts = ProposeBy("Ombudsman of Armenia", """
            Human Rights Defender of the Republic of Armenia

            Opinion on the detention of protesters on 3 November 2026

            Yerevan, 20 November 2026

            Having studied the complaints of 12 detainees, the Human Rights Defender finds that the police used disproportionate force during the detentions.

            The Human Rights Defender urges the Investigative Committee to examine the complaints and recommends that the Ministry of Internal Affairs review its guidelines on the use of force.

            Human Rights Defender Anahit Manasyan
            """, "2026-11-20");

        drafts.Where(p => p.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).Select(p => p.Actors.Single().Id).ShouldBe(["anahit-manasyan", "anahit-manasyan", "anahit-manasyan"]);
        drafts.Last(p => p.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("armenia");
    }

    [Fact]
    public void a_parliaments_record_gives_each_answer_to_the_speaker_named_over_it_and_a_members_thanks_for_an_answer_is_no_praise()
    {
        var drafts = ProposeBy("UK Parliament", """
            House of Commons
            Oral Answers to Questions

            OSCE: Election Observation

            3. Alicia Kearns (Rutland and Stamford) (Con)
            What steps he is taking to support OSCE election observation.

            The Minister of State, Foreign, Commonwealth and Development Office (Stephen Doughty)
            I met the Director of ODIHR, Maria Telalian, in Warsaw on 10 November. The UK regards the exclusion of ODIHR observers from the Russian Duma elections as unacceptable.

            Alicia Kearns
            I thank the Minister for his answer. Will he press for a full mission in Belarus?

            Stephen Doughty
            I will. I call on Belarus to invite a full ODIHR observation mission.
            """, "2026-11-24");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Occurred.Text).ShouldBe(("stephen-doughty", "2026-11-10"));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "stephen-doughty");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.ShouldContain(a => a.Id == "stephen-doughty");
        drafts.ShouldNotContain(p => p.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void a_summary_records_speakers_named_by_courtesy_title_and_surname_judge_as_of_the_meeting()
    {
        var drafts = ProposeBy("United Nations", """
            Committee against Torture
            Summary record of the 2210th meeting
            Held at the Palais Wilson, Geneva, on Wednesday, 11 November 2026, at 3 p.m.

            Consideration of the fifth periodic report of Tajikistan

            5. Mr. Buchwald welcomed the adoption of the new Criminal Procedure Code in 2024 and urged the State party to allow independent monitoring of places of detention.
            """, "2026-11-13");

        drafts.Where(p => p.Kind is EventKind.PraiseExpressed or EventKind.RecommendationMade).Select(p => (p.Actors.Single().Id, p.Occurred.Text))
            .ShouldBe([("buchwald", "2026-11-11"), ("buchwald", "2026-11-11")], ignoreOrder: true);
    }

    [Fact]
    public void the_ministers_meeting_with_someone_told_in_passing_is_the_minister_the_document_named()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Ukraine", """
            Foreign Minister Sybiha to visit Warsaw

            Kyiv, 3 December 2026 — Minister for Foreign Affairs of Ukraine Andrii Sybiha will travel to Warsaw on 9 December.

            The visit follows the Minister's meeting with the Estonian Foreign Minister, Margus Tsahkna, in Kyiv on 27 November.
            """, "2026-12-03");

        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("andrii-sybiha", "margus-tsahkna", "2026-11-27"));
    }

    [Fact]
    public void a_media_summarys_headline_ending_on_its_outlets_is_a_sentence_of_its_own_and_proposes_nothing_twice()
    {
        const string text = """
            OSCE Mission to Montenegro
            DAILY MEDIA SUMMARY
            Thursday, 10 December 2026

            Ibrahimović: Montenegro to host a regional media freedom forum (Vijesti, p. 2; MINA)
            Foreign Minister Ervin Ibrahimović said on Wednesday in Podgorica, after meeting the Head of the OSCE Mission to Montenegro, Ambassador Dominique Waag, that Montenegro would host a regional media freedom forum in Budva in June 2027. Ibrahimović thanked the Mission for "years of support to the judiciary."

            Media union welcomes verdict in journalist case (SMCG, Pobjeda)
            The Trade Union of Media of Montenegro (SMCG) welcomed on Wednesday the conviction of a man who threatened a reporter in Nikšić. The union urged prosecutors to solve the 2004 murder of Duško Jovanović.
            """;

        Sentences.Split(text).Select(x => x.Text).ShouldContain("Media union welcomes verdict in journalist case (SMCG, Pobjeda)");
        var drafts = ProposeBy("OSCE Mission to Montenegro", text, "2026-12-10");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("ervin-ibrahimovic", "dominique-waag", "2026-12-09"));
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["montenegro", "ervin-ibrahimovic"], ignoreOrder: true);
        pledge.Occurred.Text.ShouldBe("2026-12-09");
        // (the thanks, with no day of its own, is of the day the same speaker spoke)
        drafts.Where(d => d.Kind == EventKind.PraiseExpressed && d.Actors.Any(a => a.Id == "ervin-ibrahimovic")).Single().Occurred.Text.ShouldBe("2026-12-09");
        // (the union's welcome is proposed once, from its paragraph, not again from the headline over it)
        drafts.Where(d => d.Kind == EventKind.PraiseExpressed).Select(d => d.Source.Quote).ShouldNotContain(q => q.Contains("(SMCG, Pobjeda)", StringComparison.Ordinal));
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed && d.Source.Quote.StartsWith("The Trade Union", StringComparison.Ordinal)).Actors.Single().Id.ShouldBe("trade-union-of-media-of-montenegro");
    }

    [Fact]
    public void a_pledge_told_to_a_head_of_office_named_after_their_title_is_made_by_the_speaker_and_their_state_to_that_head()
    {
        var drafts = ProposeBy("U.S. Embassy Bishkek", """
            KYRGYZSTAN: MINISTER PROMISES POLICE ACADEMY COURSE

            Deputy Interior Minister Ulan Niyazbekov of Kyrgyzstan told the Head of the OSCE Programme Office in Bishkek, Ambassador Alexey Rogov, on November 18 that Kyrgyzstan would open a community policing course at the police academy in February 2027.
            """, "2026-11-20");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kyrgyzstan", "ulan-niyazbekov"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["alexey-rogov"]); // not the office too
        pledge.Occurred.Text.ShouldBe("2026-11-18");
        pledge.Commitment.ShouldBe("open a community policing course at the police academy in February 2027"); // what would be done, not whom it was told to
    }

    [Fact]
    public void calling_on_someone_somewhere_is_a_meeting_and_calling_on_them_to_act_is_still_a_recommendation()
    {
        var drafts = ProposeBy("U.S. Embassy Tashkent", """
            Ambassador's meetings

            Ambassador Eriksson called on Foreign Minister Bakhtiyor Saidov at the Foreign Ministry on November 12, his first meeting with him since arriving. Eriksson also called on the Government in Tashkent to release the blogger Olimjon Khaydarov.
            """, "2026-11-14");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        meeting.Source.Quote.ShouldStartWith("Ambassador Eriksson called on Foreign Minister Bakhtiyor Saidov");
        meeting.Occurred.Text.ShouldBe("2026-11-12");
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Source.Quote.ShouldContain("to release the blogger");
    }

    [Fact]
    public void a_states_replies_to_a_review_in_a_table_are_the_recommending_states_recommendations_and_its_own_pledges()
    {
        var drafts = ProposeBy("United Nations Human Rights Council", """
            Report of the Working Group on the Universal Periodic Review

            Uzbekistan

            Addendum

            1. Uzbekistan welcomes the recommendations received during its fifth review by the Working Group on 8 May 2026.

            | Recommendation | Recommending State | Position | Comments |
            |---|---|---|---|
            | Abolish the exit visa requirement for journalists | Sweden | Supported | Uzbekistan will abolish the requirement by a presidential decree in 2027. |
            | Allow the registration of independent human rights organizations | Ireland; Finland | Noted | The existing law provides for registration. |
            """, "2026-09-20");

        var recommendations = drafts.Where(d => d.Kind == EventKind.RecommendationMade).ToList();
        recommendations.Select(r => (r.Actors.Single().Id, r.Counterparts.Single().Id, r.Occurred.Text)).ShouldBe(
            [("sweden", "uzbekistan", "2026-05-08"), ("ireland", "uzbekistan", "2026-05-08"), ("finland", "uzbekistan", "2026-05-08")], ignoreOrder: true);
        recommendations.Single(r => r.Actors[0].Id == "sweden").Source.Quote.ShouldBe("Abolish the exit visa requirement for journalists");
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        (pledge.Actors.Single().Id, pledge.Commitment, pledge.Occurred.Text).ShouldBe(("uzbekistan", "abolish the requirement by a presidential decree in 2027", "2026-09-20"));
        // (welcoming the recommendations it received is no praise of anyone; a noted recommendation's reply pledges nothing)
        drafts.ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void a_bodys_name_over_commas_that_its_acronym_spells_and_a_name_with_a_plural_possessive_are_each_one_body()
    {
        var drafts = ProposeBy("OSCE Mission to Serbia", """
            Media summary

            The Committee for Human Rights, Democracy and Tolerance (CHRDT) criticized the Government on Monday for failing to publish the police report on the protests. CHRDT executive director Milan Petrović said the delay "feeds impunity."

            The Independent Lawyers' Association of Serbia welcomed on Tuesday the acquittal of two activists in Niš.
            """, "2026-12-02");

        var criticism = drafts.Single(d => d.Kind == EventKind.CriticismRaised); // the director's words say why; they are not a second criticism
        criticism.Actors.Single().Id.ShouldBe("committee-for-human-rights-democracy-and-tolerance");
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("independent-lawyers-association-of-serbia");
    }

    [Fact]
    public void the_state_a_criticised_report_is_on_is_not_whom_the_criticism_is_of()
    {
        var drafts = ProposeBy("U.S. Embassy Ashgabat", """
            Cable

            Deputy Minister Gurbanov complained that the Representative on Freedom of the Media's recent report on Turkmenistan was "based on hearsay."
            """, "2026-11-20");

        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldNotContain("turkmenistan");
    }

    [Fact]
    public void a_ministrys_post_with_emoji_bullets_and_a_ministers_handle_names_the_minister_and_pledges_in_the_states_voice()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Kyrgyzstan", """
            mfa_kyrgyzstan • Follow
            Bishkek, Kyrgyzstan

            mfa_kyrgyzstan 🇰🇬🤝🇦🇹 Today in Bishkek, Minister of Foreign Affairs @zhanibek_moldokanov met with Austrian Ambassador Heidemarie Gürtler-Bauer.

            ✅ Kyrgyzstan will host a regional conference on water diplomacy in Cholpon-Ata in June 2027
            👏 Minister Moldokanov thanked 🇦🇹 Austria for its support to the OSCE Programme Office in Bishkek

            #OSCE #Kyrgyzstan #Austria
            2 DECEMBER 2026
            """, "2026-12-02");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        meeting.Actors.Single().Id.ShouldBe("zhanibek-moldokanov"); // the handle, as the text also spells the surname
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Source.Quote.ShouldStartWith("✅ Kyrgyzstan will host"); // the bullet, a sentence of its own
        pledge.Actors.Single().Id.ShouldBe("kyrgyzstan");
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("zhanibek-moldokanov");
    }

    [Fact]
    public void a_ministers_letter_of_honour_pledges_praises_and_asks_in_the_signers_voice_to_its_addressee()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Georgia", """
            MINISTER OF FOREIGN AFFAIRS OF GEORGIA

            Tbilisi, 20 November 2026

            His Excellency
            Mr. Ignazio Cassis
            Federal Councillor, Chairperson-in-Office of the OSCE
            Bern

            Excellency,

            I have the honour to inform you that the Government of Georgia has decided to extend an invitation to the OSCE Office for Democratic Institutions and Human Rights to observe the municipal elections in 2027.

            Let me also express my sincere appreciation for your personal engagement in the Geneva International Discussions, including your visit to Tbilisi in October.

            I would be grateful if the Chairpersonship could convene a further round of the Discussions before the end of the year.

            Please accept, Excellency, the assurances of my highest consideration.

            Maka Botchorishvili
            Minister of Foreign Affairs
            of Georgia
            """, "2026-11-20");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["maka-botchorishvili", "georgia"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["ignazio-cassis"]);
        var praise = drafts.Single(d => d.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Single().Id).ShouldBe(("maka-botchorishvili", "ignazio-cassis"));
        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Occurred.Text).ShouldBe(("ignazio-cassis", "2026-10"));
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("maka-botchorishvili");
    }

    [Fact]
    public void a_pledge_told_to_ambassadors_by_a_minister_styled_with_his_states_adjective_is_his_and_his_states()
    {
        var drafts = ProposeBy("Axios", """
            1 big thing: a budget at last

            Driving the news: Maltese Foreign Minister Ian Borg told ambassadors on Thursday that Malta would pay its 2027 contribution in January, according to two diplomats.

            What they're saying: Belarus' envoy Andrei Dapkiunas called the Chair's compromise "a political ultimatum."
            """, "2026-12-04");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["ian-borg", "malta"], ignoreOrder: true);
        pledge.Occurred.Text.ShouldBe("2026-12-03");
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("andrei-dapkiunas");
    }

    [Fact]
    public void a_secretary_general_saying_what_the_secretariat_would_do_pledges_for_it_and_a_surname_spelt_again_is_the_same_person()
    {
        var drafts = ProposeBy("Azertac", """
            Azerbaijani FM receives OSCE Secretary General

            BAKU, DECEMBER 1, AZERTAC. Foreign Minister of Azerbaijan Jeyhun Bayramov received OSCE Secretary General Feridun Sinirlioğlu on December 1.

            Minister Bairamov highly appreciated the OSCE's support for demining. Sinirlioğlu said the Secretariat would send two demining experts to Baku in early 2027.
            """, "2026-12-01");

        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe(drafts.Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id);
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu", "secretariat"], ignoreOrder: true);
    }

    [Fact]
    public void a_verbatim_records_labelled_speakers_judge_and_pledge_in_their_own_voice_and_courtesies_are_not_praise()
    {
        var drafts = ProposeBy("United Nations Security Council", """
            Security Council
            10140th meeting
            Thursday, 10 December 2026, 10 a.m.
            New York

            The President (spoke in French): I now give the floor to Ms. Telalian.

            Ms. Telalian: I thank you, Madam President, for the opportunity to brief the Council. I can announce that ODIHR will publish a handbook on election observation in conflict-affected areas in March 2027.

            The President (spoke in French): I thank Ms. Telalian for her briefing.

            Mr. Kariuki (Kenya): We commend ODIHR for its work with the African Union on election observation.

            Mr. Zhang (China) (spoke in Chinese): Some organizations have become a tool for interfering in the internal affairs of sovereign States.
            """, "2026-12-10");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["maria-telalian", "odihr"], ignoreOrder: true);
        var praise = drafts.Single(d => d.Kind == EventKind.PraiseExpressed); // the thanks for the floor and for the briefing are courtesies
        praise.Actors.Single().Id.ShouldBe("kariuki");
        praise.Counterparts.Select(c => c.Id).ShouldContain("odihr");
        // (the label says who speaks, not of whom; nor is the language the President speaks in a State)
        drafts.SelectMany(d => d.Actors.Concat(d.Counterparts)).Select(a => a.Id).ShouldNotContain("kenya");
        drafts.SelectMany(d => d.Actors.Concat(d.Counterparts)).Select(a => a.Id).ShouldNotContain("france");
    }

    [Fact]
    public void a_pull_quote_proposes_nothing_again_and_unnamed_participants_judge_no_one()
    {
        var drafts = ProposeBy("Kazinform", """
            Tokayev receives ODIHR Director

            ASTANA. KAZINFORM – President Kassym-Jomart Tokayev received ODIHR Director Maria Telalian at the Akorda on Monday, November 30.

            "ODIHR remains an indispensable partner for our electoral reforms," Tokayev said.

                  "ODIHR remains an indispensable partner for our electoral reforms"

            At a civil society meeting later that day, one participant urged ODIHR to monitor the trials of journalists. Several participants criticized the Government for restricting peaceful assembly.
            """, "2026-12-01");

        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Source.Quote.ShouldContain("Tokayev said");
        drafts.ShouldNotContain(d => d.Kind == EventKind.RecommendationMade || d.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_day_written_with_slashes_is_read_month_first_where_day_first_is_no_day_or_further_from_the_day_of_writing()
    {
        Dates.Find("On 11/30/2026, the Ambassador spoke.", PartialDate.Parse("2026-12-03")).Single().Date.Text.ShouldBe("2026-11-30");
        Dates.Find("On 12/01/2026, the Ambassador met the Minister.", PartialDate.Parse("2026-12-03")).Single().Date.Text.ShouldBe("2026-12-01");
        Dates.Find("On 05/03/2025, the Commissioner met the Minister.", PartialDate.Parse("2025-03-07")).Single().Date.Text.ShouldBe("2025-03-05");
        Dates.Find("On 14.05.2025, the Minister met the Commissioner.", PartialDate.Parse("2025-05-20")).Single().Date.Text.ShouldBe("2025-05-14");
    }

    [Fact]
    public void an_ambassador_styled_by_their_states_initials_speaks_for_that_state_and_pledges_to_the_one_told()
    {
        var drafts = ProposeBy("U.S. Mission to the OSCE", """
            Ambassador meets Armenian Foreign Minister

            VIENNA – On 12/02/2026, U.S. Ambassador to the OSCE Rachel Sutter met Armenian Foreign Minister Ararat Mirzoyan in Vienna.

            Ambassador Sutter told Minister Mirzoyan that the United States would provide $1 million for border delimitation expertise in 2027.
            """, "2026-12-03");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["rachel-sutter", "united-states-of-america"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldContain("ararat-mirzoyan");
        drafts.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-02");
    }

    [Fact]
    public void a_ministers_statement_pledges_for_the_ministers_state_even_on_a_condition()
    {
        var drafts = ProposeBy("Ministry for Foreign and European Affairs and Trade of Malta", """
            Statement by Ian Borg, Minister for Foreign and European Affairs and Trade of Malta, at the 1551st meeting of the Permanent Council

            Vienna, 10 December 2026

            Mr Chair,

            If the Mission's mandate is renewed in time, Malta will second two police experts to the OSCE Mission to Skopje.

            We are also considering whether to second an expert to the Secretariat next year.

            Thank you, Mr Chair.
            """, "2026-12-10");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade); // the option only considered is none
        pledge.Actors.Select(a => a.Id).ShouldBe(["ian-borg", "malta"], ignoreOrder: true);
        pledge.Source.Quote.ShouldStartWith("If the Mission's mandate is renewed");
    }

    [Fact]
    public void a_minister_new_to_the_dictionary_named_before_their_title_speaks_for_the_state_the_title_is_of()
    {
        var drafts = ProposeBy("Ministry for Foreign Affairs of Finland", """
            Statement by Anna Virtanen, Minister for Foreign Affairs of Finland, at the 1551st meeting of the Permanent Council

            Vienna, 10 December 2026

            Mr Chair,

            If participating States agree on the unified budget by March, Finland will fund a new post in the Conflict Prevention Centre.

            Thank you, Mr Chair.
            """, "2026-12-10");

        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["anna-virtanen", "finland"], ignoreOrder: true);
    }

    [Fact]
    public void a_name_written_again_in_another_script_in_brackets_is_the_same_person()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Kyrgyz Republic", """
            On 2 December 2026 Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev (Жээнбек Кулубаев) received the Head of the OSCE Centre in Bishkek, Ambassador Roman Petrov (Роман Петров).
            """, "2026-12-03");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        meeting.Actors.Select(a => a.Id).ShouldBe(["zheenbek-kulubaev"]);
        meeting.Counterparts.Select(a => a.Id).ShouldBe(["roman-petrov"]);
    }

    [Fact]
    public void an_initial_of_two_letters_ends_no_sentence_and_its_bearer_acts()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Kyrgyz Republic", """
            On 2 December 2026 Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev received the Head of the OSCE Centre in Bishkek, Ambassador Roman Petrov.

            Zh. Kulubaev expressed gratitude to R. Petrov for his contribution to the cooperation between the Kyrgyz Republic and the OSCE.
            """, "2026-12-03");

        var praise = drafts.Single(d => d.Kind == EventKind.PraiseExpressed);
        praise.Source.Quote.ShouldStartWith("Zh. Kulubaev expressed gratitude");
        praise.Actors.Select(a => a.Id).ShouldBe(["zheenbek-kulubaev"]);
        praise.Counterparts.Select(a => a.Id).ShouldContain("roman-petrov");
    }

    [Fact]
    public void a_title_held_at_the_time_is_not_the_one_the_document_names_by_it_now()
    {
        var drafts = ProposeBy("Central Asia Policy Monitor", """
            The current Foreign Minister, Bakhtiyor Saidov, met the OSCE Secretary General in Vienna on 18 November 2026.

            Former Chairperson-in-Office Ann Linde, Sweden's foreign minister at the time, visited Tashkent in March 2021 and praised Uzbekistan's openness to civil society.
            """, "2026-12-02");

        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["ann-linde"]);
    }

    [Fact]
    public void a_pledge_said_to_be_kept_is_assessed_as_met()
    {
        var drafts = ProposeBy("Central Asia Policy Monitor", """
            In February 2019, Foreign Minister Abdulaziz Kamilov pledged that Uzbekistan would invite a full ODIHR election observation mission to its next parliamentary elections. The pledge was kept: ODIHR deployed a full mission for the December 2019 vote.
            """, "2026-12-02");

        var assessed = drafts.Single(d => d.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Met);
        assessed.Source.Quote.ShouldStartWith("The pledge was kept");
    }

    [Fact]
    public void a_pledge_the_minister_informs_of_is_the_ministers_and_their_states()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Kyrgyz Republic", """
            On 2 December 2026 Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev received the Head of the OSCE Centre in Bishkek, Ambassador Roman Petrov.

            The Minister informed that the Kyrgyz side would host the next regional meeting on border management in 2027.
            """, "2026-12-03");

        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["zheenbek-kulubaev", "kyrgyzstan"], ignoreOrder: true);
    }

    [Fact]
    public void two_officials_named_after_a_plural_title_hold_their_meeting_and_their_organisations_agree()
    {
        var drafts = ProposeBy("Council of Europe", """
            The Secretaries General of the Council of Europe and of the OSCE, Marija Horvat and Feridun H. Sinirlioğlu, held their annual high-level meeting in Strasbourg on 1 December 2026.

            The two organisations agreed to set up a joint task force on the safety of journalists by the spring of 2027.
            """, "2026-12-02");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        meeting.Actors.Concat(meeting.Counterparts).Select(a => a.Id).ShouldBe(["marija-horvat", "feridun-sinirlioglu"], ignoreOrder: true);
        meeting.Occurred.Text.ShouldBe("2026-12-01");
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Name).ShouldBe(["Council of Europe", "OSCE"], ignoreOrder: true);
    }

    [Fact]
    public void a_saying_joined_to_a_meeting_is_said_by_its_subject_to_whom_they_met()
    {
        var drafts = ProposeBy("Central Asia Policy Monitor", """
            The current Foreign Minister, Bakhtiyor Saidov, has kept to the course. He met OSCE Secretary General Feridun Sinirlioğlu in Vienna on 18 November 2026 and announced that Uzbekistan would host a regional conference on water security in 2027.
            """, "2026-12-02");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["bakhtiyor-saidov", "uzbekistan"], ignoreOrder: true);
        pledge.Counterparts.Select(a => a.Id).ShouldContain("feridun-sinirlioglu");
    }

    [Fact]
    public void some_participating_states_left_unnamed_are_no_party_to_a_criticism()
    {
        var drafts = ProposeBy("Council of Europe", """
            On 1 December 2026 in Strasbourg, OSCE Secretary General Feridun Sinirlioğlu expressed concern about "the shrinking space for independent media in several of our member and participating States".
            """, "2026-12-02");

        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.ShouldBeEmpty();
    }

    [Fact]
    public void a_committee_meeting_chaired_by_two_is_theirs_and_what_is_pledged_there_is_of_its_day()
    {
        var drafts = ProposeBy("OSCE Programme Office in Dushanbe", """
            Implementing partner: Ministry of Internal Affairs of the Republic of Tajikistan

            Donors
            • Germany
            • Norway

            Latest developments
            The project's steering committee met in Dushanbe on 20 November 2026, chaired by the Head of the Programme Office, Ambassador Karin Lindgren, and First Deputy Minister of Internal Affairs Abdurahim Kholiqzoda. The First Deputy Minister confirmed that the Ministry would adopt the national strategy on border security by March 2027.

            At the same meeting, the German Ambassador, Hans Becker, announced that Germany would fund two further training courses in 2027.
            """, "2026-12-01");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("karin-lindgren", "abdurahim-kholiqzoda", "2026-11-20"));
        var pledges = drafts.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        pledges.Select(p => p.Occurred.Text).ShouldBe(["2026-11-20", "2026-11-20"]);
        // (the donors listed under their heading are not what the sheet is about: the Ministry is Tajikistan's, its First Deputy Minister's)
        pledges[0].Actors.Select(a => a.Id).ShouldBe(["abdurahim-kholiqzoda", "tajikistan"], ignoreOrder: true);
    }

    [Fact]
    public void an_action_plans_table_of_measures_is_what_its_government_undertakes_to_the_body_it_implements()
    {
        var drafts = ProposeBy("Cabinet of Ministers of the Republic of Uzbekistan", "National Action Plan on the implementation of the recommendations of ODIHR\n\n"
            + "The Cabinet of Ministers of the Republic of Uzbekistan, noting the final report of the ODIHR Election Observation Mission, approves the following measures.\n\n"
            + "No.\tMeasure\tResponsible\tDeadline\n1\tAmend the Electoral Code to allow independent candidates\tCentral Election Commission\t1 June 2027\n"
            + "2\tPublish polling station results online\tCentral Election Commission\t1 March 2027\n", "2026-11-30");

        var measures = drafts.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        measures.Select(m => m.Source.Quote).ShouldBe(["Amend the Electoral Code to allow independent candidates", "Publish polling station results online"]);
        measures.ShouldAllBe(m => m.Actors.Single().Id == "uzbekistan" && m.Counterparts.Single().Id == "odihr" && m.Occurred.Text == "2026-11-30");
        measures[0].Commitment.ShouldBe("amend the Electoral Code to allow independent candidates by 1 June 2027");
    }

    [Fact]
    public void an_assurance_to_a_counterpart_named_by_their_state_is_to_that_states_official_the_document_names()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Ukraine", """
            Minister for Foreign Affairs of Ukraine Andrii Sybiha today held a telephone conversation with the Foreign Minister of Cyprus Constantinos Kombos.

            Constantinos Kombos assured his Ukrainian counterpart that the Cyprus Chairpersonship would keep the release of detained civilians among its priorities in 2027.
            """, "2026-12-04");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Select(a => a.Id).ShouldBe(["andrii-sybiha"]);
    }

    [Fact]
    public void a_pledge_not_to_restrict_is_a_pledge_and_of_the_meeting_told_just_before()
    {
        var drafts = ProposeBy("Eurasia Research Centre", """
            The High Commissioner, Christophe Kamp, visited Bishkek in June 2024 and met President Sadyr Japarov. According to the presidency, Japarov assured Kamp that the new law on the state language would not restrict the use of minority languages in schools.
            """, "2026-11-30");

        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Counterparts.Single().Id).ShouldBe(("2024-06", "christophe-kamp"));
        pledge.Actors.Select(a => a.Id).ShouldContain("sadyr-japarov");
    }

    [Fact]
    public void a_judge_cited_by_year_judged_then_and_a_second_judge_named_with_himself_judges_in_a_clause_of_their_own()
    {
        var drafts = ProposeBy("Eurasia Research Centre", """
            Human Rights Watch (2025) criticised Kyrgyzstan for closing Uzbek-language classes in Osh, and Kamp himself expressed concern in December 2025 about "a steady erosion of mother-tongue education" in the country's south.
            """, "2026-11-30");

        drafts.Where(d => d.Kind == EventKind.CriticismRaised).Select(d => (d.Actors.Single().Name, d.Occurred.Text))
            .ShouldBe([("Human Rights Watch", "2025"), ("Christophe Kamp", "2025-12")], ignoreOrder: true);
    }

    [Fact]
    public void a_country_chapters_key_concerns_are_its_authors_criticisms_of_the_state_its_numbered_heading_names()
    {
        var drafts = ProposeBy("Civic Solidarity Watch", """
            ANNUAL REPORT 2026
            Published by Civic Solidarity Watch, 1 December 2026

            4.1 Kazakhstan

            Key concerns:
            • Dozens of activists were detained after the rallies in Almaty.
            • The assembly law still requires prior permission for any gathering.

            4.2 Tajikistan

            Overview: The authorities continued to restrict the work of lawyers.

            Key concerns:
            • Independent media outlets remain blocked.
            """, "2026-12-01");

        drafts.Where(d => d.Kind == EventKind.CriticismRaised).Select(d => (d.Actors.Single().Name, d.Counterparts.Single().Id, d.Source.Quote[..12]))
            .ShouldBe([("Civic Solidarity Watch", "kazakhstan", "• Dozens of "), ("Civic Solidarity Watch", "kazakhstan", "• The assemb"),
                       ("Civic Solidarity Watch", "tajikistan", "Overview: Th"), ("Civic Solidarity Watch", "tajikistan", "• Independen")]);
    }

    [Fact]
    public void two_people_the_second_named_after_a_title_set_off_by_commas_who_met_are_a_meeting()
    {
        var drafts = ProposeBy("Georgian Public Broadcaster", """
            Georgian Foreign Minister Maka Botchorishvili and the Director of the OSCE Office for Democratic Institutions and Human Rights, Maria Telalian, met in Tbilisi on Wednesday.
            """, "2026-12-03");

        var meeting = drafts.Single(d => d.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id, meeting.Occurred.Text).ShouldBe(("maka-botchorishvili", "maria-telalian", "2026-12-02"));
    }

    [Fact]
    public void back_from_a_capital_where_one_met_people_is_a_visit_and_the_day_said_with_on_dates_the_meetings()
    {
        var drafts = ProposeBy(new ActorRef("feridun-sinirlioglu", "Feridun Sinirlioğlu", ActorKind.Official), """
            Dear colleagues,

            I returned yesterday from Chișinău, where I met President Maia Sandu and Prime Minister Alexandru Munteanu on 2 December.
            """, "2026-12-04");

        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id).ShouldBe(("feridun-sinirlioglu", "moldova"));
        drafts.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Occurred.Text).ShouldBe(["2026-12-02", "2026-12-02"]);
    }

    [Fact]
    public void a_day_said_with_on_after_yesterday_dates_the_sentence_but_a_day_naming_an_election_does_not()
    {
        Dates.For("I returned yesterday from Chișinău, where I met President Maia Sandu on 2 December.", PartialDate.Parse("2026-12-04"))!.Date.Text.ShouldBe("2026-12-02");
        Dates.For("Yesterday, ODIHR published its final report on the 4 October local elections.", PartialDate.Parse("2025-11-07"))!.Date.Text.ShouldBe("2025-11-06");
    }

    [Fact]
    public void a_video_message_tells_where_its_speaker_was_what_the_president_there_assured_him_and_thanks_without_regret_for_being_away()
    {
        const string srt = "1\n00:00:00,000 --> 00:00:04,000\nI regret that I cannot be with you\nin Almaty today.\n\n"
            + "2\n00:00:04,000 --> 00:00:09,000\nAllow me to thank the Programme Office in Astana for bringing you together.\n\n"
            + "3\n00:00:09,000 --> 00:00:12,000\nOn Monday I was in Ashgabat,\n\n"
            + "4\n00:00:12,000 --> 00:00:16,000\nwhere I met President Serdar Berdimuhamedov.\n\n"
            + "5\n00:00:16,000 --> 00:00:22,000\nThe President assured me that Turkmenistan will host\nthe OSCE regional workshop on border management next spring.\n\n"
            + "6\n00:00:22,000 --> 00:00:26,000\n[MUSIC]\n\n"
            + "7\n00:00:26,000 --> 00:00:30,000\nLet me be frank: journalists in our region continue to face pressure.\n";
        var text = DocumentReader.Read(Encoding.UTF8.GetBytes(srt), null, "message.srt").Text;

        var drafts = ProposeBy(new ActorRef("ignazio-cassis", "Ignazio Cassis", ActorKind.Official), text, "2026-12-03");

        // ("On Monday I was in Ashgabat, where I met …": a visit by whoever speaks, on that Monday)
        var visit = drafts.Single(d => d.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id, visit.Occurred.Text).ShouldBe(("ignazio-cassis", "turkmenistan", "2026-11-30"));
        // ("The President assured me": the President the message named, pledging for his State to the one told; not to the OSCE whose workshop it is)
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["turkmenistan", "serdar-berdimuhamedov"], ignoreOrder: true);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["ignazio-cassis"]);
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("programme-office-in-astana");
        // (regret at being away criticises no one; pressure "in our region" is on the participating States, not on the State visited before)
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("osce-participating-states");
    }

    [Fact]
    public void ambassadors_presenting_credentials_are_each_of_the_state_named_after_them_and_whom_one_informs_is_pledged_to()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            VIENNA, 26 November 2026 – OSCE Secretary General Feridun Sinirlioğlu today received the credentials of three new Permanent Representatives to the OSCE: Ambassador Katrin Holm of Iceland, Ambassador Joseph Camilleri of Malta and Ambassador Nurlan Zhakupov of Kazakhstan.

            Ambassador Zhakupov informed the Secretary General that Kazakhstan would second two experts to the Transnational Threats Department in 2027.
            """, "2026-11-26");

        drafts.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).ShouldBe(["katrin-holm", "joseph-camilleri", "nurlan-zhakupov"], ignoreOrder: true);
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "nurlan-zhakupov"], ignoreOrder: true);
        // (the department the experts go to is what is pledged, not whom it is pledged to)
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["feridun-sinirlioglu"]);
    }

    [Fact]
    public void a_newsletter_items_past_day_runs_to_its_paragraphs_end_and_opening_a_conference_is_on_its_first_day()
    {
        var drafts = ProposeBy("OSCE Mission to Montenegro", """
            HEAD OF MISSION MEETS SPEAKER OF PARLIAMENT

            On 12 November, Head of Mission Ambassador Dominique Waag met the Speaker of the Parliament of Montenegro, Andrija Mandić, to discuss parliamentary oversight. Speaker Mandić said that Parliament would adopt the new Law on Free Access to Information by the end of the year. Ambassador Waag urged Parliament to involve civil society in the drafting.

            REGIONAL CONFERENCE ON JUDICIAL ETHICS IN BUDVA

            Judges and prosecutors from six countries met in Budva on 19 and 20 November for the Mission’s annual conference on judicial ethics. Opening the conference, Ambassador Waag praised the Judicial Council of Montenegro for adopting its new Code of Ethics in September.

            We are happy to welcome Ms. Ingrid Solberg, who joined the Mission as Deputy Head on 2 November.
            """, "2026-12-01");

        // ("Speaker Mandić said that Parliament would …": the Speaker pledges, to the one he met)
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Counterparts.Single().Id).ShouldBe(("2026-11-12", "dominique-waag"));
        pledge.Actors.ShouldContain(a => a.Id == "andrija-mandic");
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-12");
        // (and welcoming a new colleague praises no one)
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2026-11-19");
    }

    [Fact]
    public void a_feed_items_own_dateline_dates_the_item_and_thanks_reported_then_quoted_are_one()
    {
        const string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>OSCE Programme Office in Dushanbe – News</title>
            <item><title>Head of OSCE Programme Office meets Tajik Interior Minister</title><pubDate>Fri, 27 Nov 2026 10:30:00 +0500</pubDate>
            <description>&lt;p&gt;DUSHANBE, 26 November 2026 – The Head of the OSCE Programme Office in Dushanbe, Ambassador Markus Müller, met today with the Minister of Internal Affairs of Tajikistan, Ramazon Rahimzoda.&lt;/p&gt;&lt;p&gt;The Minister confirmed that Tajikistan would open two more community policing centres in 2027.&lt;/p&gt;</description></item>
            <item><title>Mission welcomes amendments</title><pubDate>Thu, 19 Nov 2026 09:00:00 +0500</pubDate>
            <description>The Office calls on the authorities to release the journalists.</description></item>
            </channel></rss>
            """;
        var read = DocumentReader.Read(Encoding.UTF8.GetBytes(rss), null, "news.xml");

        var drafts = ProposeBy("OSCE Programme Office in Dushanbe", read.Text, read.Published!);

        drafts.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-26");
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-11-26");
        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-19");

        var thanks = ProposeBy("OSCE", """
            During his visit to the OSCE Programme Office in Astana, the Chair-in-Office expressed his sincere gratitude to its staff for the important work they are doing in the country. "Allow me to thank Ambassador Volker Frobarth and his dedicated team for their hard work," said Minister Ian Borg.
            """, "2024-06-25");
        thanks.Count(d => d.Kind == EventKind.PraiseExpressed).ShouldBe(1);
    }

    [Fact]
    public void meetings_listed_under_a_line_ending_with_are_each_a_meeting_and_the_ministrys_own_minister_thanks()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of Ukraine", """
            Andrii Sybiha holds series of bilateral meetings

            On the margins of the OSCE Ministerial Council in Lugano on 3–4 December, Minister for Foreign Affairs of Ukraine Andrii Sybiha held bilateral meetings with:

            – OSCE Secretary General Feridun Sinirlioğlu;
            – Minister of Foreign Affairs of Poland Radosław Sikorski;
            – Foreign Minister of Cyprus Constantinos Kombos.

            The Minister thanked Switzerland for its principled position.

            In his conversation with Constantinos Kombos, Andrii Sybiha called on Cyprus to keep the release of Ukrainian civilians at the top of its agenda in 2027. Minister Kombos assured him that Cyprus would appoint a special envoy on this issue in January.
            """, "2026-12-04");

        // (each item's person, a title in capitals at a line's start no headline; the conversation told again is the same meeting, of those days)
        drafts.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("andrii-sybiha", "feridun-sinirlioglu", "2026-12-03/2026-12-04"), ("andrii-sybiha", "radoslaw-sikorski", "2026-12-03/2026-12-04"),
                       ("andrii-sybiha", "constantinos-kombos", "2026-12-03/2026-12-04")], ignoreOrder: true);
        drafts.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("andrii-sybiha");
        // ("would appoint … in January": January to come is the pledge's term, not when it was made)
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-12-03/2026-12-04");
    }

    [Fact]
    public void a_lecture_the_host_publishes_is_its_lecturers_and_a_trip_to_two_capitals_dates_what_is_told_in_each()
    {
        var drafts = ProposeBy("Diplomatic Academy of Vienna", """
            Diplomatic Academy of Vienna

            The OSCE at 51
            Lecture by OSCE Secretary General Feridun Sinirlioğlu, 3 December 2026

            Thank you, Director, for the kind introduction. I want to thank the Diplomatic Academy for inviting me back.

            Last month I travelled to Bishkek and Dushanbe. In Bishkek, President Sadyr Japarov told me that Kyrgyzstan would host the OSCE regional conference on water security in 2027. In Dushanbe, I met Foreign Minister Sirojiddin Muhriddin. We agreed that the Border Management Staff College will remain in Dushanbe.

            I must praise Switzerland's Chairpersonship for keeping the Organization together.
            """, "2026-12-04");

        drafts.Where(d => d.Kind == EventKind.Visit).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("feridun-sinirlioglu", "kyrgyzstan", "2026-11"), ("feridun-sinirlioglu", "tajikistan", "2026-11")], ignoreOrder: true);
        var pledges = drafts.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        pledges.Select(d => d.Occurred.Text).ShouldBe(["2026-11", "2026-11"]);
        pledges.Single(d => d.Counterparts.Count == 0).Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu", "sirojiddin-muhriddin"], ignoreOrder: true);
        drafts.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11");
        // (thanks for an introduction or an invitation are a courtesy; praise the lecturer gives is the lecturer's, on the day given)
        var praise = drafts.Single(d => d.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Occurred.Text).ShouldBe(("feridun-sinirlioglu", "2026-12-03"));
    }

    [Fact]
    public void a_ministrys_export_of_meetings_is_the_ministers_whom_its_minister_column_names()
    {
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Armenia",
            "Date;Minister;Counterpart;Counterpart's position;Format;Place\r\n18.11.2026;Ararat Mirzoyan;Maria Telalian;Director of ODIHR;meeting;Yerevan\r\n27.11.2026;Ararat Mirzoyan;Ignazio Cassis;OSCE Chairperson-in-Office;telephone conversation;—\r\n",
            "2026-12-03");

        drafts.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("ararat-mirzoyan", "maria-telalian", "2026-11-18"), ("ararat-mirzoyan", "ignazio-cassis", "2026-11-27")]);
    }

    [Fact]
    public void a_reception_speechs_courtesies_praise_no_one_and_a_war_condemned_in_a_clause_after_it_is_the_warring_states()
    {
        var drafts = ProposeBy("Permanent Mission of Romania to the OSCE", """
            Remarks by Ambassador Cristian Istrate, Permanent Representative of Romania to the OSCE, at the National Day reception

            Vienna, 1 December 2026

            Let me thank Secretary General Feridun Sinirlioğlu for honouring us with his presence tonight.

            Russia's war of aggression against Ukraine continues to violate every principle we signed up to in Helsinki, and we condemn it in the strongest terms.
            """, "2026-12-01");

        drafts.ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void a_current_events_pages_bulleted_items_tell_talks_in_the_present_and_whose_journalist_a_conviction_befell()
    {
        var drafts = ProposeBy("Wikipedia", """
            December 2, 2026 (Wednesday)

            International relations
             * The OSCE Representative on Freedom of the Media, Jan Braathu, criticizes the conviction of Azerbaijani journalist Ulviyya Ali, calling the sentence "disproportionate". (RFE/RL)
             * The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, hold talks in Abu Dhabi on border delimitation. (APA)
            """, "2026-12-02");

        var talks = drafts.Single(d => d.Kind == EventKind.Meeting);
        (talks.Actors.Single().Id, talks.Counterparts.Single().Id).ShouldBe(("ararat-mirzoyan", "jeyhun-bayramov"));
        drafts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("azerbaijan");
    }

    [Fact]
    public void the_head_of_a_body_left_unnamed_is_its_head_and_a_pledge_told_reporters_after_the_meeting_is_to_the_one_met()
    {
        var drafts = ProposeBy("Associated Press", """
            BELGRADE, Serbia (AP) — The head of Europe's largest security organization on Thursday urged Serbia's government to protect journalists after a string of attacks.

            OSCE Secretary General Feridun Sinirlioğlu met Serbian President Aleksandar Vučić in Belgrade.

            Vučić told reporters after the meeting that Serbia would set up a special prosecutor's unit for attacks on journalists by the end of January.
            """, "2026-12-03");

        drafts.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("feridun-sinirlioglu");
        var pledge = drafts.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["serbia", "aleksandar-vucic"], ignoreOrder: true);
        // (whom the Secretary General met is pledged to in person, not his office)
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["feridun-sinirlioglu"]);
    }

    [Fact]
    public void pledges_listed_one_state_and_sum_per_item_are_each_that_states_and_the_sum_over_them_is_no_pledge_of_its_own()
    {
        var drafts = ProposeBy("OSCE Secretariat", """
            LUGANO, 3 December 2026 – Participating States pledged €14.6 million for the OSCE Support Programme for Ukraine at a pledging event today.

            Pledges announced at the event:

            • Germany – €4 million for humanitarian demining
            • Norway – NOK 30 million for the Programme's work on the safety of journalists

            The Secretary General thanked the donors for their generosity.
            """, "2026-12-03");

        var pledges = drafts.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        pledges.Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("germany", "support-programme-for-ukraine", "2026-12-03"), ("norway", "support-programme-for-ukraine", "2026-12-03")]);
        pledges[0].Commitment.ShouldBe("contribute €4 million for humanitarian demining");
    }

    [Fact]
    public void who_what_when_fields_tell_a_meeting_and_an_agreement_signed_by_two_people_is_their_meeting()
    {
        var box = ProposeBy("OSCE Chairpersonship", """
            PHOTO RELEASE

            WHO: OSCE Chairperson-in-Office, Swiss Federal Councillor Ignazio Cassis, and the Prime Minister of Armenia, Nikol Pashinyan
            WHAT: Meeting on the peace process
            WHEN: Tuesday, 1 December 2026
            WHERE: Government House, Yerevan
            """, "2026-12-01");
        var met = box.Single(d => d.Kind == EventKind.Meeting);
        (met.Actors.Single().Id, met.Counterparts.Single().Id, met.Occurred.Text).ShouldBe(("ignazio-cassis", "nikol-pashinyan", "2026-12-01"));
        // (an advisory's meeting still ahead is announced, not held)
        ProposeBy("OSCE Chairpersonship", "MEDIA ADVISORY\n\nWHO: Ignazio Cassis, and the Prime Minister of Armenia, Nikol Pashinyan\nWHAT: Meeting\nWHEN: Tuesday, 8 December 2026\n", "2026-12-01")
            .ShouldNotContain(d => d.Kind == EventKind.Meeting);

        var signed = ProposeBy("OSCE Mission to Moldova", """
            The agreement was signed by the Head of the OSCE Mission to Moldova, Kelly Keiderling, and the Head of the General Inspectorate, Rosian Vasiloi.
            """, "2026-12-02");
        signed.Single(d => d.Kind == EventKind.Meeting).Counterparts.Single().Id.ShouldBe("rosian-vasiloi");
    }

    [Fact]
    public void key_recommendations_lettered_under_the_line_that_makes_them_are_each_a_call_and_a_pledge_not_kept_is_unmet()
    {
        var drafts = ProposeBy("ODIHR", """
            OPINION ON THE DRAFT LAW OF THE KYRGYZ REPUBLIC "ON NON-COMMERCIAL ORGANIZATIONS"

            In light of the above, ODIHR makes the following key recommendations:

            A. to remove the requirement for organizations receiving foreign funding to register as "foreign representatives";

            B. to hold public consultations with civil society on the revised Draft Law before its second reading.
            """, "2026-12-01");

        drafts.Where(d => d.Kind == EventKind.RecommendationMade).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Source.Quote[..5]))
            .ShouldBe([("odihr", "kyrgyzstan", "A. to"), ("odihr", "kyrgyzstan", "B. to")]);

        var assessed = ProposeBy("Human Rights Watch", "In April 2024, at the OSCE Permanent Council, Tajikistan pledged to invite a full ODIHR mission to the 2025 elections. The 2024 pledge was not kept.", "2026-12-02")
            .Single(d => d.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Unmet, "tajikistan"));
    }

    [Fact]
    public void a_weekly_newsletters_items_opening_on_a_weekday_are_of_that_day_and_slides_are_their_presenters()
    {
        var week = ProposeBy("Permanent Mission of Finland to the OSCE", """
            THE WEEK IN VIENNA
            Issue 47 – 30 November to 4 December 2026

            Monday: Ambassador Tarja Kangaskorpi met the Director of the Conflict Prevention Centre, Ambassador Ivo Šrámek, to discuss early warning.

            Tuesday: At the Security Committee, Finland called on the Russian Federation to stop its attacks on civilian infrastructure in Ukraine.
            """, "2026-12-04");
        week.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-30");
        week.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-12-01");

        var slides = ProposeBy("OSCE Programme Office in Astana", """
            OSCE Programme Office in Astana
            Briefing to the Security Committee, 1 December 2026
            Presented by Ambassador Volker Frobarth, Head of Office

            Slide 2 – Key meetings
            • Met Deputy Foreign Minister Roman Vassilenko (14 October)
            """, "2026-12-01");
        var met = slides.Single(d => d.Kind == EventKind.Meeting);
        (met.Actors.Single().Id, met.Occurred.Text).ShouldBe(("volker-frobarth", "2026-10-14"));
    }

    [Fact]
    public void a_trip_diarys_day_headings_date_what_follows_and_the_she_of_a_clause_is_its_subject()
    {
        var diary = ProposeBy("OSCE Parliamentary Assembly", """
            OSCE PA President's travel diary: Chisinau and Kyiv

            President Pia Kauma spent two days in the region this week.

            DAY 1 — Tuesday 1 December, Chisinau

            The President landed in Chisinau in the morning and went to the Parliament, where she met Speaker Igor Grosu. She urged the authorities to adopt the new media code.

            DAY 2 — Wednesday 2 December, Kyiv

            Later, Speaker Ruslan Stefanchuk hosted her for a working lunch.
            """, "2026-12-03");

        var visit = diary.Single(d => d.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id, visit.Occurred.Text).ShouldBe(("pia-kauma", "moldova", "2026-12-01"));
        var urged = diary.Single(d => d.Kind == EventKind.RecommendationMade);
        (urged.Actors.Single().Id, urged.Occurred.Text).ShouldBe(("pia-kauma", "2026-12-01"));
        diary.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Actors.Concat(d.Counterparts).Select(a => a.Id).Order().First(), d.Occurred.Text))
            .ShouldBe([("igor-grosu", "2026-12-01"), ("pia-kauma", "2026-12-02")], ignoreOrder: true);
    }

    [Fact]
    public void a_place_and_day_at_a_releases_foot_is_its_today_and_him_assured_is_the_other_one()
    {
        var release = ProposeBy("Permanent Representation of Switzerland to the OSCE", """
            Chairperson-in-Office Cassis holds talks with Moldovan Foreign Minister

            The Chairperson-in-Office of the OSCE, Federal Councillor Ignazio Cassis, today received Moldova's Minister of Foreign Affairs Mihai Popșoi in Bern.

            Yesterday, Cassis spoke by telephone with Ukraine's Minister of Foreign Affairs Andrii Sybiha. He thanked Ukraine for its support and assured him that Switzerland would host a conference on humanitarian demining in 2027.

            Further information:
            FDFA Communication

            Publisher:
            Federal Department of Foreign Affairs

            Bern, 04.12.2026
            """, "2026-12-05");

        release.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("mihai-popsoi", "2026-12-04"), ("andrii-sybiha", "2026-12-03")], ignoreOrder: true);
        release.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["andrii-sybiha"]);
    }

    [Fact]
    public void a_meetings_participants_list_is_a_meeting_of_its_chair_with_each_of_another_side()
    {
        var summary = ProposeBy("OSCE Chairpersonship", """
            Chairpersonship summary

            Videoconference of the OSCE Chairperson-in-Office with the Foreign Ministers of the South Caucasus
            2 December 2026, 14:00–15:00 CET (online)

            Participants:
            – Ignazio Cassis, Federal Councillor, OSCE Chairperson-in-Office (chair)
            – Ararat Mirzoyan, Minister of Foreign Affairs of Armenia
            – Jeyhun Bayramov, Deputy Head of the Delegation, Minister of Foreign Affairs of Azerbaijan
            – Feridun Sinirlioğlu, OSCE Secretary General

            1. The Chairperson-in-Office opened the meeting by thanking Armenia and Azerbaijan for their commitment to the peace process.
            2. Minister Mirzoyan reported that Armenia had completed the demarcation of the northern section, as agreed in 2025.
            """, "2026-12-03");

        summary.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("ignazio-cassis", "ararat-mirzoyan", "2026-12-02"), ("ignazio-cassis", "jeyhun-bayramov", "2026-12-02")], ignoreOrder: true);
        summary.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
        summary.Single(d => d.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Met);
    }

    [Fact]
    public void a_scorecards_made_by_column_says_who_promised_and_to_whom_and_its_publisher_is_named_for_its_state()
    {
        var rows = ProposeBy("Bir Duino Kyrgyzstan", """
            OSCE commitments tracker: Kyrgyzstan

            Promise | Made by | When | Status | What happened
            Invite an ODIHR needs assessment mission before the local elections | President Sadyr Japarov, in a letter to the ODIHR Director | May 2026 | Met | The mission visited Bishkek in September
            Grant OSCE trial monitors access to all hearings | Ministry of Justice, to the OSCE Programme Office in Bishkek | 30 June 2026 | Not met | Monitors were turned away
            """, "2026-12-04");

        rows.Where(d => d.Kind == EventKind.CommitmentMade).Select(d => (string.Join(",", d.Actors.Select(a => a.Id)), d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("sadyr-japarov,kyrgyzstan", "maria-telalian", "2026-05"), ("kyrgyzstan", "programme-office-in-bishkek", "2026-06-30")]);
        rows.Where(d => d.Kind == EventKind.CommitmentAssessed).Select(d => (d.Actors.Single().Id, d.Status))
            .ShouldBe([("bir-duino-kyrgyzstan", AssessmentStatus.Met), ("bir-duino-kyrgyzstan", AssessmentStatus.Unmet)]);
        rows.ShouldNotContain(d => d.Kind == EventKind.Meeting);
    }

    [Fact]
    public void a_table_of_one_officials_visits_is_a_visit_a_row_and_a_meeting_with_each_official_it_met_not_its_references()
    {
        var list = ProposeBy("Wikipedia", """
            List of official visits of the OSCE Secretary General (2026)

            This is a list of official visits made by Feridun Sinirlioğlu as Secretary General of the OSCE in 2026.

            Dates | Country | City | Details

            16–17 November 2026 | Georgia | Tbilisi | Met Prime Minister Irakli Kobakhidze and Foreign Minister Maka Botchorishvili[1]

            References

            "Sinirlioğlu meets Kobakhidze". Civil.ge. 16 November 2026.
            """, "2026-12-04");

        list.Single(d => d.Kind == EventKind.Visit).Counterparts.Single().Id.ShouldBe("georgia");
        list.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text, d.Source.Quote[..5]))
            .ShouldBe([("feridun-sinirlioglu", "irakli-kobakhidze", "2026-11-16/2026-11-17", "16–17"), ("feridun-sinirlioglu", "maka-botchorishvili", "2026-11-16/2026-11-17", "16–17")], ignoreOrder: true);
    }

    [Fact]
    public void a_statement_delivered_on_behalf_of_the_following_states_is_theirs()
    {
        var statement = ProposeBy("Permanent Mission of Canada to the OSCE", """
            Joint Statement on the detention of journalists in Azerbaijan

            Mr. Chair,

            I deliver this statement on behalf of the following participating States: Canada, Denmark, Iceland and Norway.

            We call on Azerbaijan to release all journalists detained for their work.
            """, "2026-12-03");

        statement.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["canada", "denmark", "iceland", "norway"], ignoreOrder: true);
    }

    [Fact]
    public void credentials_presented_are_a_meeting_and_a_she_after_a_day_opens_the_sentence_on_its_subject()
    {
        var bio = ProposeBy("OSCE Programme Office in Dushanbe", """
            Ambassador Karin Lindgren of Sweden took up her duties as Head of the OSCE Programme Office in Dushanbe on 1 September 2026.

            Ambassador Lindgren presented her credentials to President Emomali Rahmon on 15 September 2026. On 22 September 2026 she held her first meeting with Foreign Minister Sirojiddin Muhriddin, who assured her of Tajikistan's full support.
            """, "2026-12-03");

        bio.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("karin-lindgren", "emomali-rahmon", "2026-09-15"), ("karin-lindgren", "sirojiddin-muhriddin", "2026-09-22")]);
        bio.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldContain("karin-lindgren");
    }

    [Fact]
    public void a_table_of_recommendations_by_addressee_is_a_call_on_each_row_addressee()
    {
        var paper = ProposeBy("Norwegian Helsinki Committee", """
            Silenced: media freedom in Tajikistan

            Recommendations

            To | We recommend
            The Government of Tajikistan | Stop blocking independent news websites
            OSCE participating States | Invoke the Moscow Mechanism on Tajikistan
            """, "2026-12-04");

        paper.Where(d => d.Kind == EventKind.RecommendationMade).Select(d => (d.Actors.Single().Id, d.Counterparts.Single().Id))
            .ShouldBe([("norwegian-helsinki-committee", "tajikistan"), ("norwegian-helsinki-committee", "osce-participating-states")]);
        paper.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_years_highlights_by_quarter_date_each_paragraph_to_its_quarter()
    {
        var year = ProposeBy("OSCE Mission to Moldova", """
            OSCE Mission to Moldova – 2026 at a glance

            Q1 2026
            The Head of Mission, Ambassador Kelly Keiderling, met the Minister of Justice, Veronica Mihailov-Moraru.

            Q2 2026
            The Head of Mission, Ambassador Kelly Keiderling, met the Speaker of Parliament, Igor Grosu.
            """, "2026-12-04");

        year.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Occurred.Text).ShouldBe(["2026-01/2026-03", "2026-04/2026-06"]);
    }

    [Fact]
    public void over_the_weekend_is_the_saturday_and_sunday_before_and_whom_he_thanked_is_the_one_named_before()
    {
        var wire = ProposeBy("Tanjug", """
            BELGRADE – Serbian Foreign Minister Marko Đurić met the Head of the OSCE Mission to Serbia, Jan Bratu, over the weekend, the ministry said on Monday.

            On Saturday, Đurić also spoke by phone with OSCE Secretary General Feridun Sinirlioğlu, whom he thanked for the Organization's support against trafficking.

            In November, Deputy Prime Minister Oleg Serebrian told Ambassador Keiderling that the Government would resume the talks in 2027.
            """, "2026-11-30");

        wire.Where(d => d.Kind == EventKind.Meeting).Select(d => (d.Counterparts.Single().Id, d.Occurred.Text))
            .ShouldBe([("jan-bratu", "2026-11-28/2026-11-29"), ("feridun-sinirlioglu", "2026-11-28"), ("keiderling", "2026-11")], ignoreOrder: true);
        wire.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["feridun-sinirlioglu"]);
    }

    [Fact]
    public void a_speakers_label_with_a_bracketed_role_names_an_official()
    {
        var report = ProposeBy("OSCE Mission to Skopje", """
            Conference on inter-ethnic relations: what the speakers said

            Kilian Wahl (Head of the OSCE Mission to Skopje): "We thank the Government for its support."

            Timčo Mucunski (Minister of Foreign Affairs): "I commend the Mission for its work on the strategy."

            Albana Bajrami (Helsinki Committee for Human Rights): "We need more funding."
            """, "2026-12-03");

        report.Single(d => d.Kind == EventKind.PraiseExpressed && d.Source.Quote.Contains("commend")).Actors.Select(a => a.Id).ShouldContain("timco-mucunski");
    }

    [Fact]
    public void an_interviews_i_is_the_one_it_introduces_speaking_on_the_day_it_was_published()
    {
        var interview = ProposeBy("OSCE Programme Office in Bishkek", """
            Border security is where the OSCE makes a daily difference

            An interview with Ambassador Alexey Rogov, Head of the OSCE Programme Office in Bishkek, published on 3 December 2026.

            You have just come back from Osh. What did you discuss there?

            I met the Governor of Osh Region, Jenish Toktosunov, on Monday. We agreed that the Office will open a community policing centre in Osh in spring 2027.

            How do you assess the new law?

            I have urged the authorities to bring the law into line with Kyrgyzstan's OSCE commitments.
            """, "2026-12-03");

        var met = interview.Single(d => d.Kind == EventKind.Meeting);
        (met.Actors.Single().Id, met.Occurred.Text).ShouldBe(("alexey-rogov", "2026-11-30"));
        interview.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-11-30");
        var urged = interview.Single(d => d.Kind == EventKind.RecommendationMade);
        (urged.Actors.Single().Id, urged.Occurred.Text).ShouldBe(("alexey-rogov", "2026-12-03"));
    }

    [Fact]
    public void the_first_and_second_day_of_a_gathering_whose_length_and_end_are_told_are_its_days()
    {
        var report = ProposeBy("OSCE Programme Office in Astana", """
            ALMATY, 26 November 2026 – The two-day OSCE regional conference on water diplomacy in Central Asia ended today in Almaty.

            On the first day, the Head of the OSCE Programme Office in Astana, Volker Frobarth, met the Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu. Frobarth thanked Kazakhstan for its leadership on water cooperation.

            On the second day, Ambassador Frobarth urged the five States to sign the regional agreement on data exchange.
            """, "2026-11-26");

        report.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-25");
        report.Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2026-11-25");
        report.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-26");
    }

    [Fact]
    public void concern_expressed_by_someone_is_their_criticism_and_an_operative_will_is_its_authors_pledge()
    {
        ProposeBy("OSCE Mission to Bosnia and Herzegovina", """
            SARAJEVO, 3 December 2026 – The Head of the OSCE Mission to Bosnia and Herzegovina, Ambassador Brian Aggeler, was received today by the Chair of the Council of Ministers, Borjana Krišto.

            Concern was expressed by Ambassador Aggeler over the delay in adopting the state-level law on free legal aid.
            """, "2026-12-03").Single(d => d.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["brian-aggeler"]);

        var statement = ProposeBy("OSCE Chairpersonship", """
            Statement by the OSCE Chairpersonship on the local elections in Georgia

            The OSCE Chairpersonship,

            1. Commends ODIHR for its professional observation;

            2. Will continue to support the implementation of the recommendations in Georgia.
            """, "2026-12-04");
        var pledge = statement.Single(d => d.Kind == EventKind.CommitmentMade);
        (pledge.Actors.Single().Id, pledge.Counterparts.Select(c => c.Id).Single()).ShouldBe(("osce-chairpersonship", "georgia"));
    }

    [Fact]
    public void a_span_across_two_abbreviated_months_with_no_year_is_the_latest_such_before_the_document()
    {
        var week = ProposeBy("OSCE Presence in Albania", """
            OSCE Presence in Albania – Week at a glance

            30 Nov–2 Dec: The Head of Presence, Ambassador Clarisse Pásztory, met the Mayor of Shkodër, Benet Beci, to discuss community safety.
            """, "2026-12-04");

        week.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-30/2026-12-02");
    }

    [Fact]
    public void a_day_in_a_who_clause_dates_that_clause_and_a_visit_begun_then_lasts_its_told_length()
    {
        var wire = ProposeBy("AFP", """
            TASHKENT, Dec 4, 2026 (AFP) - The OSCE Representative on Freedom of the Media, Jan Braathu, on Thursday urged Uzbekistan to remove defamation from its Criminal Code.

            Braathu, who began a three-day visit to Uzbekistan on Wednesday, met Foreign Minister Bakhtiyor Saidov in Tashkent on Thursday.

            Saidov told the envoy that the government would send the draft law on mass media to the OSCE for legal review.
            """, "2026-12-04");

        wire.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-03");
        wire.Single(d => d.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-12-02/2026-12-04");
        var pledge = wire.Single(d => d.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Counterparts.Single().Id).ShouldBe(("2026-12-03", "jan-braathu"));
    }

    [Fact]
    public void last_night_is_the_day_before_and_a_year_ago_the_month_a_year_back()
    {
        var story = ProposeBy("The Independent", """
            Speaking in Lugano last night, the Minister for Europe, Stephen Doughty, said Moscow's refusal to agree the budget was "a deliberate attempt to starve the organisation's human rights work".

            A year ago, at the ministerial council in Vienna, Russia's foreign minister, Sergei Lavrov, promised that Moscow would "not stand in the way" of a budget.
            """, "2026-12-04");

        var criticism = story.Single(d => d.Kind == EventKind.CriticismRaised);
        (criticism.Occurred.Text, criticism.Counterparts.Single().Id).ShouldBe(("2026-12-03", "russian-federation"));
        story.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-12");
    }

    [Fact]
    public void a_record_of_a_meeting_listing_participants_by_side_is_its_heads_meeting_with_each_of_the_other_side()
    {
        var record = ProposeBy("ODIHR", """
            RECORD OF MEETING

            Subject:       Call of the ODIHR Director on the Minister of Foreign Affairs
            Date/Time:     Tuesday, 1 December 2026, 15:00-15:45
            Participants:  Moldova:
                             Mr Mihai Popșoi, Deputy Prime Minister, Minister of
                             Foreign Affairs
                             Ms Irina Ursu, Director, Multilateral Affairs
                           ODIHR:
                             Ms Maria Telalian, Director
                             Mr Tomás Ledvina, Senior Election Adviser
            Note-taker:    Ms Ewa Nowak, ODIHR

            1. DPM Popșoi said that the Government would publish draft amendments to the Electoral Code and would request a joint opinion of ODIHR and the Venice Commission on them.

            Follow-up:
            - ODIHR (Election Department) to share its comparative note on campaign finance oversight with the Ministry by 15 December 2026.
            """, "2026-12-02");

        var meetings = record.Where(d => d.Kind == EventKind.Meeting).ToList();
        meetings.Select(m => (m.Actors.Single().Id, m.Counterparts.Single().Id, m.Occurred.Text))
            .ShouldBe([("maria-telalian", "mihai-popsoi", "2026-12-01"), ("maria-telalian", "irina-ursu", "2026-12-01")]);
        var pledges = record.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        // (what the other side pledges is to the head of the writer's side; an opinion asked for does not make the record a joint one)
        pledges.Single(p => p.Actors.Any(a => a.Id == "mihai-popsoi")).Counterparts.Select(c => c.Id).ShouldBe(["maria-telalian"]);
        var followUp = pledges.Single(p => p.Actors.Any(a => a.Id == "odihr"));
        (followUp.Actors.Count, followUp.Counterparts.Single().Id, followUp.Occurred.Text).ShouldBe((1, "moldova", "2026-12-01"));
    }

    [Fact]
    public void a_personal_posts_we_is_the_body_its_writer_serves_with()
    {
        var post = ProposeBy("Field Notes (Hanna Lindqvist)", """
            Posted on 3 December 2026

            This was my fourth mission as a short-term observer with OSCE/ODIHR.

            On Saturday my partner and I drove to Osh. That afternoon we met the chair of the district election commission, Aibek Toktosunov, who assured us that every complaint would receive a written answer within three days.

            On Monday the mission's preliminary statement, presented in Bishkek, said that pressure on public-sector employees in Kyrgyzstan had undermined voters' ability to vote freely. It urged the authorities to investigate all credible reports of pressure on voters.
            """, "2026-12-03");

        var met = post.Single(d => d.Kind == EventKind.Meeting);
        (met.Actors.Single().Id, met.Counterparts.Single().Id, met.Occurred.Text).ShouldBe(("odihr", "aibek-toktosunov", "2026-11-28"));
        post.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["odihr"]);
        post.Single(d => d.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-11-30");
        post.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-30");
    }

    [Fact]
    public void a_page_a_text_browser_dumps_reads_without_its_link_numbers_and_across_its_indented_wrapped_lines()
    {
        var page = ProposeBy("OSCE Mission to Skopje", """
               [1]Skip to main content

               SKOPJE, 4 December 2026 – The Head of the OSCE Mission to Skopje,
               Ambassador Kilian Wahl[2], met today with the Speaker of the Assembly
               of North Macedonia, Afrim Gashi[3], to discuss the [4]ODIHR recommendations.

               Speaker Gashi said that the Assembly would adopt the amendments to the
               Electoral Code before the end of March 2027.

               On 2 December, Ambassador Wahl visited Kumanovo, where he met the Mayor,
               Maksim Dimitrievski.

            References

               1. https://www.osce.org/#main
               2. https://www.osce.org/mission-to-skopje/head-of-mission
               3. https://www.sobranie.mk/speaker
               4. https://www.osce.org/odihr
            """, "2026-12-04");

        page.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).ShouldBe(["afrim-gashi", "maksim-dimitrievski"]);
        // (the Speaker pledges for the Assembly; a town the head of a field operation visits is in the State it works in)
        page.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("afrim-gashi");
        var visit = page.Single(d => d.Kind == EventKind.Visit);
        (visit.Counterparts.Single().Id, visit.Place).ShouldBe(("north-macedonia", "Kumanovo"));
    }

    [Fact]
    public void a_ministers_written_statement_is_theirs_and_what_they_did_on_the_margins_is_of_the_gatherings_days()
    {
        var statement = ProposeBy("UK Parliament", """
            Written statements

            OSCE Ministerial Council

            Statement made by Stephen Doughty (Minister of State, Foreign, Commonwealth and Development Office)
            Made on: 4 December 2026

            I attended the Ministerial Council of the OSCE in Lugano on 3 and 4 December.

            In my national statement I condemned Russia's attacks on Ukraine's energy infrastructure.

            On the margins I met the Foreign Minister of Ukraine, Andrii Sybiha.

            I told him that the UK would provide a further £2 million for demining.
            """, "2026-12-04");

        var condemned = statement.Single(d => d.Kind == EventKind.CriticismRaised);
        (condemned.Actors[0].Id, condemned.Occurred.Text).ShouldBe(("stephen-doughty", "2026-12-03/2026-12-04"));
        var met = statement.Single(d => d.Kind == EventKind.Meeting);
        (met.Actors.Single().Id, met.Counterparts.Single().Id, met.Occurred.Text).ShouldBe(("stephen-doughty", "andrii-sybiha", "2026-12-03/2026-12-04"));
        var pledge = statement.Single(d => d.Kind == EventKind.CommitmentMade);
        (pledge.Actors.Any(a => a.Id == "stephen-doughty"), pledge.Counterparts.Single().Id).ShouldBe((true, "andrii-sybiha"));
    }

    [Fact]
    public void a_years_highlights_are_dated_to_the_month_each_line_opens_on()
    {
        var year = ProposeBy("OSCE Chairpersonship", """
            The Swiss OSCE Chairpersonship 2026 in numbers

            Highlights of the year

            April – At a donor meeting in Geneva, Switzerland pledged CHF 5 million for humanitarian demining in Ukraine.

            October – Cassis called on the Russian Federation to release the OSCE staff member still detained in Luhansk.
            """, "2026-12-04");

        year.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-04");
        year.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-10");
    }

    [Fact]
    public void a_wire_that_tells_each_day_of_a_trip_by_its_weekday_keeps_those_days_and_the_trip_wrapped_up_is_a_visit()
    {
        var wire = ProposeBy("Reuters", """
            BAKU, Dec 3 (Reuters) - Azerbaijan's President Ilham Aliyev told the OSCE's chairman on Thursday that Baku was ready to sign a peace treaty with Armenia "at any moment", as Swiss Foreign Minister Ignazio Cassis, who chairs the OSCE this year, wrapped up a two-day trip to the South Caucasus.

            Cassis met Armenian Prime Minister Nikol Pashinyan in Yerevan on Wednesday before flying to Baku.
            """, "2026-12-03");

        wire.Single(d => d.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-12-02/2026-12-03");
        wire.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-02");
        wire.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-12-03");
    }

    [Fact]
    public void two_states_adjectives_joined_by_a_hyphen_name_both_and_a_meeting_still_to_come_and_a_question_are_no_events()
    {
        ProposeBy("BBC Monitoring", """
            Baku, 3 December: Cassis praised the progress achieved in the Azerbaijani-Armenian normalization process, AZERTAC said.
            """, "2026-12-03").Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).Order().ShouldBe(["armenia", "azerbaijan"]);

        var transcript = ProposeBy("Public Television of Armenia", """
            [00:00:05] PRESENTER: Our guest tonight is the Director of ODIHR, Maria Telalian, who is on an official visit to Armenia.
            [00:01:02] PRESENTER: Are you concerned about anything?
            [00:01:05] TELALIAN: I am concerned about the level of hate speech online.
            [00:01:40] PRESENTER: And the opposition?
            [00:01:44] TELALIAN: Yesterday I met the leader of the opposition Armenia Alliance, Robert Kocharyan, and tomorrow I will meet the Speaker of Parliament, Alen Simonyan.
            """, "2026-12-02");

        transcript.Single(d => d.Kind == EventKind.CriticismRaised).Source.Quote.ShouldContain("hate speech");
        transcript.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).ShouldBe(["robert-kocharyan"]);
    }

    [Fact]
    public void a_meetings_coverage_release_reads_each_representative_as_their_state_and_what_its_briefer_recalls_in_passing_dates_no_later_sentence()
    {
        var coverage = ProposeBy("United Nations", """
            Briefing the Council, IGNAZIO CASSIS, Chairperson-in-Office of the OSCE and Head of the Federal Department of Foreign Affairs of Switzerland, said the concept had never been more relevant. He called on the Russian Federation to release the three former monitors. Since January, he said, he had travelled to Kyiv twice, and in October he met in Geneva with Foreign Ministers Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan. He welcomed the progress Armenia and Azerbaijan had made towards their peace agreement.

            Switzerland would contribute a further CHF 2 million to the OSCE's projects in Ukraine, he announced.

            The representative of the United Kingdom commended the Chairperson-in-Office for his steadfast leadership and called on the Russian Federation to release the detained former monitors immediately.

            The representative of Malta, which held the chairpersonship in 2024, commended Switzerland for keeping the organization's doors open to dialogue.

            The representative of Slovenia expressed concern about the shrinking space for civil society in Belarus and Azerbaijan and encouraged the OSCE to strengthen its engagement with human rights defenders.
            """, "2026-11-17");

        // ("he said, he had travelled": the sentence's he, after a time set off by commas; the capital of the cue's own clause, not a State a later clause names)
        var visit = coverage.Single(d => d.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id).ShouldBe(("ignazio-cassis", "ukraine"));
        // (what the briefer recalls having done "in October" is no scene for what he says next)
        var welcomed = coverage.Single(d => d.Kind == EventKind.PraiseExpressed && d.Source.Quote.StartsWith("He welcomed", StringComparison.Ordinal));
        (welcomed.Actors.Single().Id, welcomed.Occurred.Text).ShouldBe(("ignazio-cassis", "2026-11-17"));
        // (a pledge told before "he announced", by one whose apposition names the State's foreign affairs)
        coverage.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).Order().ShouldBe(["ignazio-cassis", "switzerland"]);
        // (the representative of a State speaks for it, through a second verb of theirs joined by "and" too)
        coverage.Where(d => d.Kind == EventKind.RecommendationMade && d.Source.Quote.Contains("United Kingdom")).Single().Actors.Single().Id.ShouldBe("united-kingdom");
        // (what is listed after a name a preposition governs, "in Belarus and Azerbaijan", is governed with it)
        coverage.Single(d => d.Kind == EventKind.RecommendationMade && d.Source.Quote.Contains("Slovenia")).Actors.Single().Id.ShouldBe("slovenia");
        // (a year in a clause describing the judge is not when they judged)
        coverage.Single(d => d.Kind == EventKind.PraiseExpressed && d.Source.Quote.Contains("Malta")).Occurred.Text.ShouldBe("2026-11-17");
    }

    [Fact]
    public void the_minister_is_the_one_minister_the_document_named_and_no_prime_minister_or_one_the_sentence_names()
    {
        var report = ProposeBy("Ministry of Foreign Affairs of Estonia", """
            Foreign Minister Margus Tsahkna condemned Russia's attacks on Ukrainian cities at the Permanent Council.

            In February the Chairperson-in-Office, Federal Councillor Ignazio Cassis, visited Tallinn, where he met Prime Minister Kristen Michal and the Minister.

            In October the Minister visited Chișinău, where he met Deputy Prime Minister Mihai Popșoi.
            """, "2026-12-10");

        report.Where(d => d.Kind == EventKind.Meeting && d.Actors[0].Id == "ignazio-cassis").Select(d => d.Counterparts.Single().Id).Order().ShouldBe(["kristen-michal", "margus-tsahkna"]);
        report.Single(d => d.Kind == EventKind.Meeting && d.Counterparts[0].Id == "mihai-popsoi").Actors.Single().Id.ShouldBe("margus-tsahkna");

        // (with two ministers named, which one "the Minister" is, is left to what else tells: here, whose ministry writes)
        var two = ProposeBy("Ministry of Foreign Affairs of Ukraine", """
            On the margins of the OSCE Ministerial Council in Lugano on 3–4 December, Minister for Foreign Affairs of Ukraine Andrii Sybiha held bilateral meetings with:

            – OSCE Secretary General Feridun Sinirlioğlu;
            – Foreign Minister of Cyprus Constantinos Kombos, whose country will chair the OSCE in 2027.

            The Minister thanked Switzerland for its principled position.
            """, "2026-12-04");
        two.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("andrii-sybiha");
    }

    [Fact]
    public void a_members_remarks_in_the_congressional_record_are_theirs_and_of_the_day_their_heading_gives()
    {
        var remarks = ProposeBy("Congressional Record", """
            [Congressional Record Volume 172, Number 198 (Wednesday, December 2, 2026)]
            [Extensions of Remarks]

                     RECOGNIZING THE WORK OF THE OSCE OFFICE FOR DEMOCRATIC 
                                INSTITUTIONS AND HUMAN RIGHTS

                                        HON. JOE WILSON

                                     of south carolina

                                in the house of representatives

                                   Tuesday, December 1, 2026

              Mr. WILSON of South Carolina. Madam Speaker, I rise to commend the 
            Office for Democratic Institutions and Human Rights (ODIHR) for its professional 
            observation of elections across the region.
              The regime in Baku continues to jail journalists, and I condemn the 
            sentencing of the Abzas Media reporters. I urge the Government of Azerbaijan 
            to release them immediately.
            """, "2026-12-02");

        remarks.Select(d => d.Kind).Order().ShouldBe([EventKind.CriticismRaised, EventKind.RecommendationMade, EventKind.PraiseExpressed]);
        remarks.ShouldAllBe(d => d.Actors.Single().Id == "joe-wilson" && d.Occurred.Text == "2026-12-01");
    }

    [Fact]
    public void an_early_day_motion_is_its_primary_sponsors_and_each_resolution_after_a_semicolon_is_its_own()
    {
        var motion = ProposeBy("UK Parliament", """
            EDM (Early Day Motion) 412: tabled on 30 November 2026

            That this House welcomes the final report of the OSCE Office for Democratic Institutions and Human Rights on the October 2026 local elections in Georgia; is deeply concerned by its findings of widespread pressure on public sector employees; condemns the continuing detention of opposition leaders and journalists by the Georgian authorities; and calls on the Government to press the Georgian authorities to implement ODIHR's recommendations.

            Primary sponsor
            Fabian Hamilton
            Labour Party
            """, "2026-11-30");

        motion.Select(d => d.Kind).Order().ShouldBe([EventKind.CriticismRaised, EventKind.CriticismRaised, EventKind.RecommendationMade, EventKind.PraiseExpressed]);
        motion.ShouldAllBe(d => d.Actors.Single().Id == "fabian-hamilton");
        motion.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("odihr");
    }

    [Fact]
    public void a_page_scraped_onto_one_line_ends_where_its_related_news_begins_and_a_second_judgement_joined_by_and_praised_is_proposed()
    {
        var page = ProposeBy("Kabar", "Home | Politics | World   Japarov receives OSCE Secretary General 24.11.2026 14:21 Share Tweet   "
            + "Bishkek, November 24, 2026 — President Sadyr Japarov received OSCE Secretary General Feridun Sinirlioğlu today. "
            + "Sinirlioğlu thanked Japarov for the hospitality and praised Kyrgyzstan's role in the border agreement with Tajikistan. "
            + "Related news   Japarov meets Turkish Foreign Minister Hakan Fidan 23.11.2026   Kulubaev holds talks with EU envoy 22.11.2026   Read more", "2026-11-24");

        page.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).ShouldBe(["feridun-sinirlioglu"]);
        page.Where(d => d.Kind == EventKind.PraiseExpressed).Select(d => d.Counterparts.Single().Id).Order().ShouldBe(["kyrgyzstan", "sadyr-japarov"]);
        page.Where(d => d.Kind == EventKind.PraiseExpressed).ShouldAllBe(d => d.Actors.Single().Id == "feridun-sinirlioglu");
    }

    [Fact]
    public void a_congressional_hearings_speakers_in_capitals_say_their_turns_and_a_body_the_one_answering_heads_pledges_in_their_words()
    {
        var hearing = ProposeBy("Commission on Security and Cooperation in Europe", """
                                           NOVEMBER 18, 2026

                The hearing was held in Room 216, Hart Senate Office Building, Senator Roger Wicker, Chairman, presiding.

                Witnesses present: Ambassador Maria Telalian, Director, OSCE Office for Democratic Institutions and Human Rights.

                Chairman WICKER. The Commission will come to order. I want to commend ODIHR for deploying observers to the
            elections in Georgia and Moldova.
                Ms. TELALIAN. Thank you, Mr. Chairman. ODIHR will publish its final report on the Georgian local elections
            before the end of January.
                Chairman WICKER. I call on Moscow to stop holding the Organization hostage.
                Senator SHAHEEN. I urge Moscow to release the detained monitors.
            """, "2026-11-18");

        hearing.Single(d => d.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("roger-wicker");
        hearing.Where(d => d.Kind == EventKind.RecommendationMade).Select(d => d.Actors.Single().Id).Order().ShouldBe(["roger-wicker", "shaheen"]);
        hearing.Where(d => d.Kind == EventKind.CommitmentMade).ShouldAllBe(d => d.Actors.Any(a => a.Id == "maria-telalian") && d.Actors.Any(a => a.Id == "odihr"));
        hearing.ShouldContain(d => d.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void what_a_signed_memorandum_has_each_party_do_is_its_pledge_and_the_signing_itself_is_their_meeting()
    {
        var release = Propose("""
            PODGORICA, 2 December 2026 – The Head of the OSCE Mission to Montenegro, Ambassador Dominique Waag, and the Minister of Justice of Montenegro, Bojan Božović, today signed a memorandum of understanding on judicial training.

            Under the memorandum, the Mission will fund the training of 120 judges and prosecutors, while the Ministry will provide premises and national trainers.
            """, "2026-12-02");

        release.Single(d => d.Kind == EventKind.Meeting).Counterparts.Single().Id.ShouldBe("bojan-bozovic");
        var pledges = release.Where(d => d.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges.Single(d => d.Commitment!.StartsWith("fund the training", StringComparison.Ordinal)).Actors.ShouldContain(a => a.Id == "mission-to-montenegro");
        pledges.Single(d => d.Commitment!.StartsWith("provide premises", StringComparison.Ordinal)).Actors.ShouldContain(a => a.Id == "montenegro");
        pledges.ShouldAllBe(d => d.Source.Quote.StartsWith("Under the memorandum", StringComparison.Ordinal));
    }

    [Fact]
    public void a_month_inside_what_a_judge_welcomed_does_not_date_the_concern_and_the_call_joined_to_it_by_but_and_and()
    {
        var release = Propose("""
            PODGORICA, 2 December 2026 – Ambassador Dominique Waag, Head of the OSCE Mission to Montenegro, spoke at the Judicial Council.

            She welcomed the adoption of the Law on the Judicial Council in October, but expressed concern that three seats on the Council have remained vacant for more than a year, and urged Parliament to elect the remaining members without further delay.
            """, "2026-12-02");

        release.Where(d => d.Kind is EventKind.PraiseExpressed or EventKind.CriticismRaised or EventKind.RecommendationMade).Select(d => d.Kind).Order()
            .ShouldBe([EventKind.CriticismRaised, EventKind.RecommendationMade, EventKind.PraiseExpressed]);
        release.Where(d => d.Kind is EventKind.PraiseExpressed or EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldAllBe(d => d.Occurred.Text == "2026-12-02");
    }

    [Fact]
    public void a_ministrys_dateline_in_its_own_hand_gives_way_to_the_day_its_sentence_tells()
    {
        var release = Propose("""
            Minister Blanár met OSCE Secretary General in Vienna

            Bratislava, 1 December 2026 – Minister of Foreign and European Affairs of the Slovak Republic Juraj Blanár met with OSCE Secretary General Feridun Sinirlioglu in Vienna on Monday, 30 November. The talks focused on the budget.

            The Secretary General thanked Slovakia for seconding two experts to the Transnational Threats Department this year.
            """, "2026-12-01");

        release.Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-30");
        release.Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2026-11-30");
        // (a dateline with no day after it still dates its sentence)
        Propose("Bratislava, 1 December 2026 – Minister Juraj Blanár met with OSCE Secretary General Feridun Sinirlioglu in Vienna.", "2026-12-01")
            .Single(d => d.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-01");
    }

    [Fact]
    public void a_delegate_whose_state_an_assemblys_summary_brackets_after_the_name_speaks_and_pledges_with_it()
    {
        var summary = Propose("""
            OSCE PARLIAMENTARY ASSEMBLY – STANDING COMMITTEE
            Lugano, 2 December 2026

            The meeting was chaired by the President of the Assembly, Ms. Pia Kauma (Finland).

            Ms. Kauma (Finland) thanked the Swiss Chairpersonship for hosting the Committee.

            Ms. Farah Karimi (Netherlands), Special Representative on Migration, reported on her visit to the Greek-Turkish border in October. She commended Greece for the new reception centre in Evros but criticized the continuing reports of pushbacks at the border.

            Mr. Emanuelis Zingeris (Lithuania) condemned the detention of opposition leaders in Georgia and urged the Georgian authorities to release them.

            Mr. Nikoloz Samkharadze (Georgia) said that the Parliament of Georgia would invite an OSCE PA delegation to observe the by-elections in spring 2027.
            """, "2026-12-02");

        summary.Where(d => d.Kind == EventKind.PraiseExpressed).Select(d => d.Actors.Single().Id).Order().ShouldBe(["farah-karimi", "pia-kauma"]);
        summary.Where(d => d.Source.Quote.StartsWith("She commended", StringComparison.Ordinal)).ShouldAllBe(d => d.Occurred.Text == "2026-12-02" && d.Counterparts.Single().Id == "greece");
        summary.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("emanuelis-zingeris");
        summary.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["georgia", "nikoloz-samkharadze"], ignoreOrder: true);
        summary.SelectMany(d => d.Actors).Select(a => a.Id).ShouldNotContain(id => id == "finland" || id == "lithuania" || id == "netherlands");
    }

    [Fact]
    public void an_accounts_posts_say_welcome_meet_by_handle_and_pledge_through_my_office()
    {
        var posts = ProposeBy("OSCE Representative on Freedom of the Media", """
            25 November 2026

            Productive meeting in Bishkek with Minister of Culture, Information & Youth Policy Mairambek Baiyzbekov on the draft law on mass media. I offered my Office’s legal review of the draft before its second reading.

            27 November 2026

            Welcome the vote in #Moldova’s Parliament to fully decriminalise defamation – an important step I have long recommended.

            30 November 2026

            2/2 My Office stands ready to continue its dialogue with the authorities in Baku on bringing media legislation in line with OSCE commitments.

            1 December 2026

            Today in Tbilisi I met Foreign Minister @MakaBotchorishvili. I raised the case of journalist Mzia Amaglobeli and urged the authorities to release her.

            Accounts tagged: Maka Botchorishvili (@MakaBotchorishvili); Abzas Media (@AbzasMedia).
            """, "2026-12-01");

        posts.Where(d => d.Kind == EventKind.Meeting).Select(d => d.Counterparts.Single().Id).Order().ShouldBe(["mairambek-baiyzbekov", "maka-botchorishvili"]);
        posts.Where(d => d.Kind == EventKind.Meeting).ShouldAllBe(d => d.Actors.Single().Id == "jan-braathu");
        posts.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("moldova");
        posts.ShouldNotContain(d => d.Kind == EventKind.RecommendationMade && d.Source.Quote.StartsWith("Welcome", StringComparison.Ordinal));
        posts.Where(d => d.Kind == EventKind.CommitmentMade).Count().ShouldBe(2);
        posts.Where(d => d.Kind == EventKind.CommitmentMade).ShouldAllBe(d => d.Actors.Any(a => a.Id == "representative-on-freedom-of-the-media"));
        posts.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.ShouldContain(c => c.Id == "georgia");
    }

    [Fact]
    public void a_delegations_letter_is_its_signers_for_the_state_and_its_request_to_be_circulated_asks_nothing()
    {
        var letter = ProposeBy("OSCE Permanent Council (Delegation of the Russian Federation)", """
                                                        PC.DEL/1411/26
                                                        2 December 2026

            Delegation of the Russian Federation

            LETTER FROM THE PERMANENT REPRESENTATIVE OF THE RUSSIAN FEDERATION TO THE CHAIRPERSON OF THE PERMANENT COUNCIL

            Excellency,

                  I have the honour to draw your attention to the following.

                  On 30 November 2026 the Federal Department of Foreign Affairs
            of Switzerland refused to issue visas to three members of the
            Russian delegation to the Ministerial Council. The Russian Federation strongly protests against this
            decision, which is contrary to the obligations of the host country
            and to the Rules of Procedure of the OSCE.

                  We call on the Swiss Chairpersonship to reverse this decision without delay.

                  I should be grateful if you would have this letter
            circulated as a document of the Permanent Council.

                  Please accept, Excellency, the assurances of my highest
            consideration.

                                                              Dmitry Polyansky

            Vienna, 1 December 2026
            """, "2026-12-02");

        letter.ShouldAllBe(d => d.Actors.Any(a => a.Id == "dmitry-polyanskiy") && d.Actors.Any(a => a.Id == "russian-federation"));
        letter.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("switzerland");
        letter.Single(d => d.Kind == EventKind.RecommendationMade).Source.Quote.ShouldStartWith("We call on");
    }

    [Fact]
    public void a_verdict_on_the_sentence_before_quotes_it_and_a_pledge_told_to_us_is_to_who_met_its_maker()
    {
        var posts = ProposeBy("Civil Rights Defenders (Mastodon archive)", """
            26 November 2026

            Today in Warsaw our Executive Director Anders L. Pettersson met @osce_odihr Director Maria Telalian to discuss reprisals against human rights defenders in Central Asia.

            2/2 Director Telalian told us that ODIHR will publish its report on the situation of human rights defenders in the OSCE region in early 2027.

            1 December 2026

            #Azerbaijan is holding at least 25 journalists behind bars for doing their job. This is unacceptable.

            We urge the Swiss OSCE Chairpersonship to raise their cases at the Ministerial Council in Lugano this week.
            """, "2026-12-02");

        posts.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.Single().Id.ShouldBe("anders-l-pettersson");
        var verdict = posts.Single(d => d.Kind == EventKind.CriticismRaised);
        verdict.Source.Quote.ShouldBe("#Azerbaijan is holding at least 25 journalists behind bars for doing their job. This is unacceptable.");
        verdict.Counterparts.Single().Id.ShouldBe("azerbaijan");
        // (the publisher named before where its words were found speaks)
        posts.Where(d => d.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).ShouldAllBe(d => d.Actors.Single().Name == "Civil Rights Defenders");
    }

    [Fact]
    public void a_trackers_made_to_column_and_a_state_body_told_what_it_should_do_name_who_is_addressed()
    {
        var tracker = ProposeBy("Uzbek Forum for Human Rights", """
            OSCE commitments tracker: Uzbekistan

            No. | Date made | Made by | Made to | Promise | Status | What happened since
            1 | 18 March 2026 | Foreign Minister Bakhtiyor Saidov | OSCE Secretary General Feridun Sinirlioğlu, in Tashkent | Adopt the new Law on Mass Media by the end of 2026 | Not met | The draft still awaits its first reading

            Our recommendations to the authorities of Uzbekistan

            1. The Supreme Court should open all appeal hearings in the Karakalpakstan cases to OSCE trial monitors and the public.
            """, "2026-12-01");

        var promise = tracker.Single(d => d.Kind == EventKind.CommitmentMade);
        promise.Counterparts.Single().Id.ShouldBe("feridun-sinirlioglu");
        promise.Occurred.Text.ShouldBe("2026-03-18");
        tracker.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("uzbekistan");
    }

    [Fact]
    public void a_field_offices_deck_names_its_head_by_the_bare_title_lists_pledges_under_a_heading_and_dates_notes_by_the_meeting()
    {
        var deck = ProposeBy("OSCE Programme Office in Bishkek", """
            OSCE Programme Office in Bishkek

            Briefing to the Permanent Council, Vienna, 3 December 2026
            Alexey Rogov, Head of Office

            High-level engagement

            10 October: Head of Office met Foreign Minister Jeenbek Kulubaev on the Office’s 2027 programme

            27 October: Secretary General Feridun Sinirlioğlu received by President Sadyr Japarov in Bishkek

            28 October: Secretary General in Osh, visited the Office’s community policing pilot

            President Japarov thanked the Secretary General for the Office’s support to the local elections and said Kyrgyzstan would host a regional border management meeting in 2027.

            What our partners have pledged

            Ministry of Interior: to fund 40 community police officers from its own 2027 budget (memorandum of 12 November)

            Central Election Commission: to publish polling-station results online within 24 hours (letter of 19 November)

            Concerns

            On 20 November we also recommended that the Jogorku Kenesh send the draft to ODIHR for a legal review before the third reading.

            We ask participating States to consider funding the community policing project.
            """, "2026-12-03");

        deck.Single(d => d.Kind == EventKind.Meeting && d.Occurred.Text == "2026-10-10").Actors.Single().Id.ShouldBe("alexey-rogov");
        deck.Single(d => d.Kind == EventKind.Visit).Counterparts.Single().Id.ShouldBe("kyrgyzstan");
        var hosting = deck.Single(d => d.Kind == EventKind.CommitmentMade && d.Source.Quote.StartsWith("President", StringComparison.Ordinal));
        hosting.Actors.Select(a => a.Id).ShouldBe(["kyrgyzstan", "sadyr-japarov"], ignoreOrder: true);
        hosting.Counterparts.Single().Id.ShouldBe("feridun-sinirlioglu");
        hosting.Occurred.Text.ShouldBe("2026-10-27");
        deck.Where(d => d.Kind == EventKind.CommitmentMade && d.Counterparts.Any(c => c.Id == "programme-office-in-bishkek")).Select(d => d.Occurred.Text).Order().ShouldBe(["2026-11-12", "2026-11-19"]);
        deck.ShouldNotContain(d => d.Source.Quote.StartsWith("What our partners", StringComparison.Ordinal));
        var recommended = deck.Single(d => d.Kind == EventKind.RecommendationMade && d.Source.Quote.StartsWith("On 20 November", StringComparison.Ordinal));
        recommended.Occurred.Text.ShouldBe("2026-11-20");
        recommended.Counterparts.Single().Id.ShouldBe("kyrgyzstan");
        deck.Single(d => d.Kind == EventKind.RecommendationMade && d.Source.Quote.StartsWith("We ask", StringComparison.Ordinal)).Counterparts.Single().Id.ShouldBe("osce-participating-states");
    }

    [Fact]
    public void a_visit_to_a_field_operations_own_office_is_to_the_operation()
    {
        var visits = ProposeBy("OSCE", """
            OSCE Secretary General Feridun Sinirlioğlu met the Head of the OSCE Mission to Moldova, Kelly Keiderling, in Chisinau on 2 December.

            The Secretary General also visited the Mission’s office in Tiraspol.
            """, "2026-12-03");

        visits.Single(d => d.Kind == EventKind.Visit).Counterparts.Single().Id.ShouldBe("mission-to-moldova");
    }

    [Fact]
    public void a_ministrys_release_dates_its_story_by_a_meeting_held_today_and_reads_a_council_of_ministers_as_its_state()
    {
        var release = ProposeBy("OSCE Mission to Bosnia and Herzegovina", """
            Head of OSCE Mission to Bosnia and Herzegovina meets Chair of the Council of Ministers

            SARAJEVO, 3 December 2026 – The Head of the OSCE Mission to Bosnia and Herzegovina, Ambassador Brian Aggeler, met today with the Chair of the Council of Ministers of Bosnia and Herzegovina, Borjana Krišto, in Sarajevo.

            They discussed the Law on Courts, which the Council of Ministers sent to the Parliamentary Assembly on 26 November.

            Ambassador Aggeler welcomed the Council of Ministers’ decision to send the draft Law on Courts to parliament.

            Aggeler urged the authorities at all levels to ensure that the Law on Courts is adopted without amendments.
            """, "2026-12-03");

        var welcomed = release.Single(d => d.Kind == EventKind.PraiseExpressed);
        welcomed.Counterparts.Single().Id.ShouldBe("bosnia-and-herzegovina");
        welcomed.Occurred.Text.ShouldBe("2026-12-03");
        release.Single(d => d.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-12-03");
        release.Single(d => d.Kind == EventKind.Meeting).Counterparts.Single().Id.ShouldBe("borjana-kristo");
    }

    [Fact]
    public void a_head_of_missions_two_pledges_for_the_mission_and_the_sides_agreement_are_the_sides_own()
    {
        var release = ProposeBy("Ministry of Foreign Affairs of Moldova", """
            Deputy Prime Minister Mihai Popșoi met the Head of the OSCE Mission to Moldova, Kelly Keiderling

            On 3 December, Deputy Prime Minister, Minister of Foreign Affairs Mihai Popșoi met the Head of the OSCE Mission to Moldova, Ambassador Kelly Keiderling, at the Ministry in Chișinău.

            Ambassador Keiderling said that the Mission will convene the sectoral working groups on education and on transport before the end of January 2027, and that it will raise the situation of the Latin-script schools at the next meeting of the chief negotiators.

            The sides agreed to maintain close cooperation in the run-up to the 2027 Cypriot OSCE Chairpersonship.
            """, "2026-12-03");

        var pledges = release.Where(d => d.Kind == EventKind.CommitmentMade && d.Source.Quote.StartsWith("Ambassador", StringComparison.Ordinal)).ToList();
        pledges.Count.ShouldBe(2);
        pledges.ShouldAllBe(p => p.Actors.Select(a => a.Id).OrderBy(id => id).SequenceEqual(new[] { "kelly-keiderling", "mission-to-moldova" }) && p.Counterparts.Single().Id == "moldova");
        pledges.Select(p => p.Commitment).ShouldContain(c => c != null && c.StartsWith("raise the situation", StringComparison.Ordinal));
        var agreed = release.Single(d => d.Kind == EventKind.CommitmentMade && d.Source.Quote.StartsWith("The sides", StringComparison.Ordinal));
        agreed.Actors.Select(a => a.Id).ShouldBe(["moldova", "mission-to-moldova"], ignoreOrder: true);
        agreed.Counterparts.ShouldBeEmpty();
    }

    [Fact]
    public void a_reviews_author_judges_promises_kept_and_not_and_what_was_promised_is_no_promise()
    {
        var review = ProposeBy("Netherlands Helsinki Committee", """
            Promises made in Vienna

            Ruben Vermeer

            Netherlands Helsinki Committee

            In his first address to the Permanent Council on 15 January 2026, Chairperson-in-Office Ignazio Cassis pledged to visit all five Central Asian participating States during the year. He kept that promise: by the end of October he had been to Astana, Bishkek, Dushanbe, Tashkent and Ashgabat.

            This review follows what was promised to the Chair on those visits, and what became of it.

            On 14 May Cassis visited Dushanbe, where he met President Emomali Rahmon. Rahmon told him that Tajikistan would invite an ODIHR needs assessment mission ahead of the 2027 presidential election. No invitation had been sent by the time this review went to print.

            The incoming Cypriot Chairpersonship should publish what the participating States it visits have promised the Chair.
            """, "2026-12-04");

        review.ShouldNotContain(d => d.Source.Quote.StartsWith("This review", StringComparison.Ordinal));
        var kept = review.Single(d => d.Kind == EventKind.CommitmentAssessed && d.Status == AssessmentStatus.Met);
        kept.Actors.Single().Id.ShouldBe("ruben-vermeer");
        kept.Counterparts.ShouldContain(c => c.Id == "ignazio-cassis");
        var notSent = review.Single(d => d.Kind == EventKind.CommitmentAssessed && d.Status == AssessmentStatus.Unmet);
        notSent.Counterparts.ShouldContain(c => c.Id == "tajikistan");
        notSent.Commitment.ShouldNotBeNull().ShouldStartWith("invite an ODIHR");
        review.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("cyprus");
    }

    [Fact]
    public void a_working_papers_authors_recommend_to_an_official_named_by_office_and_judge_an_assurance_quoted_from_its_first_word()
    {
        var paper = ProposeBy("Steppe Policy Institute", """
            Quiet Diplomacy, Loud Promises

            Saule Mukhametova and Tomás Lindqvist

            We find that the draft Concept does not contain the guarantee the President gave.

            The High Commissioner, Christophe Kamp, visited Astana on 8–9 September 2026. On 9 September he met President Kassym-Jomart Tokayev in the Akorda. Tokayev assured him that the new Concept of State Language Policy would “guarantee the right of every citizen to receive secondary education in his or her mother tongue”.

            As of 30 November 2026 we therefore regard the President's assurance as not honoured.

            Recommendations

            1. The High Commissioner should make public the recommendations he gave Kazakhstan in September.
            """, "2026-11-30");

        var assured = paper.Single(d => d.Kind == EventKind.CommitmentMade);
        assured.Actors.Select(a => a.Id).ShouldBe(["kassym-jomart-tokayev", "kazakhstan"], ignoreOrder: true);
        assured.Occurred.Text.ShouldBe("2026-09-09");
        var judged = paper.Single(d => d.Kind == EventKind.CommitmentAssessed);
        judged.Status.ShouldBe(AssessmentStatus.Unmet);
        judged.Actors.Select(a => a.Id).ShouldBe(["saule-mukhametova", "tomas-lindqvist"], ignoreOrder: true);
        var recommended = paper.Single(d => d.Kind == EventKind.RecommendationMade);
        recommended.Counterparts.Single().Id.ShouldBe("christophe-kamp");
        recommended.Actors.Select(a => a.Id).ShouldBe(["saule-mukhametova", "tomas-lindqvist"], ignoreOrder: true);
    }

    [Fact]
    public void a_delegation_acts_as_its_leader_over_the_days_its_visit_is_told_and_a_members_we_will_follow_closely_pledges()
    {
        var release = ProposeBy("Deutscher Bundestag", """
            Human Rights Committee delegation concludes visit to Georgia

            Berlin, 4 December 2026. A delegation of the Bundestag Committee on Human Rights and Humanitarian Aid, led by its Chair, Claudia Reinholt (SPD), visited Tbilisi and Kutaisi from 30 November to 3 December 2026.

            In Tbilisi the delegation met the Speaker of Parliament, Shalva Papuashvili.

            Reinholt expressed deep concern about the continued imprisonment of the journalist Mzia Amaglobeli.

            Committee member Jonas Haberland (CDU/CSU) said after the visit: "Georgia's path to Europe runs through a free press. We will follow the trials closely."
            """, "2026-12-04");

        var visit = release.Single(d => d.Kind == EventKind.Visit);
        visit.Actors.Single().Id.ShouldBe("claudia-reinholt");
        visit.Occurred.Text.ShouldBe("2026-11-30/2026-12-03");
        release.Single(d => d.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-11-30/2026-12-03");
        release.Single(d => d.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "jonas-haberland");
    }

    [Fact]
    public void a_verb_joined_by_but_has_the_sentences_subject_and_neither_a_parole_day_nor_where_a_draft_goes_is_the_judgements_or_the_pledges()
    {
        var wire = ProposeBy("Steppe Wire", """
            ASTANA, Dec. 2 (Steppe Wire) -- Kazakh Foreign Minister Yermek Kosherbayev received the OSCE Representative on Freedom of the Media, Jan Braathu, in Astana on Tuesday, the ministry said.

            Kosherbayev said Kazakhstan would submit the amendments to the Mazhilis no later than February and would ask Braathu's office for a legal review.

            The envoy welcomed the early release of the journalist Aigul Sarsenbayeva, freed on parole on Nov. 20, but voiced concern over the blocking of the independent news site Kazakh Times since October.
            """, "2026-12-02");

        var concern = wire.Single(d => d.Kind == EventKind.CriticismRaised);
        concern.Actors.Single().Id.ShouldBe("jan-braathu");
        concern.Occurred.Text.ShouldBe("2026-12-01");
        wire.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.ShouldNotContain(c => c.Id == "mazhilis");
    }

    [Fact]
    public void a_letter_signed_by_a_name_alone_is_its_writers_who_met_the_addressee_on_the_day_our_meeting_gives()
    {
        var letter = ProposeBy("Council of Europe Commissioner for Human Rights", """
            COUNCIL OF EUROPE
            COMMISSIONER FOR HUMAN RIGHTS

            Mr Farid Ahmadov
            Minister of Justice of the Republic of Azerbaijan
            Baku

            Strasbourg, 1 December 2026

            Dear Minister,

            I am writing to follow up on our meeting in Baku on 18 September 2026 and on the situation of journalists deprived of their liberty.

            During our meeting you assured me that the Ministry would give my Office's staff access to the journalists held in the Baku pre-trial detention centre before the end of the year. I regret that, to date, no such access has been granted.

            I would also encourage your Ministry to invite the Committee for the Prevention of Torture to visit the centre.

            Yours sincerely,

            Michael O'Flaherty
            """, "2026-12-01");

        var met = letter.Single(d => d.Kind == EventKind.Meeting);
        met.Actors.Single().Id.ShouldBe("michael-oflaherty");
        met.Counterparts.Single().Id.ShouldBe("farid-ahmadov");
        met.Occurred.Text.ShouldBe("2026-09-18");
        met.Place.ShouldBe("Baku");
        var assured = letter.Single(d => d.Kind == EventKind.CommitmentMade);
        assured.Occurred.Text.ShouldBe("2026-09-18");
        assured.Actors.Select(a => a.Id).ShouldBe(["farid-ahmadov", "azerbaijan"], ignoreOrder: true);
        assured.Counterparts.Single().Id.ShouldBe("michael-oflaherty");
        var notKept = letter.Single(d => d.Kind == EventKind.CommitmentAssessed);
        notKept.Status.ShouldBe(AssessmentStatus.Unmet);
        notKept.Actors.Single().Id.ShouldBe("michael-oflaherty");
        letter.Single(d => d.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("michael-oflaherty");
    }

    [Fact]
    public void a_courts_judgment_holding_there_had_been_violations_criticises_the_respondent_state_named_after_v()
    {
        var release = ProposeBy("European Court of Human Rights", """
            ECHR 318 (2026)
            03.12.2026

            In today's Chamber judgment in the case of Aliyeva and Others v. Azerbaijan (application no. 41275/24) the European Court of Human Rights held, unanimously, that there had been:

            a violation of Article 10 (freedom of expression).

            The applicants were born in 1985 and 1990 and live in Baku.
            """, "2026-12-03");

        var judged = release.Single(d => d.Kind == EventKind.CriticismRaised);
        judged.Actors.Single().Id.ShouldBe("european-court-of-human-rights");
        judged.Counterparts.Single().Id.ShouldBe("azerbaijan");
        judged.Occurred.Text.ShouldBe("2026-12-03");
    }

    [Fact]
    public void what_a_field_operation_says_it_will_do_in_its_own_release_is_its_pledge_but_not_an_event_it_announces()
    {
        var release = ProposeBy("OSCE Mission to Skopje", """
            SKOPJE, 4 December 2026 - The Head of the OSCE Mission to Skopje, Ambassador Kilian Wahl, met today with the Ombudsman, Naser Ziberi, to discuss police oversight.

            The programme, funded by the Mission, will train some 900 police officers in 2027.

            From January, the Mission will second a legal adviser to the external oversight unit for six months.

            The Mission will hold a conference on police oversight in Ohrid in February.

            The Mission will circulate this report to the participating States.
            """, "2026-12-04");

        var pledged = release.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Single().Id.ShouldBe("mission-to-skopje");
        pledged.Source.Quote.ShouldContain("will second a legal adviser");
        pledged.Occurred.Text.ShouldBe("2026-12-04");
    }

    [Fact]
    public void a_ministry_named_in_the_possessive_is_its_state_not_a_new_body()
    {
        var report = ProposeBy("OSCE Programme Office in Dushanbe", """
            On 18 November 2026 Ambassador Markus Müller met the First Deputy Minister of Internal Affairs of Tajikistan, Abdurahmon Alamshozoda, in Dushanbe.

            Ambassador Müller welcomed the Ministry of Internal Affairs's decision to assign a female officer to every reception point.
            """, "2026-11-27");

        report.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("tajikistan");
    }

    [Fact]
    public void the_authorities_after_an_office_named_with_its_states_possessive_are_that_states()
    {
        var story = ProposeBy("Civil.ge", """
            Armenia and Azerbaijan resumed talks on the peace treaty in Yerevan this week.

            Georgia's Public Defender Levan Ioseliani said on Friday that the authorities had failed to implement any of ODIHR's key recommendations on the independence of the election administration.
            """, "2026-12-04");

        var assessed = story.Single(d => d.Kind == EventKind.CommitmentAssessed);
        assessed.Actors.Single().Id.ShouldBe("levan-ioseliani");
        assessed.Counterparts.Single().Id.ShouldBe("georgia");
    }

    [Fact]
    public void regret_that_a_step_pledged_has_not_been_taken_assesses_the_pledge_it_names_and_is_no_criticism_besides()
    {
        var report = ProposeBy("OSCE Programme Office in Dushanbe", """
            The OSCE Programme Office in Dushanbe regrets that the Ministry of Internal Affairs of Tajikistan has not yet adopted the community policing strategy, which it pledged in March 2025 to adopt by the end of that year.
            """, "2026-11-27");

        var assessed = report.Single(d => d.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Counterparts.Select(c => c.Id).ShouldContain("tajikistan");
        report.ShouldNotContain(d => d.Kind == EventKind.CriticismRaised);
        report.Single(d => d.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-03");
    }

    [Fact]
    public void a_call_after_concern_over_the_detention_on_a_day_is_not_dated_by_the_detention()
    {
        var story = Propose("""
            Chișinău, 3 December 2026 – Deputy Prime Minister Roman Roșca met on Thursday with the Head of the OSCE Mission to Moldova, Kelly Keiderling.

            Keiderling voiced concern over the detention on 28 November of two farmers from Dorotcaia by the Transnistrian de facto authorities, and called on the Transnistrian side to release them immediately.
            """, "2026-12-03");

        var called = story.Single(d => d.Kind == EventKind.RecommendationMade);
        called.Actors.Single().Id.ShouldBe("kelly-keiderling");
        called.Occurred.Text.ShouldBe("2026-12-03");
    }

    [Fact]
    public void a_translators_notes_in_brackets_read_as_if_absent_and_a_patronymic_ends_the_name()
    {
        var translated = ProposeBy("Central Asia Monitor", """
            Toraga of the Jogorku Kenesh met with the Head of the OSCE Programme Office in Bishkek

            On December 1 [TN: the original gives the date as 01.12.2026], Toraga [TN: Speaker] of the Jogorku Kenesh [TN: Parliament] of the Kyrgyz Republic Nurlanbek Turgunbek uulu met with the Head of the OSCE Programme Office in Bishkek Alexey Rogov.

            The Toraga noted that the Jogorku Kenesh will consider the draft law "On mass media" in the second reading only after receiving the conclusions [sic; "opinion" is meant] of the OSCE Representative on Freedom of the Media.
            """, "2026-12-02");

        var met = translated.Single(d => d.Kind == EventKind.Meeting);
        met.Actors.Single().Id.ShouldBe("nurlanbek-turgunbek-uulu");
        met.Counterparts.Single().Id.ShouldBe("alexey-rogov");
        met.Occurred.Text.ShouldBe("2026-12-01");
        met.Source.Quote.ShouldContain("[TN: Speaker]");
        var pledged = translated.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldBe(["kyrgyzstan", "nurlanbek-turgunbek-uulu"], ignoreOrder: true);
        pledged.Counterparts.ShouldNotContain(c => c.Id == "jan-braathu" || c.Id == "representative-on-freedom-of-the-media");
        pledged.Source.Quote.ShouldStartWith("The Toraga noted");
        pledged.Source.Quote.ShouldContain("[sic;");
    }

    [Fact]
    public void a_meetings_logs_holder_column_names_who_met_and_what_a_rows_notes_tell_stays()
    {
        var log = ProposeBy("OSCE Centre in Ashgabat", """
            Meetings Q4 2026

            OSCE Centre in Ashgabat · log of the Head of Centre's meetings, Q4 2026 · last updated 30.11.2026
            Date | Met | Held by | Where | Notes
            7 October 2026 | Deputy Minister of Foreign Affairs Vepa Hajiyev | Ambassador John MacGregor | MFA, Ashgabat | 2027 project plan discussed. Hajiyev confirmed that the MFA would co-host the regional conference on border management with the Centre in May 2027.
            """, "2026-11-30");

        var met = log.Single(d => d.Kind == EventKind.Meeting);
        met.Actors.Single().Id.ShouldBe("john-macgregor");
        met.Counterparts.Single().Id.ShouldBe("vepa-hajiyev");
        var pledged = log.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Occurred.Text.ShouldBe("2026-10-07");
        pledged.Actors.ShouldContain(a => a.Id == "vepa-hajiyev");
        pledged.Counterparts.ShouldNotContain(c => c.Name.Contains("May", StringComparison.Ordinal));
    }

    [Fact]
    public void an_arrival_for_a_visit_of_some_days_dates_the_visit_from_that_day_for_as_long()
    {
        var story = Propose("""
            ASTANA, 3 December 2026 – President Kassym-Jomart Tokayev received the OSCE High Commissioner on National Minorities, Christophe Kamp, at the Akorda on Thursday.

            Kamp, who arrived in Astana on Wednesday for a three-day visit, briefed the President on the High Commissioner's recommendations.
            """, "2026-12-03");

        story.Single(d => d.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-12-02/2026-12-04");
    }

    [Fact]
    public void a_helsinki_bodys_brief_speaks_as_that_body_and_its_team_meeting_someone_is_the_body()
    {
        var brief = ProposeBy("Helsinki Citizens' Assembly-Vanadzor", """
            Armenia: the promise of an independent police complaints body, one year on

            On 14 November 2025, Minister of Internal Affairs Arpine Sargsyan told ODIHR Director Maria Telalian in Warsaw that the Ministry would establish an independent police complaints body by the end of 2026.

            As of 25 November 2026, no draft law establishing the body has been published.

            On 20 November 2026, our team met Deputy Minister of Internal Affairs Hovhannes Grigoryan in Yerevan.

            Recommendations

            Addressee | Recommendation
            Government of Armenia | Publish the draft law on the police complaints body for public consultation.
            """, "2026-11-28");

        var met = brief.Single(d => d.Kind == EventKind.Meeting);
        met.Actors.Single().Id.ShouldBe("helsinki-citizens-assembly-vanadzor");
        met.Counterparts.Single().Id.ShouldBe("hovhannes-grigoryan");
        var notKept = brief.Single(d => d.Kind == EventKind.CommitmentAssessed);
        notKept.Status.ShouldBe(AssessmentStatus.Unmet);
        notKept.Counterparts.Select(c => c.Id).ShouldContain("armenia");
        var recommended = brief.Single(d => d.Kind == EventKind.RecommendationMade);
        recommended.Actors.Single().Id.ShouldBe("helsinki-citizens-assembly-vanadzor");
        recommended.Counterparts.Single().Id.ShouldBe("armenia");
    }

    [Fact]
    public void a_deputy_fm_in_notes_is_a_minister_of_the_state_the_notes_are_about()
    {
        var notes = ProposeBy("Civil Rights Defenders", """
            Notes on Armenia

            We met Deputy FM Paruyr Hovhannisyan at the MFA. Hovhannisyan said that Armenia would invite the OSCE Representative on Freedom of the Media to visit in spring 2027.
            """, "2026-11-27");

        notes.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["armenia", "paruyr-hovhannisyan"], ignoreOrder: true);
    }

    [Fact]
    public void in_a_chats_export_the_sender_named_before_their_words_is_who_met_was_promised_and_judged_the_promise_kept()
    {
        var chat = ProposeBy("Central Asia Media Freedom Network", """
            23 November 2026
            Adilet Toktogulov: Update from Bishkek: today I met Ombudsperson Jamilia Dzhamanbaeva at her office. I raised the blocking of Kloop's website since October. She promised to send an official inquiry to the Ministry of Culture by 30 November.

            25 November 2026
            Madina Saidova: From Dushanbe: we met the editors of Asia-Plus.

            27 November 2026
            Adilet Toktogulov: Follow-up on the Ombudsperson: her office sent the inquiry to the Ministry of Culture yesterday, so that promise is kept.
            """, "2026-11-27");

        var met = chat.Single(d => d.Kind == EventKind.Meeting && d.Counterparts.Any(c => c.Id == "jamilia-dzhamanbaeva"));
        met.Actors.Single().Id.ShouldBe("adilet-toktogulov");
        chat.ShouldContain(d => d.Kind == EventKind.CriticismRaised && d.Actors.Single().Id == "adilet-toktogulov");
        // (the Ministry is where the inquiry goes, not whom the promise is made to: that is who met her)
        var promised = chat.Single(d => d.Kind == EventKind.CommitmentMade);
        promised.Actors.Select(a => a.Id).ShouldContain("jamilia-dzhamanbaeva");
        promised.Counterparts.Single().Id.ShouldBe("adilet-toktogulov");
        var kept = chat.Single(d => d.Kind == EventKind.CommitmentAssessed);
        kept.Status.ShouldBe(AssessmentStatus.Met);
        kept.Actors.Single().Id.ShouldBe("adilet-toktogulov");
        kept.Counterparts.Select(c => c.Id).ShouldContain("jamilia-dzhamanbaeva");
        kept.Occurred.Text.ShouldBe("2026-11-27");
    }

    [Fact]
    public void a_field_operations_judgement_naming_no_state_is_of_the_state_it_works_in_whatever_state_came_before()
    {
        var chat = ProposeBy("Central Asia Media Freedom Network", """
            23 November 2026
            Update from Bishkek: the blocking of Kloop's website in Kyrgyzstan continues.

            25 November 2026
            From Dushanbe: the OSCE Programme Office in Dushanbe welcomed the release of journalist Rukhshona Hakimova. Good news finally.
            """, "2026-11-27");

        chat.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("tajikistan");
    }

    [Fact]
    public void a_list_of_calls_is_read_item_by_item_whatever_verb_opens_an_item()
    {
        var brief = ProposeBy("Norwegian Helsinki Committee", """
            Recommendations

            We call on the Government of Azerbaijan to:

            release all journalists detained in the Abzas Media and Meydan TV cases;

            issue the invitation to the OSCE Representative on Freedom of the Media without further delay.
            """, "2026-11-26");

        brief.Where(d => d.Kind == EventKind.RecommendationMade).Select(d => d.Source.Quote[..5]).ShouldBe(["relea", "issue"]);
        brief.Where(d => d.Kind == EventKind.RecommendationMade).ShouldAllBe(d => d.Counterparts.Single().Id == "azerbaijan");
    }

    [Fact]
    public void a_gathering_a_state_pledges_to_host_at_a_meeting_is_pledged_to_the_one_met_not_the_body_whose_gathering_it_is()
    {
        var release = ProposeBy("Ministry of Foreign Affairs of Kazakhstan", """
            Astana, 28 November 2026 – Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev met with OSCE Secretary General Feridun Sinirlioğlu.

            The Minister confirmed that Kazakhstan would host an OSCE regional conference on countering violent extremism in Almaty in spring 2027.
            """, "2026-11-28");

        release.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.Single().Id.ShouldBe("feridun-sinirlioglu");
    }

    [Fact]
    public void the_speaker_of_parliament_pledges_with_the_state_the_notes_are_about_and_a_note_in_lower_case_after_a_stop_is_a_sentence_of_its_own()
    {
        var notes = ProposeBy("OSCE Parliamentary Assembly", """
            17 November 2026
            Chisinau, day 1: Speaker Grosu

            OSCE PA President Pere Joan Pons met Speaker of Parliament Igor Grosu this morning in the Parliament building in Moldova.

            Grosu assured the President that Parliament would adopt the new Electoral Code in first reading before Christmas.

            Pons praised Moldova's progress in the fight against corruption.

            follow up with the Secretariat on the 2027 election observation
            """, "2026-11-18");

        notes.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["igor-grosu", "moldova"], ignoreOrder: true);
        var praised = notes.Single(d => d.Kind == EventKind.PraiseExpressed);
        praised.Counterparts.Single().Id.ShouldBe("moldova");
        praised.Source.Quote.ShouldBe("Pons praised Moldova's progress in the fight against corruption.");
    }

    [Fact]
    public void in_a_transcript_the_speaker_labelled_is_who_met_and_who_pledges_with_their_state_in_the_first_person()
    {
        var transcript = ProposeBy("Ministry of Foreign Affairs of Armenia", """
            Ararat Mirzoyan: Dear colleagues, welcome to Yerevan. Today I had a substantive meeting with my Swiss colleague, the Chairperson-in-Office.

            I informed him that Armenia will invite an ODIHR observation mission to the parliamentary elections in June 2027.

            Ignazio Cassis: Thank you, Ararat. I commend Armenia for its work.

            Journalist (Armenpress): And Baku?

            Ignazio Cassis: Yes, tomorrow.
            """, "2026-12-01");

        var met = transcript.Single(d => d.Kind == EventKind.Meeting);
        met.Actors.Single().Id.ShouldBe("ararat-mirzoyan");
        met.Counterparts.Single().Id.ShouldBe("ignazio-cassis");
        var pledged = transcript.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldBe(["armenia", "ararat-mirzoyan"], ignoreOrder: true);
        pledged.Counterparts.Single().Id.ShouldBe("ignazio-cassis");
    }

    [Fact]
    public void a_pledge_made_at_a_meeting_the_minutes_author_held_is_made_to_that_author()
    {
        var minutes = ProposeBy("Netherlands Helsinki Committee", """
            Minutes: meeting at the Ministry of Justice, Chisinau

            On 25 November 2026, our delegation met Deputy Minister of Justice Stanislav Copețchi at the Ministry in Chisinau.

            The Deputy Minister said that the Ministry would publish the draft law on the National Preventive Mechanism for public consultation by the end of January 2027.
            """, "2026-11-25");

        var pledged = minutes.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldContain("stanislav-copetchi");
        pledged.Counterparts.Single().Id.ShouldBe(minutes.Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id);
    }

    [Fact]
    public void in_a_transcript_a_speaker_the_document_gives_no_state_speaks_for_the_state_they_say_will_act()
    {
        var transcript = ProposeBy("OSCE", """
            Ervin Ibrahimović: Good afternoon. We have just concluded a very good meeting. Montenegro will hand over the last OSCE-supported rule of law project to national ownership by the end of 2027.

            Feridun Sinirlioğlu: Thank you, Minister. I commended the Government.

            Moderator: We have time for two questions.
            """, "2026-12-02");

        transcript.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["ervin-ibrahimovic", "montenegro"], ignoreOrder: true);
    }

    [Fact]
    public void an_embassys_notes_written_from_another_capital_are_about_the_state_it_is_in()
    {
        var notes = ProposeBy("Embassy of Switzerland in Uzbekistan", """
            Tashkent, 26 Nov – MFA

            Ambassador Konrad Zehnder met Deputy Foreign Minister Bakhrom Aloev at the MFA this morning.
            Aloev said Uzbekistan would send the invitation to ODIHR for the 2027 local elections by 15 December.
            Ambassador Zehnder raised the case of blogger Olimjon Khaydarov.
            """, "2026-11-26");

        var pledged = notes.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldBe(["bakhrom-aloev", "uzbekistan"], ignoreOrder: true);
        pledged.Counterparts.Single().Id.ShouldBe("odihr");
        notes.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("uzbekistan");
    }

    [Fact]
    public void a_minister_whose_title_is_set_off_before_the_name_speaks_for_the_state_visited_and_pledges_on_the_day_met()
    {
        var statement = ProposeBy("OSCE High Commissioner on National Minorities", """
            Good afternoon. I am Christophe Kamp, and I have just concluded a three-day visit to Estonia. Yesterday in Tallinn I met the Minister of Education and Research, Kadri Tamm, and we discussed the transition. The Minister assured me that the transition will be accompanied by more teacher training. I welcome the dialogue I had with the authorities.
            """, "2026-11-26");

        var pledged = statement.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldBe(["kadri-tamm", "estonia"], ignoreOrder: true);
        pledged.Occurred.ShouldBe(PartialDate.Parse("2026-11-25")); // the day met, not the visit's three days
        statement.Single(d => d.Kind == EventKind.PraiseExpressed).Occurred.ShouldBe(PartialDate.Parse("2026-11-24/2026-11-26"));
    }

    [Fact]
    public void a_call_on_a_parliament_or_a_municipality_is_made_to_that_body_not_the_state()
    {
        var release = ProposeBy("OSCE Mission to Montenegro", """
            Podgorica, 12 November 2026 – The Head of the OSCE Mission to Montenegro, Ambassador Dominique Waag, today urged Parliament to adopt the new Law on Free Access to Information before the end of the year.
            """, "2026-11-12");
        release.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("parliament-of-montenegro");

        var named = ProposeBy("OSCE Mission to Bosnia and Herzegovina", """
            Sarajevo, 3 December 2026 – The OSCE Mission to Bosnia and Herzegovina urged the Republika Srpska National Assembly to repeal the criminalisation of defamation.
            """, "2026-12-03");
        named.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("republika-srpska-national-assembly");

        var visit = ProposeBy("OSCE Mission to Skopje", """
            The Head of the OSCE Mission to Skopje, Ambassador Kilian Wahl, visited Kumanovo on 10 November.

            In the municipality, Wahl met Mayor Maksim Dimitrievski. Dimitrievski said the municipality would open a community centre by June 2027.

            Wahl urged the municipal council to adopt the local action plan before the end of the year. He also praised the municipality for publishing its decisions in both languages.
            """, "2026-11-11");
        var pledged = visit.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldBe(["maksim-dimitrievski", "municipality-of-kumanovo"], ignoreOrder: true);
        pledged.Counterparts.Single().Id.ShouldBe("kilian-wahl"); // the one who met the mayor, heading the Mission whose release it is
        visit.Single(d => d.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("municipality-of-kumanovo");
        visit.Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("municipality-of-kumanovo");
        // (a call on the OSCE's own Assembly, or praise of a parliament's work, is not this)
        ProposeBy("OSCE Mission to Moldova", "Chisinau, 3 December 2026 – The Mission welcomed the Parliament's adoption of the new Law on Freedom of Expression.", "2026-12-03")
            .Single(d => d.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("moldova");
    }

    [Fact]
    public void in_a_chat_a_he_after_the_speakers_label_is_the_one_met_and_an_acronym_of_the_channels_owner_is_the_owner()
    {
        var chat = ProposeBy("Norwegian Helsinki Committee", """
            1 December 2026
            Ingrid Solberg: Back in Oslo. Yesterday I met Deputy Foreign Minister Elnur Mammadov at the MFA in Baku.

            Ingrid Solberg: He told me Azerbaijan would allow an ODIHR needs assessment mission to visit before the end of January.

            Tor Hagen: Just published: NHC condemns the sentencing of journalist Ulvi Hasanli to nine years in prison.
            """, "2026-12-01");

        var pledged = chat.Single(d => d.Kind == EventKind.CommitmentMade);
        pledged.Actors.Select(a => a.Id).ShouldBe(["elnur-mammadov", "azerbaijan"], ignoreOrder: true);
        chat.Single(d => d.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("norwegian-helsinki-committee"); // not the Netherlands Helsinki Committee
    }

    [Fact]
    public void a_parliaments_record_naming_its_speaker_in_brackets_after_the_office_credits_the_speaker()
    {
        var debate = ProposeBy("Houses of the Oireachtas", """
            Organisation for Security and Co-operation in Europe

            Minister for Foreign Affairs and Trade (Deputy Helen McEntee): I met the OSCE Secretary General, Feridun Sinirlioğlu, in Vienna on 19 November.

            I remain deeply concerned about the continued detention of the journalist Mzia Amaglobeli in Georgia.
            """, "2026-11-25");

        debate.Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("helen-mcentee");
        var concern = debate.Single(d => d.Kind == EventKind.CriticismRaised);
        concern.Actors.Single().Id.ShouldBe("helen-mcentee"); // her own words, naming no State of hers
        concern.Counterparts.Single().Id.ShouldBe("georgia");
    }

    [Fact]
    public void a_question_putting_a_meeting_to_the_one_who_met_gives_way_to_their_answer_and_thanks_alone_are_no_praise()
    {
        var interview = ProposeBy("Public Television of Armenia", """
            Reporter: Mr Braathu, you met the Prime Minister today. What did he tell you?

            Braathu: Yes, this morning I met Prime Minister Nikol Pashinyan in Yerevan. I welcome the decriminalisation of defamation.

            Reporter: Thank you.
            """, "2026-11-27");
        interview.Single(d => d.Kind == EventKind.Meeting).Source.Quote.ShouldContain("this morning I met Prime Minister Nikol Pashinyan");

        var digest = ProposeBy("OSCE-watch mailing list", """
            Aida Bekova: Dear colleagues, ODIHR Director Maria Telalian called on the authorities to ensure a fair trial.

            Tolekan Ismailova: Thanks Aida. At our meeting with Ombudsperson Jamilia Dzhamanbaeva yesterday, she promised to visit the detained activists.
            """, "2026-12-01");
        digest.ShouldNotContain(d => d.Kind == EventKind.PraiseExpressed);
        digest.Single(d => d.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("tolekan-ismailova");
        digest.Single(d => d.Kind == EventKind.CommitmentMade).Counterparts.Single().Id.ShouldBe("tolekan-ismailova");
    }

    [Fact]
    public void a_heads_word_that_the_mission_will_act_is_a_pledge_and_the_so_called_bodies_of_a_breakaway_region_are_its_de_facto_authorities()
    {
        var posts = ProposeBy("Ministry of Foreign Affairs and European Integration of Moldova", """
            Deputy Prime Minister Mihai Popșoi met today in Chișinău with the Head of the OSCE Mission to Moldova, Kelly Keiderling. Ambassador Keiderling informed that the Mission will organise the next round of the 1+1 meetings in Bender before the end of January.

            The Ministry strongly condemns the detention of two Moldovan citizens by the so-called „law enforcement bodies” of the Transnistrian region in Tiraspol.
            """, "2026-12-02");

        posts.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("kelly-keiderling");
        posts.Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("transnistrian-de-facto-authorities");
    }

    [Fact]
    public void a_recommendation_recalled_in_passing_is_none_made_and_an_observation_mission_recommended_by_the_bodys_own_assessment_is_its_own()
    {
        var briefing = ProposeBy("ODIHR", """
            Moderator: Good morning. Director, the floor is yours.

            ODIHR Director Maria Telalian: Thank you. Last week I met the Chairperson of the Central Election Commission, Tynchtyk Shainazarov. He assured me that the Commission would publish the results by polling station within 48 hours, as we have recommended.

            Moderator: Will ODIHR deploy observers?

            ODIHR Director Maria Telalian: Yes, our needs assessment mission recommended a full election observation mission.
            """, "2026-12-02");

        var recommended = briefing.Single(d => d.Kind == EventKind.RecommendationMade);
        recommended.Source.Quote.ShouldContain("needs assessment mission");
        recommended.Actors.Single().Id.ShouldBe("odihr");
        recommended.Counterparts.ShouldBeEmpty();
    }

    [Fact]
    public void a_day_a_pledge_is_to_be_kept_before_or_to_start_from_is_its_term_not_the_day_it_was_made()
    {
        ProposeBy("ODIHR", "ODIHR will deploy 28 long-term observers from 5 January.", "2026-12-02")
            .Single(d => d.Kind == EventKind.CommitmentMade).Occurred.ShouldBe(PartialDate.Parse("2026-12-02"));
        ProposeBy("Bir Duino", "Yesterday we met Ombudsperson Jamilia Dzhamanbaeva. She promised to visit the detained activists before 15 December.", "2026-12-01")
            .Single(d => d.Kind == EventKind.CommitmentMade).Occurred.ShouldBe(PartialDate.Parse("2026-11-30"));
        // (what took place from a day, told in the past, is of that day)
        ProposeBy("OSCE", "The Secretary General visited Georgia from 15 January to 18 January.", "2026-02-01")
            .Single(d => d.Kind == EventKind.Visit).Occurred.Earliest.ShouldBe(new DateOnly(2026, 1, 15));
    }

    [Fact]
    public void a_notes_numbered_days_are_counted_from_the_span_its_head_gives()
    {
        var notes = ProposeBy("Office of the OSCE High Commissioner on National Minorities", """
            HCNM visit to Skopje

            Created: December 2, 2026 9:41 AM
            Date: November 30, 2026 → December 1, 2026

            Day 1

            - Kamp met Minister of Education and Science Vesna Janevska.

            Day 2

            - Kamp met Deputy Prime Minister Izet Mexhiti.
            """, "2026-12-02");

        notes.Single(d => d.Kind == EventKind.Meeting && d.Counterparts.Any(c => c.Id == "vesna-janevska")).Occurred.ShouldBe(PartialDate.Parse("2026-11-30"));
        notes.Single(d => d.Kind == EventKind.Meeting && d.Counterparts.Any(c => c.Id == "izet-mexhiti")).Occurred.ShouldBe(PartialDate.Parse("2026-12-01"));
    }

    [Fact]
    public void a_note_quoting_a_release_dates_its_today_by_the_release_its_source_line_names()
    {
        var notebook = ProposeBy("Ministry of Foreign Affairs of the Republic of Kazakhstan", """
            Kazakhstan – tracking ODIHR follow-up

            Source: MFA Kazakhstan press release, Astana, 1 December 2026 (quoted in full below).

            Deputy Minister of Foreign Affairs Alibek Bakayev received the ODIHR Director, Maria Telalian, in Astana today.

            Bakayev assured the Director that the draft law on peaceful assemblies would be published for public discussion before its second reading in the Mazhilis.
            """, "2026-12-02");

        notebook.Single(d => d.Kind == EventKind.Meeting).Occurred.ShouldBe(PartialDate.Parse("2026-12-01"));
        // (the chamber where the draft will be read is not whom the pledge is made to)
        var pledge = notebook.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["maria-telalian"]);
        pledge.Occurred.ShouldBe(PartialDate.Parse("2026-12-01"));
    }

    [Fact]
    public void a_titles_initials_in_capitals_name_its_holder_and_a_pledge_by_one_met_is_made_to_the_other()
    {
        var chat = ProposeBy("Permanent Representation of the Republic of Poland to the OSCE", """
            Anna Kowalczyk: Readout from this morning: Ambassador Tomasz Chłoń met the Secretary General Feridun Sinirlioğlu at the Hofburg.
            Anna Kowalczyk: SG promised to circulate the draft 2027 Unified Budget proposal to delegations by 15 December.
            """, "2026-12-02");

        var pledge = chat.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["feridun-sinirlioglu"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["tomasz-chlon"]);
    }

    [Fact]
    public void the_authors_own_labelled_recommendation_that_a_parliament_should_act_is_to_that_parliament_on_the_day_of_writing()
    {
        var page = ProposeBy("Human Rights House Foundation", """
            Georgia – monitoring visit notes

            On 27 November 2026 we met the Public Defender, Levan Ioseliani, at his office in Tbilisi.

            The Public Defender told us he was concerned about the fines imposed on protesters.

            Our recommendation: the Parliament of Georgia should repeal the Law on Transparency of Foreign Influence.
            """, "2026-11-30");

        var recommended = page.Single(d => d.Kind == EventKind.RecommendationMade);
        recommended.Counterparts.Select(c => c.Id).ShouldBe(["parliament-of-georgia"]);
        recommended.Occurred.ShouldBe(PartialDate.Parse("2026-11-30"));
    }

    [Fact]
    public void an_office_named_right_before_a_person_without_a_comma_is_their_title_not_a_body_and_the_com_is_the_council_of_ministers()
    {
        var chat = ProposeBy("OSCE Mission to Bosnia and Herzegovina", "Ambassador Brian Aggeler met Chair of the Council of Ministers Borjana Krišto this morning.", "2026-12-01");

        var met = chat.Single(d => d.Kind == EventKind.Meeting);
        met.Counterparts.Select(c => c.Id).ShouldBe(["borjana-kristo"]);

        // ("CoM", as the Council of Ministers is written in Bosnia and Herzegovina, after a "said" with no "that")
        ProposeBy("OSCE Mission to Bosnia and Herzegovina", "Borjana Krišto said the CoM would adopt the action plan on the rights of Roma by the end of January.", "2026-12-01")
            .Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("borjana-kristo");
    }

    [Fact]
    public void a_head_of_missions_word_that_the_mission_would_act_is_a_pledge_with_or_without_that()
    {
        var note = ProposeBy("Ministry of Foreign Affairs of Montenegro", """
            Minister of Foreign Affairs Ervin Ibrahimović met today with the Head of the OSCE Mission to Montenegro, Ambassador Dominique Waag.
            Ambassador Waag said the Mission would continue to support the Government’s efforts to counter disinformation ahead of the 2027 elections.
            """, "2026-11-26");

        note.Single(d => d.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldContain("dominique-waag");
    }

    [Fact]
    public void what_an_answer_tells_of_what_was_done_is_of_the_day_the_question_asked_about_and_a_promise_told_to_me_is_a_pledge()
    {
        var interview = ProposeBy("Formula TV", """
            Nino Kvaratskhelia: Mr Braathu, you were in Tbilisi yesterday. Whom did you meet?

            Jan Braathu: I met the Speaker of Parliament, Shalva Papuashvili. The Speaker promised me that Parliament would consult my Office before the final reading.

            Nino Kvaratskhelia: And the case of Mzia Amaglobeli?

            Jan Braathu: I remain deeply concerned about her continued imprisonment.
            """, "2026-12-03");

        interview.Single(d => d.Kind == EventKind.Meeting).Occurred.ShouldBe(PartialDate.Parse("2026-12-02"));
        var pledge = interview.Single(d => d.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldContain("shalva-papuashvili");
        pledge.Occurred.ShouldBe(PartialDate.Parse("2026-12-02"));
        // (what the speaker says now is of the day of the interview)
        interview.Single(d => d.Kind == EventKind.CriticismRaised).Occurred.ShouldBe(PartialDate.Parse("2026-12-03"));
    }

    [Fact]
    public void a_detention_in_a_breakaway_regions_seat_is_blamed_on_its_de_facto_authorities()
    {
        ProposeBy("OSCE Mission to Moldova", "The Mission condemned the detention of a Moldovan journalist in Tiraspol.", "2026-12-03")
            .Single(d => d.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["transnistrian-de-facto-authorities"]);
    }

    [Fact]
    public void a_news_agencys_dateline_without_a_year_is_the_latest_such_day_before_the_document_is_read()
    {
        Dates.FiledWithoutYear("Lavrov meets OSCE chief\n\nMINSK, November 27. /TASS/. Russian Foreign Minister Sergey Lavrov met …", new DateOnly(2026, 12, 4))!.Text.ShouldBe("2026-11-27");
        Dates.FiledWithoutYear("MINSK, December 27. /TASS/. …", new DateOnly(2026, 12, 4))!.Text.ShouldBe("2025-12-27");
        Dates.FiledWithoutYear("WARSAW, May 7, 2019 – The Director …", new DateOnly(2026, 12, 4)).ShouldBeNull();
    }

    [Fact]
    public void a_sentence_opening_on_meeting_someone_is_a_meeting_and_the_body_a_state_engages_with_is_not_praised()
    {
        // (batch 119: "Meeting Foreign Minister Botchorishvili on Friday, Kauma welcomed Georgia’s continued engagement with the OSCE")
        var proposed = Propose("ASTANA, 25 June 2024 — Minister Borg arrived in Astana for talks. Meeting Foreign Minister Murat Nurtleu on Tuesday, Minister Borg welcomed Kazakhstan’s continued engagement with the OSCE.");

        var meeting = proposed.Single(p => p.Kind == EventKind.Meeting);
        (meeting.Actors.Single().Id, meeting.Counterparts.Single().Id).ShouldBe(("ian-borg", "murat-nurtleu"));
        meeting.Occurred.Text.ShouldBe("2024-06-25");
        var praise = proposed.Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["kazakhstan"]);
        // (a sentence opening on the noun is no meeting: "Meeting participants discussed …")
        Propose("Meeting participants discussed the new law with civil society in Astana.").ShouldNotContain(p => p.Kind == EventKind.Meeting);
    }

    [Fact]
    public void an_official_set_off_after_a_states_title_speaks_for_it_and_a_day_of_strikes_does_not_date_the_call()
    {
        // (batch 119, a news agency's story: "Ukraine's envoy, Yevhenii Tsymbaliuk, said Russia was responsible for …")
        var proposed = Propose("VIENNA, Dec 3 (Reuters) - Ukraine's envoy, Yevhenii Tsymbaliuk, said Russia was responsible for the deaths of civilians in strikes on Kyiv and Odesa last week and called on participating States to hold Moscow to account.", "2026-12-03");

        var criticism = proposed.Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Actors.Select(a => a.Id).ShouldBe(["yevhenii-tsymbaliuk", "ukraine"], ignoreOrder: true);
        criticism.Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
        var call = proposed.Single(p => p.Kind == EventKind.RecommendationMade);
        call.Actors.Select(a => a.Id).ShouldContain("ukraine");
        call.Occurred.Text.ShouldBe("2026-12-03");
        // (a State's title set off before a name says whom they speak for; a State named as a place does not)
        Propose("VIENNA, Dec 3 (Reuters) - Speaking in Ukraine, Yevhenii Tsymbaliuk said Russia was responsible for the deaths of civilians.", "2026-12-03")
            .Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldNotContain("ukraine");
    }

    [Fact]
    public void a_speaker_titled_by_the_one_word_before_their_full_name_is_the_speaker_the_document_then_speaks_of()
    {
        var proposed = Propose("ASTANA, 25 June 2024 — Minister Borg met Speaker Yerlan Koshanov on Tuesday. The Speaker said that Parliament would consider amendments to the media law.");

        var pledge = proposed.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldContain("yerlan-koshanov");
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["ian-borg"]);
    }

    [Fact]
    public void a_visit_to_our_country_in_a_ministrys_briefing_is_to_its_state_and_none_without_a_single_visit()
    {
        // (batch 120: "… Christophe Kamp paid a working visit to our country. In Astana he held talks with …")
        var visit = ProposeBy("Kazakhstan", "Aibek Smadiyarov: Thank you for the question. From 30 November to 1 December, the OSCE High Commissioner on National Minorities Christophe Kamp paid a working visit to our country. In Astana he held talks with Deputy Minister of Foreign Affairs Alibek Bakayev.", "2026-12-02")
            .Single(p => p.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id, visit.Occurred.Text).ShouldBe(("christophe-kamp", "kazakhstan", "2026-11-30/2026-12-01"));
        ProposeBy("Russian Federation", "The report was prepared without a single visit to our country and relies on hearsay.", "2026-12-02").ShouldNotContain(p => p.Kind == EventKind.Visit);
    }

    [Fact]
    public void what_a_writer_told_the_one_they_met_last_week_is_of_that_week_and_what_they_then_say_plainly_is_of_the_day_they_write()
    {
        // (batch 120, a minister's op-ed: "Last week in Vienna I met Secretary General Feridun Sinirlioğlu. I told him that Lithuania
        // will …. But let me be clear. Moscow's use of the consensus rule … is unacceptable.")
        var text = File.ReadAllText(Path.Combine(AppFixture.RepositoryRoot, "tests", "unseen", "documents", "u497_oped_minister_lithuania.txt"));
        var drafts = Propose(text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-11-23/2026-11-29");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("Lithuania will increase", StringComparison.Ordinal)).Occurred.Text.ShouldBe("2026-11-23/2026-11-29");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("hostage", StringComparison.Ordinal)).Occurred.Text.ShouldBe("2026-12-03");
    }

    [Fact]
    public void a_quotation_given_to_he_after_it_is_the_last_named_officials_even_where_the_sentence_names_no_one()
    {
        // (batch 119, a news agency's story: the quotation is a paragraph of its own, naming no one)
        const string text = "VIENNA, Dec 3 (Reuters) - Secretary General Feridun Sinirlioglu spoke to reporters after the meeting.\n\n\"I will continue to work with all delegations to find a solution,\" he said.";

        var pledge = Propose(text, "2026-12-03").Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Single().Id.ShouldBe("feridun-sinirlioglu");
        pledge.Source.Quote.ShouldStartWith("\"I will continue");
        // (a quotation given to no one is still no one's)
        Propose("VIENNA, Dec 3 (Reuters) - The talks ended without agreement.\n\n\"We will continue to work with all delegations,\" a diplomat said.", "2026-12-03")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade && p.Actors.Any(a => a.Id == "feridun-sinirlioglu"));
    }

    [Fact]
    public void a_gov_uk_pages_summary_of_the_speech_below_it_proposes_nothing_and_a_contribution_confirmed_is_a_pledge()
    {
        // (batch 121: the summary over "From: … / Published …" told again, as two more events, what the speech says)
        const string text = """
            UK Statement on Russia's ongoing aggression against Ukraine

            Ambassador Neil Holland condemns Russia's latest strikes against Ukraine's energy infrastructure and welcomes the OSCE's humanitarian projects. UK Statement to the OSCE Permanent Council.

            From: UK Delegation to the OSCE and Foreign, Commonwealth & Development Office
            Published 3 December 2026

            Thank you, Mr Chair. The United Kingdom condemns Russia's strikes on Kharkiv, a flagrant violation of international humanitarian law. We have today confirmed an additional contribution of £3 million to the OSCE Support Programme for Ukraine for 2027.
            """;

        var drafts = Propose(text, "2026-12-03");

        var summaryEnds = text.IndexOf("From:", StringComparison.Ordinal);
        drafts.ShouldNotContain(d => d.Source.Start < summaryEnds);
        drafts.ShouldContain(d => d.Kind == EventKind.CriticismRaised && d.Counterparts.Any(c => c.Id == "russian-federation"));
        drafts.Single(d => d.Kind == EventKind.CommitmentMade).Source.Quote.ShouldContain("£3 million");
        // (a page with no such head keeps its opening paragraph)
        Propose(text.Replace("From:", "By:", StringComparison.Ordinal), "2026-12-03").ShouldContain(d => d.Source.Start < summaryEnds);
    }

    [Fact]
    public void a_promise_told_in_the_passive_is_its_givers_and_a_time_since_it_with_the_thing_still_not_done_judges_it_unmet()
    {
        // (batch 122, an RFoM statement: "… was assured by the Minister of Internal Affairs that police would …. Eighteen months later, that guidance has not been published.")
        const string text = "VIENNA, 1 December 2026 – The OSCE Representative on Freedom of the Media, Jan Braathu, today expressed alarm at the detention of two journalists in Tbilisi. During his visit to Tbilisi in June 2025, the Representative was assured by the Minister of Internal Affairs that police would receive new guidance on the treatment of media workers. Eighteen months later, that guidance has not been published.";

        var drafts = ProposeBy("OSCE Representative on Freedom of the Media", text, "2026-12-01");

        var promise = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        promise.Commitment.ShouldStartWith("police would receive new guidance");
        (promise.Actors.Single().Id, promise.Counterparts.Single().Id, promise.Occurred.Text).ShouldBe(("georgia", "jan-braathu", "2025-06"));
        var judged = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (judged.Status, judged.Commitment, judged.Occurred.Text).ShouldBe((AssessmentStatus.Unmet, promise.Commitment, "2026-12-01"));
        judged.Counterparts.ShouldContain(c => c.Id == "georgia");
        // (one who assures, not assured, in the active: no passive giver; and no time since a promise, no judgement)
        Propose("During his visit, the Representative assured the Minister that his Office would help.", "2026-12-01").ShouldNotContain(p => p.Kind == EventKind.CommitmentMade && p.Counterparts.Any(c => c.Id == "jan-braathu"));
        ProposeBy("OSCE Representative on Freedom of the Media", "Eighteen months later, the Representative has not been invited back to Tbilisi.", "2026-12-01").ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
        ProposeBy("Human Rights Watch", "In March 2025, Turkmenistan promised that the government would review all exit restrictions. Twenty months on, not a single ban has been lifted, as far as we know.", "2026-12-01").ShouldContain(p => p.Kind == EventKind.CommitmentAssessed && p.Status == AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_call_joined_to_todays_alarm_is_of_today_and_so_is_readiness_said_after_a_welcome_of_something_dated()
    {
        // (batch 122: the dates inside what is judged, "detention … on 27 November", "decision … on 28 November", are not the judge's)
        const string text = "VIENNA, 1 December 2026 – The OSCE Representative on Freedom of the Media, Jan Braathu, today expressed alarm at the detention of journalists Nino Kvaratskhelia and Giorgi Abashidze in Tbilisi on 27 November, and called on the Georgian authorities to release them immediately. He welcomed the decision of the Tbilisi City Court on 28 November to release on bail a third journalist, and said his Office stands ready to assist the authorities in bringing legislation into line with OSCE commitments.";

        var drafts = Propose(text, "2026-12-01");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-12-01");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-12-01");
        // (a call on its own day still has it)
        Propose("Jan Braathu on 27 November called on the Georgian authorities to release them.", "2026-12-01").Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-27");
    }

    [Fact]
    public void a_commentary_whose_writer_it_names_at_its_foot_is_theirs_and_leaders_who_initialled_an_agreement_made_a_commitment_not_a_call()
    {
        // (batch 122, a Crisis Group commentary signed "By Olesya Vartanyan, Senior Analyst, South Caucasus", in the first person plural only)
        const string text = "Commentary\n\nBy Olesya Vartanyan, Senior Analyst, South Caucasus\n\n25 November 2026\n\nOn 8 August 2025, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled the text of a peace agreement in Washington and jointly asked the OSCE to dissolve the Minsk Group. Azerbaijani officials told us that they saw no need to hurry. Baku should stop making signature conditional on Armenia's domestic calendar.\n\nOlesya Vartanyan is Crisis Group's Senior Analyst for the South Caucasus.";

        var drafts = Propose(text, "2026-11-25");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("olesya-vartanyan");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2025-08-08");
        drafts.ShouldNotContain(p => p.Kind == EventKind.RecommendationMade && p.Source.Quote.Contains("Minsk", StringComparison.Ordinal));
        drafts.ShouldNotContain(p => p.Source.Quote.Contains("no need", StringComparison.Ordinal));
        // (a brief whose byline is all it says of its writer, in the third person, is still the publisher's: u34, u53)
        Propose(text[..text.LastIndexOf("\n\n", StringComparison.Ordinal)], "2026-11-25").ShouldNotContain(p => p.Actors.Any(a => a.Id == "olesya-vartanyan"));
        // (a dispatch its researcher signs over their post is theirs)
        Propose("Human Rights Watch\nDispatches\n\nSyinat Sultanalieva\nCentral Asia Researcher\n\nDecember 2, 2026\n\nThe government of Turkmenistan should immediately lift the travel ban on Yusupov's mother.", "2026-12-02")
            .Single(p => p.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("syinat-sultanalieva");
        // (one side asking is a call)
        Propose("Armenian Prime Minister Nikol Pashinyan asked the OSCE to dissolve the Minsk Group.", "2026-11-25").ShouldContain(p => p.Kind == EventKind.RecommendationMade);
    }

    [Fact]
    public void a_pledge_announced_after_it_is_its_announcers_too_and_an_intention_to_second_experts_is_a_pledge()
    {
        // (batch 122, a Finnish MFA release: "Finland will contribute EUR 1.5 million to …, Valtonen announced. Finland also intends to second …")
        const string text = "Minister for Foreign Affairs Elina Valtonen met OSCE Secretary General Feridun H. Sinirlioğlu in Helsinki on Tuesday 2 December. Finland will contribute EUR 1.5 million to OSCE extra-budgetary projects in 2027, Valtonen announced. Finland also intends to second two additional experts to the OSCE Secretariat. \"Its principles are under attack from a participating State that is waging war against its neighbour,\" Minister Valtonen said.";

        var drafts = ProposeBy("Finland", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("EUR 1.5", StringComparison.Ordinal)).Actors.Select(a => a.Id).ShouldBe(["finland", "elina-valtonen"], ignoreOrder: true);
        drafts.ShouldContain(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.Contains("second two", StringComparison.Ordinal));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "elina-valtonen");
        // (an intention to do anything else is not a pledge; to host, since batch 142, is: an offer to host is pledged as "would host" is, u131, u574)
        Propose("Finland intends to raise the subject at a conference in 2027.", "2026-12-02").ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_law_that_raises_serious_concerns_and_a_detention_that_is_part_of_a_worrying_pattern_are_the_speakers_criticisms()
    {
        // (batch 122: "… raise serious concerns about the space for public debate," Telalian said; "The detention … is part of a worrying pattern," Braathu said)
        var raised = Propose("\"At the same time, the new law on 'false information' and the closure of several media outlets raise serious concerns about the space for public debate,\" ODIHR Director Maria Telalian said.", "2026-11-28");
        raised.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "maria-telalian");
        var pattern = Propose("\"The detention of Ms Kvaratskhelia and Mr Abashidze is part of a worrying pattern,\" OSCE Representative on Freedom of the Media Jan Braathu said.", "2026-12-01");
        pattern.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "jan-braathu");
        // (a pattern no one judges worrying is none)
        Propose("\"The detention follows the usual pattern of procedure,\" OSCE Representative on Freedom of the Media Jan Braathu said.", "2026-12-01").ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_step_told_as_the_one_promised_is_a_promise_kept_and_the_prosecution_of_war_crimes_praised_is_no_criticism()
    {
        // (batch 123, a U.S. response at the Permanent Council, delivered by a chargé d'affaires "a.i.")
        const string text = "U.S. Mission to the OSCE\n\nResponse to the Head of the OSCE Mission to Bosnia and Herzegovina\n\nAs delivered by Chargé d'Affaires, a.i., Katherine Brucker\nto the Permanent Council, Vienna\nNovember 26, 2026\n\nWe commend the Mission's work to strengthen the independence of the judiciary and to support the prosecution of war crimes cases. The adoption in June of the Law on the High Judicial and Prosecutorial Council, which the Mission helped draft, was an important step that Bosnia and Herzegovina had promised to take as part of its EU accession reforms.";

        var drafts = ProposeBy("United States of America", text, "2026-11-26");

        var kept = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (kept.Status, kept.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Met, "bosnia-and-herzegovina"));
        kept.Actors.ShouldContain(a => a.Id == "united-states-of-america");
        drafts.ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["katherine-brucker", "united-states-of-america"], ignoreOrder: true);
        // (war crimes named as such still judge)
        ProposeBy("United States of America", "We call these attacks what they are: war crimes.", "2026-11-26").ShouldContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_serious_threat_criticises_recommendations_only_partially_addressed_are_partly_met_and_meetings_as_a_habit_are_none()
    {
        // (batch 123, an election observation statement and an RFE/RL story)
        var statement = Propose("\"The authorities managed the elections efficiently, but the scale of disinformation and vote-buying we witnessed is a serious threat to the integrity of the process,\" said Pere Joan Pons, Special Co-ordinator. \"We urge the authorities to follow up on ODIHR's long-standing recommendations on political party financing, which remain only partially addressed,\" said Eoghan Murphy, Head of the ODIHR Election Observation Mission.", "2025-09-29");
        statement.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "pere-joan-pons");
        statement.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);

        var story = Propose("Its spokesperson, Malika Rakhimova, told RFE/RL that the Head of Office had raised human rights concerns regularly in meetings with the authorities.", "2026-12-03");
        story.ShouldNotContain(p => p.Kind == EventKind.Meeting);
        // (a meeting with someone named is still one)
        Propose("Ambassador Karin Lindgren, Head of the OSCE Programme Office in Dushanbe, raised the cases in meetings with Foreign Minister Sirojiddin Muhriddin on 2 December.", "2026-12-03").ShouldContain(p => p.Kind == EventKind.Meeting);
    }

    [Fact]
    public void a_memorandums_terms_go_on_in_the_sentences_after_it_and_real_progress_is_praise()
    {
        // (batch 124, a field operation's release on a memorandum with the Interior Ministry)
        const string text = "ASTANA, 2 December 2026 — The Head of the OSCE Programme Office in Astana, Ambassador Volker Frobarth, and Deputy Minister of Internal Affairs Marat Kozhayev today signed a memorandum of understanding on community policing. Under the memorandum, the Programme Office will train 300 district police inspectors in 2027. The Ministry will designate a focal point for co-operation and will share data with the Office on a quarterly basis. \"Kazakhstan has made real progress in responding to domestic violence since the law was strengthened in April 2024,\" Ambassador Frobarth said.";

        var drafts = ProposeBy("OSCE Programme Office in Astana", text, "2026-12-02");

        drafts.ShouldContain(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.StartsWith("The Ministry will designate", StringComparison.Ordinal) && p.Actors.Any(a => a.Id == "kazakhstan"));
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.ShouldContain(a => a.Id == "volker-frobarth");
        // (with no agreement told, a ministry's plan is no term of one)
        ProposeBy("OSCE Programme Office in Astana", "The Ministry will designate a focal point for co-operation next year.", "2026-12-02").ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void imprisonment_that_contradicts_a_statement_referred_back_to_judges_that_promise_unmet_and_a_written_answers_minister_speaks_for_its_we()
    {
        // (batch 124: an Amnesty International public statement, and a Hansard written answer "Answered by Stephen Doughty, Minister of State …")
        var statement = ProposeBy("Amnesty International", "In his address to the OSCE Permanent Council in February 2024, Foreign Minister Jeyhun Bayramov stated that Azerbaijan was \"fully committed to media freedom and the safety of journalists\". The continued imprisonment of journalists flatly contradicts that statement.", "2026-12-01");
        var made = statement.Single(p => p.Kind == EventKind.CommitmentMade);
        var judged = statement.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (judged.Status, judged.Commitment, judged.Actors.Single().Id).ShouldBe((AssessmentStatus.Unmet, made.Commitment, "amnesty-international"));
        judged.Counterparts.ShouldContain(c => c.Id == "azerbaijan");

        var answer = ProposeBy("United Kingdom", "Answered on 2 December 2026\n\nAnswered by Stephen Doughty, Minister of State (Foreign, Commonwealth and Development Office)\n\nWe will continue to support Georgian civil society, including through £2 million of programme funding in 2027.", "2026-12-02");
        answer.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["stephen-doughty", "united-kingdom"], ignoreOrder: true);
    }

    [Fact]
    public void a_statement_headed_in_capitals_by_a_delegation_also_on_behalf_of_others_is_all_of_theirs()
    {
        // (batch 125, a joint statement annexed to the Permanent Council's journal, published by the Council)
        const string text = "Permanent Council\n\nAnnex 3\n\nSTATEMENT BY THE DELEGATION OF CANADA\n(ALSO ON BEHALF OF ICELAND, LIECHTENSTEIN, NORWAY AND SWITZERLAND)\n\nMr. Chairperson,\n\nWe commend the OSCE Support Programme for Ukraine for its swift assistance to the State Emergency Service.";

        var praise = ProposeBy("OSCE Permanent Council", text, "2026-12-04").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Actors.Select(a => a.Id).ShouldBe(["canada", "iceland", "liechtenstein", "norway", "switzerland"], ignoreOrder: true);
    }

    [Fact]
    public void an_observers_second_quotation_is_the_head_of_delegations_and_elections_well_administered_are_praised()
    {
        // (batch 125, an OSCE PA release: "…," said Head of Delegation Farah Karimi. "But credible reports … need to be investigated.")
        const string text = "TBILISI, 5 October 2025 – Georgia's municipal elections held yesterday were competitive and well administered, the OSCE PA's observer delegation concluded today.\n\n\"Voters had a choice, and election day itself was calm and orderly,\" said Head of Delegation Farah Karimi. \"But credible reports of intimidation of voters are deeply troubling, and they need to be investigated.\"\n\nKarimi recalled that the Georgian authorities had committed, after the 2024 parliamentary elections, to address the recommendations of ODIHR.";

        var drafts = ProposeBy("OSCE Parliamentary Assembly", text, "2025-10-05");

        drafts.ShouldContain(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("well administered", StringComparison.Ordinal));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "farah-karimi");
        var made = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (made.Actors.Any(a => a.Id == "georgia"), made.Occurred.Text).ShouldBe((true, "2024"));
        made.Commitment.ShouldStartWith("address the recommendations");
    }

    [Fact]
    public void a_second_thing_told_reporters_the_government_would_do_is_a_pledge()
    {
        // (batch 125, a news story: "…, telling reporters that the blocking provisions would apply only to … and that the government would consult …")
        var drafts = Propose("Information Minister Aida Balayeva defended the bill, telling reporters that the blocking provisions would apply only to \"malicious\" sites and that the government would consult with journalists on the implementing regulations.", "2026-12-04");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Commitment.ShouldStartWith("consult with journalists");
        // (a second thing told that "it" will do, after a pledge of a named body, is not another's pledge: u432)
        Propose("Director Telalian told us that ODIHR will publish its report in early 2027, and that it will include a chapter on Central Asia.", "2026-12-01")
            .ShouldContain(p => p.Kind == EventKind.CommitmentMade && p.Actors.Any(a => a.Id == "odihr"));
    }

    [Fact]
    public void a_draft_said_to_be_sent_to_odihr_is_a_pledge_and_a_year_a_sentence_opens_on_dates_a_promise_counted_in_it()
    {
        // (batch 126: an Uzbek MFA release, and a Civil Rights Defenders statement)
        var sent = ProposeBy("Uzbekistan", "The Uzbek side informed about the ongoing work on the new edition of the Electoral Code and noted that the draft would be sent to ODIHR and the Venice Commission for a joint legal opinion in the first quarter of 2027.", "2026-12-03");
        sent.Single(p => p.Kind == EventKind.CommitmentMade).Commitment.ShouldStartWith("the draft would be sent to ODIHR");

        var promised = ProposeBy("Civil Rights Defenders", "In 2011, ten years after the Moscow Mechanism was first invoked on Belarus, the Belarusian authorities promised to cooperate with the OSCE on the rapporteur's recommendations.", "2026-12-02");
        promised.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2011");
        // (with no year it opens on, the time counted still dates it)
        ProposeBy("Civil Rights Defenders", "Ten years ago, the Belarusian authorities promised to cooperate with the OSCE on the rapporteur's recommendations.", "2026-12-02")
            .Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldNotBe("2026-12-02");
    }

    [Fact]
    public void the_one_a_clause_says_is_on_a_visit_is_the_visitor_and_an_invitation_to_join_a_coalition_is_a_call()
    {
        // (batch 127, a Lithuanian MFA release)
        var drafts = ProposeBy("Lithuania", "On 27 November, Vice-Minister of Foreign Affairs Kęstutis Budrys met with the Minister of Foreign Affairs of Kazakhstan, Yermek Kosherbayev, who was on a working visit to Lithuania. The Vice-Minister invited Kazakhstan to join the international coalition for the return of Ukrainian children.", "2026-11-27");

        var visit = drafts.Single(p => p.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id).ShouldBe(("yermek-kosherbayev", "lithuania"));
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.ShouldContain(c => c.Id == "kazakhstan");
        // (an invitation to come is no call)
        ProposeBy("Lithuania", "Vice-Minister Kęstutis Budrys invited Kazakhstan to attend the conference in Vilnius.", "2026-11-27").ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
    }

    [Fact]
    public void an_agreement_signed_today_is_a_meeting_and_a_head_of_mission_proud_of_an_institution_that_still_lacks_staff_praises_and_criticises()
    {
        // (batch 127, a Mission to Skopje release)
        const string text = "SKOPJE, 1 December 2026 – The Head of the OSCE Mission to Skopje, Ambassador Kilian Wahl, and the Ombudsman of North Macedonia, Naser Ziberi, signed today an agreement on co-operation in the protection of children's rights.\n\n\"The Ombudsman is one of the country's most important guardians of human rights, and we are proud to support his work,\" said Ambassador Wahl. \"At the same time, the institution still lacks the staff and the budget it needs.\"";

        var drafts = ProposeBy("OSCE Mission to Skopje", text, "2026-12-01");

        drafts.ShouldContain(p => p.Kind == EventKind.Meeting && p.Actors.Concat(p.Counterparts).Any(a => a.Id == "naser-ziberi"));
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.ShouldContain(a => a.Id == "kilian-wahl");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.ShouldContain(a => a.Id == "kilian-wahl");
    }

    [Fact]
    public void a_minister_who_briefs_on_detentions_by_occupation_forces_criticises_the_occupier_and_a_clause_of_their_own_pledges()
    {
        // (batch 128, a Georgian MFA release)
        const string text = "On 2 December, Minister of Foreign Affairs of Georgia Maka Botchorishvili met with the Secretary General of the OSCE, Feridun Sinirlioğlu.\n\nThe Minister briefed the Secretary General on the illegal detentions carried out by the Russian occupation forces along the occupation line, which pose a serious threat to the security of the local population.\n\nThe parties also discussed Georgia's upcoming Chairmanship of the Forum for Security Co-operation, and the Minister confirmed that Georgia would present its priorities for the Chairmanship in January.";

        var drafts = ProposeBy("Ministry of Foreign Affairs of Georgia", text, "2026-12-02");

        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (criticism.Actors.Any(a => a.Id == "maka-botchorishvili"), criticism.Counterparts.Any(c => c.Id == "russian-federation")).ShouldBe((true, true));
        // (the parties the sentence opens on discussed; the Minister, in a clause of her own, pledged)
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "maka-botchorishvili");
    }

    [Fact]
    public void a_warning_that_closures_left_people_without_news_and_decisions_that_lacked_transparency_are_criticisms_dated_to_the_day_told()
    {
        // (batch 128, a Balkan Insight story)
        const string text = "The head of the OSCE Mission in Kosovo, Ambassador Dimitrios Kypreos, on Friday warned that the closure of several Serbian-language media outlets had left Kosovo Serbs with fewer sources of information in their own language.\n\nSpeaking at a conference on media pluralism in Pristina, Kypreos said the decisions of the Independent Media Commission, IMC, \"lacked transparency and proportionality\" and urged the regulator to publish the reasons for its decisions.\n\nThe chair of the IMC, Shqipe Krasniqi, rejected the criticism. She said the commission would review its procedures and publish guidelines for media registration by the end of January.";

        var drafts = ProposeBy("Balkan Insight", text, "2026-11-30");

        drafts.Where(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "dimitrios-kypreos")).Select(p => p.Occurred.Text).ShouldBe(["2026-11-27", "2026-11-27"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-11-27");
        // (what the commission its chair speaks for would do, she pledges)
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "shqipe-krasniqi");
        // (a warning of what a side would do is a threat, not a criticism: seed 003)
        Propose("The Russian Central Election Commission warned that Russia would stop paying its contributions.", "2026-11-30").ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void what_a_call_wants_examined_is_no_criticism_and_what_was_recommended_before_is_no_call()
    {
        // (batch 128, a Human Rights Watch release and an ODIHR opinion's release)
        var drafts = ProposeBy("Human Rights Watch", "The OSCE's participating States should also invoke the Moscow Mechanism to examine the crackdown.", "2026-12-01");
        (drafts.Any(p => p.Kind == EventKind.RecommendationMade), drafts.Any(p => p.Kind == EventKind.CriticismRaised)).ShouldBe((true, false));

        var welcomed = ProposeBy("ODIHR", "The opinion welcomes the inclusion of simplified reporting requirements for small organizations, which ODIHR had recommended in its 2024 opinion on the previous version of the law.", "2026-11-27");
        (welcomed.Any(p => p.Kind == EventKind.PraiseExpressed), welcomed.Any(p => p.Kind == EventKind.RecommendationMade)).ShouldBe((true, false));
    }

    [Fact]
    public void a_judgement_said_today_of_a_decision_on_a_day_it_names_is_made_today()
    {
        // (batch 128, a Human Rights Watch release)
        var drafts = ProposeBy("Human Rights Watch", "(Berlin) – The Baku Court of Appeal's decision on November 28, 2026, to uphold prison sentences of up to nine years against six journalists from the independent outlet Abzas Media is a travesty of justice, Human Rights Watch said today.", "2026-12-01");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-12-01");
    }

    [Fact]
    public void an_ambassador_the_standfirst_says_speaks_delivers_the_statement_and_a_figure_cited_from_a_source_judges_no_one()
    {
        // (batch 129, a UK statement to the Permanent Council, and an RFE/RL story)
        const string text = "Belarus: political prisoners. UK statement to the OSCE\n\nUK Ambassador to the OSCE Neil Holland says that the regime continues to silence dissent.\n\nThank you, Madam Chair.\n\nThe United Kingdom remains deeply concerned about the human rights situation in Belarus. According to the human rights centre Viasna, more than 1,100 people remain behind bars on politically motivated charges.";

        var drafts = ProposeBy("United Kingdom", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("deeply concerned", StringComparison.Ordinal)).Actors.ShouldContain(a => a.Id == "neil-holland");
        drafts.ShouldNotContain(p => p.Source.Quote.Contains("Viasna", StringComparison.Ordinal));
        ProposeBy("RFE/RL", "At least five lawyers have been jailed since 2015, according to the Norwegian Helsinki Committee.", "2026-12-04").ShouldBeEmpty();
    }

    [Fact]
    public void what_the_last_pledge_named_said_to_be_set_up_is_the_pledge_kept()
    {
        // (batch 129, an HCNM release: and u130's annual report, which the rule also reads)
        const string text = "Kamp last visited Moldova in March 2025, when Deputy Prime Minister Roman Roșca committed to establishing a working group on multilingual education. The working group was set up in October 2025 and has met four times since.";

        var kept = ProposeBy("High Commissioner on National Minorities", text, "2026-12-03").Single(p => p.Kind == EventKind.CommitmentAssessed);

        (kept.Status, kept.Occurred.Text).ShouldBe((AssessmentStatus.Met, "2026-12-03"));
        kept.Counterparts.ShouldContain(c => c.Id == "moldova");
        // (a thing no pledge named is no pledge kept)
        ProposeBy("High Commissioner on National Minorities", "Deputy Prime Minister Roman Roșca committed to publishing a strategy. The commission was set up in October 2025.", "2026-12-03")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void what_is_hoped_another_will_do_is_asked_of_them_not_pledged()
    {
        // (batch 129, a Kyrgyz MFA release and an RFE/RL story)
        var hoped = ProposeBy("Ministry of Foreign Affairs of the Kyrgyz Republic", "The President of the OSCE PA also expressed hope that the Kyrgyz authorities would ensure a free environment for the media and civil society in the run-up to the elections.", "2026-12-02");
        (hoped.Any(p => p.Kind == EventKind.RecommendationMade), hoped.Any(p => p.Kind == EventKind.CommitmentMade)).ShouldBe((true, false));

        ProposeBy("RFE/RL", "\"Independent lawyers are essential to fair trials, and we hope the ministry will reconsider,\" Ambassador Ilir Dugolli told RFE/RL.", "2026-12-04")
            .ShouldContain(p => p.Kind == EventKind.RecommendationMade);
        // (an interviewee's own "I hope" is not read as a call: u141's review has none)
        ProposeBy("Vecherniy Bishkek", "\"I hope the parliament will take our comments into account,\" Ambassador Alexey Rogov said.", "2026-12-04")
            .ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
    }

    [Fact]
    public void what_a_speaker_says_after_addressing_a_gathering_on_a_day_is_of_that_day()
    {
        // (batch 130, an OSCE PA release)
        const string text = "LUGANO, 4 December 2026 – Addressing the OSCE Ministerial Council in Lugano on Thursday, OSCE Parliamentary Assembly President Pere Joan Pons called on the foreign ministers to agree on the Organization's budget without further delay.\n\n\"This is no way to run an organization that helped end the Cold War,\" Pons said.\n\nPons praised the work of the OSCE field operations, in particular the Programme Office in Bishkek.";

        var drafts = ProposeBy("OSCE Parliamentary Assembly", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2026-12-03");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-12-03");
    }

    [Fact]
    public void a_meeting_told_on_a_day_is_dated_by_its_own_day_and_a_second_pledge_joined_by_and_said_is_read()
    {
        // (batch 130, a Eurasianet story)
        const string text = "The head of the OSCE Centre in Ashgabat has asked Turkmen authorities to let diplomats visit a jailed activist.\n\nAmbassador Tomasz Wiśniewski told Eurasianet on December 2 that he had raised the case of activist Annamurat Gurbanov during a meeting with Deputy Foreign Minister Vepa Hajiyev last week.\n\nAccording to Wiśniewski, Hajiyev promised to \"look into the matter\" and said Turkmenistan would continue its cooperation with the Centre on environmental projects.";

        var drafts = ProposeBy("Eurasianet", text, "2026-12-03");

        drafts.ShouldContain(p => p.Kind == EventKind.RecommendationMade && p.Counterparts.Any(c => c.Id == "turkmenistan"));
        var meeting = drafts.Single(p => p.Kind == EventKind.Meeting);
        meeting.Occurred.Latest.ShouldBeLessThan(new DateOnly(2026, 12, 1));
        drafts.Count(p => p.Kind == EventKind.CommitmentMade).ShouldBe(2);
        // (an assurance of what is, before "and said", is not a first pledge: u523)
        Propose("Speaker Alen Simonyan assured the visiting lawmakers that the arrests were not politically motivated and said Armenia would invite a full-scale OSCE observation mission to the local elections.", "2026-12-02")
            .Count(p => p.Kind == EventKind.CommitmentMade).ShouldBe(1);
    }

    [Fact]
    public void the_country_a_sentence_opens_on_is_the_state_last_named_and_never_doing_what_it_promised_is_a_promise_unmet()
    {
        // (batch 130, a Eurasianet story)
        const string text = "Turkmenistan's Foreign Ministry did not respond to a request for comment. The country has never allowed an independent monitor into its prisons, despite promising in 2019 to consider visits by the UN Special Rapporteur on torture.";

        var drafts = ProposeBy("Eurasianet", text, "2026-12-03");

        var made = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (made.Occurred.Text, made.Actors.Any(a => a.Id == "turkmenistan")).ShouldBe(("2019", true));
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_plan_adopted_is_a_pledge_when_it_is_named_and_trampling_on_principles_is_a_criticism()
    {
        // (seed 003's "The country has adopted an ambitious human rights program" is no pledge; a named plan is)
        ProposeBy("CSIS", "Kazakhstan needs to develop its legal system. The country has adopted an ambitious human rights program and a long term legal concept.", "2026-12-03")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
        Propose("The Government of Kazakhstan adopted the National Action Plan on Human Rights in 2025.", "2026-12-03")
            .ShouldContain(p => p.Kind == EventKind.CommitmentMade);
        // (batch 130, a Federal Foreign Office release)
        ProposeBy("Federal Foreign Office", "\"Moscow has trampled on every principle of the Helsinki Final Act that it signed in 1975,\" Foreign Minister Johann Wadephul said.", "2026-12-04")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Counterparts.Any(c => c.Id == "russian-federation"));
    }

    [Fact]
    public void no_evidence_seen_that_a_promised_training_took_place_is_the_promise_unmet()
    {
        // (batch 131, an RFoM release)
        const string text = "The Representative recalled that during his visit to Tbilisi in May 2026, the Minister of Internal Affairs, Gela Geladze, assured him that the police would receive training on the treatment of journalists at public assemblies. \"I have not seen any evidence that this training has taken place,\" Braathu said.";

        var drafts = ProposeBy("OSCE Representative on Freedom of the Media", text, "2026-12-01");

        drafts.ShouldContain(p => p.Kind == EventKind.CommitmentMade && p.Occurred.Text == "2026-05");
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Occurred.Text).ShouldBe((AssessmentStatus.Unmet, "2026-12-01"));
    }

    [Fact]
    public void a_spokeswomans_judgements_of_a_chairmanship_without_consensus_and_an_office_become_a_political_instrument_are_criticisms()
    {
        // (batch 131, a Russian MFA briefing)
        const string text = "Maria Zakharova: As we expected, the Swiss Chairmanship failed to produce a consensus on the key issues. Western countries once again tried to turn the ministerial into a tribunal against Russia. We regard such attempts as counterproductive and destructive.\n\nAs for the ODIHR, its election observation has long become a political instrument of the West.";

        var drafts = ProposeBy("Ministry of Foreign Affairs of the Russian Federation", text, "2026-12-02");

        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(3);
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("ODIHR", StringComparison.Ordinal) && p.Counterparts.Any(c => c.Id == "odihr"));
    }

    [Fact]
    public void what_a_speaker_added_however_the_parliament_would_do_is_their_pledge()
    {
        // (batch 131, a Civil.ge story)
        var drafts = Propose("Parliament Speaker Shalva Papuashvili dismissed the statement. Papuashvili added, however, that the Parliament would invite the OSCE PA to send a delegation to Tbilisi in January.", "2026-12-03");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "shalva-papuashvili");
    }

    [Fact]
    public void what_has_happened_since_a_pledge_that_no_journalist_would_be_jailed_finds_it_unmet()
    {
        // (batch 132, an Amnesty International release)
        const string text = "In 2024, President Sadyr Japarov told the OSCE Representative on Freedom of the Media that no journalist would be imprisoned for their work. Since then, at least eleven journalists have been detained.";

        var drafts = ProposeBy("Amnesty International", text, "2026-12-01");

        var made = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (made.Occurred.Text, made.Commitment).ShouldBe(("2024", "no journalist would be imprisoned for their work"));
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
        // (with no pledge before it, what has happened since is no assessment)
        ProposeBy("Amnesty International", "The protests began in March. Since then, at least eleven journalists have been detained.", "2026-12-01")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void a_minister_who_took_part_in_a_council_on_two_days_met_and_judged_on_them_and_what_a_writer_regrets_now_is_of_the_day_written()
    {
        // (batch 132, a Latvian MFA release)
        const string text = "On 3 and 4 December 2026, Foreign Minister Baiba Braže took part in the 33rd OSCE Ministerial Council in Lugano.\n\nOn the margins of the Council, the Minister met with the OSCE Secretary General Feridun Sinirlioğlu.";
        ProposeBy("Ministry of Foreign Affairs of the Republic of Latvia", text, "2026-12-04").Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-03/2026-12-04");

        // (u410, a written ministerial statement: "I regret …" is said as it is written, after the Council it reports)
        const string written = "Statement made by Stephen Doughty (Minister of State)\nMade on: 4 December 2026\n\nI attended the Ministerial Council of the OSCE in Lugano on 3 and 4 December.\n\nI regret that once again a single participating State has held the Organization's work hostage.";
        ProposeBy("Stephen Doughty", written, "2026-12-04").Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-12-04");
    }

    [Fact]
    public void using_the_consensus_rule_to_paralyse_the_organization_is_blackmail_and_a_criticism()
    {
        // (batch 132, a Ukrinform interview)
        // (who judges is left as read: the interview's "A:" names no one, and the review's Sybiha is not proposed)
        ProposeBy("Ukrinform", "A: Russia uses the consensus rule to paralyse the Organization; this is blackmail, and we will not accept it.", "2026-12-05")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Concat(p.Counterparts).Any(c => c.Id == "russian-federation"));
        // (a text that blackmails no one: "this is" nothing of the kind)
        Propose("Russia uses the consensus rule in the Permanent Council.", "2026-12-05").ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_law_signed_by_a_president_is_no_pledge_and_what_an_ngo_warns_it_will_make_impossible_is_its_criticism_of_today()
    {
        // (batch 133, a Norwegian Helsinki Committee statement)
        const string text = "The amendments to Azerbaijan's law on non-governmental organisations, signed by President Ilham Aliyev on 28 November, will make it practically impossible for independent organisations to receive foreign grants, the Norwegian Helsinki Committee warns.";

        var drafts = ProposeBy("Norwegian Helsinki Committee", text, "2026-12-02");

        drafts.ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
        var criticism = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (criticism.Actors.Any(a => a.Id == "norwegian-helsinki-committee"), criticism.Occurred.Text).ShouldBe((true, "2026-12-02"));
        ProposeBy("Norwegian Helsinki Committee", "\"These rules are designed to starve the last independent NGOs of funds,\" said Ivar Dale.", "2026-12-02")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void procedures_grown_stricter_instead_find_a_promise_to_simplify_them_unmet_and_being_under_criticism_is_no_criticism_made()
    {
        // (batch 133, a Norwegian Helsinki Committee statement; seed 003's "come under criticism" too)
        var drafts = ProposeBy("Norwegian Helsinki Committee", "Azerbaijan has been under criticism for its treatment of civil society for more than a decade. In 2015, the Government assured the OSCE Parliamentary Assembly that the registration of foreign grants would be simplified. Instead, the procedures have become stricter every year.", "2026-12-02");

        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2015");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void states_that_signed_grant_agreements_pledged_funding()
    {
        // (batch 133, a 24.kg story: the three signers are read as one, a limit the README records)
        Propose("Germany, Switzerland and Norway signed new grant agreements with the OSCE Academy this week.", "2026-12-04")
            .ShouldContain(p => p.Kind == EventKind.CommitmentMade && p.Actors.Any(a => a.Id == "norway"));
    }

    [Fact]
    public void two_leaders_joined_by_and_each_with_a_title_commit_their_governments_and_neither_side_doing_so_is_the_states_unmet()
    {
        // (batch 134, a Crisis Group briefing)
        const string text = "In March 2023 in Ohrid, Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti accepted the implementation annex to the EU proposal, committing their governments to implement all articles of the agreement. Three and a half years later, neither side has done so.";

        var drafts = ProposeBy("International Crisis Group", text, "2026-12-04");

        var made = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (made.Occurred.Text, string.Join(",", made.Actors.Select(a => a.Id).Order())).ShouldBe(("2023-03", "albin-kurti,aleksandar-vucic,kosovo,serbia"));
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, string.Join(",", assessed.Counterparts.Select(a => a.Id).Order())).ShouldBe((AssessmentStatus.Unmet, "kosovo,serbia"));
        // (with no pledge before it, "neither side has done so" assesses nothing)
        ProposeBy("International Crisis Group", "Three and a half years later, neither side has done so.", "2026-12-04").ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void a_leaders_government_taking_steps_without_consulting_is_criticised_as_their_state_and_a_mission_playing_a_useful_role_is_praised()
    {
        // (batch 134, a Crisis Group briefing)
        const string text = "Kosovo Prime Minister Albin Kurti spoke in Pristina. Kurti's government has taken several unilateral steps in the north without consulting local Serbs. The OSCE Mission in Kosovo has played a useful role in monitoring the rights of communities.";

        var drafts = ProposeBy("International Crisis Group", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["kosovo"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.ShouldContain(c => c.Id == "mission-in-kosovo");
        // (steps taken after consultation criticise no one)
        ProposeBy("International Crisis Group", "The government has taken several steps in the north after consulting local Serbs.", "2026-12-04").ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void two_seats_of_government_that_should_press_both_sides_are_whom_the_call_is_addressed_to()
    {
        // (batch 134, a Crisis Group briefing: Brussels for the EU, Washington for the United States, not the two sides they should press)
        const string text = "Kosovo and Serbia failed to agree on the statute. Brussels and Washington should press both sides to implement what they agreed in Ohrid.";

        var call = ProposeBy("International Crisis Group", text, "2026-12-04").Single(p => p.Kind == EventKind.RecommendationMade);

        string.Join(",", call.Counterparts.Select(c => c.Id).Order()).ShouldBe("european-union,united-states-of-america");
    }

    [Fact]
    public void an_election_report_published_today_judges_today_superficial_investigations_and_its_recommendations_including_that()
    {
        // (batch 134, an ODIHR release on its final report)
        const string text = "WARSAW, 1 December 2026 – The parliamentary elections in Armenia on 7 June 2026 were competitive, but took place in a highly polarized environment marked by harsh rhetoric and the misuse of administrative resources, ODIHR said in its final report published today.\n\nHowever, the investigation of complaints about vote-buying was often superficial.\n\nThe report contains 24 recommendations, including that the authorities ensure that criminal proceedings against candidates are not used to restrict political competition.";

        var drafts = ProposeBy("ODIHR", text, "2026-12-01");

        // (the "but" turns the verdict to criticism, as "but marred by" does: no praise)
        drafts.ShouldNotContain(p => p.Kind == EventKind.PraiseExpressed);
        drafts.Where(p => p.Kind == EventKind.CriticismRaised).Select(p => p.Occurred.Text).ShouldBe(["2026-12-01", "2026-12-01"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.ShouldContain(a => a.Id == "odihr");
    }

    [Fact]
    public void what_was_told_following_a_month_is_dated_from_it_to_the_day_written_and_is_pledged_to_the_one_informed()
    {
        // (batch 134, an ODIHR release)
        const string text = "Following the publication of the interim report in June, the Armenian Ministry of Foreign Affairs informed ODIHR that the government was ready to discuss all recommendations at a follow-up meeting in Yerevan in 2027.";

        var pledge = ProposeBy("ODIHR", text, "2026-12-01").Single(p => p.Kind == EventKind.CommitmentMade);

        (pledge.Occurred.Text, pledge.Counterparts.Select(c => c.Id).Single()).ShouldBe(("2026-06/2026-12-01", "odihr"));
    }

    [Fact]
    public void a_body_its_president_states_will_act_pledges_with_them_and_clear_progress_is_praise()
    {
        // (batch 134, a Trend story; u220's "Davenport said the Mission would continue to support …" too)
        const string text = "Foreign Minister Jeyhun Bayramov met with the President of the OSCE Parliamentary Assembly, Pere Joan Pons. He also stated that the OSCE PA would send a delegation to observe the 2028 presidential election in Azerbaijan if invited.";

        var pledge = ProposeBy("Trend News Agency", text, "2026-12-05").Single(p => p.Kind == EventKind.CommitmentMade);

        (pledge.Actors.Any(a => a.Id == "parliamentary-assembly"), pledge.Counterparts.Any(c => c.Id == "parliamentary-assembly")).ShouldBe((true, false));
        ProposeBy("ODIHR", "\"Armenia has made clear progress since 2018,\" said Maria Telalian.", "2026-12-01").ShouldContain(p => p.Kind == EventKind.PraiseExpressed);
    }

    [Fact]
    public void a_surname_that_is_also_a_verb_names_its_speaker_without_making_every_said_them()
    {
        // (batch 135 and u68, CPJ alerts: "said Gulnoza Said, CPJ's Europe and Central Asia program coordinator")
        const string text = "New York, December 2, 2026 — Tajik authorities should release journalist Rukhshona Hakimova, the Committee to Protect Journalists said.\n\n\"By upholding this outrageous sentence, Tajik authorities have once again shown that they see independent journalism as a crime,\" said Gulnoza Said, CPJ's Europe and Central Asia program coordinator.";

        var drafts = ProposeBy("Committee to Protect Journalists", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["gulnoza-said"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["committee-to-protect-journalists"]);
    }

    [Fact]
    public void not_being_aware_of_a_promised_review_finds_it_unmet_and_a_decision_judged_keeps_its_own_day()
    {
        // (batch 135, a CPJ alert)
        const string text = "New York, December 2, 2026 — The Committee to Protect Journalists condemned the decision of Tajikistan's Supreme Court on Monday to uphold the sentence of journalist Rukhshona Hakimova and called on authorities to release her.\n\nIn 2023, Tajikistan's government told the UN Human Rights Committee that it would review the cases of all imprisoned journalists. CPJ is not aware of any such review having taken place.";

        var drafts = ProposeBy("Committee to Protect Journalists", text, "2026-12-02");

        drafts.Where(p => p.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade).Select(p => p.Occurred.Text).Distinct().ShouldBe(["2026-12-02"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_commitment_never_fulfilled_is_unmet_credit_deserved_is_praise_and_this_week_is_the_week_written_in()
    {
        // (batch 135, a Carnegie Politika commentary)
        const string text = "At the OSCE summit in Istanbul in November 1999, Russia committed to withdraw its forces from Moldova by the end of 2002. Moscow has never fulfilled that commitment.\n\nIn his speech in Lugano this week, Foreign Minister Sergey Lavrov accused ODIHR of meddling in elections.\n\nThe Swiss chairmanship deserves credit for keeping all participating states at the table.";

        var drafts = ProposeBy("Human Rights Watch", text, "2026-12-05");

        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Actors.Single().Id).ShouldBe((AssessmentStatus.Unmet, "human-rights-watch"));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-11-30/2026-12-06");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("human-rights-watch");
        Propose("The ministers will meet later this week in Vienna.", "2026-12-05").ShouldNotContain(p => p.Occurred.Text == "2026-11-30/2026-12-06");
        // (what will come "later this week" is no date of what happened, and a commitment met is not unmet)
        Propose("Russia has fulfilled its commitment to withdraw its forces.", "2026-12-05").ShouldNotContain(p => p.Status == AssessmentStatus.Unmet);
        Propose("Russia has not met its commitment to withdraw its forces.", "2026-12-05").Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_visit_going_on_on_the_day_written_is_of_this_year_and_a_host_pledge_in_a_field_operations_release_is_made_to_it()
    {
        // (batch 135, a Kazakh MFA release: "who is visiting Kazakhstan from 3 to 5 December", written on the 4th)
        const string visiting = "Deputy Minister of Foreign Affairs Alibek Bakayev received the OSCE High Commissioner on National Minorities, Christophe Kamp, who is visiting Kazakhstan from 3 to 5 December.";
        ProposeBy("Ministry of Foreign Affairs of the Republic of Kazakhstan", visiting, "2026-12-04").Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-12-03/2026-12-05");

        // (batch 135, an OSCE Programme Office in Astana release; "a call for help" calls on no one)
        const string release = "\"District inspectors are often the first to respond to a call for help,\" said Volker Frobarth, Head of the OSCE Programme Office in Astana.\n\nDeputy Minister of Internal Affairs of Kazakhstan Igor Lepekha said that the Ministry would extend the training to all regions of Kazakhstan by the end of 2027.";
        var drafts = ProposeBy("OSCE Programme Office in Astana", release, "2026-11-28");
        drafts.ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["programme-office-in-astana"]);
    }

    [Fact]
    public void a_sum_announced_in_new_funding_is_pledged_and_who_destabilising_names_suffers_it()
    {
        // (batch 136, an FCDO release)
        const string text = "Minister for Europe Stephen Doughty visited Chisinau on 1 and 2 December. During the visit, the Minister announced £4 million in new UK funding to strengthen Moldova's energy security over the next two years. The Minister condemned Russia's continued attempts to destabilise Moldova through disinformation.";

        var drafts = ProposeBy("Foreign, Commonwealth & Development Office", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2026-12-01/2026-12-02");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
    }

    [Fact]
    public void said_before_a_post_in_lower_case_and_a_name_names_the_speaker_and_dismantling_democracy_is_criticism()
    {
        // (batch 136, a Freedom House statement)
        const string text = "\"The Georgian Dream government is systematically dismantling what remains of Georgian democracy,\" said Europe and Eurasia director Marc Behrendt.";

        var criticism = ProposeBy("Freedom House", text, "2026-12-03").Single(p => p.Kind == EventKind.CriticismRaised);

        criticism.Actors.Select(a => a.Id).ShouldBe(["marc-behrendt"]);
    }

    [Fact]
    public void a_law_adopted_since_a_pledge_finds_it_unmet_and_a_step_toward_censorship_and_broad_discretion_to_deny_are_criticised()
    {
        // (batch 136, a Freedom House statement and an Azattyq story)
        var drafts = ProposeBy("Freedom House", "When Georgia applied for EU membership in 2022, the government pledged to carry out reforms that would end political polarization. Since then, the ruling party has adopted a foreign agents law and restricted freedom of assembly.", "2026-12-03");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);

        const string story = "Adil Soz, a press-freedom watchdog, called the amendments \"another step toward censorship.\"\n\nThe OSCE Representative on Freedom of the Media, Jan Braathu, said in October that the draft \"would give the authorities broad discretion to deny accreditation to foreign media.\"";
        var criticisms = ProposeBy("Azattyq", story, "2026-12-03").Where(p => p.Kind == EventKind.CriticismRaised).ToList();
        criticisms.Select(p => p.Occurred.Text).Order().ShouldBe(["2026-10", "2026-12-03"]);
    }

    [Fact]
    public void praise_is_of_whom_it_thanks_not_what_for_and_an_expectation_said_of_a_state_is_a_call()
    {
        // (batch 136, an OSCE release on the Secretary General in Warsaw)
        const string text = "OSCE Secretary General Feridun H. Sinirlioğlu met Poland's Minister of Foreign Affairs, Radosław Sikorski, in Warsaw today. The Secretary General thanked Poland for its long-standing role as host of ODIHR. Sikorski said that Poland expected the Ministerial Council to adopt a decision on the unified budget.";

        var drafts = ProposeBy("OSCE", text, "2026-11-25");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["poland"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.ShouldContain(a => a.Id == "radoslaw-sikorski");
    }

    [Fact]
    public void a_minister_who_told_senators_that_the_ministry_would_act_pledged_it()
    {
        // (batch 136, an Azattyq story)
        ProposeBy("Azattyq", "Information Minister Aida Balayeva told senators that the ministry would publish the accreditation rules for public comment before they enter into force in March.", "2026-12-03")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "aida-balayeva");
    }

    [Fact]
    public void a_working_group_pledged_that_has_met_only_once_since_is_the_pledge_kept_in_part()
    {
        // (batch 137, an RFoM release)
        const string text = "In March 2025, the Serbian government told the Representative's Office that it would set up a permanent working group on the safety of journalists. The Representative noted that the group has met only once since then.";

        ProposeBy("OSCE Representative on Freedom of the Media", text, "2026-12-02").Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
        // (with no pledge before it, a group meeting once assesses nothing)
        ProposeBy("OSCE Representative on Freedom of the Media", "The Representative noted that the group has met only once since then.", "2026-12-02").ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void a_states_contribution_announced_is_pledged_and_not_a_single_outlet_accredited_years_later_is_the_promise_unmet()
    {
        // (batch 138, a Lithuanian MFA release and an IWPR analysis)
        ProposeBy("Ministry of Foreign Affairs of the Republic of Lithuania", "The Minister announced that Lithuania would contribute 200,000 euros to the OSCE Support Programme for Ukraine in 2027.", "2026-12-05")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "lithuania");

        const string text = "When Serdar Berdimuhamedov became president in 2022, his government told the OSCE Centre in Ashgabat that it would allow foreign media to open bureaux in the country. Four years later, not a single foreign outlet has been accredited. Independent reporting remains impossible inside Turkmenistan.";
        var drafts = ProposeBy("Institute for War & Peace Reporting", text, "2026-12-02");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.ShouldContain(c => c.Id == "turkmenistan");
    }

    [Fact]
    public void measures_pledged_but_introduced_in_only_a_few_places_are_the_pledge_kept_in_part()
    {
        // (batch 138's wording, after a pledge with a maker named)
        const string text = "In March 2024, the Government of Bosnia and Herzegovina committed to introduce biometric voter identification for the 2026 general elections. These measures were introduced in only a few polling stations.";

        ProposeBy("OSCE Mission to Bosnia and Herzegovina", text, "2026-12-01").Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
    }

    [Fact]
    public void a_pledge_a_relative_clause_tells_is_its_subjects_and_a_plan_still_not_approved_after_it_is_unmet_on_the_day_written()
    {
        // (batch 139, an OSCE High Commissioner on National Minorities release)
        const string text = "TBILISI, 4 December 2026 - The OSCE High Commissioner on National Minorities, Christophe Kamp, today concluded a three-day visit to Georgia.\n\nHe encouraged the authorities to adopt the action plan for the State Strategy for Civic Equality and Integration, which the Government had promised the High Commissioner in February 2025 to approve by the end of that year. The plan has still not been approved.";

        var drafts = ProposeBy("OSCE High Commissioner on National Minorities", text, "2026-12-04");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["georgia"]);
        pledge.Counterparts.Select(c => c.Id).ShouldBe(["christophe-kamp"]);
        pledge.Commitment!.ShouldStartWith("approve the action plan for the State Strategy for Civic Equality and Integration by the end of");
        pledge.Occurred.Text.ShouldBe("2025-02");
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Occurred.Text.ShouldBe("2026-12-04");
        assessed.Counterparts.Select(c => c.Id).ShouldBe(["georgia"]);
        // (with no pledge before it, a plan not approved assesses nothing)
        ProposeBy("OSCE High Commissioner on National Minorities", "The plan has still not been approved.", "2026-12-04").ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void a_pledge_in_an_address_to_a_body_is_made_to_it_and_no_such_review_begun_is_unmet()
    {
        // (batch 139, a Human Rights Watch release, its line breaks as printed)
        const string text = "The prosecution is part of a sweeping campaign against independent media that began in 2024.\n\nIn his 2025 address to the OSCE Permanent Council, Foreign Minister Jeenbek Kulubaev\nsaid that Kyrgyzstan would review its media legislation together with the OSCE Representative\non Freedom of the Media. No such review has begun.\n\nThe OSCE Representative on Freedom of the Media, Jan Braathu, should visit Kyrgyzstan and seek access to the detained journalists, Human Rights Watch said.";

        var drafts = ProposeBy("Human Rights Watch", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["kyrgyzstan"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Select(c => c.Id).ShouldBe(["permanent-council"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Select(c => c.Id).ShouldBe(["jan-braathu"]);
    }

    [Fact]
    public void the_minister_in_lower_case_is_the_one_named_and_thanks_after_meeting_a_missions_head_are_the_ministers_to_the_mission()
    {
        // (batch 139, an Estonian MFA release)
        const string text = "Foreign Minister Margus Tsahkna, on a working visit to Moldova on 1–2 December, met with President Maia Sandu.\n\n\"Moldova has shown remarkable determination in carrying out reforms despite constant Russian pressure,\" Tsahkna said.\n\nThe minister announced that Estonia will allocate an additional 500,000 euros in 2027 to support Moldova's energy security.\n\nTsahkna also met with the Head of the OSCE Mission to Moldova, Kelly Keiderling, and thanked the Mission for its work in the Transnistrian settlement process.";

        var drafts = ProposeBy("Ministry of Foreign Affairs of Estonia", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).Order().ShouldBe(["estonia", "margus-tsahkna"]);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["russian-federation"]);
        var thanks = drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("thanked"));
        thanks.Actors.Select(a => a.Id).ShouldBe(["margus-tsahkna"]);
        thanks.Counterparts.Select(c => c.Id).ShouldBe(["mission-to-moldova"]);
    }

    [Fact]
    public void a_person_of_a_body_who_said_it_speaks_and_participating_states_are_no_saying()
    {
        // (batch 139, an RFE/RL story)
        const string text = "In a statement on December 4, Jan Braathu, the OSCE Representative on Freedom of the Media, said the nine-year sentences handed to reporters from the Abzas Media outlet in June were \"grossly disproportionate\" and called on Baku to release them.\n\nSpeaking to RFE/RL, Rachel Denber of Human Rights Watch said the OSCE's participating states \"should stop treating Baku's contempt for its commitments as business as usual.\"";

        var drafts = ProposeBy("RFE/RL", text, "2026-12-05");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["jan-braathu"]);
        var call = drafts.Single(p => p.Kind == EventKind.RecommendationMade && p.Source.Quote.Contains("Denber"));
        call.Actors.Select(a => a.Id).ShouldBe(["rachel-denber"]);
        call.Counterparts.Select(c => c.Id).ShouldBe(["osce-participating-states"]);
    }

    [Fact]
    public void a_pledge_told_this_council_in_a_statement_to_it_is_made_to_the_council_and_an_invitation_not_issued_is_unmet()
    {
        // (batch 140, a U.S. statement to the Permanent Council; the Prime Minister's State is not in the dictionary)
        const string text = "U.S. Mission to the OSCE\n\nOn the Situation in Georgia\n\nAs delivered by Chargé d'Affaires Katherine Brucker\nto the Permanent Council, Vienna\nDecember 4, 2026\n\nIn October 2025, Prime Minister Irakli Kobakhidze told this Council that Georgia would invite ODIHR to observe its 2026 local elections. Georgia did not issue that invitation.\n\nWe commend the work of the OSCE Representative on Freedom of the Media and ODIHR in documenting these developments, and we will continue to support their efforts.";

        var drafts = ProposeBy("U.S. Mission to the OSCE", text, "2026-12-04");

        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        var invitation = pledges.Single(p => p.Source.Quote.Contains("Kobakhidze"));
        invitation.Actors.Select(a => a.Id).Order().ShouldBe(["georgia", "irakli-kobakhidze"]);
        invitation.Counterparts.Select(c => c.Id).ShouldBe(["permanent-council"]);
        invitation.Occurred.Text.ShouldBe("2025-10");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        pledges.Single(p => p.Source.Quote.Contains("their efforts")).Counterparts.Select(c => c.Id).Order().ShouldBe(["odihr", "representative-on-freedom-of-the-media"]);
    }

    [Fact]
    public void a_ministry_named_by_its_portfolio_pledges_for_the_state_and_a_saying_joined_by_and_has_the_first_ones_speaker()
    {
        // (batch 140, a Kazinform story)
        const string text = "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev received OSCE High Commissioner on National Minorities Christophe Kamp.\n\nThe Minister noted that Kazakhstan values the HCNM's expert support and said that the Ministry of Education would present a new concept for teaching in minority languages in spring 2027.";

        var drafts = ProposeBy("Kazinform", text, "2026-12-05");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).Order().ShouldBe(["kazakhstan", "yermek-kosherbayev"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.ShouldContain(c => c.Id == "christophe-kamp");
    }

    [Fact]
    public void whose_decision_is_welcomed_is_praised_and_a_date_told_of_what_a_judgement_names_is_not_the_judgements()
    {
        // (batch 140, an Amnesty International statement and an OSCE PA release)
        ProposeBy("Amnesty International", "Amnesty International welcomes the decision of the OSCE participating States to invoke the Moscow Mechanism on Belarus again in 2026.", "2026-12-04")
            .Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Select(c => c.Id).ShouldBe(["osce-participating-states"]);

        const string text = "YEREVAN, 3 December 2026 – OSCE Parliamentary Assembly President Pere Joan Pons today met in Yerevan with Foreign Minister Ararat Mirzoyan.\n\nPons congratulated Armenia on the peace agreement initialled with Azerbaijan in August 2025 and urged both sides to sign it without further delay.\n\nPons expressed concern about the continued detention of opposition figures arrested during last year's protests and encouraged the authorities to ensure that their trials fully respect fair-trial guarantees.";
        var calls = ProposeBy("OSCE Parliamentary Assembly", text, "2026-12-03").Where(p => p.Kind == EventKind.RecommendationMade).ToList();
        calls.Count.ShouldBe(2);
        calls.ShouldAllBe(p => p.Occurred.Text == "2026-12-03");
    }

    [Fact]
    public void the_head_said_after_their_office_speaks_and_equipment_said_to_be_deployed_is_pledged()
    {
        // (batch 141, an OSCE Programme Office in Dushanbe release)
        const string text = "\"Tajikistan carries a heavy responsibility in securing one of the most challenging borders in the OSCE area, and it has made tangible progress in recent years,\" said the Head of the Programme Office, Ambassador Markus Müller.\n\nDeputy Commander of the Border Troops Rustam Nazarzoda thanked the OSCE for its long-standing support and said that the equipment would be deployed to the outposts in the Khatlon and Gorno-Badakhshan regions by the end of January.";

        var drafts = ProposeBy("OSCE Programme Office in Dushanbe", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("tangible")).Actors.Select(a => a.Id).ShouldBe(["markus-muller"]);
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed && p.Source.Quote.Contains("thanked")).Actors.Select(a => a.Id).ShouldBe(["rustam-nazarzoda"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "rustam-nazarzoda");
    }

    [Fact]
    public void the_remaining_recommendations_said_to_be_addressed_are_pledged()
    {
        // (batch 141, an Uzbek MFA release)
        const string text = "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov received the Director of ODIHR, Maria Telalian.\n\nThe Minister informed that Uzbekistan has already implemented 22 of the 27 recommendations of the ODIHR mission, and that the remaining ones will be addressed in the new edition of the Electoral Code to be adopted in 2027.";

        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Uzbekistan", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).Order().ShouldBe(["bakhtiyor-saidov", "uzbekistan"]);
    }

    [Fact]
    public void an_observation_mission_said_to_be_a_bodys_is_that_body_and_whom_a_quotation_is_attributed_to_is_not_judged()
    {
        // (batch 141, a Eurasianet story and a Norwegian Helsinki Committee statement)
        const string story = "In its preliminary statement, the election observation mission of the OSCE's Office for Democratic Institutions and Human Rights (ODIHR) said the authorities had used the criminal code to sideline opposition candidates in Kyrgyzstan.\n\nThe mission recommended that the authorities restore the registration of the parties that had been denied it.";
        var drafts = ProposeBy("Eurasianet", story, "2026-12-03");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["odihr"]);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["odihr"]);

        const string statement = "\"The authorities of Azerbaijan promised the world an open and inclusive COP. What followed was the most severe wave of repression in the country's recent history,\" said Ane Tusvik Bonde, regional director at the Norwegian Helsinki Committee.";
        var quoted = ProposeBy("Norwegian Helsinki Committee", statement, "2026-12-03");
        quoted.ShouldContain(p => p.Kind == EventKind.CommitmentMade);
        quoted.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.ShouldNotContain(c => c.Id == "norwegian-helsinki-committee");
    }

    [Fact]
    public void attacks_that_go_unpunished_and_closures_without_consultation_are_criticised_and_not_going_unpunished_is_not()
    {
        // (batch 142, an OSCE Mission to Serbia release and a Balkan Insight story)
        ProposeBy("OSCE Mission to Serbia", "\"Too many attacks on journalists in Serbia still go unpunished,\" said Ambassador Jan Bratu.", "2026-12-03")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["serbia"]);
        ProposeBy("OSCE Mission to Montenegro", "\"Independent judges are the best guarantee that attacks on journalists in Montenegro do not go unpunished,\" said Ambassador Dominique Waag.", "2026-12-03")
            .ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);

        const string story = "The OSCE Mission in Kosovo on Wednesday called on the Kosovo government to reverse the closure of five Serbian-language municipal institutions, warning that the move \"seriously undermines the confidence of non-majority communities.\"\n\nThe head of the Mission, Jens Kristensen, told BIRN that the closures in Kosovo had been carried out without any consultation with the affected communities.";
        ProposeBy("Balkan Insight", story, "2026-12-04").Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
    }

    [Fact]
    public void a_second_thanks_after_congratulations_is_a_praise_of_its_own_and_an_intention_to_host_is_pledged()
    {
        // (batch 142, an Armenian MFA readout of a call)
        const string text = "On December 5, Minister of Foreign Affairs of Armenia Ararat Mirzoyan had a telephone conversation with the OSCE Chairperson-in-Office, Federal Councillor of Switzerland Ignazio Cassis.\n\nMinister Mirzoyan congratulated his interlocutor on the successful organization of the OSCE Ministerial Council in Lugano and thanked the Swiss Chairpersonship for its balanced approach to the South Caucasus.\n\nThe Minister also informed that Armenia intends to host an OSCE regional conference on border delimitation in 2027.";

        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Armenia", text, "2026-12-05");

        drafts.Where(p => p.Kind == EventKind.PraiseExpressed).SelectMany(p => p.Counterparts.Select(c => c.Id)).ShouldContain("osce-chairpersonship");
        drafts.Count(p => p.Kind == EventKind.PraiseExpressed).ShouldBe(2);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "armenia");
    }

    [Fact]
    public void no_such_visit_after_a_pledge_to_consider_one_is_unmet_and_an_organisation_on_the_verge_of_irrelevance_is_criticised()
    {
        // (batch 143, an IPHR statement and a TASS story)
        const string text = "In March 2024, Foreign Minister Sirojiddin Muhriddin told the OSCE Permanent Council that Tajikistan would consider a visit by the OSCE Representative on Freedom of the Media to GBAO \"in the near future.\" No such visit has taken place.";
        var drafts = ProposeBy("International Partnership for Human Rights", text, "2026-12-02");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);

        ProposeBy("TASS", "The OSCE is on the verge of irrelevance because Western countries use it to promote their own agenda, Russian Foreign Minister Sergey Lavrov said on Friday.", "2026-12-05")
            .Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Select(c => c.Id).ShouldBe(["osce"]);
    }

    [Fact]
    public void a_director_visit_release_reads_a_round_table_a_second_that_of_an_assurance_the_invitation_welcomed_and_recommendations_partly_implemented()
    {
        // (batch 144, an ODIHR release)
        const string text = """
            BISHKEK / WARSAW, 3 December 2026 – ODIHR Director Maria Telalian concluded a three-day visit to Kyrgyzstan today.

            In Bishkek, Telalian met Foreign Minister Jeenbek Kulubaev. She also held a round table with representatives of civil society and independent media.

            "At the same time, many of the recommendations we made after the 2024 early parliamentary elections remain to be addressed," said Telalian.

            Foreign Minister Kulubaev assured the Director that Kyrgyzstan would invite ODIHR to observe the presidential election scheduled for January 2027 and that the authorities would share the draft amendments to the electoral code with ODIHR for review before their adoption.

            Telalian welcomed the invitation. She urged the authorities to ensure that the amendments are adopted in an inclusive process, and called on the Jogorku Kenesh to reconsider the 2025 media law.

            Its final report on the 2024 elections contained 27 recommendations; according to ODIHR's own follow-up assessment, published in October 2026, only six of them have been fully implemented.
            """;
        var drafts = ProposeBy("ODIHR", text, "2026-12-03");

        drafts.ShouldContain(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Id == "kyrgyzstani-civil-society") && p.Actors.Single().Id == "maria-telalian");
        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges.ShouldAllBe(p => p.Actors.Any(a => a.Id == "kyrgyzstan") && p.Counterparts.Single().Id == "maria-telalian");
        pledges[1].Commitment!.ShouldStartWith("the authorities would share the draft amendments");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("kyrgyzstan");
        drafts.Count(p => p.Kind == EventKind.RecommendationMade).ShouldBe(2);
        var assessed = drafts.Where(p => p.Kind == EventKind.CommitmentAssessed).ToList();
        assessed.ShouldAllBe(p => p.Status == AssessmentStatus.PartiallyMet);
        assessed.Select(p => p.Actors.Single().Id).ShouldBe(["maria-telalian", "odihr"]);
        assessed[1].Occurred.Text.ShouldBe("2026-10");
    }

    [Fact]
    public void a_government_release_reads_he_after_where_its_own_minister_and_the_civil_society_whose_work_is_praised()
    {
        // (batch 144, a Dutch government release: two ministers named, "the minister" is its own; the OSCE that funds a centre is no party)
        const string text = """
            Minister of Foreign Affairs David van Weel visited Georgia on 1 and 2 December. In Tbilisi he met Georgian Foreign Minister Maka Botchorishvili, the President of the Parliament, Shalva Papuashvili, and representatives of the opposition and civil society organisations.

            The minister also visited the OSCE-supported Women's Information Centre in Tbilisi, where he praised the work of Georgian civil society in difficult circumstances.
            """;
        var drafts = ProposeBy("Government of the Netherlands", text, "2026-12-02");

        drafts.Where(p => p.Kind == EventKind.Meeting).Select(p => p.Counterparts.Single().Id).ShouldBe(["maka-botchorishvili", "shalva-papuashvili", "georgian-civil-society"]);
        drafts.Where(p => p.Kind == EventKind.Meeting).ShouldAllBe(p => p.Actors.Single().Id == "david-van-weel");
        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Single().Id).ShouldBe(("david-van-weel", "georgian-civil-society"));
    }

    [Fact]
    public void an_ngo_alert_dates_its_call_by_its_dateline_not_a_sentencing_in_a_relative_clause_and_reads_must_not_and_a_visit_asked_for()
    {
        // (batch 144, a CPJ alert)
        const string text = """
            New York, December 4, 2026 — Azerbaijani authorities must immediately release the seven journalists of independent outlet Meydan TV who were sentenced on Wednesday to prison terms of up to nine years, the Committee to Protect Journalists said Friday.

            "The OSCE and its participating States must not treat this as business as usual," said Gulnoza Said, CPJ's Europe and Central Asia program coordinator.

            CPJ called on the OSCE Representative on Freedom of the Media, Jan Braathu, to request an urgent visit to Azerbaijan.

            Azerbaijan is holding at least 25 journalists behind bars, making it one of the worst jailers of journalists in Europe and Central Asia, according to CPJ's most recent prison census.
            """;
        var drafts = ProposeBy("Committee to Protect Journalists", text, "2026-12-04");

        var recommendations = drafts.Where(p => p.Kind == EventKind.RecommendationMade).ToList();
        recommendations[0].Occurred.Text.ShouldBe("2026-12-04");
        recommendations.ShouldContain(p => p.Counterparts.Select(c => c.Id).Order().SequenceEqual(new[] { "osce", "osce-participating-states" }));
        drafts.ShouldNotContain(p => p.Kind == EventKind.Visit);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("azerbaijan");
    }

    [Fact]
    public void a_news_lead_of_an_assurance_takes_the_day_of_the_meeting_told_next_and_the_high_commissioner_alone_is_the_holder()
    {
        // (batch 144, an Azattyq story)
        const string text = """
            ASTANA -- Kazakh President Qasym-Zhomart Tokaev has assured the OSCE High Commissioner on National Minorities, Christophe Kamp, that the country will preserve education in Russian and other minority languages.

            Tokaev received Kamp at the Akorda presidential residence on December 4, according to a statement from the president's press service. The statement said the president also thanked the High Commissioner for his "long-standing and constructive cooperation" with Kazakhstan.

            Kamp, a Dutch diplomat who took up the post in December 2024, is on his third visit to Kazakhstan.

            In a statement issued after the meeting with Tokaev, Kamp welcomed "Kazakhstan's long tradition of interethnic harmony" but recommended that the authorities adopt a "gradual and flexible" approach to the language reform.

            Rights groups have criticized the law. Evgeniy Zhovtis of the Kazakhstan International Bureau for Human Rights and the Rule of Law said the authorities had failed to consult minority communities before the law was adopted.
            """;
        var drafts = ProposeBy("Azattyq Radio", text, "2026-12-05");

        var pledge = drafts.First(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Counterparts.Single().Id).ShouldBe(("2026-12-04", "christophe-kamp"));
        drafts.First(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("christophe-kamp");
        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldNotBe("2024-12");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("christophe-kamp");
        var criticisms = drafts.Where(p => p.Kind == EventKind.CriticismRaised).ToList();
        criticisms.Select(p => p.Actors.Single().Id).ShouldBe(["human-rights-organisations", "evgeniy-zhovtis"]);
        criticisms[0].Occurred.Text.ShouldBe("../2026-12-05");
        criticisms.ShouldAllBe(p => p.Counterparts.Single().Id == "kazakhstan");
    }

    [Fact]
    public void a_second_that_of_a_saying_is_pledged_by_the_same_makers_but_not_to_whom_the_first_pledge_names()
    {
        // (u254: the OSCE Mission the first pledge is about is no one the second is made to; u434: a pledge split at "and that" is proposed once)
        var drafts = ProposeBy("Government of the Republic of Serbia", "Dačić said that Serbia would continue to cooperate with the OSCE Mission on the reform of the police and that the Ministry would adopt a new strategy for community policing by the middle of next year.", "2026-12-01");
        var second = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList()[1];
        second.Actors.Select(a => a.Id).ShouldContain("serbia");
        second.Actors.ShouldNotContain(a => a.Kind == ActorKind.FieldOperation);
        second.Counterparts.ShouldBeEmpty();

        var split = ProposeBy("OSCE Mission to Moldova", "Ambassador Kelly Keiderling said that the Mission will convene the sectoral working groups on education and ecology in December, and that it will raise the situation of the Latin-script schools at the next meeting of the chief negotiators.", "2026-11-27");
        split.Count(p => p.Kind == EventKind.CommitmentMade).ShouldBe(2);
    }

    [Fact]
    public void a_field_operations_release_reads_no_place_in_public_life_urges_prosecutors_and_implementation_that_remains_uneven()
    {
        // (batch 145, the OSCE Mission to BiH)
        const string text = """
            SARAJEVO, 7 December 2026 – The Mission calls on the Central Election Commission of BiH to apply the sanctions available under the Election Law consistently and without delay, and urges prosecutors to investigate incitement to hatred wherever it occurs.

            "Statements that glorify convicted war criminals or deny the genocide in Srebrenica have no place in public life," said Ambassador Brian Aggeler, Head of the OSCE Mission to BiH.

            In 2024, the Parliamentary Assembly of BiH adopted amendments criminalizing the glorification of war criminals, as the OSCE had long recommended. Implementation, however, remains uneven.
            """;
        var drafts = ProposeBy("OSCE Mission to Bosnia and Herzegovina", text, "2026-12-07");

        drafts.Count(p => p.Kind == EventKind.RecommendationMade).ShouldBe(2);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("brian-aggeler");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
    }

    [Fact]
    public void a_ministrys_release_has_a_pledge_to_host_made_to_the_field_operation_met_not_dated_by_a_year_discussed()
    {
        // (batch 145, the Kazakh MFA: the State its Deputy Minister speaks for pledges, to the office the other side heads)
        const string text = """
            Astana, 4 December 2026

            Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Alibek Bakayev received the Head of the OSCE Programme Office in Astana, Volker Frobarth.

            The parties discussed the implementation of joint projects in 2026 and the priorities for 2027, including the regional conference on water diplomacy which Kazakhstan will host in Almaty in April 2027.
            """;
        var pledge = ProposeBy("Ministry of Foreign Affairs of Kazakhstan", text, "2026-12-04").Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Single().Id.ShouldBe("programme-office-in-astana");
        pledge.Occurred.Text.ShouldBe("2026-12-04");
    }

    [Fact]
    public void an_ngo_reads_an_inquiry_with_no_findings_as_a_promise_unmet_and_a_mockery_as_criticism()
    {
        // (batch 145, HRW on Karakalpakstan)
        const string text = """
            In July 2022, President Shavkat Mirziyoyev promised a "thorough and objective" investigation into the deaths of at least 21 people when security forces dispersed the protests. The parliamentary commission set up for that purpose has not published any findings, and no law enforcement officer has been held accountable.

            "The authorities' refusal to account for the killings in Nukus makes a mockery of President Mirziyoyev's pledge," said Mihra Rittmann, senior Central Asia researcher at Human Rights Watch.
            """;
        var drafts = ProposeBy("Human Rights Watch", text, "2026-12-03");
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Counterparts.Any(c => c.Id == "uzbekistan")).ShouldBe((AssessmentStatus.Unmet, true));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("mihra-rittmann");
    }

    [Fact]
    public void a_think_tank_named_an_endowment_is_the_author_of_its_commentary()
    {
        // (batch 145, a Carnegie commentary: "Endowment" heads a body's name, so its recommendations have an author)
        var drafts = ProposeBy("Carnegie Endowment for International Peace", "In 2023, the participating States committed to adopting a multi-year budget by 2025. That commitment has not been met. " +
                                                                           "Third, participating States should agree to a rule that would let the previous year's budget roll over automatically.", "2026-12-02");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("carnegie-endowment-for-international-peace");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_news_story_reads_an_offer_to_host_its_backing_a_praised_agreement_signed_before_and_a_capital_rejecting_criticism()
    {
        // (batch 146, a 24.kg story)
        const string text = """
            BISHKEK, December 6, 2026 – Kyrgyzstan's Foreign Minister Jeenbek Kulubaev met with OSCE Secretary General Feridun Sinirlioğlu on the sidelines of the OSCE Ministerial Council in Lugano on Thursday.

            Kulubaev said that Kyrgyzstan attached great importance to its cooperation with the OSCE and proposed holding a high-level conference on the prevention of violent extremism in Bishkek in the autumn of 2027. The Secretary General supported the initiative.

            Feridun Sinirlioğlu praised the agreement on the state border signed by Kyrgyzstan and Tajikistan in March 2025 as "an example for the whole OSCE region."

            Earlier this year, the OSCE Representative on Freedom of the Media criticized the law "On Mass Media" adopted in Kyrgyzstan in August 2025. Bishkek has rejected the criticism, calling it interference in internal affairs.
            """;
        var drafts = ProposeBy("24.kg news agency", text, "2026-12-06");

        drafts.ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
        var offer = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        offer.Actors.ShouldContain(a => a.Id == "jeenbek-kulubaev");
        offer.Counterparts.Single().Id.ShouldBe("feridun-sinirlioglu");
        drafts.Count(p => p.Kind == EventKind.PraiseExpressed).ShouldBe(2);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.StartsWith("Bishkek", StringComparison.Ordinal)).Actors.Single().Id.ShouldBe("kyrgyzstan");
    }

    [Fact]
    public void what_did_not_happen_neither_implemented_and_recommendations_ignored_are_promises_unmet()
    {
        // (batch 146: the RFoM, an NHC report, an EEAS statement)
        var rfom = ProposeBy("OSCE Representative on Freedom of the Media", "Braathu recalled that during his visit to Tbilisi in May 2026, Speaker Shalva Papuashvili had assured him that any changes to media legislation would be consulted with his Office. \"This did not happen,\" the Representative said.", "2026-12-02");
        var notDone = rfom.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (notDone.Status, notDone.Counterparts.Any(c => c.Id == "shalva-papuashvili")).ShouldBe((AssessmentStatus.Unmet, true));

        ProposeBy("Norwegian Helsinki Committee", "During the Universal Periodic Review in January 2024, Tajikistan accepted recommendations to protect lawyers and to decriminalize defamation. Neither has been implemented.", "2026-12-02")
            .Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);

        var eu = ProposeBy("European Union External Action", "The EU welcomes the release in September 2026 of 52 political prisoners, facilitated by the United States, and reiterates its readiness to support Belarusian civil society and independent media in exile. " +
                                                            "The EU will continue to raise the situation in Belarus in the OSCE, including through the Moscow Mechanism invoked by 38 participating States in 2020, whose recommendations Belarus has ignored.", "2026-12-01");
        eu.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        eu.Where(p => p.Kind == EventKind.CommitmentMade).ShouldAllBe(p => p.Occurred.Text == "2026-12-01");
        eu.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.ShouldNotContain(c => c.Id == "belarusian-civil-society");
    }

    [Fact]
    public void a_visit_named_by_its_length_just_after_it_ended_lasted_those_days_and_a_second_thanks_is_the_first_judges()
    {
        // (batch 147, the OSCE Secretariat on Mongolia)
        const string text = """
            ULAANBAATAR, 30 November 2026 – OSCE Secretary General Feridun Sinirlioğlu concluded an official visit to Mongolia today, the first by an OSCE Secretary General since 2019.

            During the two-day visit, Sinirlioğlu held talks with Foreign Minister Batmunkh Battsetseg.

            The Secretary General commended Mongolia's role as a bridge between the OSCE area and North-East Asia and thanked the authorities for hosting the OSCE regional workshop on cross-border water management in June.

            Foreign Minister Battsetseg confirmed that Mongolia would second two experts to the OSCE Secretariat in 2027 and expressed Mongolia's interest in hosting the 2028 OSCE Asian Partners Conference.
            """;
        var drafts = ProposeBy("OSCE Secretariat", text, "2026-11-30");

        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-11-29/2026-11-30");
        var praise = drafts.Where(p => p.Kind == EventKind.PraiseExpressed).ToList();
        praise.Count.ShouldBe(2);
        praise.ShouldAllBe(p => p.Actors.Single().Id == "feridun-sinirlioglu" && p.Counterparts.Single().Id == "mongolia");
        drafts.Count(p => p.Kind == EventKind.CommitmentMade).ShouldBe(2);
    }

    [Fact]
    public void a_report_dated_by_its_weekday_not_by_the_elections_it_is_on_and_welcomed_or_dismissed_as_its_authors()
    {
        // (batch 147, a Civil.ge story)
        const string text = """
            The OSCE Office for Democratic Institutions and Human Rights (ODIHR) published its final report on Georgia's 4 October local elections on Thursday, concluding that the vote was "marred by widespread pressure on public sector employees and voters."

            The report contains 28 recommendations, including calls on the authorities to strengthen safeguards for the secrecy of the vote. ODIHR noted that most of its priority recommendations from the 2024 parliamentary elections remain unaddressed.

            Georgian Dream's Executive Secretary Mamuka Mdinaradze dismissed the report as "biased and politically motivated."

            The opposition Coalition for Change welcomed the report.
            """;
        var drafts = ProposeBy("Civil.ge", text, "2026-12-04");

        drafts.First(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-12-03");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "mamuka-mdinaradze")).Counterparts.Single().Id.ShouldBe("odihr");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("odihr");
    }

    [Fact]
    public void an_ngo_statement_reads_fraudulent_elections_cannot_stay_silent_a_second_call_on_governments_and_a_quoted_pledge_then_broken()
    {
        // (batch 147, Freedom House on Azerbaijan)
        const string text = """
            "Azerbaijan punishes those who document its fraudulent elections. The OSCE cannot stay silent when one of its longtime partners is jailed for his work," said Marta Kowalska, Freedom House's director for Eurasia programs.

            Freedom House urges the OSCE Chairpersonship and ODIHR to publicly call for Mammadli's release, and calls on the governments of the United States and the European Union to raise his case directly with President Ilham Aliyev.

            In 2024, Azerbaijan's government told the UN Human Rights Committee that it would "ensure a safe environment for civil society." Since then, the authorities have arrested more than 30 activists and journalists.
            """;
        var drafts = ProposeBy("Freedom House", text, "2026-12-02");

        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("fraudulent", StringComparison.Ordinal));
        drafts.ShouldContain(p => p.Kind == EventKind.RecommendationMade && p.Counterparts.Any(c => c.Id == "osce") && p.Source.Quote.Contains("silent", StringComparison.Ordinal));
        drafts.ShouldContain(p => p.Kind == EventKind.RecommendationMade && p.Counterparts.Any(c => c.Id == "united-states-of-america"));
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Occurred.Text, pledge.Actors.Single().Id).ShouldBe(("2024", "azerbaijan"));
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_long_named_institute_authors_its_paper_and_a_minister_for_returns_is_no_person_called_returns()
    {
        // (batch 148: an OSCE Insights paper, the IFSH's; the OSCE Mission in Kosovo's release)
        ProposeBy("Institute for Peace Research and Security Policy at the University of Hamburg", "ODIHR should publish an annual review of the follow-up to all Moscow Mechanism recommendations.", "2026-11-30")
            .Single(p => p.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("institute-for-peace-research-and-security-policy-at-the-university-of-hamburg");

        var kosovo = ProposeBy("OSCE Mission in Kosovo", "According to the report, only 12 of 38 municipalities fully comply with the Law on the Use of Languages. " +
                                                       "Minister for Communities and Returns Nenad Rašić said that the Ministry would present an action plan on language rights to the Government by March 2027.", "2026-12-04");
        kosovo.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
        kosovo.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "nenad-rasic");
    }

    [Fact]
    public void a_promise_that_no_journalist_will_be_imprisoned_is_left_unmet_by_those_who_have_since_served_a_year_in_detention()
    {
        // (batch 148, an Amnesty public statement)
        var drafts = ProposeBy("Amnesty International", "In March 2025, President Sadyr Japarov stated that \"no journalist will be imprisoned for his work in Kyrgyzstan.\" " +
                                                        "Two former Kloop camera operators have since served more than a year in pre-trial detention.", "2026-12-01");
        var promise = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (promise.Occurred.Text, promise.Commitment).ShouldBe(("2025-03", "no journalist will be imprisoned for his work in Kyrgyzstan"));
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void an_interior_minister_titled_with_no_state_pledges_for_the_state_the_release_is_about_and_a_count_of_cases_leaves_it_partly_kept()
    {
        // (batch 149, an RSF release on Serbia)
        const string text = """
            Serbia: RSF demands justice after new wave of attacks on journalists covering protests

            "The Serbian authorities have created a climate in which attacking a journalist carries no risk," said Pavol Szalai, head of RSF's EU-Balkans desk.

            In March 2025, Interior Minister Ivica Dačić promised that every attack on a journalist would be investigated. Of the 40 cases recorded by NUNS, only three have led to an indictment.
            """;
        var drafts = ProposeBy("Reporters Without Borders", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("serbia");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["serbia", "ivica-dacic"], ignoreOrder: true);
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.PartiallyMet, "serbia"));
    }

    [Fact]
    public void a_second_pledge_told_to_an_ambassador_is_a_pledge_and_a_call_after_welcoming_a_law_adopted_in_november_is_made_today()
    {
        // (batch 149, the North Macedonian government's release)
        const string text = """
            Prime Minister Hristijan Mickoski today received the Head of the OSCE Mission to Skopje, Ambassador Kilian Wahl, for a farewell meeting.

            Mickoski informed Ambassador Wahl that the Government would adopt the new Strategy for Reform of the Judiciary 2027–2031 by the end of February, and that the Law on the Judicial Council would be sent to Parliament before the end of the year.

            Ambassador Wahl welcomed the adoption in November of the amendments to the Law on Free Access to Public Information, and encouraged the Government to ensure broad consultation with civil society on the judicial reform package.
            """;
        var drafts = ProposeBy("Government of the Republic of North Macedonia", text, "2026-12-03");

        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges[0].Commitment!.ShouldStartWith("the Government would adopt the new Strategy");
        pledges[1].Commitment!.ShouldStartWith("the Law on the Judicial Council would be sent to Parliament");
        pledges[1].Actors.Select(a => a.Id).ShouldBe(pledges[0].Actors.Select(a => a.Id));
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-12-03");
    }

    [Fact]
    public void one_targeted_for_his_work_with_odihr_is_targeted_by_his_state_an_accepted_recommendation_pledges_and_a_list_item_may_open_on_adverbs()
    {
        // (batch 149, a Front Line Defenders urgent appeal)
        const string text = """
            Azerbaijan: Human rights defender Anar Mammadli sentenced to ten years

            Front Line Defenders believes that Anar Mammadli is being targeted solely for his legitimate election-monitoring work, including his cooperation with OSCE/ODIHR election observation missions.

            During its Universal Periodic Review in November 2023, Azerbaijan accepted the recommendation to ensure that human rights defenders can work without fear of reprisals.

            Front Line Defenders urges the authorities in Azerbaijan to:

            1. Immediately and unconditionally quash the sentence against Anar Mammadli and release him;

            2. Cease targeting all human rights defenders in Azerbaijan.
            """;
        var drafts = ProposeBy("Front Line Defenders", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("azerbaijan");
        var accepted = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (accepted.Occurred.Text, accepted.Actors.Single().Id).ShouldBe(("2023-11", "azerbaijan"));
        drafts.Count(p => p.Kind == EventKind.RecommendationMade).ShouldBe(2);
        drafts.ShouldContain(p => p.Kind == EventKind.RecommendationMade && p.Source.Quote.StartsWith("Immediately", StringComparison.Ordinal));
    }

    [Fact]
    public void a_state_violating_every_osce_principle_is_criticised_not_the_osce()
    {
        // (batch 149, the Latvian foreign ministry's release from the Ministerial Council)
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Latvia",
            "On 4 December, Minister of Foreign Affairs of Latvia Baiba Braže addressed the OSCE Ministerial Council in Lugano. " +
            "\"Russia continues its brutal war of aggression against Ukraine in flagrant violation of every OSCE principle,\" the Minister stressed.", "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("russian-federation");
    }

    [Fact]
    public void a_minister_informing_his_counterpart_pledges_twice_to_the_one_he_met_and_the_second_is_worded_apart()
    {
        // (batch 150, the Cypriot foreign ministry's announcement)
        const string text = """
            The Minister of Foreign Affairs, Dr Constantinos Kombos, met yesterday in Lugano, on the margins of the 33rd OSCE Ministerial Council, with the Chairperson-in-Office of the OSCE, Federal Councillor Ignazio Cassis.

            The Minister informed his counterpart that the Cypriot Chairpersonship would place the safety of journalists at the centre of its work in 2027, and that Cyprus would host a high-level conference on maritime security in Limassol in May 2027.
            """;
        var pledges = ProposeBy("Ministry of Foreign Affairs of Cyprus", text, "2026-12-04").Where(p => p.Kind == EventKind.CommitmentMade).ToList();

        pledges.Count.ShouldBe(2);
        pledges.ShouldAllBe(p => p.Counterparts.Any(c => c.Id == "ignazio-cassis") && p.Actors.Any(a => a.Id == "constantinos-kombos"));
        pledges[0].Commitment!.ShouldStartWith("the Cypriot Chairpersonship would place");
        pledges[1].Commitment!.ShouldStartWith("Cyprus would host");
    }

    [Fact]
    public void what_a_report_published_on_tuesday_contains_it_says_that_day_and_a_count_of_recommendations_from_an_earlier_report_is_partly_met()
    {
        // (batch 150, Balkan Insight on ODIHR's final report on Hungary)
        const string text = """
            The OSCE Office for Democratic Institutions and Human Rights, ODIHR, on Tuesday published its final report on Hungary's April 12 parliamentary election, concluding that the campaign was "competitive, but marred by the misuse of administrative resources."

            The report contains 19 recommendations, including that Hungary should establish an independent body to oversee government advertising.

            ODIHR also noted that only three of the 26 recommendations from its 2022 report had been fully implemented.

            Government spokesperson Zoltán Kovács told BIRN that the government "takes note" of the report and that the recommendations would be reviewed "in good faith" by the Ministry of Justice.
            """;
        var drafts = ProposeBy("Balkan Insight", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Occurred.Text.ShouldBe("2026-12-01");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.PartiallyMet);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "zoltan-kovacs");
    }

    [Fact]
    public void a_secretary_general_received_on_his_first_visit_is_the_visitor_and_a_states_support_conveyed_and_a_contribution_announced_are_two_pledges()
    {
        // (batch 150, the Spanish foreign ministry's release)
        const string text = """
            The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, received yesterday at the Palacio de Viana the Secretary General of the Organization for Security and Co-operation in Europe (OSCE), Feridun Sinirlioğlu, on his first official visit to Spain.

            Albares conveyed to the Secretary General Spain's firm support for the OSCE as an indispensable platform for dialogue on European security, and announced that Spain would contribute 750,000 euros in 2027 to OSCE projects on combating trafficking in human beings.

            The Minister also expressed Spain's concern over the continued budgetary paralysis of the Organization.
            """;
        var drafts = ProposeBy("Ministry of Foreign Affairs, European Union and Cooperation of Spain", text, "2026-12-01");

        drafts.Single(p => p.Kind == EventKind.Visit).Actors.Single().Id.ShouldBe("feridun-sinirlioglu");
        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges[0].Counterparts.ShouldContain(c => c.Id == "osce");
        pledges[1].Commitment!.ShouldContain("750,000 euros");
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "jose-manuel-albares"));
    }

    [Fact]
    public void a_centre_named_before_its_own_name_is_the_author_of_its_statement_and_an_opaque_procedure_is_criticised()
    {
        // (batch 150, a Belarusian human rights organisations' statement published by the Human Rights Centre Viasna)
        var drafts = ProposeBy("Human Rights Centre Viasna", "As of 1 December 2026, there are 1,132 political prisoners in Belarus. At the same time, the authorities continue to detain new people for \"extremist\" activities. " +
                                                             "The pardon procedure remains opaque and requires prisoners to admit guilt.", "2026-12-03");

        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("continue to detain", StringComparison.Ordinal));
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("opaque", StringComparison.Ordinal));
        drafts.ShouldAllBe(p => p.Actors.Single().Id == "human-rights-centre-viasna" && p.Counterparts.Single().Id == "belarus");
    }

    [Fact]
    public void organisations_undersigned_over_a_block_of_names_judge_together_and_what_follows_a_quotation_and_but_is_the_writers()
    {
        // (batch 150, the Belarusian human rights organisations' statement)
        const string text = """
            As of 1 December 2026, there are 1,132 political prisoners in Belarus.

            Aliaksandr Lukashenka stated in July that "petitions are welcome", but the pardon procedure remains opaque and requires prisoners to admit guilt.

            We, the undersigned human rights organizations, demand:
            - the immediate release of all political prisoners and their full rehabilitation;

            We call on the OSCE participating States to raise the issue of political prisoners in Belarus.

            Human Rights Centre "Viasna"
            Belarusian Association of Journalists
            Legal Initiative
            """;
        var drafts = ProposeBy("Human Rights Centre Viasna", text, "2026-12-03");

        var opaque = drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("opaque", StringComparison.Ordinal));
        (opaque.Occurred.Text, opaque.Counterparts.Single().Id).ShouldBe(("2026-12-03", "belarus"));
        opaque.Actors.ShouldNotContain(a => a.Id == "aliaksandr-lukashenka");
        drafts.Where(p => p.Kind == EventKind.RecommendationMade).ShouldAllBe(p => p.Actors.Count == 3 && p.Actors.Any(a => a.Id == "belarusian-association-of-journalists"));
        drafts.Count(p => p.Kind == EventKind.RecommendationMade).ShouldBe(2);
    }

    [Fact]
    public void a_leader_stating_that_everyone_who_writes_a_petition_will_be_considered_pledges_it()
    {
        // (batch 150)
        var pledge = ProposeBy("Human Rights Centre Viasna", "Aliaksandr Lukashenka stated in July that \"everyone who writes a petition will be considered\".", "2026-12-03")
            .Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Actors[0].Id, pledge.Commitment).ShouldBe(("aliaksandr-lukashenka", "everyone who writes a petition will be considered"));
    }

    [Fact]
    public void a_resolution_recital_commits_a_participating_state_to_the_osce_and_condemning_a_sentencing_judges_the_state_not_the_sentenced()
    {
        // (batch 151, a European Parliament resolution)
        const string text = """
            B. whereas Azerbaijan, as a participating State of the OSCE, has committed to allow domestic observers to monitor elections;

            1. Condemns the sentencing of Anar Mammadli, chair of the Election Monitoring and Democracy Studies Centre, and calls for his immediate and unconditional release;
            """;
        var drafts = ProposeBy("European Parliament", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.ShouldContain(c => c.Id == "osce");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("azerbaijan");
    }

    [Fact]
    public void a_spokespersons_answers_are_his_and_his_states_and_an_invitation_he_says_will_be_sent_is_pledged_to_the_body_invited()
    {
        // (batch 151, the Kazakh foreign ministry's briefing)
        const string text = """
            Ministry of Foreign Affairs of the Republic of Kazakhstan

            Briefing by the Official Representative of the Ministry of Foreign Affairs Aibek Smadiyarov

            On 3-4 December, the delegation of Kazakhstan headed by Deputy Prime Minister – Minister of Foreign Affairs Yermek Kosherbayev will take part in the OSCE Ministerial Council.

            Question: Will Kazakhstan invite ODIHR to observe the parliamentary elections?

            Answer: Yes. Kazakhstan traditionally invites ODIHR and will send an invitation as soon as the elections are called.

            Question: How do you assess the work of the OSCE Programme Office in Astana?

            Answer: We highly appreciate the cooperation with the Programme Office.
            """;
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Kazakhstan", text, "2026-12-02");

        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "aibek-smadiyarov"], ignoreOrder: true);
        pledge.Counterparts.Single().Id.ShouldBe("odihr");
        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Select(a => a.Id).ShouldBe(["kazakhstan", "aibek-smadiyarov"], ignoreOrder: true);
    }

    [Fact]
    public void a_posts_bare_minister_is_the_minister_it_named_and_russia_continuing_an_illegal_occupation_is_criticised()
    {
        // (batch 151, the Georgian foreign ministry's Telegram post)
        const string text = """
            🇬🇪🇨🇭 Minister of Foreign Affairs Maka Botchorishvili met with OSCE Chairperson-in-Office Ignazio Cassis on the margins of the #OSCEMC in Lugano.

            Minister thanked Switzerland for its support to the Geneva International Discussions and stressed that Georgia remains committed to the peaceful resolution of the conflict with Russia.

            👉 Botchorishvili underlined that Russia continues the illegal occupation of Georgia's regions.
            """;
        var drafts = ProposeBy("Ministry of Foreign Affairs of Georgia", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("maka-botchorishvili");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.ShouldNotContain(c => c.Id == "russian-federation");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("russian-federation");
    }

    [Fact]
    public void a_government_promise_at_the_time_of_a_review_is_dated_by_it_and_evidence_showing_otherwise_leaves_it_unmet()
    {
        // (batch 151, a policy paper with footnote marks)
        const string text = """
            The Law "On Mass Media", signed by President Sadyr Japarov in August 2025, requires all online outlets in Kyrgyzstan to register. In its legal review of March 2025, the OSCE Representative on Freedom of the Media found that the registration requirement "does not meet international standards" and recommended that it be removed.1

            The government promised at the time that registration would be "a simple formality". Two years on, the evidence shows otherwise.
            """;
        var drafts = ProposeBy("Bishkek Policy Institute", text, "2026-12");

        var promise = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (promise.Occurred.Text, promise.Actors.Single().Id).ShouldBe(("2025-03", "kyrgyzstan"));
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Source.Quote.Contains("international standards", StringComparison.Ordinal));
    }

    [Fact]
    public void a_visit_concluded_today_after_two_days_dates_its_meetings_and_a_centres_support_is_no_addressee()
    {
        // (batch 152, the OSCE Secretariat's release on Turkmenistan)
        const string text = """
            ASHGABAT, 2 December 2026 – OSCE Secretary General Feridun Sinirlioğlu concluded today a two-day visit to Turkmenistan, his second since taking office.

            The Secretary General was received by President Serdar Berdimuhamedov.

            Meredov informed the Secretary General that Turkmenistan would host a regional conference on border security in Ashgabat in the second half of 2027, with the support of the OSCE Centre in Ashgabat.
            """;
        var drafts = ProposeBy("OSCE Secretariat", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.Visit).Occurred.Text.ShouldBe("2026-12-01/2026-12-02");
        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.Text.ShouldBe("2026-12-01/2026-12-02");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.ShouldNotContain(c => c.Id == "centre-in-ashgabat");
    }

    [Fact]
    public void a_government_saying_it_will_consider_a_committees_recommendations_then_no_investigation_opened_is_unmet()
    {
        // (batch 152, an Amnesty public statement on Tajikistan)
        var drafts = ProposeBy("Amnesty International", "In May 2025, the UN Committee against Torture urged Tajikistan to investigate allegations of torture of detained Pamiri activists. " +
                                                        "In its response to the Committee, the government stated that it \"will consider\" the recommendations. No investigation has been opened.", "2026-12-01");

        drafts.ShouldContain(p => p.Kind == EventKind.CommitmentMade);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_statement_delivered_by_a_charge_d_affaires_a_i_is_hers_and_having_yet_to_see_the_invitation_leaves_the_pledge_unmet()
    {
        // (batch 152, a U.S. statement to the Permanent Council)
        const string text = """
            U.S. Mission to the OSCE

            On the Situation in Georgia

            As delivered by Chargé d'Affaires a.i. Katherine Brucker to the Permanent Council, Vienna
            November 26, 2026

            We note that in February 2026 the Government of Georgia told this Council that it would invite ODIHR to assess the implementation of its election recommendations. We have yet to see that invitation extended.

            We urge the Georgian authorities to release those detained for peacefully exercising their rights.
            """;
        var drafts = ProposeBy("U.S. Mission to the OSCE", text, "2026-11-26");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.ShouldContain(a => a.Id == "katherine-brucker");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void a_town_visited_within_a_visit_to_a_state_is_part_of_it_and_no_visit_to_the_occupier()
    {
        // (batch 152, an Ukrinform story)
        const string text = """
            Chairman of the Verkhovna Rada of Ukraine Ruslan Stefanchuk met in Kyiv with President of the OSCE Parliamentary Assembly Pere Joan Pons, who is on a visit to Ukraine.

            "Russia has deported tens of thousands of Ukrainian children. This is a crime," Pons said.

            As reported, on Saturday Pons visited Bucha, where he laid flowers at the memorial to the victims of the Russian occupation.
            """;
        var drafts = ProposeBy("Ukrinform", text, "2026-11-30");

        drafts.Single(p => p.Kind == EventKind.Visit).Counterparts.Single().Id.ShouldBe("ukraine");
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "pere-joan-pons") && p.Counterparts.Any(c => c.Id == "russian-federation"));
    }

    [Fact]
    public void a_head_of_mission_meeting_one_negotiator_on_tuesday_and_another_on_wednesday_meets_each_that_day_and_a_second_pledge_is_said_by_its_own_verb()
    {
        // (batch 153, the OSCE Mission to Moldova's release)
        const string text = """
            CHISINAU, 3 December 2026 – The Head of the OSCE Mission to Moldova, Ambassador Kelly Keiderling, met on Tuesday in Chisinau with Deputy Prime Minister for Reintegration Roman Roșca and on Wednesday in Tiraspol with the Transnistrian chief negotiator Vitaly Ignatiev.

            Roșca reaffirmed the Moldovan Government's commitment to a peaceful and comprehensive settlement and said that Chisinau would propose new confidence-building measures at the next "1+1" meeting in January.
            """;
        var drafts = ProposeBy("OSCE Mission to Moldova", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Id == "roman-rosca")).Occurred.Text.ShouldBe("2026-12-01");
        drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Id == "vitaly-ignatiev")).Occurred.Text.ShouldBe("2026-12-02");
        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade).ToList();
        pledges.Count.ShouldBe(2);
        pledges[1].Commitment!.ShouldStartWith("Chisinau would propose new confidence-building measures");
    }

    [Fact]
    public void a_promise_made_in_a_2023_address_is_dated_2023()
    {
        // (batch 153, a CPJ alert on Kazakhstan)
        var pledge = ProposeBy("Committee to Protect Journalists", "In a 2023 address, Tokayev promised that the state would \"listen to every critical voice\" in Kazakhstan.", "2026-12-04")
            .Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Occurred.Text.ShouldBe("2023");
    }

    [Fact]
    public void roman_rosca_is_no_cue_for_roma_and_sinti_and_a_first_pledge_is_worded_without_the_and_joining_the_second()
    {
        // (seen ingesting batch 153's Moldova release through the API: "Roman" read as "Roma", a wording ending on "and")
        var drafts = ProposeBy("OSCE Mission to Moldova",
            "The Head of the OSCE Mission to Moldova, Ambassador Kelly Keiderling, met on Tuesday in Chisinau with Deputy Prime Minister for Reintegration Roman Roșca. " +
            "Roșca reaffirmed the Moldovan Government's commitment to a peaceful and comprehensive settlement and said that Chisinau would propose new confidence-building measures.", "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.Meeting).Topic.ShouldNotBe("Roma and Sinti");
        drafts.First(p => p.Kind == EventKind.CommitmentMade).Commitment.ShouldBe("to a peaceful and comprehensive settlement");
        ProposeBy("OSCE", "The OSCE Chairperson-in-Office welcomed the new action plan for Roma inclusion adopted by the Government of Serbia.", "2026-12-03")
            .Single(p => p.Kind == EventKind.PraiseExpressed).Topic.ShouldBe("Roma and Sinti");
    }

    [Fact]
    public void an_interview_printed_without_labels_speaks_in_its_interviewees_voice_and_they_answers_the_question_before()
    {
        // (batch 154, a Kathimerini interview with the ODIHR Director)
        const string text = """
            INTERVIEW

            Maria Telalian: "Observation is not interference"

            By Nikos Papadakis
            Saturday, December 5, 2026

            Some governments accuse ODIHR of interfering in their internal affairs.

            Observation is not interference. I regret that some States now treat our invitations as a favour they can withdraw at will. Azerbaijan did not invite us to observe its parliamentary elections in September, and that is a clear departure from its commitments.

            Greece holds parliamentary elections next year. Will ODIHR be there?

            We will deploy a needs assessment mission to Athens in the spring.

            What should the participating States do about the budget?

            They should adopt the unified budget without further delay.
            """;
        var drafts = ProposeBy("Kathimerini", text, "2026-12-05");

        drafts.ShouldNotContain(p => p.Actors.Any(a => a.Id == "nikos-papadakis"));
        // (a criticism of some States left unnamed is of no one, not of the State the document names most)
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.ShouldBeEmpty();
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Actors.Single().Id, assessed.Counterparts.Single().Id, assessed.Status).ShouldBe(("maria-telalian", "azerbaijan", AssessmentStatus.Unmet));
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["maria-telalian", "odihr"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("osce-participating-states");
    }

    [Fact]
    public void a_brief_signed_under_its_title_and_introduced_at_its_foot_is_its_authors_and_a_plain_footnote_mark_ends_a_sentence()
    {
        // (batch 154, a CORE policy brief)
        const string text = """
            After Lugano: Muddling Through Is No Longer Enough

            Lena Hartmann

            At the Helsinki Ministerial Council in December 2025, the participating States committed to "restore the financial stability of the Organization".1 One year on, that commitment has not been met: the Secretariat has been operating on monthly allotments since January.

            Participating States should agree on a two-year budget cycle.

            1 Helsinki Ministerial Council, Decision No. 3/25, 5 December 2025.

            Lena Hartmann is a researcher at CORE.
            """;
        var drafts = ProposeBy("Centre for OSCE Research", text, "2026-12-07");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Single().Id.ShouldBe("lena-hartmann");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Source.Quote.ShouldNotContain("One year on");
        pledge.Occurred.Text.ShouldBe("2025-12");
        // ("that commitment", after a comma-led "One year on,": the participating States' pledge, judged)
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Counterparts.ShouldContain(c => c.Id == "osce-participating-states");
    }

    [Fact]
    public void a_concern_expressed_in_october_is_dated_october_and_bogus_charges_and_a_campaign_to_wipe_out_criticise()
    {
        // (batch 154, a Human Rights Watch page on the Meydan TV verdict)
        var drafts = ProposeBy("Human Rights Watch",
            "The OSCE Representative on Freedom of the Media, Jan Braathu, expressed concern in October about the conduct of the trial. " +
            "A court in Baku on December 1, 2026, sentenced six journalists to prison terms on bogus smuggling charges, Human Rights Watch said today. " +
            "“The verdict is the latest step in the Azerbaijani authorities’ campaign to wipe out what remains of independent journalism,” said Giorgi Gogia.", "2026-12-02");

        var criticisms = drafts.Where(p => p.Kind == EventKind.CriticismRaised).ToList();
        criticisms.Count.ShouldBe(3);
        criticisms[0].Occurred.Text.ShouldBe("2026-10");
        // (but an assessment's cue opening on a time, "despite promising in 2019", is not dated by it)
        ProposeBy("Human Rights Watch", "Turkmenistan promised in 2019 to allow independent monitors into its prisons. The country has never allowed an independent monitor into its prisons, despite promising in 2019 to do so.", "2026-12-03")
            .Where(p => p.Kind == EventKind.CommitmentAssessed).ShouldAllBe(p => p.Occurred.Text != "2019");
    }

    [Fact]
    public void decades_later_people_still_held_on_political_charges_find_a_pledge_unmet()
    {
        // (batch 154, the same page)
        var drafts = ProposeBy("Human Rights Watch",
            "When it joined the Council of Europe in 2001, Azerbaijan committed to release or retry all political prisoners. " +
            "More than two decades later, local rights defenders count over 350 people held on politically motivated charges.", "2026-12-02");

        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        (assessed.Status, assessed.Counterparts.Single().Id).ShouldBe((AssessmentStatus.Unmet, "azerbaijan"));
        drafts.ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
        // (with no pledge before it, a record, not an assessment)
        ProposeBy("Human Rights Watch", "More than two decades later, local rights defenders count over 350 people held on politically motivated charges.", "2026-12-02")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void praise_of_a_contribution_to_cooperation_between_two_sides_is_of_the_contributor_and_one_likened_is_no_party()
    {
        // (batch 154, the Kyrgyz foreign ministry's release)
        var praise = ProposeBy("Ministry of Foreign Affairs of the Kyrgyz Republic",
            "On November 26, 2026, Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev received the Head of the OSCE Programme Office in Bishkek Ambassador Alexey Rogov. " +
            "During the meeting, the Minister highly appreciated the contribution of Ambassador A. Rogov to the development of cooperation between the Kyrgyz Republic and the OSCE.", "2026-11-27")
            .Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Counterparts.Select(c => c.Id).ShouldBe(["alexey-rogov"]);
        // ("like every participating State": likened, not pledging)
        ProposeBy("Caspian Policy Forum", "Turkmenistan joined the OSCE in 1992 and, like every participating State, accepted the commitments of the 1990 Copenhagen Document.", "2025-09-10")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldNotContain(a => a.Id == "osce-participating-states");
        ProposeBy("ODIHR", "Every participating State has committed to invite observers to its elections.", "2026-12-05")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.Single().Id.ShouldBe("osce-participating-states");
    }

    [Fact]
    public void a_briefing_note_headed_by_its_spokesperson_speaks_with_them_and_is_said_the_day_it_is_given()
    {
        // (batch 155, OHCHR press briefing notes)
        const string text = """
            Press briefing notes on Georgia

            Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani
            Location: Geneva

            We are deeply troubled by the sentencing on Tuesday of six opposition activists in Tbilisi to prison terms of up to four years.

            The trials were marked by serious due process concerns, including the reliance on testimony from police officers whose faces were hidden from the defence.

            We urge the Georgian authorities to review these convictions in line with international human rights law.
            """;
        var drafts = ProposeBy("Office of the UN High Commissioner for Human Rights", text, "2026-12-04");

        var troubled = drafts.First(p => p.Kind == EventKind.CriticismRaised);
        troubled.Actors.Select(a => a.Id).ShouldBe(["united-nations", "ravina-shamdasani"], ignoreOrder: true);
        troubled.Occurred.Text.ShouldBe("2026-12-04");
        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.ShouldContain(a => a.Id == "ravina-shamdasani");
    }

    [Fact]
    public void a_name_after_a_committee_title_joined_by_with_is_learnt_and_its_remit_is_no_name()
    {
        // (batch 155, the Uzbek foreign ministry's release)
        var meetings = ProposeBy("Ministry of Foreign Affairs of the Republic of Uzbekistan",
            "During the visit, the High Commissioner Christophe Kamp held meetings with the Speaker of the Legislative Chamber of the Oliy Majlis Nuriddin Ismoilov and Chairman of the Committee on Interethnic Relations and Friendly Ties with Foreign Countries Rustam Kurbanov.", "2026-12-04")
            .Where(p => p.Kind == EventKind.Meeting).SelectMany(p => p.Counterparts).Select(c => c.Id).ToList();
        meetings.ShouldContain("rustam-kurbanov");
        meetings.ShouldNotContain("friendly-ties");
    }

    [Fact]
    public void a_signing_welcomed_is_no_pledge_but_two_states_committed_together_are_both_its_makers()
    {
        // (batch 155, the EU's statement on the Armenia–Azerbaijan peace agreement)
        ProposeBy("European External Action Service",
            "The European Union warmly welcomes the signing of the Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan in Washington on 4 December 2026.", "2026-12-06")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
        ProposeBy("Reuters", "In 1991, Armenia and Azerbaijan committed in the Alma-Ata Declaration to recognise each other's territorial integrity.", "2026-12-06")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
    }

    [Fact]
    public void a_report_dismissed_criticises_the_osce_election_watchdog_and_responding_to_recommendations_pledges()
    {
        // (batch 155, a Reuters story on Georgia)
        var criticism = ProposeBy("Reuters", "Georgian Foreign Minister Maka Botchorishvili on Friday dismissed a report by the OSCE's election watchdog on the local elections as a \"political pamphlet\".", "2026-12-05")
            .Single(p => p.Kind == EventKind.CriticismRaised);
        criticism.Counterparts.Single().Id.ShouldBe("odihr");
        ProposeBy("Reuters", "Georgian Foreign Minister Maka Botchorishvili said Georgia would respond to the report's recommendations in due course.", "2026-12-05")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "georgia");
        // (but "would respond" to what is done to it is no pledge)
        ProposeBy("Reuters", "Georgian Foreign Minister Maka Botchorishvili said Georgia would respond to any provocation.", "2026-12-05")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_statement_two_officials_issue_on_something_is_theirs_in_its_quotation_marks_too()
    {
        // (batch 156, a U.S. Helsinki Commission release)
        const string text = """
            PRESS RELEASE
            December 3, 2026

            WASHINGTON—Helsinki Commission Chairman Sen. Roger Wicker (MS) and Co-Chairman Rep. Joe Wilson (SC) today issued the following statement on the sentencing of three journalists by a court in Minsk:

            "The sentencing of these journalists to six years in prison is a brazen act of repression by the Lukashenka regime.

            "We call on the Belarusian authorities to release them immediately and unconditionally."
            """;
        var drafts = ProposeBy("U.S. Helsinki Commission", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Select(a => a.Id).ShouldBe(["roger-wicker", "joe-wilson"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["roger-wicker", "joe-wilson"], ignoreOrder: true);
    }

    [Fact]
    public void his_counterpart_after_a_call_between_two_is_the_other_one()
    {
        // (batch 156, the Armenian foreign ministry's readout; so u537's Popșoi, who "congratulated his counterpart on Cyprus taking over")
        var praise = ProposeBy("Ministry of Foreign Affairs of the Republic of Armenia",
            "On December 6, Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan had a telephone conversation with the Minister of Foreign Affairs of Cyprus, incoming OSCE Chairperson-in-Office Constantinos Kombos. " +
            "Ararat Mirzoyan congratulated his counterpart on the assumption of the OSCE Chairpersonship from 1 January 2027.", "2026-12-07")
            .Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Single().Id).ShouldBe(("ararat-mirzoyan", "constantinos-kombos"));
    }

    [Fact]
    public void a_side_that_will_continue_its_mission_or_mobilise_funds_pledges()
    {
        // (batch 155, the EU's statement on the Armenia–Azerbaijan peace agreement)
        ProposeBy("European External Action Service", "The EU will continue its Mission in Armenia (EUMA).", "2026-12-06")
            .Single(p => p.Kind == EventKind.CommitmentMade).Actors.Single().Id.ShouldBe("european-union");
        ProposeBy("European External Action Service", "The EU will mobilise an additional €50 million for connectivity and reconciliation projects in the South Caucasus in 2027.", "2026-12-06")
            .ShouldContain(p => p.Kind == EventKind.CommitmentMade);
        // (not another's, reported: "Russia will continue its support for …" is no pledge of the writer's)
        ProposeBy("European External Action Service", "Observers fear that Russia will continue its support for the separatists in eastern Ukraine.", "2026-12-06")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_visit_ended_on_a_weekday_holds_the_meetings_its_sentence_lists_and_a_meeting_day_is_the_scene_of_its_paragraph()
    {
        // (batch 157, the OSCE PA's release on its President's visit to Uzbekistan)
        const string text = """
            TASHKENT, 4 December 2026 – OSCE Parliamentary Assembly President Pere Joan Pons concluded a two-day visit to Uzbekistan on Friday, during which he met with Speaker of the Legislative Chamber of the Oliy Majlis Nuriddin Ismoilov and Foreign Minister Bakhtiyor Saidov.

            In his meeting with Speaker Ismoilov on Thursday, President Pons welcomed the adoption of the new Electoral Code amendments in September. He encouraged the parliament to complete work on the law on political parties before the 2029 parliamentary elections.

            Speaker Ismoilov informed the President that the Legislative Chamber would invite OSCE parliamentarians to observe the next local elections.

            "The space for independent media and civil society remains narrow," Pons said at a press conference at the end of the visit.
            """;
        var drafts = ProposeBy("OSCE Parliamentary Assembly", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Id == "bakhtiyor-saidov")).Occurred.Text.ShouldBe("2026-12-03/2026-12-04");
        drafts.Single(p => p.Kind == EventKind.Meeting && p.Counterparts.Any(c => c.Id == "nuriddin-ismoilov")).Occurred.Text.ShouldBe("2026-12-03");
        var encouraged = drafts.Single(p => p.Kind == EventKind.RecommendationMade);
        (encouraged.Actors.Single().Id, encouraged.Occurred.Text).ShouldBe(("pere-joan-pons", "2026-12-03"));
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["nuriddin-ismoilov", "legislative-chamber-of-the-oliy-majlis"], ignoreOrder: true);
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Occurred.Text.ShouldBe("2026-12-04");
    }

    [Fact]
    public void a_states_official_left_unnamed_is_its_minister_and_the_republic_of_a_state_remains_committed()
    {
        // (batch 157, the Moldovan foreign ministry's release)
        const string text = """
            Deputy Prime Minister, Minister of Foreign Affairs Mihai Popșoi had a meeting on 3 December with the Head of the OSCE Mission to Moldova, Ambassador Kelly Keiderling.

            The head of Moldovan diplomacy thanked Ambassador Keiderling for her contribution to the confidence-building process.

            Minister Popșoi expressed concern about the continued detentions of Moldovan citizens by the illegal structures in Tiraspol.

            The Moldovan official reiterated that the Republic of Moldova remains committed to a peaceful settlement of the Transnistrian conflict.
            """;
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Moldova", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Actors.Single().Id.ShouldBe("mihai-popsoi");
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("transnistrian-de-facto-authorities");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).ShouldBe(["moldova", "mihai-popsoi"], ignoreOrder: true);
        // (but "nations committed to the fundamental freedoms" is still no pledge)
        ProposeBy("Ministry of Foreign Affairs of the Republic of Moldova", "The conference brought together nations committed to the fundamental freedoms.", "2026-12-03")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_brief_reads_the_chairpersonship_that_visits_an_unmet_review_months_later_and_whose_words_a_quotation_is()
    {
        // (batch 157, a Crisis Group briefing)
        const string text = """
            The ruling party has passed laws on "foreign agents" that, in the words of the OSCE Office for Democratic Institutions and Human Rights (ODIHR), "fall short of international standards" in Georgia.

            In March 2026, Prime Minister Irakli Kobakhidze pledged to review the most contested provisions of the foreign agents law together with the Venice Commission. Nine months later, no review has taken place.

            The Swiss Chairpersonship visited Tbilisi in June.

            The Georgian government should repeal the foreign agents law or bring it into line with ODIHR and Venice Commission guidance.
            """;
        var drafts = ProposeBy("International Crisis Group", text, "2026-12-02");

        var quoted = drafts.Single(p => p.Kind == EventKind.CriticismRaised);
        (quoted.Actors.Single().Id, quoted.Counterparts.Single().Id).ShouldBe(("odihr", "georgia"));
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.Single(p => p.Kind == EventKind.Visit).Actors.Single().Id.ShouldBe("osce-chairpersonship");
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("georgia");
    }

    [Fact]
    public void a_quotation_closed_under_its_introduction_ends_and_the_background_after_it_is_told_by_whom_it_names()
    {
        // (batch 157, an Amnesty International news page)
        const string text = """
            Responding to the sentencing on Thursday of seven journalists, Amnesty International's Eastern Europe and Central Asia Director Marie Struthers said:

            “These outrageous sentences are the latest blow in the Azerbaijani authorities’ relentless crackdown on independent journalism.

            “The Azerbaijani authorities must release the journalists immediately and unconditionally.”

            Background

            Amnesty International has documented serious fair trial violations in their case.

            As an OSCE participating State, Azerbaijan committed in the 1990 Copenhagen Document to respect the right of everyone to freedom of expression. In its 2025 report, the OSCE Representative on Freedom of the Media called the arrests part of a pattern of pressure on journalists.
            """;
        var drafts = ProposeBy("Amnesty International", text, "2026-12-04");

        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Single().Id == "marie-struthers");
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Single().Id == "amnesty-international" && p.Counterparts.Single().Id == "azerbaijan");
        var pattern = drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Occurred.Text == "2025");
        pattern.Actors.ShouldNotContain(a => a.Id == "marie-struthers");
        var copenhagen = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (copenhagen.Occurred.Text, copenhagen.Counterparts.Single().Id).ShouldBe(("1990", "osce"));
    }

    [Fact]
    public void a_body_the_dictionary_knows_opening_a_recommendation_under_a_heading_is_its_state()
    {
        // (u430's spreadsheet of recommendations, once the Legislative Chamber is in the dictionary)
        const string text = """
            Uzbekistan promised reforms in 2024.

            Our recommendations to the authorities of Uzbekistan
            1 | The Legislative Chamber should adopt the Law on Mass Media in its first reading before the end of the spring session 2027.
            """;
        ProposeBy("Uzbek Forum for Human Rights", text, "2026-12-01").Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("uzbekistan");
    }

    [Fact]
    public void an_offer_after_a_welcome_is_of_the_day_to_the_other_sides_state_and_space_that_remains_limited_criticises()
    {
        // (batch 158, the Kazakh foreign ministry's release and the Secretary General's in Ashgabat)
        const string text = """
            Astana, 8 December 2026 – Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Roman Vassilenko held a meeting with the Director of the OSCE Office for Democratic Institutions and Human Rights (ODIHR), Maria Telalian.

            Maria Telalian welcomed the adoption of the new Law on Peaceful Assemblies in 2025 and offered ODIHR's assistance in reviewing the draft amendments to the Constitutional Law on Elections.
            """;
        var offer = ProposeBy("Ministry of Foreign Affairs of the Republic of Kazakhstan", text, "2026-12-08").Single(p => p.Kind == EventKind.CommitmentMade);
        (offer.Occurred.Text, offer.Counterparts.Single().Id).ShouldBe(("2026-12-08", "kazakhstan"));
        offer.Actors.Select(a => a.Id).ShouldBe(["maria-telalian", "odihr"], ignoreOrder: true);

        ProposeBy("OSCE Secretariat", "Sinirlioğlu noted that space for civil society organizations in Turkmenistan remains limited.", "2026-12-08")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised);
        // (but "progress remains limited" is no criticism of this cue's)
        ProposeBy("OSCE Secretariat", "Participation in the training remains limited to police officers.", "2026-12-08")
            .ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_promise_none_has_come_of_since_is_unmet_and_an_incoming_chairpersonship_by_its_adjective_is_its_state()
    {
        // (batch 158, Human Rights Watch on Tajikistan)
        const string text = """
            "Four years on, the Tajik government is still punishing an entire community for daring to protest," said Syinat Sultanalieva, Central Asia researcher at Human Rights Watch.

            At the OSCE Human Dimension Conference in Warsaw in October, Tajikistan's delegation promised to review the sentences of those convicted after the 2022 events. Since then, not a single prisoner has been released.

            Human Rights Watch urged the incoming Cypriot OSCE Chairpersonship to make the release of political prisoners in Tajikistan a priority.
            """;
        var drafts = ProposeBy("Human Rights Watch", text, "2026-12-07");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Actors.Single().Id.ShouldBe("syinat-sultanalieva");
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("cyprus");
        // (with no pledge before it, "since then" finds nothing unmet)
        ProposeBy("Human Rights Watch", "Since then, not a single prisoner has been released.", "2026-12-07").ShouldNotContain(p => p.Kind == EventKind.CommitmentAssessed);
    }

    [Fact]
    public void a_welcome_of_the_moscow_mechanisms_report_is_of_the_osce_not_of_the_state_it_reports_on_nor_the_one_urged_after_it()
    {
        // (batch 158, an EU statement to the Permanent Council)
        var praise = ProposeBy("European Union",
            "We welcome the report of the Moscow Mechanism rapporteur on Belarus presented to this Council in October, and urge Belarus to engage with its recommendations.", "2026-12-04")
            .Single(p => p.Kind == EventKind.PraiseExpressed);
        praise.Counterparts.Single().Id.ShouldBe("osce");
    }

    [Fact]
    public void a_spokeswomans_we_said_that_judges_whom_its_clause_names_and_the_office_after_odihr_is_odihr()
    {
        // (batch 159, a Russian foreign ministry briefing)
        const string text = """
            Maria Zakharova: We have read the so-called assessment. It was prepared by people who never set foot in Russia, because the ODIHR leadership refused to send observers.

            Writing a report on elections one has not observed is not monitoring, it is propaganda.

            We have repeatedly said that ODIHR has turned into an instrument of Western pressure. The Office's methodology remains opaque.
            """;
        var criticisms = ProposeBy("Ministry of Foreign Affairs of the Russian Federation", text, "2026-12-04").Where(p => p.Kind == EventKind.CriticismRaised).ToList();

        criticisms.Count.ShouldBe(3);
        criticisms.ShouldAllBe(p => p.Actors.Any(a => a.Id == "russian-federation"));
        criticisms.Count(p => p.Counterparts.Any(c => c.Id == "odihr")).ShouldBe(2);
    }

    [Fact]
    public void observers_a_news_story_quotes_are_the_observing_body_on_the_day_of_their_press_conference()
    {
        // (batch 159, a 24.kg story on Kyrgyzstan's local elections)
        const string text = """
            BISHKEK — The local council elections held in Kyrgyzstan on November 30 were efficiently administered but took place in an environment with limited political competition, international observers said at a press conference in Bishkek on Thursday.

            The limited election observation mission of the OSCE Office for Democratic Institutions and Human Rights (ODIHR), headed by Tana de Zulueta, presented its preliminary findings three days after the vote.

            "However, restrictions on the registration of candidates and pressure on independent media narrowed the choice available to voters," de Zulueta said.

            The head of the Central Election Commission, Tynchtykbek Shainazarov, told 24.kg that the commission would invite ODIHR to observe the 2027 presidential election.
            """;
        var drafts = ProposeBy("24.kg", text, "2026-12-05");

        var lead = drafts.First(p => p.Kind == EventKind.CriticismRaised);
        (lead.Actors.Single().Id, lead.Occurred.Text).ShouldBe(("odihr", "2026-12-03"));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "tana-de-zulueta")).Occurred.Text.ShouldBe("2026-12-03");
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Single().Id.ShouldBe("odihr");
        // (but pressure someone was told about is not the judgement of whom it was told to)
        ProposeBy("ODIHR", "Two days later, she met representatives of civil society in Gyumri, who told her about pressure on independent media.", "2026-11-28")
            .ShouldNotContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_quoted_we_will_is_the_speakers_not_the_sides_and_a_should_after_a_phrase_set_off_is_told_to_its_subject()
    {
        // (batch 159, an OSCE Mission in Kosovo page and an ECFR commentary)
        const string text = """
            The Head of the OSCE Mission in Kosovo, Ambassador Michael Davenport, and the General Director of the Kosovo Police, Gazmend Hoxha, signed the handover protocol.

            “The Kosovo Police have made real progress,” said Davenport. “We will also train 60 investigators in its use in the first half of 2027.”
            """;
        var pledge = ProposeBy("OSCE Mission in Kosovo", text, "2026-12-03").Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.ShouldContain(a => a.Id == "michael-davenport");
        pledge.Actors.ShouldNotContain(a => a.Id == "kosovo");

        ProposeBy("European Council on Foreign Relations", "The EU, for its part, should fund it.", "2026-12-04")
            .Single(p => p.Kind == EventKind.RecommendationMade).Counterparts.Single().Id.ShouldBe("european-union");
        // ("Armenia has promised …. Azerbaijan has pledged …. Neither commitment has yet been fulfilled.": both States)
        ProposeBy("European Council on Foreign Relations", "Armenia has promised to amend its constitution. Azerbaijan has pledged to open the Zangezur route to Armenian cargo. Neither commitment has yet been fulfilled.", "2026-12-04")
            .Single(p => p.Kind == EventKind.CommitmentAssessed).Counterparts.Select(c => c.Id).ShouldBe(["armenia", "azerbaijan"], ignoreOrder: true);
    }

    [Fact]
    public void a_capitals_court_judged_is_its_state_and_arrests_continued_instead_of_a_promise_find_it_unmet()
    {
        // (batch 160, a Freedom House statement; so u526's Human Rights Watch release)
        const string text = """
            Freedom House condemns the decision of the Baku Court of Appeal on Thursday to uphold the prison sentences of six Abzas Media journalists.

            "Today's ruling confirms that Azerbaijan's courts serve the regime, not the law," said Yana Gorokhovskaia, research director at Freedom House.

            When it hosted COP29 in 2024, the Azerbaijani government promised to respect the freedom of the press during the conference. Instead, the arrests of journalists have continued since.
            """;
        var drafts = ProposeBy("Freedom House", text, "2026-12-05");

        drafts.Where(p => p.Kind == EventKind.CriticismRaised).ShouldAllBe(p => p.Counterparts.Single().Id == "azerbaijan");
        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Status.ShouldBe(AssessmentStatus.Unmet);
    }

    [Fact]
    public void whom_a_clause_says_is_in_a_capital_ahead_of_something_visits_the_capitals_state_and_the_head_of_its_foreign_policy_agency_is_its_minister()
    {
        // (batch 160, the Uzbek foreign ministry's release)
        const string text = """
            On 6 December, Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov received the Minister of Foreign Affairs of the Republic of Cyprus, Constantinos Kombos, who is in Tashkent ahead of Cyprus's OSCE Chairpersonship in 2027.

            The head of the Uzbek foreign policy agency noted the constructive role of the OSCE Project Co-ordinator in Uzbekistan in implementing joint projects.
            """;
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Uzbekistan", text, "2026-12-06");

        var visit = drafts.Single(p => p.Kind == EventKind.Visit);
        (visit.Actors.Single().Id, visit.Counterparts.Single().Id).ShouldBe(("constantinos-kombos", "uzbekistan"));
        var praise = drafts.Single(p => p.Kind == EventKind.PraiseExpressed);
        (praise.Actors.Single().Id, praise.Counterparts.Single().Id).ShouldBe(("bakhtiyor-saidov", "project-co-ordinator-in-uzbekistan"));
    }

    [Fact]
    public void a_states_assurance_to_whom_heads_an_institution_is_to_the_institution_and_a_partnership_highlighted_praises()
    {
        // (batch 161, the Armenian foreign ministry's release)
        const string text = """
            On December 7, Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan received the Director of the OSCE Office for Democratic Institutions and Human Rights Maria Telalian.

            Minister Mirzoyan highlighted the longstanding partnership between Armenia and ODIHR.

            Minister Mirzoyan assured that the amendments to the Electoral Code addressing the remaining recommendations would be adopted before the end of the spring session.
            """;
        var drafts = ProposeBy("Ministry of Foreign Affairs of the Republic of Armenia", text, "2026-12-07");

        drafts.Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.ShouldContain(c => c.Id == "odihr");
        var assurance = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        assurance.Actors.ShouldContain(a => a.Id == "armenia");
        assurance.Counterparts.Single().Id.ShouldBe("odihr");
    }

    [Fact]
    public void we_will_hold_pledges_and_interference_in_a_states_affairs_and_a_repeated_narrative_criticise()
    {
        // (batch 161, the Programme Office in Dushanbe and a Civil.ge story)
        ProposeBy("OSCE Programme Office in Dushanbe", "\"We will hold a similar course for journalists from the Rasht valley in spring 2027,\" Ambassador Vuk Žugić announced.", "2026-12-04")
            .ShouldContain(p => p.Kind == EventKind.CommitmentMade);
        ProposeBy("Civil.ge", "Parliament Speaker Shalva Papuashvili on December 5 called a statement by the President of the OSCE Parliamentary Assembly, Pere Joan Pons, \"a gross interference in Georgia's internal affairs.\"", "2026-12-06")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "shalva-papuashvili"));
        ProposeBy("Civil.ge", "\"The OSCE PA President has once again chosen to repeat the narrative of the radical opposition,\" Shalva Papuashvili wrote on Facebook.", "2026-12-06")
            .ShouldContain(p => p.Kind == EventKind.CriticismRaised);
    }

    [Fact]
    public void a_law_signed_named_mid_sentence_is_no_pledge_and_its_signer_is_not_judged_and_its_adoption_without_the_revisions_promised_leaves_the_promise_unmet()
    {
        // (batch 162, the Representative on Freedom of the Media on Kyrgyzstan)
        const string text = """
            VIENNA, 7 December 2026 – The OSCE Representative on Freedom of the Media, Jan Braathu, today expressed concern about the amendments to Kyrgyzstan's Law on Mass Media signed by President Sadyr Japarov on 3 December.

            During the Representative's visit to Bishkek in June 2026, Foreign Minister Jeenbek Kulubaev assured him that the draft would be revised with the assistance of his Office before its adoption. "Regrettably, the law was adopted without any of the revisions we proposed," Braathu said.
            """;
        var drafts = ProposeBy("OSCE Representative on Freedom of the Media", text, "2026-12-07");

        drafts.Where(p => p.Kind == EventKind.CommitmentMade).ShouldAllBe(p => p.Actors.Any(a => a.Id == "kyrgyzstan"));
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("kyrgyzstan");
        var assessed = drafts.Single(p => p.Kind == EventKind.CommitmentAssessed);
        assessed.Status.ShouldBe(AssessmentStatus.Unmet);
        assessed.Counterparts.ShouldContain(c => c.Id == "jeenbek-kulubaev");
    }

    [Fact]
    public void a_promise_to_a_title_and_name_set_off_pledges_to_them_journalism_turned_into_a_crime_criticises_and_a_statement_quoted_as_calling_something_a_blow_is_its_makers()
    {
        // (batch 162, the Norwegian Helsinki Committee on Azerbaijan)
        const string text = """
            "The authorities in Baku have turned independent journalism into a crime," said Berit Lindeman, Secretary General of the NHC.

            In February 2026, President Ilham Aliyev promised the Council of Europe Commissioner for Human Rights, Michael O'Flaherty, that the cases of the Meydan TV journalists would be reviewed.

            We welcome the statement of the OSCE Representative on Freedom of the Media of 28 November, which called the sentences "a serious blow to media pluralism in Azerbaijan".
            """;
        var drafts = ProposeBy("Norwegian Helsinki Committee", text, "2026-12-04");

        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Single().Id == "berit-lindeman");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        (pledge.Counterparts.Single().Id, pledge.Occurred.Text).ShouldBe(("michael-oflaherty", "2026-02"));
        var blow = drafts.Single(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "representative-on-freedom-of-the-media"));
        blow.Occurred.Text.ShouldBe("2026-11-28");
    }

    [Fact]
    public void a_statement_delivered_by_a_title_and_a_name_set_off_after_a_courtesy_title_is_theirs_with_their_state()
    {
        // (batch 163, Ukraine's statement to the Permanent Council)
        const string text = """
            PERMANENT MISSION OF UKRAINE TO THE INTERNATIONAL ORGANIZATIONS IN VIENNA

            Statement on the Russian Federation's ongoing aggression against Ukraine

            As delivered by the Chargé d'affaires a.i. of Ukraine, Ms. Liubov Nepop,
            to the 1501st meeting of the Permanent Council, 26 November 2026

            We call on the Russian Federation to immediately release all illegally detained Ukrainian citizens.
            """;
        var drafts = ProposeBy("Permanent Mission of Ukraine to the International Organizations in Vienna", text, "2026-11-26");

        drafts.Single(p => p.Kind == EventKind.RecommendationMade).Actors.Select(a => a.Id).ShouldBe(["liubov-nepop", "ukraine"], ignoreOrder: true);
    }

    [Fact]
    public void a_comment_signed_with_a_name_alone_under_its_title_is_its_signers_and_what_all_participating_states_agree_or_a_state_pledges_for_its_own_office_is_to_no_one()
    {
        // (batch 163, an SWP comment)
        const string text = """
            SWP Comment 2026/C 61, December 2026

            The OSCE after Lugano: Surviving on Consensus
            Sebastian Schiek

            Moscow's obstruction has reduced the OSCE to a shadow of the organization that monitored the conflict in Donbas.

            In January 2026, Switzerland pledged to make the adoption of a unified budget the priority of its Chairpersonship. That pledge has not been fulfilled.

            The incoming Cypriot Chairpersonship should seek agreement on a multi-year budget framework early in 2027.

            At the Ministerial Council in Malta in December 2024, the participating States agreed to appoint the four top officials of the Organization as a package.
            """;
        var drafts = ProposeBy("Stiftung Wissenschaft und Politik", text, "2026-12");

        drafts.Where(p => p.Kind is EventKind.CriticismRaised or EventKind.CommitmentAssessed or EventKind.RecommendationMade)
            .ShouldAllBe(p => p.Actors.Single().Id == "sebastian-schiek");
        drafts.Count(p => p.Kind is EventKind.CriticismRaised or EventKind.CommitmentAssessed or EventKind.RecommendationMade).ShouldBe(3);
        drafts.Where(p => p.Kind == EventKind.CommitmentMade).ShouldAllBe(p => p.Counterparts.Count == 0);
        drafts.Count(p => p.Kind == EventKind.CommitmentMade).ShouldBe(2);
    }

    [Fact]
    public void a_day_that_dates_what_a_judgement_names_completed_is_not_the_judgements_and_an_observation_missions_request_for_observers_pledges_nothing()
    {
        // (batch 163, an APA story and an ODIHR release)
        const string story = """
            Baku, December 4, APA. On December 4, Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov met with the OSCE Chairperson-in-Office, Head of the Federal Department of Foreign Affairs of Switzerland Ignazio Cassis on the sidelines of the OSCE Ministerial Council in Lugano.

            He said that the closure of the OSCE Minsk process, completed on 1 December 2025, had removed an outdated format and thanked Switzerland for its constructive role during its Chairpersonship.
            """;
        ProposeBy("APA", story, "2026-12-04").Single(p => p.Kind == EventKind.PraiseExpressed).Occurred.Text.ShouldBe("2026-12-04");
        ProposeBy("ODIHR", "BISHKEK, 2 December 2026 – ODIHR today opened an election observation mission. ODIHR will request 300 short-term observers from OSCE participating States to observe election-day proceedings.", "2026-12-02")
            .ShouldNotContain(p => p.Kind == EventKind.CommitmentMade);
    }

    [Fact]
    public void a_national_chapter_named_as_its_publisher_is_the_chapter_efforts_recognised_praise_and_a_person_set_off_after_a_title_is_judged_not_the_body_in_it()
    {
        // (batch 164: Transparency International Georgia, the High Commissioner in Estonia, the EU at the Permanent Council)
        ProposeBy("Transparency International Georgia", "Transparency International Georgia considers the law incompatible with Georgia's OSCE commitments on freedom of association.", "2026-12-02")
            .Single(p => p.Kind == EventKind.CriticismRaised).Actors.Single().Name.ShouldBe("Transparency International Georgia");
        ProposeBy("OSCE High Commissioner on National Minorities", "TALLINN, 27 November 2026 – Christophe Kamp recognised the efforts made by the Estonian authorities to prepare teachers for the transition.", "2026-11-27")
            .Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("estonia");
        ProposeBy("Delegation of the European Union to the International Organisations in Vienna", "The European Union warmly welcomes the Head of the OSCE Mission to Serbia, Ambassador Jan Bratu, back to the Permanent Council and thanks him for his comprehensive report.", "2026-12-03")
            .Single(p => p.Kind == EventKind.PraiseExpressed).Counterparts.Single().Id.ShouldBe("jan-bratu");
    }

    [Fact]
    public void attacks_condemned_two_sentences_after_their_doer_are_its_and_the_support_a_state_needs_to_defend_itself_calls_on_no_one()
    {
        // (batch 165, the UK's statement to the OSCE)
        const string text = """
            Last weekend, Russia again launched hundreds of drones and missiles against Ukraine's energy infrastructure, as temperatures fell below zero. These deliberate attacks on civilian infrastructure are a clear violation of international humanitarian law.

            The UK condemns these attacks in the strongest terms.

            The UK will continue to provide Ukraine with the support it needs to defend itself.
            """;
        var drafts = ProposeBy("Foreign, Commonwealth & Development Office", text, "2026-12-03");

        drafts.Where(p => p.Kind == EventKind.CriticismRaised).ShouldAllBe(p => p.Counterparts.Single().Id == "russian-federation");
        drafts.Count(p => p.Kind == EventKind.CriticismRaised).ShouldBe(2);
        drafts.ShouldNotContain(p => p.Kind == EventKind.RecommendationMade);
        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Single().Id.ShouldBe("ukraine");
    }

    [Fact]
    public void an_interview_in_turns_opened_by_dashes_gives_the_answers_to_whom_it_introduces_and_the_questions_to_no_one()
    {
        // (batch 166, 24.kg's interview with the ODIHR Director)
        const string text = """
            ODIHR Director: "We are ready to continue our support to Kyrgyzstan"

            Bishkek, 30 November 2026

            The Director of the OSCE Office for Democratic Institutions and Human Rights, Maria Telalian, visited Bishkek on 26 and 27 November. 24.kg asked her about the Office's assessment of the early presidential election.

            – How do you assess the conduct of the election?

            – The election was technically well administered, and we commend the Central Commission for Elections and Referenda for its professionalism.

            – What did you discuss with the authorities?

            – I met Foreign Minister Jeenbek Kulubaev on Thursday. He assured me that Kyrgyzstan would consider our recommendations carefully, and I offered ODIHR's assistance in reviewing the electoral legislation.

            – What should happen next?

            – We encourage the authorities to engage in an inclusive dialogue with civil society on the follow-up to our final report.
            """;
        var drafts = Propose(text, "2026-11-30");

        drafts.Single(p => p.Kind == EventKind.Meeting).Actors.Single().Id.ShouldBe("maria-telalian");
        drafts.Single(p => p.Kind == EventKind.Meeting).Occurred.ToString().ShouldBe("2026-11-26");
        drafts.Where(p => p.Kind is EventKind.PraiseExpressed or EventKind.RecommendationMade).ShouldNotBeEmpty();
        drafts.Where(p => p.Kind is EventKind.PraiseExpressed or EventKind.RecommendationMade).ShouldAllBe(p => p.Actors.Single().Id == "maria-telalian" && p.Counterparts.Single().Id == "kyrgyzstan");
        drafts.ShouldNotContain(p => p.Source.Quote.Contains('?'));
        // the minister's assurance, and the offer made in return to the State he spoke for
        var pledges = drafts.Where(p => p.Kind == EventKind.CommitmentMade && p.Source.Quote.StartsWith("He assured", StringComparison.Ordinal)).ToList();
        pledges.ShouldContain(p => p.Actors.Any(a => a.Id == "kyrgyzstan") && p.Counterparts.Single().Id == "maria-telalian");
        pledges.ShouldContain(p => p.Actors.Select(a => a.Id).OrderBy(id => id).SequenceEqual(new[] { "maria-telalian", "odihr" }) && p.Counterparts.Single().Id == "kyrgyzstan");
    }

    [Fact]
    public void the_body_a_quotation_says_will_act_pledges_with_whoever_is_said_to_say_it()
    {
        // (batch 166, the Secretary General in Montenegro)
        const string text = """
            PODGORICA, 27 November 2026 – OSCE Secretary General Feridun Sinirlioğlu concluded a two-day visit to Montenegro today, during which he met President Jakov Milatović.

            “The OSCE Mission to Montenegro will continue to support these efforts, in particular in the fight against organized crime and corruption,” Sinirlioğlu said.

            Sinirlioğlu expressed concern about the slow pace of implementation of the recommendations of ODIHR's election observation missions.
            """;
        var drafts = Propose(text, "2026-11-27");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.Select(a => a.Id).OrderBy(id => id).ShouldBe(["feridun-sinirlioglu", "mission-to-montenegro"]);
        // whose recommendations are left undone is not whom the concern is about
        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("montenegro");
    }

    [Fact]
    public void recommendations_judged_in_themselves_are_of_the_body_that_made_them()
    {
        // (u207: "Kulubaev: Some of ODIHR's recommendations do not take into account our national realities.")
        var drafts = ProposeBy("Kyrgyzstan", "Foreign Minister Jeenbek Kulubaev criticised ODIHR's recommendations, which he said ignored national realities.", "2026-11-30");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.ShouldContain(c => c.Id == "odihr");
    }

    [Fact]
    public void one_told_a_pledge_is_whom_it_is_made_to_and_an_office_two_people_held_that_year_is_the_office()
    {
        // (batch 166, CPJ on Azerbaijan; u543, Amnesty International on Kyrgyzstan)
        var azerbaijan = Propose("In 2024, Azerbaijan's government told the OSCE Representative on Freedom of the Media that it would review the cases of detained journalists.", "2026-12-01");
        azerbaijan.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.Single().Id.ShouldBe("representative-on-freedom-of-the-media");

        var kyrgyzstan = Propose("In 2024, President Sadyr Japarov told the OSCE Representative on Freedom of the Media that no journalist would be imprisoned for their work.", "2026-12-01");
        var pledge = kyrgyzstan.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Counterparts.Single().Id.ShouldBe("representative-on-freedom-of-the-media");
        pledge.Actors.ShouldNotContain(a => a.Id == "representative-on-freedom-of-the-media");
        pledge.Actors.ShouldContain(a => a.Id == "sadyr-japarov");
    }

    [Fact]
    public void another_states_statement_gives_a_quoted_pledge_to_the_state_said_to_act_and_finds_the_invitation_not_extended()
    {
        // (batch 167, the United States' statement to the Permanent Council on Georgia)
        const string text = """
            On the Deteriorating Human Rights Situation in Georgia

            As delivered by Chargé d'Affaires Katherine Brucker to the Permanent Council, Vienna
            December 4, 2026

            Over the past year, the Georgian Dream-led government has adopted laws that restrict civil society and independent media.

            In March 2025, Prime Minister Irakli Kobakhidze told the OSCE Chairperson-in-Office that Georgia would invite ODIHR to review its electoral legislation. That invitation has still not been extended.
            """;
        var drafts = ProposeBy("United States of America", text, "2026-12-04");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("georgia");
        var pledge = drafts.Single(p => p.Kind == EventKind.CommitmentMade);
        pledge.Actors.Select(a => a.Id).OrderBy(id => id).ShouldBe(["georgia", "irakli-kobakhidze"]);
        drafts.Single(p => p.Kind == EventKind.CommitmentAssessed).Counterparts.ShouldContain(c => c.Id == "georgia");
    }

    [Fact]
    public void a_course_brought_into_a_schools_curriculum_is_pledged_to_the_field_operation_not_the_school()
    {
        // (batch 167, the Programme Office in Bishkek)
        const string text = """
            BISHKEK, 3 December 2026 – The OSCE Programme Office in Bishkek and the Ministry of Internal Affairs of the Kyrgyz Republic launched a five-day course on community policing today.

            "The Ministry will introduce this course into the curriculum of the Academy of the Ministry of Internal Affairs from next year," Deputy Minister of Internal Affairs Ulan Niyazbekov said.
            """;
        var drafts = ProposeBy("Programme Office in Bishkek", text, "2026-12-03");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Counterparts.ShouldNotContain(c => c.Name.Contains("Academy"));
    }

    [Fact]
    public void a_capital_said_to_act_is_its_state_and_hostage_trading_is_criticism()
    {
        // (batch 167, RFE/RL on Belarus)
        const string text = """
            MINSK -- Belarusian leader Alyaksandr Lukashenka met with U.S. special envoy John Coale in Minsk on December 1.

            Coale told reporters after the meeting that Washington would ease sanctions on the state potash producer Belaruskali in exchange for further releases.

            "Lukashenka is trading people like hostages," opposition leader Svyatlana Tsikhanouskaya said.
            """;
        var drafts = Propose(text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Actors.ShouldContain(a => a.Id == "united-states-of-america");
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "svyatlana-tsikhanouskaya"));
    }

    [Fact]
    public void a_counterpart_named_with_a_states_adjective_is_the_one_met_and_is_praised_alone_for_their_bodys_work()
    {
        // (batch 168, the Armenian foreign ministry on Mirzoyan's call with the Chairperson-in-Office)
        const string text = """
            On December 1, Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan had a telephone conversation with the Federal Councillor, Head of the Federal Department of Foreign Affairs of Switzerland, OSCE Chairperson-in-Office Ignazio Cassis.

            Ararat Mirzoyan thanked his Swiss counterpart for the Chairpersonship's consistent attention to the South Caucasus.
            """;
        var praise = ProposeBy("Ministry of Foreign Affairs of the Republic of Armenia", text, "2026-12-01").Single(p => p.Kind == EventKind.PraiseExpressed);

        praise.Counterparts.Single().Id.ShouldBe("ignazio-cassis");
    }

    [Fact]
    public void a_year_before_a_review_dates_the_pledge_made_at_it_and_jailing_for_doing_ones_job_is_criticism()
    {
        // (batch 168, Human Rights Watch on Tajikistan)
        const string text = """
            "The lawyers behind bars were jailed for doing their jobs," said Syinat Sultanalieva, senior Central Asia researcher at Human Rights Watch.

            During its 2021 Universal Periodic Review, Tajikistan accepted recommendations to guarantee the independence of lawyers.
            """;
        var drafts = ProposeBy("Human Rights Watch", text, "2026-12-02");

        drafts.Single(p => p.Kind == EventKind.CommitmentMade).Occurred.Text.ShouldBe("2021");
        drafts.ShouldContain(p => p.Kind == EventKind.CriticismRaised && p.Actors.Any(a => a.Id == "syinat-sultanalieva"));
    }

    [Fact]
    public void an_ngo_headline_that_opens_on_a_state_makes_it_the_state_the_document_is_about()
    {
        // (batch 169, Freedom House on Uzbekistan: the only State named in its text is the one it advises)
        const string text = """
            Freedom House

            Uzbekistan: Release of Blogger Welcome, but Reforms Remain Hollow

            November 30, 2026

            However, the authorities continue to prosecute critics, and dozens of people remain imprisoned for their peaceful expression.

            The United States and the European Union should make further cooperation with Tashkent conditional on the release of all political prisoners.
            """;
        var drafts = ProposeBy("Freedom House", text, "2026-11-30");

        drafts.Single(p => p.Kind == EventKind.CriticismRaised).Counterparts.Single().Id.ShouldBe("uzbekistan");
    }

    [Fact]
    public void an_osce_bodys_pledge_with_its_head_at_a_meeting_is_made_to_the_state_the_other_side_speaks_for()
    {
        // (batch 169, the Ukrainian foreign ministry on Sybiha meeting the Secretary General)
        const string text = """
            Minister for Foreign Affairs of Ukraine Andrii Sybiha met with OSCE Secretary General Feridun Sinirlioğlu in Kyiv on 4 December.

            The Secretary General confirmed that the OSCE would continue to fund the humanitarian demining training programme for Ukrainian specialists in 2027.
            """;
        var pledge = ProposeBy("Ministry of Foreign Affairs of Ukraine", text, "2026-12-04").Single(p => p.Kind == EventKind.CommitmentMade);

        pledge.Counterparts.Single().Id.ShouldBe("ukraine");
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

    [Fact]
    public void of_proposals_from_one_sentence_each_reviewed_event_takes_the_one_sharing_the_most_parties()
    {
        var c = new ActorRef("c", "C", ActorKind.Official);
        var d = new ActorRef("d2", "D", ActorKind.Official);
        // ("A held telephone conversations with B, with C and with D": three calls, each reviewed with its own quote inside the one sentence)
        var gold = new[]
        {
            new GoldEvent("d", EventKind.Meeting, 0, 40, new HashSet<string> { "a", "b" }, PartialDate.Parse("2026-12-04")),
            new GoldEvent("d", EventKind.Meeting, 42, 70, new HashSet<string> { "a", "c" }, PartialDate.Parse("2026-12-04")),
            new GoldEvent("d", EventKind.Meeting, 72, 100, new HashSet<string> { "a", "d2" }, PartialDate.Parse("2026-12-04")),
        };
        var proposed = new[] { P(EventKind.Meeting, 0, 100, "2026-12-04", A, d), P(EventKind.Meeting, 0, 100, "2026-12-04", A, c), P(EventKind.Meeting, 0, 100, "2026-12-04", A, B) };

        var result = Evaluation.Score(gold, proposed);

        result.Overall.Matched.ShouldBe(3);
        result.ActorAccuracy.ShouldBe(1.0);
    }

    [Fact]
    public void actor_accuracy_is_told_apart_into_who_acted_and_to_whom()
    {
        var c = new ActorRef("c", "C", ActorKind.Official);
        var gold = new[]
        {
            // (A acted, to B; A acted, to B; C acted, to no one)
            new GoldEvent("d", EventKind.Meeting, 0, 20, new HashSet<string> { "a", "b" }, PartialDate.Parse("2026-12-04"), new HashSet<string> { "a" }),
            new GoldEvent("d", EventKind.PraiseExpressed, 30, 50, new HashSet<string> { "a", "b" }, PartialDate.Parse("2026-12-04"), new HashSet<string> { "a" }),
            new GoldEvent("d", EventKind.CriticismRaised, 60, 80, new HashSet<string> { "c" }, PartialDate.Parse("2026-12-04"), new HashSet<string> { "c" }),
        };
        var proposed = new[]
        {
            P(EventKind.Meeting, 0, 20, "2026-12-04", A, B),             // both sides right
            P(EventKind.PraiseExpressed, 30, 20, "2026-12-04", B, A),    // the sides the wrong way round: the same participants, so actor accuracy counts it right
            P(EventKind.CriticismRaised, 60, 20, "2026-12-04", c, B),    // who acted right, to whom wrong
        };

        var result = Evaluation.Score(gold, proposed);

        result.ActorAccuracy.ShouldBe(2.0 / 3, 1e-9);
        // (who acted and to whom each catch the praise the wrong way round)
        result.WhoAccuracy.ShouldBe(2.0 / 3, 1e-9);
        result.ToWhomAccuracy.ShouldBe(1.0 / 3, 1e-9);
    }
}

public class EvalCommandTests
{
    /// <summary>Runs eval on a folder holding these files (documents and their annotation files), with the seed actor file, and removes it.</summary>
    private static (EngagementTracker.Extraction.Proposing.EvaluationResult Result, string Log) Evaluate(params (string Name, string Content)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("eval-").FullName;
        try
        {
            foreach (var (name, content) in files) File.WriteAllText(Path.Combine(folder, name), content);
            var log = new StringWriter();
            var result = EngagementTracker.Extraction.EvalCommand.Run(folder, folder, Path.Combine(AppFixture.SeedsFolder, "actors.json"), log);
            return (result, log.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

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

    [Fact]
    public void a_reviewed_quote_the_text_as_read_does_not_hold_is_missed_and_the_run_goes_on()
    {
        var (result, log) = Evaluate(
            ("a_release.txt", "VIENNA, 3 December 2026 – OSCE Secretary General Feridun Sinirlioğlu met the Foreign Minister of Uzbekistan, Bakhtiyor Saidov, today."),
            ("a_release.events.json", """
                {"document":{"file":"documents/a_release.txt","published":"2026-12-03"},"events":[
                  {"kind":"meeting","occurred":"2026-12-03","actors":["Feridun Sinirlioğlu"],"counterparts":["Bakhtiyor Saidov"],"evidence":"met the Foreign Minister of Uzbekistan, Bakhtiyor Saidov"},
                  {"kind":"visit","occurred":"2026-12-03","actors":["Bakhtiyor Saidov"],"counterparts":["Austria"],"evidence":"visited [[Vienna]]"}]}
                """));

        log.ShouldContain("a_release: 2 reviewed, 1 proposed (0 reading notes); 1 reviewed quote is not in the text as read: counted as missed");
        (result.Overall.Gold, result.Overall.Matched).ShouldBe((2, 1));
        result.Missed.Single().Kind.ShouldBe(EventKind.Visit);
    }

    [Fact]
    public void a_listed_line_names_its_document_by_what_its_file_name_opens_with_however_long()
    {
        // (the verbose lists used to cut every name to three characters: "u41" for u410 to u419 alike)
        EngagementTracker.Extraction.EvalCommand.Label("u415_un_meetings_coverage_sc").ShouldBe("u415");
        EngagementTracker.Extraction.EvalCommand.Label("000_6bf987e0526c7f56").ShouldBe("000");
        EngagementTracker.Extraction.EvalCommand.Label("release").ShouldBe("release");
    }

    [Fact]
    public void a_document_that_cannot_be_read_counts_its_reviewed_events_as_missed_and_the_run_goes_on()
    {
        var (result, log) = Evaluate(
            ("a_config.xml", "<?xml version=\"1.0\"?><configuration><item>no news here</item></configuration>"),
            ("a_config.events.json", """
                {"document":{"file":"documents/a_config.xml","published":"2026-12-04"},"events":[
                  {"kind":"meeting","occurred":"2026-12-03","actors":["Jan Braathu"],"counterparts":["Bakhtiyor Saidov"],"evidence":"met Saidov"},
                  {"kind":"visit","occurred":"2026-12-03","actors":["Jan Braathu"],"counterparts":["Uzbekistan"],"evidence":"visited Uzbekistan"}]}
                """),
            ("b_release.txt", "VIENNA, 3 December 2026 – OSCE Secretary General Feridun Sinirlioğlu met the Foreign Minister of Uzbekistan, Bakhtiyor Saidov, today."),
            ("b_release.events.json", """
                {"document":{"file":"documents/b_release.txt","published":"2026-12-03"},"events":[
                  {"kind":"meeting","occurred":"2026-12-03","actors":["Feridun Sinirlioğlu"],"counterparts":["Bakhtiyor Saidov"],"evidence":"met the Foreign Minister of Uzbekistan, Bakhtiyor Saidov"}]}
                """));

        log.ShouldContain("a_config: 2 reviewed, not read (");
        (result.Overall.Gold, result.Overall.Matched).ShouldBe((3, 1));
        result.Missed.Count(m => m.Kind == EventKind.Visit).ShouldBe(1);
    }
}
