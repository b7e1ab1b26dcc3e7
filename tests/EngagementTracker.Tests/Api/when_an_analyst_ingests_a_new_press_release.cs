using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Api;

/// <summary>A press release that is not among the seeds: ingested, its proposals reviewed, the accepted ones in the views.</summary>
public class when_an_analyst_ingests_a_new_press_release(AppFixture fixture) : IntegrationContext<AppFixture>(fixture), IClassFixture<AppFixture>
{
    private const string PressRelease = """
        Kazakhstan and OSCE discuss media reform

        ASTANA, 12 September 2024 – Deputy Prime Minister - Foreign Minister Murat Nurtleu met with Ambassador Volker Frobarth, Head of the OSCE Programme Office in Astana, to discuss the next steps of the media law reform.

        Minister Nurtleu reaffirmed Kazakhstan's readiness to adopt a new media law in line with OSCE commitments before the end of 2025.

        Ambassador Frobarth welcomed the progress made by Kazakhstan in strengthening the rule of law.

        The sides will meet again in Vienna in November.
        """;

    private async Task SeedAsync()
    {
        await Store.Advanced.ResetAllData();
        (await ReplayAsync(AppFixture.SeedsFolder)).Failures.ShouldBeEmpty();
    }

    private async Task<JsonElement> Ingest(string body, string type = "text/plain", string query = "?title=Kazakhstan%20and%20OSCE%20discuss%20media%20reform&publisher=MFA", HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await Analyst.PostAsync($"/api/documents{query}", new StringContent(body, Encoding.UTF8, type));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<JsonElement> Proposals(JsonElement e) => [.. e.GetProperty("proposals").EnumerateArray()];

    [Fact]
    public async Task proposals_come_with_evidence_and_accepted_ones_reach_the_history_and_the_board()
    {
        await SeedAsync();

        var ingested = await Ingest(PressRelease);

        var id = ingested.GetProperty("documentId").GetString()!;
        ingested.GetProperty("published").GetString().ShouldBe("2024-09-12");
        var proposals = Proposals(ingested);
        var kinds = proposals.Select(p => p.GetProperty("draft").GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("meeting");
        kinds.ShouldContain("commitment_made");
        kinds.ShouldContain("praise_expressed");
        proposals.ShouldNotContain(p => p.GetProperty("draft").GetProperty("source").GetProperty("quote").GetString()!.Contains("will meet again", StringComparison.Ordinal));
        var text = await Client.GetStringAsync($"/api/documents/{id}/text");
        foreach (var p in proposals)
        {
            var source = p.GetProperty("draft").GetProperty("source");
            text.Substring(source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32()).ShouldBe(source.GetProperty("quote").GetString());
            p.GetProperty("rule").GetString()!.ShouldStartWith("cue:");
            p.GetProperty("state").GetString().ShouldBe("proposed");
        }

        // nothing counts before review
        (await GetJsonAsync("/api/officials/Nurtleu/history")).GetProperty("engagements").EnumerateArray()
            .ShouldNotContain(e => e.GetProperty("occurred").GetString() == "2024-09-12");

        using var accept = await Analyst.PostAsync($"/api/documents/{id}/proposals/accept-all?minConfidence=0.5", null);
        accept.StatusCode.ShouldBe(HttpStatusCode.OK, await accept.Content.ReadAsStringAsync());

        var history = await GetJsonAsync("/api/officials/Nurtleu/history");
        var meeting = history.GetProperty("engagements").EnumerateArray().Single(e => e.GetProperty("occurred").GetString() == "2024-09-12" && e.GetProperty("kind").GetString() == "meeting");
        meeting.GetProperty("kind").GetString().ShouldBe("meeting");
        meeting.GetProperty("counterparts").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Volker Frobarth");
        meeting.GetProperty("accounts")[0].GetProperty("recordedBy").GetString().ShouldBe("analyst-tester");

        var board = await GetJsonAsync("/api/commitments?actor=Kazakhstan&topic=new%20media%20law");
        var commitment = board.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("made")[0].GetProperty("source").GetProperty("documentId").GetString() == id);
        commitment.GetProperty("deadline").GetString().ShouldBe("2025-12-31"); // "before the end of 2025" is a deadline, not when it was made
        commitment.GetProperty("made")[0].GetProperty("occurred").GetString().ShouldBe("2024-09-12");

        var decided = await GetJsonAsync($"/api/documents/{id}/proposals?state=accepted");
        decided.EnumerateArray().ShouldAllBe(p => p.GetProperty("decidedBy").GetString() == "analyst-tester");
    }

    [Fact]
    public async Task a_pledge_whose_cue_ends_its_sentence_is_accepted_with_its_sentence_as_wording()
    {
        await SeedAsync();
        const string release = """
            YEREVAN, 22 October 2013 – Minister of Foreign Affairs Aram Petrosyan received Ms. Dunja Mijatović, the OSCE Representative on Freedom of the Media.

            She welcomed the measures undertaken by the Government of Armenia, also assuring that the expert support of her office would continue.
            """;

        var ingested = await Ingest(release, query: "");
        var id = ingested.GetProperty("documentId").GetString()!;
        var pledge = Proposals(ingested).Single(p => p.GetProperty("draft").GetProperty("kind").GetString() == "commitment_made");
        pledge.GetProperty("draft").GetProperty("commitment").GetString().ShouldNotBeNullOrWhiteSpace();

        using var accept = await Analyst.PostAsync($"/api/documents/{id}/proposals/accept-all?minConfidence=0.3", null);
        accept.StatusCode.ShouldBe(HttpStatusCode.OK, await accept.Content.ReadAsStringAsync());
        // on the board under its maker, worded by its sentence, made by her office and her
        var board = await GetJsonAsync("/api/commitments?actor=Mijatovic");
        var made = board.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("made")[0].GetProperty("source").GetProperty("documentId").GetString() == id);
        made.GetProperty("statement").GetString()!.ShouldContain("assuring that the expert support");
        made.GetProperty("makers").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ShouldBe(["representative-on-freedom-of-the-media", "dunja-mijatovic"]);
    }

    [Fact]
    public async Task an_official_the_catalogue_does_not_know_is_proposed_provisionally_and_registered_when_accepted()
    {
        await SeedAsync();
        const string release = """
            OSCE Special Representative visits Astana

            ASTANA, 3 March 2025 – OSCE Special Representative for Gender Issues Ana Kovačević yesterday met with Deputy Prime Minister - Foreign Minister Murat Nurtleu.

            Special Representative Kovačević commended Kazakhstan's co-operation with the Programme Office in Astana.
            """;
        (await GetJsonAsync("/api/officials?search=Kovacevic")).GetProperty("count").GetInt32().ShouldBe(0);

        var ingested = await Ingest(release, query: "");

        var id = ingested.GetProperty("documentId").GetString()!;
        var meeting = Proposals(ingested).Single(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting");
        var draft = meeting.GetProperty("draft");
        draft.GetProperty("occurred").GetString().ShouldBe("2025-03-02"); // "yesterday", from the dateline
        draft.GetProperty("actors").EnumerateArray().Single().GetProperty("id").GetString().ShouldBe("ana-kovacevic");
        draft.GetProperty("counterparts").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Murat Nurtleu");
        meeting.GetProperty("rule").GetString()!.ShouldContain("actor:new-person");
        Proposals(ingested).ShouldContain(p => p.GetProperty("draft").GetProperty("kind").GetString() == "praise_expressed"
            && p.GetProperty("draft").GetProperty("actors")[0].GetProperty("id").GetString() == "ana-kovacevic"); // "Special Representative Kovačević": the surname alone
        (await GetJsonAsync("/api/officials?search=Kovacevic")).GetProperty("count").GetInt32().ShouldBe(0); // proposed, not yet known

        using (var accept = await Analyst.PostAsync($"/api/documents/{id}/proposals/{meeting.GetProperty("id").GetString()}/accept", null))
            accept.StatusCode.ShouldBe(HttpStatusCode.OK, await accept.Content.ReadAsStringAsync());

        var found = (await GetJsonAsync("/api/officials?search=Kovacevic")).GetProperty("actors").EnumerateArray().Single();
        found.GetProperty("name").GetString().ShouldBe("Ana Kovačević");
        var history = await GetJsonAsync("/api/officials/ana-kovacevic/history");
        history.GetProperty("engagements").EnumerateArray().Single().GetProperty("counterparts")[0].GetProperty("name").GetString().ShouldBe("Murat Nurtleu");
    }

    [Fact]
    public async Task ingesting_the_same_document_again_changes_nothing()
    {
        await SeedAsync();
        var first = await Ingest(PressRelease);
        var events = await CountEventsAsync();

        var again = await Ingest(PressRelease, expected: HttpStatusCode.OK);

        again.GetProperty("registered").GetBoolean().ShouldBeFalse();
        again.GetProperty("documentId").GetString().ShouldBe(first.GetProperty("documentId").GetString());
        (await CountEventsAsync()).ShouldBe(events);
    }

    [Fact]
    public async Task a_rejected_proposal_stays_out_an_edited_one_goes_in_as_edited_and_a_decision_is_made_once()
    {
        await SeedAsync();
        var ingested = await Ingest(PressRelease);
        var id = ingested.GetProperty("documentId").GetString()!;
        var praise = Proposals(ingested).First(p => p.GetProperty("draft").GetProperty("kind").GetString() == "praise_expressed").GetProperty("id").GetString();
        var meeting = Proposals(ingested).First(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting").GetProperty("id").GetString();

        using (var reject = await Analyst.PostAsync($"/api/documents/{id}/proposals/{praise}/reject?reason=too%20vague", null))
        {
            reject.StatusCode.ShouldBe(HttpStatusCode.OK);
            var answer = JsonDocument.Parse(await reject.Content.ReadAsStringAsync()).RootElement;
            answer.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("id").GetString() == praise).GetProperty("state").GetString().ShouldBe("rejected");
        }

        using (var edit = await Analyst.PostAsJsonAsync($"/api/documents/{id}/proposals/{meeting}/accept", new { occurred = "2024-09", place = "Astana" }))
            edit.StatusCode.ShouldBe(HttpStatusCode.OK, await edit.Content.ReadAsStringAsync());
        using (var twice = await Analyst.PostAsync($"/api/documents/{id}/proposals/{meeting}/accept", null))
            twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using (var notJson = await Analyst.PostAsync($"/api/documents/{id}/proposals/{praise}/accept", new StringContent("{ not json", Encoding.UTF8, "application/json")))
        {
            ((int)notJson.StatusCode).ShouldBeOneOf(400, 409); // 409: that proposal was rejected above; either way, never a 500
        }

        var pending = (await GetJsonAsync($"/api/documents/{id}/proposals?state=proposed")).EnumerateArray().First().GetProperty("id").GetString();
        using (var notJsonPending = await Analyst.PostAsync($"/api/documents/{id}/proposals/{pending}/accept", new StringContent("{ not json", Encoding.UTF8, "application/json")))
        {
            notJsonPending.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            JsonDocument.Parse(await notJsonPending.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString().ShouldBe("body");
        }

        using (var badEdit = await Analyst.PostAsJsonAsync($"/api/documents/{id}/proposals/p1/accept", new { actors = new[] { "Nobody Atall" } }))
        {
            ((int)badEdit.StatusCode).ShouldBeOneOf(400, 409);
        }

        var document = await GetJsonAsync($"/api/documents/{id}");
        var events = document.GetProperty("events").EnumerateArray().ToList();
        events.ShouldContain(e => e.GetProperty("kind").GetString() == "meeting" && e.GetProperty("occurred").GetString() == "2024-09" && e.GetProperty("place").GetString() == "Astana");
        events.ShouldNotContain(e => e.GetProperty("kind").GetString() == "praise_expressed");
        var rejected = (await GetJsonAsync($"/api/documents/{id}/proposals?state=rejected")).EnumerateArray().Single();
        rejected.GetProperty("reason").GetString().ShouldBe("too vague");
    }

    [Fact]
    public async Task a_saved_web_page_is_read_for_its_article()
    {
        await SeedAsync();
        var html = $"<html><head><title>MFA</title></head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li><li><a href='/n'>News</a></li></ul></nav><article><h1>Kazakhstan and OSCE discuss media reform</h1>{string.Join("", PressRelease.Split("\n\n").Skip(1).Select(p => $"<p>{p.Trim()}</p>"))}</article></body></html>";

        var ingested = await Ingest(html, "text/html", query: "");

        ingested.GetProperty("title").GetString().ShouldBe("Kazakhstan and OSCE discuss media reform");
        Proposals(ingested).ShouldContain(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting");
        (await Client.GetStringAsync($"/api/documents/{ingested.GetProperty("documentId").GetString()}/text")).ShouldNotContain("About");
    }

    [Fact]
    public async Task xml_of_a_kind_not_known_here_is_read_for_its_text_and_its_day()
    {
        await SeedAsync();
        var xml = "<?xml version=\"1.0\"?><sitting><date>2026-11-24</date><title>Kazakhstan and OSCE discuss media reform</title><body>"
                  + string.Join("", PressRelease.Split("\n\n").Skip(1).Select(p => $"<para>{System.Security.SecurityElement.Escape(p.Trim())}</para>")) + "</body></sitting>";

        var ingested = await Ingest(xml, "application/xml", query: "");

        ingested.GetProperty("title").GetString().ShouldBe("Kazakhstan and OSCE discuss media reform");
        ingested.GetProperty("published").GetString().ShouldBe("2026-11-24");
        Proposals(ingested).ShouldContain(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting");
        (await Client.GetStringAsync($"/api/documents/{ingested.GetProperty("documentId").GetString()}/text")).ShouldNotContain("<para>");
    }

    [Fact]
    public async Task a_forwarded_email_is_read_for_the_message_it_forwards_with_that_messages_subject_and_day()
    {
        await SeedAsync();
        var eml = "From: Newsdesk <desk@example.org>\r\nDate: Wed, 25 Nov 2026 09:14:03 +0100\r\nSubject: Fwd: Kazakhstan and OSCE discuss media reform\r\nMIME-Version: 1.0\r\n"
                  + "Content-Type: text/plain; charset=utf-8\r\n\r\nFor the round-up.\r\n\r\n---------- Forwarded message ---------\r\nFrom: MFA <press@example.org>\r\n"
                  + "Date: Tue, 24 Nov 2026 at 17:02\r\nSubject: Kazakhstan and OSCE discuss media reform\r\n\r\n" + PressRelease.Replace("\n", "\r\n", StringComparison.Ordinal);

        var ingested = await Ingest(eml, "message/rfc822", query: "");

        ingested.GetProperty("title").GetString().ShouldBe("Kazakhstan and OSCE discuss media reform");
        ingested.GetProperty("published").GetString().ShouldBe("2026-11-24");
        Proposals(ingested).ShouldContain(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting");
        (await Client.GetStringAsync($"/api/documents/{ingested.GetProperty("documentId").GetString()}/text")).ShouldNotContain("round-up");
    }

    [Fact]
    public async Task with_no_publisher_given_the_masthead_the_text_opens_with_speaks()
    {
        await SeedAsync();

        var ingested = await Ingest("""
            Human Rights Watch

            Kazakhstan: Drop Charges Against Journalists

            (Berlin, March 5, 2025) – The Kazakh authorities should drop all charges against the journalists of the independent outlet.
            """, query: "");

        var call = Proposals(ingested).Single(p => p.GetProperty("draft").GetProperty("kind").GetString() == "recommendation_made");
        call.GetProperty("draft").GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["human-rights-watch"]);
        ingested.GetProperty("title").GetString().ShouldBe("Kazakhstan: Drop Charges Against Journalists");
    }

    [Fact]
    public async Task a_video_statements_subtitles_are_read_as_what_its_speaker_said()
    {
        await SeedAsync();
        const string srt = "1\n00:00:00,000 --> 00:00:04,000\nThis morning I met Foreign Minister\n\n2\n00:00:04,000 --> 00:00:07,000\nAndrii Sybiha of Ukraine in Lugano.\n";

        var ingested = await Ingest(srt, "application/x-subrip", query: "?publisher=OSCE%20Chairpersonship&published=2026-12-04");

        // (the Chairpersonship's "I" is the Chairperson-in-Office on the day; the cues' numbers and timings are not the text)
        var meeting = Proposals(ingested).Single(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting");
        meeting.GetProperty("draft").GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["ignazio-cassis"]);
        (await Client.GetStringAsync($"/api/documents/{ingested.GetProperty("documentId").GetString()}/text")).ShouldNotContain("-->");
    }

    [Fact]
    public async Task a_public_agenda_sent_as_a_calendar_gives_its_holders_meetings_each_on_its_day()
    {
        await SeedAsync();
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Public agenda of Deputy Prime Minister Mihai Popșoi\r\n"
            + "BEGIN:VEVENT\r\nDTSTAMP:20261201T070000Z\r\nDTSTART;TZID=Europe/Chisinau:20261124T100000\r\n"
            + "SUMMARY:Meeting with Kelly Keiderling\\, Head of the OSCE Mission to Moldova\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var ingested = await Ingest(ics, "text/calendar", query: "?publisher=Ministry%20of%20Foreign%20Affairs%20of%20Moldova");

        var meeting = Proposals(ingested).Single(p => p.GetProperty("draft").GetProperty("kind").GetString() == "meeting");
        meeting.GetProperty("draft").GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["mihai-popsoi"]);
        meeting.GetProperty("draft").GetProperty("occurred").GetString().ShouldBe("2026-11-24");
        (await Client.GetStringAsync($"/api/documents/{ingested.GetProperty("documentId").GetString()}/text")).ShouldNotContain("BEGIN:VEVENT");
    }

    [Theory]
    [InlineData("", "text/plain", 400)]
    [InlineData("<?xml version=\"1.0\"?><records><record>1</record></records>", "application/xml", 415)]
    [InlineData("GIF89a", "image/gif", 415)]
    public async Task what_cannot_be_read_is_refused_and_nothing_is_stored(string body, string type, int status)
    {
        var events = await CountEventsAsync();

        using var response = await Analyst.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, type));

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CountEventsAsync()).ShouldBe(events);
    }
}
