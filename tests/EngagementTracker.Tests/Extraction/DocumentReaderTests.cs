using System.Text;
using CsCheck;
using EngagementTracker.Core;
using EngagementTracker.Extraction.Reading;
using EngagementTracker.Tests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EngagementTracker.Tests.Extraction;

public class DocumentReaderTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void what_a_page_copied_from_the_web_hides_in_its_words_is_left_out_and_the_annotated_quote_still_found()
    {
        const string text = "Tsahkna meets OSCE Secretary General\n\nTallinn, 2\u00a0December\u00a02026 – Foreign Minister Margus\u00a0Tsahkna received Secretary General Feridun Sinir\u00adlioğlu, who thanked Estonia for its \u201csteadfast leader\u00adship\u201d.\u200b";

        var read = DocumentReader.Read(Utf8(text), "text/plain");

        read.Text.ShouldContain("Foreign Minister Margus Tsahkna received Secretary General Feridun Sinirlioğlu");
        read.Text.ShouldContain("steadfast leadership");
        read.Text.ShouldNotContain("\u00ad");
        read.Text.ShouldNotContain("\u200b");
        read.Notes.ShouldContain(n => n.StartsWith("left out 3 invisible characters", StringComparison.Ordinal));
        // (a reviewer's quote copied from the page, soft hyphen and all, is found in the text as read)
        EvidenceLocator.Locate("d", read.Text, "received Secretary General Feridun Sinir\u00adlioğlu")!.Quote.ShouldBe("received Secretary General Feridun Sinirlioğlu");
    }

    [Fact]
    public void a_title_laid_out_in_columns_reads_with_one_space_between_them()
    {
        const string text = "United Nations                                   S/PV.10140\nSecurity Council\n\nThe meeting was called to order at 10.05 a.m.";

        DocumentReader.Read(Utf8(text), "text/plain").Title.ShouldBe("United Nations S/PV.10140");
    }

    [Fact]
    public void a_diplomatic_cable_is_read_as_its_subject_and_numbered_paragraphs_without_routing_or_markings()
    {
        const string text = """
            UNCLASSIFIED

            O 031405Z DEC 26
            FM AMEMBASSY ASTANA
            TO SECSTATE WASHDC 1234
            INFO OSCE COLLECTIVE

            UNCLAS SECTION 01 OF 01 ASTANA 000221

            E.O. 12958: N/A
            TAGS: PREL, OSCE, KZ
            SUBJECT: KAZAKHSTAN: FM PLEDGES ODIHR INVITATION FOR
            2027 ELECTIONS

            REF: STATE 100200

            1. (SBU) SUMMARY: Foreign Minister Nurtleu told the
            Ambassador on December 2 that Kazakhstan would invite ODIHR
            early. END SUMMARY.

            2. (U) The Ambassador welcomed the assurance.

            SMITH
            """;

        var read = DocumentReader.Read(Utf8(text), "text/plain");

        read.Title.ShouldBe("KAZAKHSTAN: FM PLEDGES ODIHR INVITATION FOR 2027 ELECTIONS");
        read.Published.ShouldBe("2026-12-03");
        read.Text.ShouldStartWith("KAZAKHSTAN: FM PLEDGES ODIHR INVITATION FOR 2027 ELECTIONS\n\n1. SUMMARY: Foreign Minister Nurtleu told the");
        read.Text.ShouldNotContain("(SBU)");
        read.Text.ShouldNotContain("END SUMMARY");
        read.Text.ShouldNotContain("TAGS:");
        read.Text.ShouldNotContain("STATE 100200");
        read.Text.ShouldContain("2. The Ambassador welcomed the assurance.");
        // (a text that only mentions a subject is no cable)
        DocumentReader.Read(Utf8("Minutes\n\nSUBJECT: budget\nTAGS: none\n\nThe Council met on 3 May."), "text/plain").Text.ShouldContain("SUBJECT: budget");
    }

    [Fact]
    public void a_text_with_no_headline_is_titled_by_its_opening_words_after_the_dateline()
    {
        const string text = "VIENNA/HELSINKI, 17 September 2025 — OSCE Chairperson-in-Office Finnish Foreign Minister Elina Valtonen concluded her two-day visit to Belgrade and Prishtinë/Priština, where she engaged in discussions with high-level officials on fostering security, safety and stability across the region.\n\nIn Belgrade, Chairperson-in-Office Valtonen met Prime Minister Đuro Macut, Minister for Foreign Affairs Marko Đurić and Speaker of the National Assembly Ana Brnabić, and she also visited the OSCE Mission to Serbia and met its staff.";

        var read = DocumentReader.Read(Utf8(text), "text/plain");

        read.Title.ShouldBe("OSCE Chairperson-in-Office Finnish Foreign Minister Elina Valtonen concluded her two-day visit to…");
    }

    [Theory]
    [InlineData("LSM.lv\nNews | Opinion | Culture | English\n\nMinister meets the High Commissioner\n\nRiga, 5 March 2025\n\nThe Minister met Christophe Kamp.")]
    [InlineData("Home > Documentation > Press releases\n\nMinister meets the High Commissioner\n\nBern, 5 March 2025 - The Minister met Christophe Kamp.")]
    [InlineData("Ministry of Foreign Affairs\nPress service\n\nMinister meets the High Commissioner\n\nAstana, 5 March 2025\n\nThe Minister met Christophe Kamp.")]
    [InlineData("Human Rights Watch\n\nMinister meets the High Commissioner\n\n(Berlin, March 5, 2025) – The Minister met Christophe Kamp, Human Rights Watch said today.")]
    public void a_plain_texts_menu_line_and_masthead_are_not_its_title(string text) =>
        // (the longest line that reads like a title above the dateline: a masthead longer than the title still wins)
        DocumentReader.Read(Utf8(text), "text/plain").Title.ShouldBe("Minister meets the High Commissioner");

    [Fact]
    public void an_interviews_headline_of_someones_words_is_its_title_over_a_longer_standfirst()
    {
        // (seen posting batch 154's Kathimerini interview through the API: the standfirst was its title)
        const string text = "Kathimerini English Edition\n\nINTERVIEW\n\nMaria Telalian: \"Observation is not interference\"\n\nThe Director of the OSCE Office for Democratic Institutions and Human Rights speaks to Kathimerini about election observation, budget cuts and the year ahead\n\nBy Nikos Papadakis\nSaturday, December 5, 2026\n\nIt has been a year of pressure.";

        DocumentReader.Read(Utf8(text), "text/plain").Title.ShouldBe("Maria Telalian: \"Observation is not interference\"");
    }

    [Fact]
    public void a_pdfs_text_saved_as_plain_text_has_its_hyphenated_words_whole_and_its_compounds_kept()
    {
        const string text = "Trial Monitoring Report                 Page 3 of 14\n\nthe fair trial standards that Azerbai-\njan has committed to, as a long-\nterm and long and term matter.\n";

        var read = DocumentReader.Read(Utf8(text), "text/plain");

        read.Text.ShouldContain("that Azerbaijan has committed to");
        read.Text.ShouldContain("as a long-term and");
    }

    [Fact]
    public void a_web_pages_data_table_reads_row_by_row_with_its_cells_apart()
    {
        const string html = "<html><body><main><h1>Timeline</h1><table><tr><th>Date</th><th>What happened</th></tr><tr><td>12 February 2026</td><td>The Head of Mission <b>met</b> the Minister.</td></tr></table><table><tr><td><p>Layout cell</p></td><td><p>Another</p></td></tr></table></main></body></html>";

        var read = DocumentReader.Read(Utf8(html), "text/html");

        read.Text.ShouldContain("Date | What happened\n");
        read.Text.ShouldContain("12 February 2026 | The Head of Mission met the Minister.");
        read.Text.ShouldNotContain("Layout cell | Another");
    }

    [Fact]
    public void a_speechs_heading_is_its_title_though_a_masthead_and_a_reference_line_stand_above_its_date()
    {
        const string text = "Organization for Security and Co-operation in Europe\nSecretariat\n\nSEC.GAL/7/25\n12 March 2025\n\nAddress by the OSCE Secretary General\nto the Permanent Council\n\nMr. Chairperson, I urge all participating States to agree on the budget.";

        DocumentReader.Read(Utf8(text), "text/plain").Title.ShouldBe("Address by the OSCE Secretary General to the Permanent Council");
    }

    [Fact]
    public void the_osce_page_printed_twice_is_read_once_with_its_menus_left_alone()
    {
        var raw = File.ReadAllText(Path.Combine(AppFixture.SeedsFolder, "documents", "000_6bf987e0526c7f56.txt"));

        var read = DocumentReader.Read(Utf8(raw), "text/plain");

        Occurrences(raw, "During meetings over the past 24 hours").ShouldBe(2);
        Occurrences(read.Text, "During meetings over the past 24 hours").ShouldBe(1);
        Occurrences(read.Text, "The Chairman-in-Office then concluded his visit").ShouldBe(1);
        read.Text.ShouldContain("- Programme Office in Astana");
        read.Notes.ShouldHaveSingleItem().ShouldStartWith("dropped 7 repeated paragraphs");
    }

    [Fact]
    public void a_release_printed_twice_loses_its_second_headline_and_short_closing_line_with_its_paragraphs()
    {
        const string headline = "Minister meets OSCE Chair";
        const string body = "ASTANA, 12 March 2026 – The Minister held talks with the OSCE Chairperson-in-Office on regional security and water.";
        const string closing = "The Chair thanked the hosts for the Programme Office.";
        var release = $"{headline}\n\n{body}\n\n{closing}\n";
        var raw = $"Home\nNews\n{release}\n{release}\nHome\n";

        var read = DocumentReader.Read(Utf8(raw), "text/plain");

        Occurrences(read.Text, headline).ShouldBe(1);
        Occurrences(read.Text, body).ShouldBe(1);
        Occurrences(read.Text, closing).ShouldBe(1);
        // a short line repeated away from any repeated paragraph (a menu at the foot) is left alone
        Occurrences(read.Text, "Home").ShouldBe(2);
    }

    [Fact]
    public void a_paragraph_that_opens_by_repeating_an_earlier_one_keeps_only_what_it_adds()
    {
        const string first = "All participating States of the OSCE have committed themselves to upholding the independence of the judiciary.";
        var raw = $"{first}\n\n{first} \"But the practices of some States raise questions,\" said the head of delegation.\n";

        var read = DocumentReader.Read(Utf8(raw), "text/plain");

        Occurrences(read.Text, first).ShouldBe(1);
        read.Text.ShouldContain("\"But the practices of some States raise questions,\" said the head of delegation.");
    }

    [Fact]
    public void a_subheading_the_body_goes_on_from_in_the_same_sentence_is_not_cut_from_the_body()
    {
        const string subheading = "The mechanism will be finalised in cooperation with the sides within the next few hours and days";
        var raw = $"OSCE says it developed a mechanism\n{subheading}\nVIENNA, September 8 - The Mission has developed a mechanism.\n{subheading}, the Chairman said.\n";

        var read = DocumentReader.Read(Utf8(raw), "text/plain");

        read.Text.ShouldContain($"{subheading}, the Chairman said.");
    }

    [Fact]
    public void a_saved_web_page_keeps_the_article_and_drops_navigation_menus_and_scripts()
    {
        const string html = """
            <!doctype html><html><head><title>Site | Press</title><script>var tracking = "secret";</script><style>p{color:red}</style></head>
            <body><header class="site"><a href="/">OSCE</a> Search the site</header>
            <nav><ul><li><a href="/a">Arms control</a></li><li><a href="/b">Border management</a></li><li><a href="/c">Elections</a></li></ul></nav>
            <div class="menu"><ul><li><a href="/x">Home</a></li><li><a href="/y">About us</a></li><li><a href="/z">Contact</a></li></ul></div>
            <article><header><h1>Chair-in-Office concludes visit</h1><time datetime="2024-06-25T10:00:00Z">25 June 2024</time></header>
            <p>ASTANA, 25 June 2024 — Today, the Chair-in-Office <b>concluded</b> his visit to Kazakhstan.</p>
            <p>He met with the President.</p><ul><li>Regional co-operation and connectivity</li><li>Border management</li></ul></article>
            <footer>© OSCE 2024 · <a href="/privacy">Privacy</a></footer></body></html>
            """;

        var read = DocumentReader.Read(Utf8(html), "text/html; charset=utf-8");

        read.Title.ShouldBe("Chair-in-Office concludes visit");
        read.Published.ShouldBe("2024-06-25");
        read.Text.ShouldContain("ASTANA, 25 June 2024 — Today, the Chair-in-Office concluded his visit to Kazakhstan.");
        read.Text.ShouldContain("He met with the President.");
        read.Text.ShouldContain("Regional co-operation and connectivity"); // a list of words, not of links, is content
        foreach (var noise in new[] { "tracking", "color", "Search the site", "Arms control", "About us", "Privacy" }) read.Text.ShouldNotContain(noise);
    }

    [Fact]
    public void a_saved_article_loses_the_furniture_its_markup_names_and_keeps_its_footnote_marks()
    {
        const string html = """
            <html><body><main><article class="post">
            <h1>Kazakhstan: release the journalists</h1>
            <ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li></ul>
            <p>The group today called on the authorities to release two journalists.<sup><a href="#fn1">1</a></sup> Both were <em>arrested</em> <strong>in May</strong>.</p>
            <div class="read-also"><span>Read also:</span> <a href="/a/1">Minister Accuses Opposition Of Plotting</a></div>
            <blockquote class="pull-quote"><p>“Journalism is not a crime.”</p></blockquote>
            <p>“Journalism is not a crime,” the director said.</p>
            </article>
            <section id="comments"><h3>Comments (1)</h3><div class="comment"><p>The OSCE always praises them.</p></div></section>
            <div class="sidebar"><h2>Latest news</h2><ul>
              <li><a href="/n/1">Minister met the EU envoy</a> <span class="date">February 18, 2026</span></li>
              <li><a href="/n/2">Deputies welcomed the delegation</a> <span class="date">17.02.2026</span></li>
              <li><a href="/n/3">The Minister held talks in Budapest</a> <span class="date">16.02.2026</span></li>
            </ul></div>
            </main></body></html>
            """;

        var text = DocumentReader.Read(Utf8(html), "text/html").Text;

        text.ShouldContain("release two journalists.[1] Both were arrested in May.");
        text.ShouldContain("“Journalism is not a crime,” the director said.");
        foreach (var furniture in new[] { "Facebook", "Read also", "Plotting", "Comments", "always praises", "EU envoy", "Budapest" }) text.ShouldNotContain(furniture);
        text.Split("Journalism is not a crime").Length.ShouldBe(2); // the pull quote is not read as a second saying
    }

    [Fact]
    public void a_page_that_marks_no_article_is_read_from_the_block_holding_its_paragraphs_with_the_date_under_its_headline()
    {
        const string html = """
            <html><head><title>Parliament of the Republic</title></head><body><table>
            <tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/laws">Laws</a></td></tr>
            <tr><td><b>Other news</b><br><br>22.09.2026<br><a href="/n/1">The Speaker received the Ambassador of the United States</a><br><br>
            19.09.2026<br><a href="/n/2">Deputies met with a delegation of the Parliament of Kazakhstan</a></td>
            <td><b>Meeting with the OSCE Programme Office</b><br>23.09.2026<br><br>
            <p>On 22 September 2026, the Speaker met with the Head of the OSCE Programme Office in Dushanbe to discuss legislative reform.</p>
            <p>The sides discussed the training of parliamentary staff and the drafting of the new law on elections, which the Office supports.</p>
            <p>The Speaker noted that the parliament is ready to continue its cooperation with the Office in the years to come.</p>
            </td></tr>
            <tr><td colspan="2">734051, Dushanbe. Visitors: 1 245 678</td></tr>
            </table></body></html>
            """;

        var read = DocumentReader.Read(Utf8(html), "text/html");

        read.Text.ShouldStartWith("Meeting with the OSCE Programme Office");
        read.Text.ShouldContain("the Speaker met with the Head of the OSCE Programme Office in Dushanbe");
        foreach (var furniture in new[] { "Other news", "Ambassador of the United States", "Laws", "Visitors" }) read.Text.ShouldNotContain(furniture);
        read.Published.ShouldBe("2026-09-23");
    }

    [Fact]
    public void a_pdfs_running_header_page_numbers_and_footnotes_are_set_apart_and_a_paragraph_goes_on_over_the_page()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        string[][] pages =
        [
            ["II. MEDIA ENVIRONMENT", "The media landscape is diverse but constrained.", "", "Since September, five journalists have been detained in", "connection with their reporting, and several outlets have"],
            ["reduced their coverage of politics.", "", "ODIHR recommends that the authorities repeal the provisions."],
        ];
        for (var p = 0; p < pages.Length; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("ODIHR Election Observation Mission – Interim Report", 8, new PdfPoint(50, 805), font);
            var y = 770.0;
            foreach (var line in pages[p])
            {
                if (line.Length == 0) { y -= 10; continue; }
                var letters = page.AddText(line, line.StartsWith("II.", StringComparison.Ordinal) ? 12 : 10, new PdfPoint(50, y), line.StartsWith("II.", StringComparison.Ordinal) ? bold : font);
                // a footnote mark, raised and small, after the first paragraph's sentence
                if (line.StartsWith("The media", StringComparison.Ordinal)) page.AddText("1", 6, new PdfPoint(letters[^1].EndBaseLine.X + 0.5, y + 4), font);
                y -= 14;
            }

            if (p == 0) page.AddText("1 See the Needs Assessment Mission Report of 12 September 2026.", 7, new PdfPoint(50, 70), font);
            page.AddText($"Page {p + 1} of 2", 8, new PdfPoint(270, 35), font);
        }

        var text = DocumentReader.Read(builder.Build(), "application/pdf").Text;

        text.ShouldStartWith("II. MEDIA ENVIRONMENT\n\nThe media landscape is diverse but constrained.[1]");
        text.ShouldContain("and several outlets have reduced their coverage of politics.\n\nODIHR recommends");
        text.ShouldEndWith("1 See the Needs Assessment Mission Report of 12 September 2026.");
        foreach (var furniture in new[] { "Interim Report", "Page 1", "Page 2" }) text.ShouldNotContain(furniture);
    }

    [Fact]
    public void a_channel_whose_every_post_is_named_a_widget_keeps_its_posts_each_with_its_day()
    {
        const string html = """
            <html><body><main class="tgme_main"><section class="tgme_channel_history">
            <div class="tgme_widget_message_wrap"><div class="tgme_widget_message"><div class="tgme_widget_message_text">Minister Nurtleu received the OSCE Secretary General.</div>
            <div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">3.1K</span> <time datetime="2026-03-10T11:24:05+00:00">11:24</time></div></div></div>
            <div class="tgme_widget_message_wrap"><div class="tgme_widget_message"><div class="tgme_widget_message_text">President Tokayev received the OSCE Secretary General.</div>
            <div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">2.7K</span> <time datetime="2026-03-11T09:02:41+00:00">09:02</time></div></div></div>
            </section></main></body></html>
            """;

        var text = DocumentReader.Read(Utf8(html), "text/html").Text;

        text.ShouldContain("Minister Nurtleu received the OSCE Secretary General.");
        text.ShouldContain("President Tokayev received the OSCE Secretary General.");
        text.ShouldContain("10 March 2026, 11:24");
        text.ShouldContain("11 March 2026, 09:02");
    }

    [Fact]
    public void a_page_wrapping_each_paragraph_in_a_block_of_its_own_is_read_whole()
    {
        const string html = """
            <html><body><div class="header"><a href="/">News</a> <a href="/world">World</a></div>
            <div class="content"><h1>Lavrov and OSCE Secretary General discuss the organization</h1><div class="date">27 NOV, 16:05</div>
            <div class="text"><div class="block"><p>MINSK, November 27. Russian Foreign Minister Sergey Lavrov and OSCE Secretary General Feridun Sinirlioglu discussed the crisis in the organization on the sidelines of a conference on Eurasian security.</p></div>
            <div class="block"><p>Lavrov stressed that the OSCE had turned into an instrument serving the interests of a narrow group of Western countries.</p></div>
            <div class="block"><p>The minister reaffirmed Russia's readiness to work within the OSCE on the basis of consensus.</p></div></div>
            <div class="feed"><h3>Top stories</h3><div><a href="/1">Minister criticizes sanctions package</a><span>15:48</span></div><div><a href="/2">Leaders meet in Abu Dhabi</a><span>15:12</span></div></div>
            </div></body></html>
            """;

        var text = DocumentReader.Read(Utf8(html), "text/html").Text;

        text.ShouldContain("Lavrov stressed that the OSCE had turned into an instrument");
        text.ShouldContain("The minister reaffirmed Russia's readiness");
        text.ShouldNotContain("Top stories");
    }

    [Fact]
    public void a_word_document_is_read_as_last_saved_with_its_list_numbers_and_footnotes_and_without_its_running_header()
    {
        const string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";
        var body = string.Concat(
            $"<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{Run("Statement of the Coalition")}</w:p>",
            $"<w:p>{Run("We are ")}<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>strongly </w:delText></w:r></w:del>{Run("concerned about the Law on Non-")}{Run("Commercial Organiza")}{Run("tions.")}<w:r><w:footnoteReference w:id=\"2\"/></w:r><w:ins w:id=\"3\" w:author=\"A\">{Run(" Its appeal is pending.")}</w:ins></w:p>",
            $"<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://example.org\" </w:instrText></w:r>{Run("See the report")}</w:p>",
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>{Run("To the Government: to repeal the law;")}</w:p>",
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>{Run("To ODIHR: to review it.")}</w:p>",
            $"<w:tbl><w:tr><w:tc><w:p>{Run("Case")}</w:p></w:tc><w:tc><w:p>{Run("Status")}</w:p></w:tc></w:tr></w:tbl>");
        var docx = Package(new()
        {
            ["word/document.xml"] = $"<w:document {w}><w:body>{body}<w:sectPr/></w:body></w:document>",
            ["word/header1.xml"] = $"<w:hdr {w}><w:p>{Run("HDC.NGO/0117/26")}</w:p></w:hdr>",
            ["word/footnotes.xml"] = $"<w:footnotes {w}><w:footnote w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>{Run(" Monitoring data, 2026.")}</w:p></w:footnote></w:footnotes>",
            ["word/numbering.xml"] = $"<w:numbering {w}><w:abstractNum w:abstractNumId=\"9\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"9\"/></w:num></w:numbering>",
        });

        var read = DocumentReader.Read(docx, null, "statement.docx");

        read.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        read.Title.ShouldBe("Statement of the Coalition");
        read.Text.ShouldBe("Statement of the Coalition\n\nWe are concerned about the Law on Non-Commercial Organizations.[1] Its appeal is pending.\n\nSee the report\n\n"
                           + "1. To the Government: to repeal the law;\n\n2. To ODIHR: to review it.\n\nCase\n\nStatus\n\n[1] Monitoring data, 2026.");
        read.Notes.ShouldContain(n => n.Contains("1 tracked deletion"));
        // sent without a name or a type, the bytes say what it is
        DocumentReader.Read(docx, "application/octet-stream").Text.ShouldBe(read.Text);
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], null, "old.doc")).Message.ShouldContain("save it as .docx or PDF");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Package(new() { ["word/other.xml"] = "<x/>" }), WordDocument_MediaType)).Message.ShouldContain("not a Word document");
    }

    private const string WordDocument_MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public void markdown_is_read_as_rendered_with_its_front_matter_giving_the_title_and_day()
    {
        const string md = "---\ntitle: \"Press freedom digest: November 2026\"\ndate: 2026-11-20T09:00:00+05:00\ntags: [osce]\n---\n\n# Press freedom digest\n\n"
                          + "## Turkmenistan\n\nOn **12 November**, the [Representative](https://www.osce.org/fom \"RFoM\"), *Jan Braathu*, said he was `deeply concerned`.[^1]\n\n"
                          + "![logo](logo.png)\n\n| Journalist | Status |\n|---|:---:|\n| Soltan Achilova | travel ban |\n\n---\n\n[^1]: Reported by _Turkmen.news_.\n[fom]: https://www.osce.org/fom\n";

        var read = DocumentReader.Read(Utf8(md), "text/markdown; charset=utf-8");

        read.MediaType.ShouldBe("text/markdown");
        read.Title.ShouldBe("Press freedom digest: November 2026");
        read.Published.ShouldBe("2026-11-20");
        read.Text.ShouldBe("Press freedom digest\n\nTurkmenistan\n\nOn 12 November, the Representative, Jan Braathu, said he was deeply concerned.[1]\n\n\n\n"
                           + "Journalist | Status\nSoltan Achilova | travel ban\n\n[1] Reported by Turkmen.news.");
        DocumentReader.Read(Utf8(md), null, "digest.md").Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(md), null).MediaType.ShouldBe("text/markdown");
        // a plain text that only has a line starting "#" is not taken for Markdown
        DocumentReader.Read(Utf8("# 5 on the list\nThe Minister met the Ambassador."), null).MediaType.ShouldBe("text/plain");
    }

    [Fact]
    public void a_saved_email_is_read_as_the_message_it_forwards_decoded_without_cover_note_or_signature()
    {
        const string body = "FYI for tomorrow.\n\n---------- Forwarded message ---------\nFrom: Mission Press <press@example.org>\nDate: Tue, 24 Nov 2026 at 17:02\n"
                            + "Subject: Head of Mission meets the Chair\nTo: <press@example.org>\n\n\nSARAJEVO, 24 November 2026 \u2013 Ambassador Brian Aggeler met Borjana Kri\u0161to, "
                            + "who said that the Council of Ministers would adopt the strategy before the end of the year.\n\n--\nDina Had\u017ei\u0107\nNewsdesk\n";
        var quoted = QuotedPrintable(body);
        var attachment = Convert.ToBase64String(Utf8("Annex: the Mission's statement of 9 October 2026."), Base64FormattingOptions.InsertLineBreaks);
        var eml = "Return-Path: <d@example.ba>\r\nMIME-Version: 1.0\r\nFrom: =?UTF-8?Q?Dina_Had=C5=BEi=C4=87?= <d@example.ba>\r\nDate: Wed, 25 Nov 2026 09:14:03 +0100\r\n"
                  + "Subject: Fwd: =?UTF-8?B?SGVhZCBvZiBNaXNzaW9u?=\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\nThis is a multi-part message.\r\n"
                  + "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n"
                  + $"--inner\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{quoted}\r\n"
                  + "--inner\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\r\n<div>FYI for tomorrow (HTML).</div>\r\n--inner--\r\n"
                  + $"--outer\r\nContent-Type: text/plain; name=\"annex.txt\"\r\nContent-Disposition: attachment; filename=\"annex.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{attachment}\r\n--outer--\r\n";

        var read = DocumentReader.Read(Encoding.ASCII.GetBytes(eml), null, "message.eml");

        read.MediaType.ShouldBe("message/rfc822");
        read.Title.ShouldBe("Head of Mission meets the Chair");
        read.Published.ShouldBe("2026-11-24");
        read.Text.ShouldBe("SARAJEVO, 24 November 2026 \u2013 Ambassador Brian Aggeler met Borjana Kri\u0161to, who said that the Council of Ministers would adopt the strategy before the end of the year."
                           + "\n\nAttachment: annex.txt\n\nAnnex: the Mission's statement of 9 October 2026.");
        read.Notes.ShouldContain(n => n.Contains("forwarded message"));
        read.Notes.ShouldContain("left out the sender's signature");
        // without a name or a type, the header fields say it is an e-mail
        DocumentReader.Read(Encoding.ASCII.GetBytes(eml), null).Text.ShouldBe(read.Text);
    }

    /// <summary>Quoted-printable as a mail client writes it: lines of at most 76 characters, soft breaks ("=") inside words.</summary>
    private static string QuotedPrintable(string text)
    {
        var encoded = string.Concat(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))
            .Select(b => b is (byte)'\r' or (byte)'\n' ? ((char)b).ToString() : b is >= 33 and <= 126 and not (byte)'=' || b == (byte)' ' ? ((char)b).ToString() : $"={b:X2}"));
        var lines = new StringBuilder();
        foreach (var line in encoded.Split("\r\n"))
        {
            var rest = line;
            while (rest.Length > 75)
            {
                var cut = rest[72] == '=' ? 72 : rest[73] == '=' ? 73 : 75;
                lines.Append(rest[..cut]).Append("=\r\n");
                rest = rest[cut..];
            }

            lines.Append(rest).Append("\r\n");
        }

        return lines.ToString();
    }

    private static byte[] Package(Dictionary<string, string> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create))
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

        return buffer.ToArray();
    }

    [Fact]
    public void a_pdf_in_two_columns_is_read_column_by_column_with_its_title_whole_and_a_sentence_wrapped_at_a_stop_running_on()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Moldova and the OSCE: a settlement", 17, new PdfPoint(56, 780), font);
        page.AddText("process on hold", 17, new PdfPoint(56, 758), font);
        string[] left =
        [
            "When the Chairpersonship took office in", "January, it named the settlement process as", "one of its priorities. The format has not met.",
            "On 3 March, the Special Representative met", "the chief negotiators in Chisinau and Tiraspol.", "Both told him that they would resume the talks",
            "on licence plates by the summer.",
        ];
        string[] right =
        [
            "The Mission has criticised the detention of", "officials at the checkpoints of the Security", "Zone, most recently on 9 October.",
            "The Chairpersonship should convene the", "format before the end of its term, even at", "the level of experts.", "Irina Grecu is a researcher in Chisinau.",
        ];
        var y = 700.0;
        for (var i = 0; i < left.Length; i++, y -= 12)
        {
            page.AddText(left[i], 9.5, new PdfPoint(56, y), font);
            page.AddText(right[i], 9.5, new PdfPoint(308, y), font);
        }

        var text = DocumentReader.Read(builder.Build(), "application/pdf").Text;

        text.ShouldStartWith("Moldova and the OSCE: a settlement process on hold\n\n");
        text.ShouldContain("one of its priorities. The format has not met. On 3 March, the Special Representative met the chief negotiators in Chisinau and Tiraspol. Both told him");
        text.ShouldContain("by the summer.\nThe Mission has criticised the detention of officials");
        text.IndexOf("by the summer", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("The Chairpersonship should convene", StringComparison.Ordinal));
    }

    [Fact]
    public void a_pdf_is_read_from_its_text_layer_with_broken_words_and_wrapped_lines_joined()
    {
        var pdf = Pdf(
            "At the OSCE Madrid Ministerial Meeting in Novem-",
            "ber 2007, Kazakhstan committed itself to reforms of",
            "its election law and of the election-",
            "monitoring rules.",
            "",
            "Election monitoring matters. Rules are rules.");

        var read = DocumentReader.Read(pdf, "application/pdf");

        read.MediaType.ShouldBe("application/pdf");
        read.Text.ShouldContain("in November 2007, Kazakhstan committed itself to reforms of its election law and of the election-monitoring rules.");
        read.Notes.ShouldContain("read the text layer of 1 page");
        DocumentReader.Read(pdf, "application/octet-stream", "brief.pdf").Text.ShouldBe(read.Text);
        DocumentReader.Read(pdf, null).MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public void subtitles_read_as_what_was_said_with_a_sentence_split_over_cues_whole_again()
    {
        const string srt = "1\n00:00:00,000 --> 00:00:03,200\nLadies and gentlemen,\n\n2\n00:00:03,200 --> 00:00:07,900\nthis morning I met Foreign Minister\nAndrii Sybiha of Ukraine.\n\n3\n00:00:12,000 --> 00:00:15,000\n<i>I deeply regret</i> that consensus was blocked.\n";

        // (as a file named .srt, as plain text, or with no type: the first cue says what it is)
        foreach (var read in new[] { DocumentReader.Read(Utf8(srt), null, "statement.srt"), DocumentReader.Read(Utf8(srt), "text/plain"), DocumentReader.Read(Utf8(srt), null) })
        {
            read.MediaType.ShouldBe("application/x-subrip");
            // (a pause of two seconds or more after a sentence's end begins a paragraph)
            read.Text.ShouldBe("Ladies and gentlemen, this morning I met Foreign Minister Andrii Sybiha of Ukraine.\n\nI deeply regret that consensus was blocked.");
            read.Notes.ShouldContain("read 3 subtitle cues as running text; numbers and timings left out");
            read.Title.ShouldNotBeNull().ShouldStartWith("Ladies and gentlemen, this morning I met");
        }

        const string vtt = "WEBVTT\n\nNOTE made by the captioning service\n\nintro\n00:01.000 --> 00:04.000 align:start\n<v Ignazio Cassis>I thank Cyprus</v>\n\n00:04.000 --> 00:06.500\nfor the excellent co-operation.\n";
        // ("[MUSIC]", "(applause)": a cue that only labels a sound is left out, and the pause it fills still ends the paragraph)
        const string sounds = "1\n00:00:00,000 --> 00:00:03,000\nI commended Turkmenistan's hosting\nof the dialogue.\n\n2\n00:00:03,000 --> 00:00:07,000\n[MUSIC]\n\n3\n00:00:07,000 --> 00:00:09,000\n(applause)\n\n4\n00:00:09,000 --> 00:00:12,000\nLet me be frank.\n";
        DocumentReader.Read(Utf8(sounds), null, "message.srt").Text.ShouldBe("I commended Turkmenistan's hosting of the dialogue.\n\nLet me be frank.");

        var webVtt = DocumentReader.Read(Utf8(vtt), null, "statement.vtt");
        webVtt.MediaType.ShouldBe("text/vtt");
        // (a voice tag names who speaks, as a transcript's label does)
        webVtt.Text.ShouldBe("Ignazio Cassis: I thank Cyprus for the excellent co-operation.");
    }

    [Fact]
    public void a_chat_export_reads_each_days_messages_under_the_day_with_what_the_export_adds_left_out()
    {
        // (month first, as a US phone exports: 11/30 tells it)
        const string chat = "11/30/26, 6:40 PM - Nigora: Good evening.\nA second line of the same message.\n11/30/26, 6:41 PM - Dilshod: <Media omitted>\n12/1/26, 12:17 PM - Nigora: Today the Minister met the Secretary General.\n";

        var read = DocumentReader.Read(Utf8(chat), null, "chat.txt");

        read.Text.ShouldBe("30 November 2026\n\nNigora: Good evening.\nA second line of the same message.\n\n1 December 2026\n\nNigora: Today the Minister met the Secretary General.");
        read.Published.ShouldBe("2026-12-01");
        read.Notes.Single().ShouldContain("month first");
        // (a text with a time stamp or two is not a chat)
        DocumentReader.Read(Utf8("Minutes\n[30/11/2026, 18:40] opened: the meeting.\nThe Minister spoke.\nThe Ambassador replied.\n"), "text/plain").Text.ShouldStartWith("Minutes");
        // (a spreadsheet's rows sent as text/csv are read as they stand)
        DocumentReader.Read(Utf8("date,met\n2026-11-04,Oleg Serebrian\n"), "text/csv").Text.ShouldBe("date,met\n2026-11-04,Oleg Serebrian\n");
    }

    [Fact]
    public void a_meetings_saved_chat_reads_each_message_to_everyone_after_its_sender_with_private_messages_and_reactions_left_out()
    {
        // (Zoom's saved chat: the sender and whom it went to over each message; and its newer form, a tab between time, sender and words)
        const string chat = "10:03:40 From  Brian Aggeler  to  Everyone:\n\tYesterday I met Minister of Justice Davor Bunoza in Sarajevo.\n"
                            + "10:05:31 From  Vladimir Kovacevic  to  Everyone:\n\tThank you Ambassador.\n\tA second line.\n"
                            + "10:07:02 From  Amra Z (OSCE BiH)  to  Everyone:\n\tReacted to \"Yesterday I met...\" with \U0001F44D\n"
                            + "10:08:20 From  Amra Z (OSCE BiH)  to  Brian Aggeler(Direct Message):\n\tFive minutes left\n"
                            + "10:09:48 From  Borka Rudic  to  Everyone:\n\tReplying to \"Yesterday I met...\"\n\tDid he promise anything?\n";

        var read = DocumentReader.Read(Utf8(chat), null, "meeting_saved_chat.txt");

        read.Text.ShouldBe("Brian Aggeler: Yesterday I met Minister of Justice Davor Bunoza in Sarajevo.\n\nVladimir Kovacevic: Thank you Ambassador.\nA second line.\n\nBorka Rudic: Did he promise anything?");
        read.Published.ShouldBeNull();
        read.Notes.Single().ShouldContain("no day");
        DocumentReader.Read(Utf8("00:12:31\tBrian Aggeler:\tWe urge the Assembly to act.\n00:12:40\tBorka Rudic:\tAgreed.\n00:13:02\tBrian Aggeler:\tThank you.\n"), "text/plain").Text
            .ShouldBe("Brian Aggeler: We urge the Assembly to act.\n\nBorka Rudic: Agreed.\n\nBrian Aggeler: Thank you.");
        // (minutes with a time or two are not a chat)
        DocumentReader.Read(Utf8("Minutes\n10:03:40 From the Chair: opening.\nThe Minister spoke.\n"), "text/plain").Text.ShouldStartWith("Minutes");
    }

    [Fact]
    public void a_news_agencys_nitf_story_reads_as_it_prints_its_dateline_opening_the_first_paragraph()
    {
        const string nitf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">
            <nitf version="-//IPTC//DTD NITF 3.6//EN">
              <head>
                <title>OSCE envoy presses Uzbekistan</title>
                <docdata><doc-id id-string="AFP-0412"/><date.issue norm="20261204T101500+0500"/>
                  <key-list><keyword key="OSCE"/></key-list></docdata>
              </head>
              <body>
                <body.head>
                  <hedline><hl1>OSCE envoy presses Uzbekistan</hl1><hl2>Braathu meets Saidov</hl2></hedline>
                  <byline>By <person>Nodira Yusupova</person></byline>
                  <dateline><location><city>TASHKENT</city></location>, <story.date norm="20261204">Dec 4, 2026</story.date> (AFP) -</dateline>
                </body.head>
                <body.content>
                  <p>The OSCE Representative, Jan Braathu, on Thursday urged Uzbekistan to act, saying prison terms had "<em>no place</em>" there.</p>
                  <p>Braathu met Foreign Minister
                     Bakhtiyor Saidov.</p>
                </body.content>
                <body.end><tagline>ny/mh</tagline></body.end>
              </body>
            </nitf>
            """;

        var read = DocumentReader.Read(Utf8(nitf), null, "wire.xml");

        read.MediaType.ShouldBe("text/vnd.iptc.nitf");
        (read.Title, read.Published).ShouldBe(("OSCE envoy presses Uzbekistan", "2026-12-04"));
        read.Text.ShouldBe("OSCE envoy presses Uzbekistan\n\nBraathu meets Saidov\n\nBy Nodira Yusupova\n\n"
            + "TASHKENT, Dec 4, 2026 (AFP) - The OSCE Representative, Jan Braathu, on Thursday urged Uzbekistan to act, saying prison terms had \"no place\" there.\n\n"
            + "Braathu met Foreign Minister Bakhtiyor Saidov.");

        // a NewsML-G2 item carrying XHTML inline, sent as application/xml
        const string g2 = """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">
              <itemMeta><versionCreated>2026-12-03T09:00:00Z</versionCreated></itemMeta>
              <contentMeta><contentCreated>2026-12-02T18:00:00+01:00</contentCreated><headline>Director meets Minister</headline></contentMeta>
              <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Maria Telalian met the Minister.</p></body></html></inlineXML></contentSet>
            </newsItem>
            """;
        var item = DocumentReader.Read(Utf8(g2), "application/xml");
        (item.MediaType, item.Title, item.Published).ShouldBe(("application/vnd.iptc.g2.newsitem+xml", "Director meets Minister", "2026-12-02"));
        item.Text.ShouldBe("Director meets Minister\n\nMaria Telalian met the Minister.");

        // other XML is still refused, and says which XML is read
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("<configuration/>"), "application/xml")).Message.ShouldContain("NITF");
    }

    [Fact]
    public void a_news_feed_reads_item_by_item_each_under_its_day_and_title()
    {
        const string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>OSCE Mission to Serbia – News</title><link>https://example.org/</link>
            <lastBuildDate>Thu, 03 Dec 2026 14:05:00 +0100</lastBuildDate>
            <item><title>Head of Mission meets Minister</title><link>https://example.org/1</link><guid>https://example.org/1</guid>
            <pubDate>Thu, 03 Dec 2026 13:40:00 +0100</pubDate>
            <description><![CDATA[<p>Ambassador Jan Bratu met the Minister, Demo Beri&scaron;a.</p>]]></description></item>
            <item><title>Mission concerned about attack &amp; threats</title><pubDate>Fri, 27 Nov 2026 16:30:00 +0100</pubDate>
            <description>The Mission calls on the authorities to act.</description></item>
            </channel></rss>
            """;

        var read = DocumentReader.Read(Utf8(rss), "text/plain");

        read.MediaType.ShouldBe("application/rss+xml");
        read.Title.ShouldBe("OSCE Mission to Serbia – News");
        read.Published.ShouldBe("2026-12-03");
        // (an item's title a line of its own, not the start of its summary's first sentence)
        read.Text.ShouldBe("3 December 2026\nHead of Mission meets Minister\n\nAmbassador Jan Bratu met the Minister, Demo Beriša.\n\n27 November 2026\nMission concerned about attack & threats\n\nThe Mission calls on the authorities to act.");
        read.Text.ShouldNotContain("https://");

        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>ODIHR news</title><updated>2026-12-02T10:00:00Z</updated>
            <entry><title>Director meets Minister</title><published>2026-12-01T09:00:00+01:00</published><summary>Maria Telalian met the Minister.</summary></entry>
            </feed>
            """;
        var feed = DocumentReader.Read(Utf8(atom), null, "odihr.atom");
        feed.MediaType.ShouldBe("application/atom+xml");
        feed.Text.ShouldBe("1 December 2026\nDirector meets Minister\n\nMaria Telalian met the Minister.");
        feed.Published.ShouldBe("2026-12-01");
    }

    [Fact]
    public void a_calendar_reads_entry_by_entry_under_its_days_unfolded_and_unescaped_and_leaves_out_what_was_cancelled()
    {
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Public agenda of Deputy Prime Minister Mihai Popșoi\r\nX-WR-TIMEZONE:Europe/Chisinau\r\n"
            + "BEGIN:VEVENT\r\nDTSTAMP:20261201T070000Z\r\nDTSTART;VALUE=DATE:20261126\r\nSUMMARY:Vienna: OSCE Permanent Council\r\n"
            + "DESCRIPTION:Meeting with OSCE Secretary General Feridun Sinirlio\r\n ğlu.\\nAddress to the Council\\, on Moldova\\; its priorities.\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTAMP:20261130T070000Z\r\nDTSTART:20261124T230000Z\r\nSUMMARY:Meeting with Kelly Keiderling\\, Head of the OSCE Mission to Moldova\r\nLOCATION:MFAEI\\, Chișinău\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nDTSTAMP:20261130T070000Z\r\nSTATUS:CANCELLED\r\nDTSTART:20261125T143000\r\nSUMMARY:Meeting with Maria Telalian\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var read = DocumentReader.Read(Utf8(ics), null, "agenda.ics");

        read.MediaType.ShouldBe("text/calendar");
        read.Title.ShouldBe("Public agenda of Deputy Prime Minister Mihai Popșoi");
        read.Published.ShouldBe("2026-12-01");
        // (a time in UTC is on the day it is in the calendar's own zone: 23:00 UTC on the 24th is the 25th in Chișinău)
        read.Text.ShouldBe("Public agenda of Deputy Prime Minister Mihai Popșoi\n\n"
            + "Wednesday, 25 November 2026\nMeeting with Kelly Keiderling, Head of the OSCE Mission to Moldova (MFAEI, Chișinău).\n\n"
            + "Thursday, 26 November 2026\nVienna: OSCE Permanent Council.\nMeeting with OSCE Secretary General Feridun Sinirlioğlu.\nAddress to the Council, on Moldova; its priorities.");
        read.Notes.ShouldContain("left out 1 cancelled entry");
        DocumentReader.Read(Utf8(ics), "text/plain").MediaType.ShouldBe("text/calendar");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"), "text/calendar")).Message.ShouldContain("no entries");
    }

    [Fact]
    public void a_news_articles_json_ld_reads_as_its_headline_and_body_and_other_json_is_refused()
    {
        const string json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Kabar"},
              {"@type": ["NewsArticle"], "headline": "Japarov receives OSCE Secretary General", "datePublished": "2026-11-28T23:05:00+06:00",
               "publisher": {"@type": "Organization", "name": "Kabar"},
               "articleBody": "President Sadyr Japarov received the Secretary General on Friday.\n\n\"We value the work of the OSCE,\" he said."}]}
            """;

        var read = DocumentReader.Read(Utf8(json), "application/json");

        read.MediaType.ShouldBe("application/ld+json");
        read.Title.ShouldBe("Japarov receives OSCE Secretary General");
        // (the day as the site wrote it, not moved to another zone)
        read.Published.ShouldBe("2026-11-28");
        read.Text.ShouldBe("Japarov receives OSCE Secretary General\n\nPresident Sadyr Japarov received the Secretary General on Friday.\n\n\"We value the work of the OSCE,\" he said.");
        DocumentReader.Read(Utf8(json), null).MediaType.ShouldBe("application/ld+json");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("{\"items\": [1, 2]}"), "application/json")).Status.ShouldBe(415);
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("{\"items\": "), null, "feed.json")).Message.ShouldContain("not well-formed");
    }

    [Fact]
    public void a_telegram_export_reads_as_its_messages_under_their_days_and_a_groups_messages_after_their_senders()
    {
        const string channel = """
            {"name": "MFA Kazakhstan", "type": "public_channel", "id": 1459823318, "messages": [
              {"id": 8120, "type": "message", "date": "2026-12-01T11:30:05", "from": "MFA Kazakhstan",
               "text": ["🇰🇿 ", {"type": "bold", "text": "Deputy Foreign Minister Alibek Bakayev received Christophe Kamp"}, "\n\nBakayev thanked the High Commissioner.\n\n", {"type": "hashtag", "text": "#OSCE"}, " ", {"type": "hashtag", "text": "#HCNM"}]},
              {"id": 8121, "type": "service", "date": "2026-12-01T11:31:40", "action": "pin_message", "text": ""},
              {"id": 8122, "type": "message", "date": "2026-12-02T08:00:00", "photo": "photos/photo_1.jpg", "text": ""},
              {"id": 8123, "type": "message", "date": "2026-12-03T09:15:44", "text": "📍Lugano\n\nYermek Kosherbayev met Ignazio Cassis."},
              {"id": 8125, "type": "message", "date": "2026-12-03T16:02:10", "text": ["Full text: ", {"type": "link", "text": "https://www.gov.kz/1"}]}]}
            """;

        var read = DocumentReader.Read(Utf8(channel), "application/json");

        read.Title.ShouldBe("MFA Kazakhstan");
        read.Published.ShouldBe("2026-12-03");
        read.Text.ShouldBe("1 December 2026\n\n🇰🇿 Deputy Foreign Minister Alibek Bakayev received Christophe Kamp\n\nBakayev thanked the High Commissioner."
            + "\n\n3 December 2026\n\n📍Lugano\n\nYermek Kosherbayev met Ignazio Cassis.\n\nFull text: https://www.gov.kz/1");
        read.Notes.ShouldContain(n => n.Contains("3 messages"));
        // (sent without a type, as a file: what it is, is read from it)
        DocumentReader.Read(Utf8(channel), null, "result.json").Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(channel), "text/plain").Text.ShouldBe(read.Text);

        const string group = """
            {"name": "Press pool", "type": "private_supergroup", "messages": [
              {"id": 1, "type": "message", "date": "2026-12-04T10:00:00", "from": "Aida K.", "text": "The minister met Kombos."}]}
            """;
        DocumentReader.Read(Utf8(group), "application/json").Text.ShouldBe("4 December 2026\n\nAida K.: The minister met Kombos.");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("""{"name": "x", "messages": [{"id": 1, "type": "service", "date": "2026-12-04T10:00:00"}]}"""), "application/json"))
            .Message.ShouldContain("no message with text");
    }

    [Fact]
    public void a_wiki_articles_source_reads_as_the_page_shows_it_without_its_templates_references_and_appendices()
    {
        const string wiki = """
            {{Short description|Switzerland's 2026 chairpersonship of the OSCE}}
            '''Switzerland's 2026 OSCE Chairpersonship''' was the third time [[Switzerland]] chaired the [[Organization for Security and Co-operation in Europe]] (OSCE).<ref>{{cite web |url=https://www.osce.org |title=Takes over |date=1 January 2026}}</ref> The [[Chairperson-in-Office]] was [[Ignazio Cassis]].<!-- check -->

            == Timeline ==
            {| class="wikitable"
            ! Date !! Event
            |-
            | 3–4 February 2026 || Cassis visited [[Kyiv]], where he met President [[Volodymyr Zelenskyy]].<ref name="kyiv"/>
            |-
            | 9 April 2026 || Switzerland pledged CHF 5 million for demining in [[Ukraine]], as [https://www.fdfa.admin.ch the FDFA] announced.
            |}

            == See also ==
            * [[List of OSCE Chairpersons-in-Office]]

            [[Category:2026 in Switzerland]]
            """;

        var read = DocumentReader.Read(Utf8(wiki), "text/plain");

        read.Title.ShouldBe("Switzerland's 2026 OSCE Chairpersonship");
        read.Text.ShouldBe("Switzerland's 2026 OSCE Chairpersonship was the third time Switzerland chaired the Organization for Security and Co-operation in Europe (OSCE). The Chairperson-in-Office was Ignazio Cassis."
            + "\n\nTimeline\n\n3–4 February 2026 – Cassis visited Kyiv, where he met President Volodymyr Zelenskyy."
            + "\n\n9 April 2026 – Switzerland pledged CHF 5 million for demining in Ukraine, as the FDFA announced.");
        read.Notes.ShouldContain(n => n.Contains("2 table rows"));
        // (a text with a link or two in brackets is not taken for wikitext)
        DocumentReader.Read(Utf8("The Mission [[sic]] said on Monday that it had met the Minister [[ibid]]."), "text/plain").Text.ShouldContain("[[sic]]");
    }

    [Fact]
    public void an_rtf_document_reads_as_its_paragraphs_with_its_escapes_as_the_characters_they_are()
    {
        const string rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil Calibri;}}{\\colortbl ;\\red0\\green77\\blue187;}{\\*\\generator Riched20}\\uc1\r\n"
            + "\\pard\\b\\fs28 OSCE Centre holds consultations\\b0\\par\r\n"
            + "\\pard ASHGABAT, 27 November 2026 \\u8211? The Head of the Centre\\rquote s office met Deputy Minister Vepa Haj\\'efyev.\\par\r\n"
            + "{\\*\\footnote Press contact}\\pard Caf\\'e9 \\{talks\\}\\~ended.\\par}";

        var read = DocumentReader.Read(System.Text.Encoding.ASCII.GetBytes(rtf), null, "release.rtf");

        read.MediaType.ShouldBe("application/rtf");
        read.Title.ShouldBe("OSCE Centre holds consultations");
        read.Text.ShouldBe("OSCE Centre holds consultations\n\nASHGABAT, 27 November 2026 – The Head of the Centre’s office met Deputy Minister Vepa Hajïyev.\n\nCafé {talks} ended.");
        // (sent as plain text, its first bytes say what it is)
        DocumentReader.Read(System.Text.Encoding.ASCII.GetBytes(rtf), "text/plain").MediaType.ShouldBe("application/rtf");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(System.Text.Encoding.ASCII.GetBytes("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par}"), "application/rtf")).Message.ShouldContain("no text");
    }

    [Fact]
    public void an_events_pages_json_ld_reads_as_an_agenda_without_what_was_cancelled()
    {
        const string json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "name": "Events | OSCE Programme Office in Dushanbe"},
              {"@type": "Event", "name": "Head of Office meets Minister", "startDate": "2026-11-25T10:00:00+05:00",
               "location": {"@type": "Place", "name": "Ministry of Internal Affairs", "address": {"@type": "PostalAddress", "addressLocality": "Dushanbe"}},
               "description": "<p>Ambassador Markus Müller met Minister Ramazon Rahimzoda.</p>"},
              {"@type": "Event", "name": "Roundtable", "startDate": "2026-11-27", "eventStatus": "https://schema.org/EventCancelled", "description": "Cancelled."},
              {"@type": "EducationEvent", "name": "Training for border guards", "startDate": "2026-12-01", "location": "Panj"}]}
            """;

        var read = DocumentReader.Read(Utf8(json), "application/ld+json");

        read.Title.ShouldBe("Events | OSCE Programme Office in Dushanbe");
        read.Published.ShouldBe("2026-12-01");
        read.Text.ShouldBe("Events | OSCE Programme Office in Dushanbe\n\nWednesday, 25 November 2026\nHead of Office meets Minister (Ministry of Internal Affairs, Dushanbe).\n"
            + "Ambassador Markus Müller met Minister Ramazon Rahimzoda.\n\nTuesday, 1 December 2026\nTraining for border guards (Panj).");
        read.Notes.ShouldContain(n => n.Contains("left out 1 cancelled"));
        DocumentReader.Read(Utf8(json), null, "events.json").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void an_opendocument_text_reads_as_its_headings_paragraphs_lists_and_footnotes_and_a_spreadsheet_is_refused()
    {
        const string ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";
        var odt = Package(new()
        {
            ["mimetype"] = "application/vnd.oasis.opendocument.text",
            ["content.xml"] = $"""
                <office:document-content {ns}><office:automatic-styles><text:list-style style:name="L2"><text:list-level-style-number text:level="1"/></text:list-style></office:automatic-styles>
                <office:body><office:text><text:p text:style-name="P2">OSCE Mission to Montenegro<text:tab/>PRESS RELEASE</text:p>
                <text:h text:outline-level="1">Mission and Ministry sign memorandum</text:h>
                <text:p>PODGORICA, 2 December 2026 – Ambassador Dominique Waag said so.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>The report is online.</text:p></text:note-body></text:note> She urged Parliament to act without<text:s/>further delay.<office:annotation><text:p>check this</text:p></office:annotation></text:p>
                <text:list><text:list-item><text:p>initial training;</text:p></text:list-item><text:list-item><text:p>mentoring.</text:p></text:list-item></text:list>
                <text:list text:style-name="L2"><text:list-item><text:p>first step</text:p></text:list-item></text:list>
                <text:tracked-changes><text:changed-region><text:deletion><text:p>old words</text:p></text:deletion></text:changed-region></text:tracked-changes>
                </office:text></office:body></office:document-content>
                """,
        });

        var read = DocumentReader.Read(odt, "application/octet-stream", "release.odt");

        read.MediaType.ShouldBe("application/vnd.oasis.opendocument.text");
        read.Title.ShouldBe("Mission and Ministry sign memorandum");
        read.Text.ShouldBe("OSCE Mission to Montenegro PRESS RELEASE\n\nMission and Ministry sign memorandum\n\nPODGORICA, 2 December 2026 – Ambassador Dominique Waag said so.[1] She urged Parliament to act without further delay.\n\n"
                           + "• initial training;\n\n• mentoring.\n\n1. first step\n\n[1] The report is online.");
        read.Notes.ShouldContain(n => n.Contains("tracked deletion"));
        // (known by its bytes whatever it is sent as)
        DocumentReader.Read(odt, null).MediaType.ShouldBe("application/vnd.oasis.opendocument.text");
        var spreadsheet = Package(new() { ["mimetype"] = "application/vnd.oasis.opendocument.spreadsheet", ["content.xml"] = $"<office:document-content {ns}><office:body><office:spreadsheet/></office:body></office:document-content>" });
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(spreadsheet, "application/vnd.oasis.opendocument.text")).Status.ShouldBe(415);
    }

    [Fact]
    public void text_that_is_not_utf8_is_read_in_the_character_set_named_or_declared_else_as_windows_1252_and_says_so()
    {
        // "Minister Blanár said: “Slovakia will pay” – 2026", as an old site saved it in Windows-1252
        byte[] legacy = [.. Encoding.ASCII.GetBytes("Minister Blan"), 0xE1, .. Encoding.ASCII.GetBytes("r said: "), 0x93, .. Encoding.ASCII.GetBytes("Slovakia will pay"), 0x94, .. Encoding.ASCII.GetBytes(" "), 0x96, .. Encoding.ASCII.GetBytes(" 2026\r\n")];

        var read = DocumentReader.Read(legacy, "text/plain");

        read.Text.ShouldBe("Minister Blanár said: “Slovakia will pay” – 2026\n");
        read.Notes.ShouldContain("the text is not UTF-8: read as windows-1252");
        // (a character set the sender names, or the page declares, is read as such: "Лавров" in windows-1251)
        byte[] cyrillic = [0xCB, 0xE0, 0xE2, 0xF0, 0xEE, 0xE2, .. Encoding.ASCII.GetBytes(" met the Secretary General.")];
        DocumentReader.Read(cyrillic, "text/plain; charset=windows-1251").Text.ShouldBe("Лавров met the Secretary General.");
        DocumentReader.Read([.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>"), .. cyrillic, .. Encoding.ASCII.GetBytes("</p></body></html>")], "text/html")
            .Text.ShouldContain("Лавров met the Secretary General.");
        // (UTF-8 stays UTF-8, and bytes that are not text are still refused)
        DocumentReader.Read(Utf8("Minister Blanár"), "text/plain").Notes.ShouldNotContain(n => n.Contains("UTF-8"));
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xFE, 0x01], "text/plain"));
    }

    [Fact]
    public void an_x_archive_reads_as_the_accounts_own_posts_oldest_first_under_their_days_with_the_accounts_they_tag_named()
    {
        const string archive = """
            window.YTD.tweets.part0 = [
              { "tweet" : { "created_at" : "Wed Dec 02 08:12:44 +0000 2026", "full_text" : "RT @OSCE: LIVE from Lugano https://t.co/Lg7xQp2Rk1", "entities" : { "user_mentions" : [ ] } } },
              { "tweet" : { "created_at" : "Tue Dec 01 16:05:10 +0000 2026", "full_text" : "Today in Tbilisi I met Foreign Minister @MakaBotchorishvili &amp; others. https://t.co/Qm4TbL9zWe",
                            "entities" : { "user_mentions" : [ { "name" : "Maka Botchorishvili", "screen_name" : "MakaBotchorishvili" } ] } } },
              { "tweet" : { "created_at" : "Thu Nov 26 09:02:17 +0000 2026", "full_text" : "@d_kaliyeva Thank you for flagging.", "in_reply_to_screen_name" : "d_kaliyeva",
                            "entities" : { "user_mentions" : [ { "name" : "Dana Kaliyeva", "screen_name" : "d_kaliyeva" } ] } } }
            ]
            """;

        var read = DocumentReader.Read(Utf8(archive), "application/javascript", "tweets.js");

        read.Text.ShouldBe("26 November 2026\n\nThank you for flagging.\n\n1 December 2026\n\nToday in Tbilisi I met Foreign Minister @MakaBotchorishvili & others.\n\nAccounts tagged: Maka Botchorishvili (@MakaBotchorishvili).");
        read.Published.ShouldBe("2026-12-01");
        read.Title.ShouldBe("Posts from an X archive, 26 November 2026 to 1 December 2026");
        read.Notes.ShouldContain("left out 1 repost of other accounts");
        // (known by its first bytes when sent with no type or as text, and as JSON without the script's assignment)
        DocumentReader.Read(Utf8(archive), null).Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(archive), "text/plain").Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(archive[archive.IndexOf('[')..]), "application/json").Text.ShouldBe(read.Text);
        // (other script is not a document)
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("function f() { return 1; }"), "application/javascript")).Status.ShouldBe(415);
    }

    [Fact]
    public void an_excel_workbook_reads_each_visible_sheet_under_its_name_a_row_a_line_with_dates_as_days()
    {
        const string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        var workbook = Package(new()
        {
            ["xl/workbook.xml"] = $"""<workbook {ns}><sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/><sheet name="Old" sheetId="2" state="hidden" r:id="rId2"/><sheet name="Sheet3" sheetId="3" r:id="rId3"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="worksheet" Target="worksheets/sheet3.xml"/></Relationships>""",
            ["xl/sharedStrings.xml"] = $"""<sst {ns}><si><t>Made by</t></si><si><t>Promise</t></si><si><r><t>Foreign Minister </t></r><r><t>Bakhtiyor Saidov</t></r></si><si><t>Adopt the Law on Mass Media</t></si></sst>""",
            ["xl/styles.xml"] = $"""<styleSheet {ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>""",
            ["xl/worksheets/sheet1.xml"] = $"""
                <worksheet {ns}><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2"/></row>
                <row r="3"><c r="A3" s="1"><v>46099</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" s="2"><v>0.30000000000000004</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>
                </sheetData></worksheet>
                """,
            ["xl/worksheets/sheet2.xml"] = $"""<worksheet {ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Draft, not for publication</t></is></c></row></sheetData></worksheet>""",
            ["xl/worksheets/sheet3.xml"] = $"""<worksheet {ns}><sheetData><row r="1"><c r="A1" t="str"><f>CONCATENATE("The authorities should ","release them.")</f><v>The authorities should release them.</v></c></row></sheetData></worksheet>""",
        });

        var read = DocumentReader.Read(workbook, "application/octet-stream", "tracker.xlsx");

        read.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        read.Text.ShouldBe("Tracker\n\nDate | Made by | Promise\n18 March 2026 | Foreign Minister Bakhtiyor Saidov | Adopt the Law on Mass Media | 0.3 | TRUE\n\nThe authorities should release them.");
        read.Notes.ShouldContain(n => n.Contains("2 sheets, 3 rows") && n.Contains("1 date read from the serial numbers"));
        read.Notes.ShouldContain("left out 1 hidden sheet");
        // (known by what it holds, whatever it was sent as or named)
        DocumentReader.Read(workbook, null).Text.ShouldBe(read.Text);
        // (Excel's old binary workbook and a ZIP that is no document are refused, saying what they are)
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], null, "tracker.xls")).Message.ShouldContain("Excel 97-2003");
        var archive = Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Package(new() { ["notes.txt"] = "minutes" }), null, "bundle.zip"));
        archive.Status.ShouldBe(415);
        archive.Message.ShouldContain("ZIP archive");
    }

    [Fact]
    public void a_powerpoint_deck_reads_its_slides_in_the_order_shown_with_each_slides_speaker_notes_after_it()
    {
        const string ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
        static string Shape(string placeholder, params string[] paragraphs) =>
            $"""<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr>{placeholder}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>{string.Concat(paragraphs.Select(p => $"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>"))}</p:txBody></p:sp>""";
        string Slide(string body, bool hidden = false) => $"""<p:sld {ns}{(hidden ? " show=\"0\"" : "")}><p:cSld><p:spTree>{body}</p:spTree></p:cSld></p:sld>""";
        const string rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var deck = Package(new()
        {
            ["ppt/presentation.xml"] = $"""<p:presentation {ns}><p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId4"/><p:sldId id="258" r:id="rId5"/><p:sldId id="259" r:id="rId3"/></p:sldIdLst></p:presentation>""",
            ["ppt/_rels/presentation.xml.rels"] = $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="{rels}/slide" Target="slides/slide1.xml"/><Relationship Id="rId3" Type="{rels}/slide" Target="slides/slide2.xml"/><Relationship Id="rId4" Type="{rels}/slide" Target="slides/slide3.xml"/><Relationship Id="rId5" Type="{rels}/slide" Target="slides/slide4.xml"/></Relationships>""",
            ["ppt/slides/slide1.xml"] = Slide(Shape("<p:ph type=\"ctrTitle\"/>", "OSCE Programme Office in Bishkek")),
            ["ppt/slides/slide2.xml"] = Slide(Shape("<p:ph type=\"title\"/>", "Thank you")),
            ["ppt/slides/slide3.xml"] = Slide(Shape("<p:ph type=\"title\"/>", "High-level engagement") + Shape("<p:ph idx=\"1\"/>", "10 October: Head of Office met Foreign Minister Jeenbek Kulubaev")
                                              + Shape("<p:ph type=\"sldNum\" idx=\"12\"/>", "3") + Shape("<p:ph type=\"ftr\" idx=\"11\"/>", "For official use")),
            ["ppt/slides/_rels/slide3.xml.rels"] = $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rels}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="{rels}/notesSlide" Target="../notesSlides/notesSlide3.xml"/></Relationships>""",
            ["ppt/notesSlides/notesSlide3.xml"] = $"""<p:notes {ns}><p:cSld><p:spTree>{Shape("<p:ph type=\"sldImg\"/>")}{Shape("<p:ph type=\"body\" idx=\"1\"/>", "The Minister thanked the Office for its support.")}{Shape("<p:ph type=\"sldNum\" idx=\"5\"/>", "3")}</p:spTree></p:cSld></p:notes>""",
            ["ppt/slides/slide4.xml"] = Slide(Shape("<p:ph type=\"title\"/>", "Backup: draft figures"), hidden: true),
            ["ppt/slideLayouts/slideLayout1.xml"] = Slide(Shape("<p:ph type=\"title\"/>", "Click to edit Master title style")),
        });

        var read = DocumentReader.Read(deck, "application/vnd.openxmlformats-officedocument.presentationml.presentation");

        read.Text.ShouldBe("OSCE Programme Office in Bishkek\n\nHigh-level engagement\n\n10 October: Head of Office met Foreign Minister Jeenbek Kulubaev\n\nThe Minister thanked the Office for its support.\n\nThank you");
        read.Title.ShouldBe("OSCE Programme Office in Bishkek");
        read.Notes.ShouldContain(n => n.Contains("3 slides in the order shown") && n.Contains("speaker's notes of 1 slide"));
        read.Notes.ShouldContain("left out 1 hidden slide");
        DocumentReader.Read(deck, null, "briefing.pptx").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_mastodon_archive_reads_as_the_accounts_own_public_posts_oldest_first_under_their_days()
    {
        const string outbox = """
            { "@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection", "totalItems": 4, "orderedItems": [
              { "type": "Create", "actor": "https://mastodon.social/users/crd", "published": "2026-12-01T08:05:10Z", "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [],
                "object": { "type": "Note", "published": "2026-12-01T08:05:10Z", "summary": null,
                            "content": "<p><a href=\"https://mastodon.social/tags/Azerbaijan\" class=\"mention hashtag\" rel=\"tag\">#<span>Azerbaijan</span></a> holds 25 journalists. This is unacceptable &amp; must end. <a href=\"https://mastodon.social/tags/MC2026\" class=\"mention hashtag\" rel=\"tag\">#<span>MC2026</span></a></p>" } },
              { "type": "Announce", "actor": "https://mastodon.social/users/crd", "published": "2026-11-28T10:05:31Z", "object": "https://mastodon.social/users/osce_odihr/statuses/1" },
              { "type": "Create", "actor": "https://mastodon.social/users/crd", "published": "2026-11-27T09:00:00Z", "to": ["https://mastodon.social/users/someone"], "cc": [],
                "object": { "type": "Note", "published": "2026-11-27T09:00:00Z", "content": "<p>Private: call me</p>" } },
              { "type": "Create", "actor": "https://mastodon.social/users/crd", "published": "2026-11-26T13:40:02Z", "to": ["https://mastodon.social/users/crd/followers"], "cc": [],
                "object": { "type": "Note", "published": "2026-11-26T13:40:02Z", "summary": "Long thread",
                            "content": "<p>Today our director met <span class=\"h-card\"><a href=\"https://mastodon.social/@osce_odihr\" class=\"u-url mention\">@<span>osce_odihr</span></a></span> Director Maria Telalian.</p>" } }
            ] }
            """;

        var read = DocumentReader.Read(Utf8(outbox), "application/activity+json", "outbox.json");

        read.Text.ShouldBe("26 November 2026\n\nLong thread\nToday our director met @osce_odihr Director Maria Telalian.\n\n1 December 2026\n\n#Azerbaijan holds 25 journalists. This is unacceptable & must end.");
        read.Title.ShouldBe("Posts by @crd@mastodon.social, 26 November 2026 to 1 December 2026");
        read.Published.ShouldBe("2026-12-01");
        read.Notes.ShouldContain("left out 1 boost of other accounts' posts");
        read.Notes.ShouldContain("left out 1 direct message");
        DocumentReader.Read(Utf8(outbox), null).Text.ShouldBe(read.Text);
    }

    [Fact]
    public void an_e_book_reads_its_chapters_in_the_spines_order_without_cover_contents_or_pull_quotes()
    {
        static string Chapter(string body) => $"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head><body>{body}</body></html>""";
        var book = new Dictionary<string, string>
        {
            ["mimetype"] = "application/epub+zip",
            ["META-INF/container.xml"] = """<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""",
            ["OEBPS/content.opf"] = """
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Promises made in Vienna</dc:title><dc:date>2026-12-04</dc:date></metadata>
                <manifest><item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="a" href="text/part%200001.xhtml" media-type="application/xhtml+xml"/><item id="b" href="text/part0002.xhtml" media-type="application/xhtml+xml"/></manifest>
                <spine><itemref idref="cover" linear="no"/><itemref idref="nav"/><itemref idref="b"/><itemref idref="a"/></spine></package>
                """,
            ["OEBPS/text/cover.xhtml"] = Chapter("<p>Cover text</p>"),
            ["OEBPS/nav.xhtml"] = Chapter("""<nav epub:type="toc"><ol><li><a href="text/part0002.xhtml">1. A year of promises</a></li></ol></nav><p>Contents</p>"""),
            ["OEBPS/text/part0002.xhtml"] = Chapter("""<h2>1. A year of promises</h2><p>Cassis pledged to visit all five States.<a epub:type="noteref" href="#n1"><sup>1</sup></a></p>"""),
            ["OEBPS/text/part 0001.xhtml"] = Chapter("""<h2>2. The tour</h2><p>On 14 May Cassis visited Dushanbe.</p><aside epub:type="pullquote"><p>On 14 May Cassis visited Dushanbe.</p></aside><p>Note: <a href="#r1">↩</a></p>"""),
        };

        var read = DocumentReader.Read(Package(book), null, "review.epub");

        read.MediaType.ShouldBe("application/epub+zip");
        read.Text.ShouldBe("1. A year of promises\n\nCassis pledged to visit all five States.[1]\n\n2. The tour\n\nOn 14 May Cassis visited Dushanbe.\n\nNote:");
        read.Title.ShouldBe("Promises made in Vienna");
        read.Published.ShouldBe("2026-12-04");
        read.Notes.ShouldContain("read an e-book: 2 chapters in its reading order");
        read.Notes.ShouldContain("left out 2 parts outside the reading order (cover, contents)");
        // (known by its mimetype, whatever its name)
        DocumentReader.Read(Package(book), "application/octet-stream").Text.ShouldBe(read.Text);

        book["META-INF/encryption.xml"] = """<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/text/part0002.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>""";
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Package(book), null, "review.epub")).Status.ShouldBe(415);
    }

    [Fact]
    public void latex_source_reads_as_it_prints_without_comments_citations_or_markup()
    {
        const string source = """
            % wp-2026-07.tex
            \documentclass[11pt]{article}
            \newcommand{\HCNM}{High Commissioner on National Minorities}
            \title{Quiet Diplomacy:\\ Kazakhstan and the \HCNM}
            \author{Saule Mukhametova\thanks{Steppe Policy Institute.} \and Tom\'as Lindqvist}
            \date{Working Paper 2026/07\\ 30~November 2026}
            \begin{document}
            \maketitle
            \section{The September visit}
            \label{sec:visit}
            Kamp visited Astana on 8--9~September 2026 \parencite{akorda2026}.
            % TODO: did Kamp also meet FM Kosherbayev on 10 Sept?
            He praised the programme as ``a model for the region''.\footnote{Interview, \emph{Astana}, 9~September 2026.}

            \begin{comment}
            On 12 October the Minister promised the Mazhilis that classes would stay.
            \end{comment}
            \begin{tabular}{ll}
            \hline
            Date & Wording \\
            9 Sep 2026 & ``guarantee'' \\
            \end{tabular}
            \begin{enumerate}
              \item The Government should restore the guarantee.
              \item The \HCNM{} should publish his recommendations.
            \end{enumerate}
            \end{document}
            """;

        var read = DocumentReader.Read(Utf8(source), null);

        read.MediaType.ShouldBe("application/x-tex");
        read.Text.ShouldBe("""
            Quiet Diplomacy: Kazakhstan and the High Commissioner on National Minorities

            Saule Mukhametova and Tomás Lindqvist

            Working Paper 2026/07
            30 November 2026

            The September visit

            Kamp visited Astana on 8–9 September 2026. He praised the programme as “a model for the region”.[1]

            Date | Wording
            9 Sep 2026 | “guarantee”

            1. The Government should restore the guarantee.
            2. The High Commissioner on National Minorities should publish his recommendations.

            [1] Interview, Astana, 9 September 2026.
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        read.Title.ShouldBe("Quiet Diplomacy: Kazakhstan and the High Commissioner on National Minorities");
        read.Published.ShouldBe("2026-11-30");
        read.Notes.ShouldContain("left out 2 commented-out lines and 1 comment, bibliography or figure environment");
        DocumentReader.Read(Utf8(source), "text/plain", "paper.tex").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_web_page_a_browser_saved_as_one_file_reads_as_the_page_with_its_own_title_and_day()
    {
        const string page = """<html><head><title>Popșoi met Keiderling | Ministry</title><meta property="og:title" content="Popșoi met Keiderling"><meta property="article:published_time" content="2026-12-03T16:40:00+02:00"></head><body><nav><ul><li><a href="/">Home</a></li></ul></nav><article><h1>Popșoi met Keiderling</h1><p>On 3 December, Minister Mihai Popșoi met Ambassador Kelly Keiderling in Chișinău.</p></article><footer>80, 31 August 1989 Street</footer></body></html>""";
        var saved = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://mfa.gov.md/en/content/popsoi\r\nSubject: =?utf-8?Q?Pop=C8=99oi_met_Keiderling_|_Ministry?=\r\nDate: Fri, 4 Dec 2026 09:12:33 -0000\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x----\"\r\n\r\n\r\n------MultipartBoundary--x----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://mfa.gov.md/en/content/popsoi\r\n\r\n"
                    + QuotedPrintable(page) + "------MultipartBoundary--x----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://mfa.gov.md/a.png\r\n\r\niVBORw0KGgo=\r\n\r\n------MultipartBoundary--x------\r\n";

        var read = DocumentReader.Read(Encoding.ASCII.GetBytes(saved), null, "page.mhtml");

        read.Text.ShouldBe("Popșoi met Keiderling\n\nOn 3 December, Minister Mihai Popșoi met Ambassador Kelly Keiderling in Chișinău.");
        read.Title.ShouldBe("Popșoi met Keiderling");
        read.Published.ShouldBe("2026-12-03");
        read.Notes.ShouldContain("read a web page saved as one file (MHTML) on 4 December 2026");
        DocumentReader.Read(Encoding.ASCII.GetBytes(saved), "multipart/related").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_mailbox_reads_as_its_messages_under_their_days_and_subjects_without_the_lists_footer()
    {
        const string footer = "_______________________________________________\nOSCE-Skopje-Press mailing list\nTo unsubscribe, send a message to osce-skopje-press-request@lists.osce.org\n";
        var mbox = "From press-list-bounces@lists.osce.org  Mon Nov 30 09:12:44 2026\nDate: Mon, 30 Nov 2026 09:12:41 +0100\nFrom: Press <press.skopje@osce.org>\n"
                   + "Subject: [OSCE-Skopje-Press] Media advisory: Launch of the\n Police Training Programme\nList-Id: OSCE Mission to Skopje press list <osce-skopje-press.lists.osce.org>\n"
                   + "Content-Type: text/plain; charset=utf-8\n\nWhen: Wednesday, 2 December 2026, 11:00\n\n" + footer + "\n"
                   + "From press-list-bounces@lists.osce.org  Wed Dec  2 15:30:02 2026\nDate: Wed, 2 Dec 2026 15:29:58 +0100\nFrom: Press <press.skopje@osce.org>\n"
                   + "Subject: [OSCE-Skopje-Press] =?utf-8?q?Wahl_and_To=C5=A1kovski_launch_the_programme?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                   + QuotedPrintable("SKOPJE, 2 December 2026 – Ambassador Kilian Wahl and Minister Panče Toškovski today launched the programme.")
                   + "\n>From January, the Mission will second a legal adviser.\n\n" + footer;

        var read = DocumentReader.Read(Encoding.UTF8.GetBytes(mbox), null);

        read.MediaType.ShouldBe("application/mbox");
        read.Text.ShouldBe("""
            30 November 2026
            Media advisory: Launch of the Police Training Programme

            When: Wednesday, 2 December 2026, 11:00

            2 December 2026
            Wahl and Toškovski launch the programme

            SKOPJE, 2 December 2026 – Ambassador Kilian Wahl and Minister Panče Toškovski today launched the programme.

            From January, the Mission will second a legal adviser.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("OSCE Mission to Skopje press list");
        read.Published.ShouldBe("2026-12-02");
        read.Notes.ShouldContain("read a mailbox: 2 e-mails, each under its day and subject");
        DocumentReader.Read(Encoding.UTF8.GetBytes(mbox), "application/mbox").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_news_searchs_results_read_as_dated_articles_without_descriptions_the_content_repeats_or_the_cut_marker()
    {
        const string json = """
            {"status":"ok","totalResults":2,"articles":[
              {"source":{"id":null,"name":"Trend"},"author":null,"title":"Bayramov receives OSCE Secretary General",
               "description":"Jeyhun Bayramov received Feridun Sinirlioğlu in Baku on December 1.",
               "url":"https://en.trend.az/1","publishedAt":"2026-12-02T09:14:00Z",
               "content":"BAKU, December 2. Jeyhun Bayramov received Feridun Sinirlioğlu in Baku on December 1, Trend reports.\r\nBayramov briefed the Secretary General on the peace process and stressed t… [+1873 chars]"},
              {"source":{"id":"civil-ge","name":"Civil.ge"},"title":"Public Defender: recommendations ignored",
               "description":"The report covers 2024 to 2026.",
               "url":"https://civil.ge/2","publishedAt":"2026-12-04T18:30:45Z",
               "content":"Georgia's Public Defender Levan Ioseliani said on Friday that the authorities had failed to implement ODIHR's recommendations."}
            ]}
            """;

        var read = DocumentReader.Read(Utf8(json), null, "results.json");

        read.Text.ShouldBe("""
            2 December 2026
            Bayramov receives OSCE Secretary General

            BAKU, December 2. Jeyhun Bayramov received Feridun Sinirlioğlu in Baku on December 1, Trend reports.
            Bayramov briefed the Secretary General on the peace process and stressed t…

            4 December 2026
            Public Defender: recommendations ignored

            The report covers 2024 to 2026.

            Georgia's Public Defender Levan Ioseliani said on Friday that the authorities had failed to implement ODIHR's recommendations.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("2 news articles, 2 December 2026 to 4 December 2026");
        read.Published.ShouldBe("2026-12-04");
        read.Notes.ShouldContain("the content of 1 article was cut short by the service: read as far as it goes");
        DocumentReader.Read(Utf8(json), "application/json").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void restructuredtext_reads_as_it_renders_with_substitutions_fields_tables_lists_and_footnotes()
    {
        const string source = """
            .. |POiD| replace:: OSCE Programme Office in Dushanbe

            =====================================
             Community policing: progress report
            =====================================

            :Author: |POiD|
            :Date: 2026-11-27

            .. contents:: Contents
               :depth: 2

            .. This report is public.

            Engagement
            ==========

            On 18 November 2026 the Head of the |POiD|,
            Ambassador Markus Müller, met the First Deputy
            Minister [#]_.

            .. note::

               Figures are *provisional*.

            +--------------------+--------+
            | Output             | Target |
            +====================+========+
            | Reception points   | 6      |
            +--------------------+--------+

            #. The Ministry should adopt the strategy without
               further delay.
            #. The Ministry should publish ``quarterly`` statistics.

            .. [#] See :doc:`annex-a` and `the site <https://osce.org>`_.
            """;

        var read = DocumentReader.Read(Utf8(source), null, "report.rst");

        read.MediaType.ShouldBe("text/x-rst");
        read.Text.ShouldBe("""
            Community policing: progress report

            Author: OSCE Programme Office in Dushanbe

            Date: 27 November 2026

            Engagement

            On 18 November 2026 the Head of the OSCE Programme Office in Dushanbe, Ambassador Markus Müller, met the First Deputy Minister[1].

            Figures are provisional.

            Output | Target
            Reception points | 6

            1. The Ministry should adopt the strategy without further delay.

            2. The Ministry should publish quarterly statistics.

            [1] See annex-a and the site.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("Community policing: progress report");
        read.Published.ShouldBe("2026-11-27");
        DocumentReader.Read(Utf8(source), "text/plain").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_page_copied_as_text_leaves_out_the_readers_comments_below_the_article()
    {
        const string page = """
            Roșca and OSCE Mission chief discuss freedom of movement
            03.12.2026, 17:42  |  Views: 1,284  |  Comments: 2

            Chișinău, 3 December – Roman Roșca met on Thursday with Kelly Keiderling.

            Comments (2)

            Ion_B  ·  03.12.2026 18:05
            Roșca promised the bridge last year too!
            Reply · 12 👍

            Maria P.  ·  03.12.2026 19:12
            I met Ms Keiderling in Comrat in October, she promised to come to our village.

            © 2026 Moldova Today.
            """;

        var read = DocumentReader.Read(Utf8(page), null, "page.txt");

        read.Text.ShouldEndWith("Roman Roșca met on Thursday with Kelly Keiderling.");
        read.Text.ShouldNotContain("promised");
        read.Notes.ShouldContain("left out the readers' comments below the article (7 lines)");
    }

    [Fact]
    public void a_wordpress_sites_posts_from_its_api_read_as_dated_posts_without_their_excerpts()
    {
        const string json = """
            [{"id":18832,"date":"2026-12-04T11:05:12","slug":"imangaziev-rogov","type":"post","link":"https://mfa.gov.kg/en/news/imangaziev-rogov/",
              "title":{"rendered":"Deputy Minister meets Head of OSCE Programme Office &#8211; Bishkek"},
              "content":{"rendered":"<p>On December 4, 2026, Deputy Minister Almaz Imangaziev met with Alexey Rogov.</p>\n<p>A. Rogov thanked the Kyrgyz side for its support of the Programme Office&#8217;s work.</p>\n","protected":false},
              "excerpt":{"rendered":"<p>On December 4, 2026, Deputy Minister Almaz Imangaziev met [&hellip;]</p>","protected":false},"author":3,"categories":[7]},
             {"id":18817,"date":"2026-12-02T15:40:03","slug":"kulubaev-pons","type":"post",
              "title":{"rendered":"Minister Kulubaev receives OSCE PA President"},
              "content":{"rendered":"<p>On December 2, 2026, Minister Zheenbek Kulubaev received Pere Joan Pons.</p>","protected":false},
              "excerpt":{"rendered":"<p>On December 2 [&hellip;]</p>","protected":false},"author":3,"categories":[7]}]
            """;

        var read = DocumentReader.Read(Utf8(json), null, "posts.json");

        read.Text.ShouldBe("""
            4 December 2026
            Deputy Minister meets Head of OSCE Programme Office – Bishkek

            On December 4, 2026, Deputy Minister Almaz Imangaziev met with Alexey Rogov.

            A. Rogov thanked the Kyrgyz side for its support of the Programme Office’s work.

            2 December 2026
            Minister Kulubaev receives OSCE PA President

            On December 2, 2026, Minister Zheenbek Kulubaev received Pere Joan Pons.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("2 posts, 2 December 2026 to 4 December 2026");
        read.Published.ShouldBe("2026-12-04");
        read.Notes.ShouldContain("read 2 posts of a WordPress site's API, each under its day and title; excerpts, links and metadata left out");
    }

    [Fact]
    public void a_page_a_script_fills_in_reads_its_article_from_the_pages_data()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>Tokayev receives Kamp | The Steppe Times</title><meta property="og:title" content="Tokayev receives Kamp"/>
            <meta property="article:published_time" content="2026-12-03T18:20:00+05:00"/></head>
            <body><div id="__next"><header><a href="/">The Steppe Times</a></header><main><div class="skeleton" aria-busy="true"></div></main><footer>© 2026</footer></div>
            <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"Tokayev receives Kamp","slug":"tokayev-receives-kamp",
            "body":[{"_type":"block","children":[{"_type":"span","text":"President Kassym-Jomart Tokayev received Christophe Kamp at the Akorda on Thursday."}]},
                    {"_type":"block","children":[{"_type":"span","text":"Tokayev assured Kamp that the draft law on languages would go to Parliament after consultations."}]}],
            "related":[{"title":"Kosherbayev, Braathu discuss media law"}]}}},"buildId":"b8Fq2x"}</script></body></html>
            """;

        var read = DocumentReader.Read(Utf8(page), null, "page.html");

        read.Text.ShouldBe("""
            Tokayev receives Kamp

            President Kassym-Jomart Tokayev received Christophe Kamp at the Akorda on Thursday.

            Tokayev assured Kamp that the draft law on languages would go to Parliament after consultations.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Published.ShouldBe("2026-12-03");
        read.Notes.ShouldContain("the page shows only a skeleton: read 2 paragraphs from the data its script fills it in with");
    }

    [Fact]
    public void an_opendocument_spreadsheet_reads_its_visible_sheets_rows_with_dates_as_days()
    {
        const string ns = """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" """;
        var content = $"""
            <office:document-content {ns}office:version="1.3"><office:automatic-styles><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>
            <office:body><office:spreadsheet>
            <table:table table:name="Meetings Q4 2026">
            <table:table-row><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell><table:table-cell><text:p>Met</text:p></table:table-cell><table:table-cell><text:p>Held by</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell office:value-type="date" office:date-value="2026-10-07"><text:p>07.10.2026</text:p></table:table-cell><table:table-cell><text:p>Deputy Minister<text:s/>Vepa Hajiyev</text:p></table:table-cell><table:table-cell><text:p>Ambassador John MacGregor</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            </table:table>
            <table:table table:name="Sheet2" table:style-name="ta2"><table:table-row><table:table-cell><text:p>Hidden note</text:p></table:table-cell></table:table-row></table:table>
            </office:spreadsheet></office:body></office:document-content>
            """;
        var ods = Package(new() { ["mimetype"] = "application/vnd.oasis.opendocument.spreadsheet", ["content.xml"] = content });

        var read = DocumentReader.Read(ods, null, "log.ods");

        read.MediaType.ShouldBe("application/vnd.oasis.opendocument.spreadsheet");
        read.Text.ShouldBe("Meetings Q4 2026\n\nDate | Met | Held by\n7 October 2026 | Deputy Minister Vepa Hajiyev | Ambassador John MacGregor");
        read.Notes.ShouldContain("left out 1 hidden sheet");
        DocumentReader.Read(ods, null).Text.ShouldBe(read.Text);
    }

    [Fact]
    public void asciidoc_reads_as_it_renders_with_attributes_tables_cross_references_and_footnotes()
    {
        const string source = """
            = Armenia: the promise, one year on
            Anna Petrosyan <a.petrosyan@hcav.am>
            v1.0, 2026-11-28
            :toc: left
            :hcav: Helsinki Citizens' Assembly-Vanadzor

            // TODO: add the chart

            == Where things stand

            As of 25 November 2026, no draft law has been published.footnote:[Checked on e-draft.am.]
            This brief by the {hcav} says *why*.

            NOTE: The Ministry did not reply.

            See <<recs>>.

            [[recs]]
            == Recommendations

            [cols="1,3",options="header"]
            |===
            |Addressee |Recommendation

            |Government of Armenia
            |Publish the draft law.
            |===

            '''
            """;

        var read = DocumentReader.Read(Utf8(source), null, "brief.adoc");

        read.MediaType.ShouldBe("text/asciidoc");
        read.Text.ShouldBe("""
            Armenia: the promise, one year on

            Anna Petrosyan

            Where things stand

            As of 25 November 2026, no draft law has been published.[1] This brief by the Helsinki Citizens' Assembly-Vanadzor says why.

            Note: The Ministry did not reply.

            See Recommendations.

            Recommendations

            Addressee | Recommendation
            Government of Armenia | Publish the draft law.

            [1] Checked on e-draft.am.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("Armenia: the promise, one year on");
        read.Published.ShouldBe("2026-11-28");
    }

    [Fact]
    public void an_asciidoc_numbered_list_counts_its_own_items()
    {
        const string source = """
            = Plans
            :toc:

            2027 brings two reviews.

            . Publish the draft law.
            . Hold public hearings.
            """;

        DocumentReader.Read(Utf8(source), null, "plans.adoc").Text.ShouldBe("Plans\n\n2027 brings two reviews.\n\n1. Publish the draft law.\n\n2. Hold public hearings.");
    }

    [Fact]
    public void org_mode_notes_read_as_they_export_with_timestamps_as_days_and_drawers_left_out()
    {
        const string source = """
            #+TITLE: Yerevan trip
            #+AUTHOR: Lena Ström
            #+DATE: 2026-11-27
            #+STARTUP: overview

            * DONE Meeting with Deputy Foreign Minister Paruyr Hovhannisyan :MFA:
              CLOSED: [2026-11-24 Tue 11:05]
              :PROPERTIES:
              :LOCATION: Ministry of Foreign Affairs, Yerevan
              :END:
              <2026-11-24 Tue 10:00-11:00>
              - Met Deputy FM Paruyr Hovhannisyan at the MFA.

            * TODO Ask ODIHR about the mission
              DEADLINE: <2026-12-10 Thu>
            """;

        var read = DocumentReader.Read(Utf8(source), null, "trip.org");

        read.MediaType.ShouldBe("text/org");
        read.Text.ShouldBe("""
            Yerevan trip

            Lena Ström

            27 November 2026

            Meeting with Deputy Foreign Minister Paruyr Hovhannisyan

            24 November 2026
            - Met Deputy FM Paruyr Hovhannisyan at the MFA.

            Ask ODIHR about the mission
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("Yerevan trip");
        read.Published.ShouldBe("2026-11-27");
        DocumentReader.Read(Utf8(source), "text/plain").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void json_of_no_known_kind_is_read_as_its_dated_records_each_under_its_day_with_its_author()
    {
        // (a team chat's export: ids, links' addresses and mentions are not prose; the sender's name is)
        var json = """
            [
              {"type": "message", "user": "U024BE7LH", "ts": "1764057600.000200",
               "text": "Quick note: <https://example.org/r|the Ambassador> met Deputy Foreign Minister Ruslan Jalilov in Dushanbe on Monday.",
               "user_profile": {"real_name": "Dilnoza Karimova", "display_name": "dilnoza"}},
              {"type": "message", "user": "U02ABCDEF", "ts": "1764144000.000300", "text": "Thanks! Anything on the detained journalists?",
               "user_profile": {"real_name": "Peter Lang"}}
            ]
            """;

        var read = DocumentReader.Read(Utf8(json), "application/json");

        read.MediaType.ShouldBe("application/json");
        read.Text.ShouldBe("""
            25 November 2025
            Dilnoza Karimova: Quick note: the Ambassador met Deputy Foreign Minister Ruslan Jalilov in Dushanbe on Monday.

            26 November 2025
            Peter Lang: Thanks! Anything on the detained journalists?
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Published.ShouldBe("2025-11-26");
        read.Title.ShouldBe("2 records, 25 November 2025 to 26 November 2025");
        read.Notes.ShouldContain(n => n.Contains("not known here", StringComparison.Ordinal));
        // (sent with no type, or as text, it is known by its bytes)
        DocumentReader.Read(Utf8(json), null, "general.json").Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(json), "text/plain").Text.ShouldBe(read.Text);
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("{\"items\": [1, 2], \"id\": \"x-1\"}"), null, "data.json")).Status.ShouldBe(415);
    }

    [Fact]
    public void a_notebook_is_read_for_its_notes_not_its_code_or_what_the_code_printed()
    {
        var notebook = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# Visit notes, Bishkek\n", "\n", "On 24 November 2026 the Secretary General met President Sadyr Japarov.\n", "Japarov said Kyrgyzstan would host the regional conference in 2027."]},
              {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["import pandas as pd\n", "meetings = pd.read_csv('meetings.csv')"],
               "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Loaded the twelve meetings from the tracker file.\n"]}]}],
             "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
            """;

        var read = DocumentReader.Read(Utf8(notebook), null, "bishkek.ipynb");

        read.Text.ShouldBe("Visit notes, Bishkek\n\nOn 24 November 2026 the Secretary General met President Sadyr Japarov.\nJaparov said Kyrgyzstan would host the regional conference in 2027.");
        read.Title.ShouldBe("Visit notes, Bishkek");
        DocumentReader.Read(Utf8(notebook), "application/x-ipynb+json").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void xml_of_no_known_kind_is_read_for_its_text_each_speech_after_its_speakers_name()
    {
        // (a parliament's debate record: the day from its metadata, the title from its heading, "by" a reference and not a name)
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="plenary">
              <meta><identification source="#clerk"><FRBRWork><FRBRdate date="2026-11-19" name="debate"/></FRBRWork></identification></meta>
              <preface><docTitle>Plenary sitting of 19 November 2026</docTitle></preface>
              <debateBody><debateSection><heading>Questions to the Government</heading>
                <speech by="#kallas"><from>Ms Kallas</from><p>The Minister told the House that Estonia would second two experts to the mission.</p></speech>
              </debateSection></debateBody></debate></akomaNtoso>
            """;

        var read = DocumentReader.Read(Utf8(xml), "application/xml");

        read.MediaType.ShouldBe("application/xml");
        read.Text.ShouldBe("Plenary sitting of 19 November 2026\n\nQuestions to the Government\n\nMs Kallas: The Minister told the House that Estonia would second two experts to the mission.");
        read.Title.ShouldBe("Plenary sitting of 19 November 2026");
        read.Published.ShouldBe("2026-11-19");
        DocumentReader.Read(Utf8(xml), "application/akn+xml").Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(xml), null, "sitting.xml").Text.ShouldBe(read.Text);
        DocumentReader.Read(Utf8(xml), "text/plain").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_translation_file_is_read_as_its_translation_without_the_original_or_the_translators_notes()
    {
        var xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="press.docx" source-language="ru-RU" target-language="en-GB" datatype="x-undefined" date="2026-11-29T10:22:00Z">
                <header><note>Client: Central Asia desk. Deadline 30 Nov.</note></header>
                <body>
                  <trans-unit id="1"><source>Министр встретился с Генеральным секретарем ОБСЕ</source><target state="translated">Foreign Minister meets OSCE Secretary General</target></trans-unit>
                  <trans-unit id="2"><source>Министр подтвердил, что Казахстан проведет конференцию.</source><target state="translated">The Minister confirmed that Kazakhstan would host the conference.</target>
                    <note from="translator">Names as on the Ministry's English site.</note></trans-unit>
                </body>
              </file>
            </xliff>
            """;

        var read = DocumentReader.Read(Utf8(xliff), null, "press.xlf");

        read.Text.ShouldBe("Foreign Minister meets OSCE Secretary General\n\nThe Minister confirmed that Kazakhstan would host the conference.");
        read.Title.ShouldBe("Foreign Minister meets OSCE Secretary General");
        read.Published.ShouldBe("2026-11-29");
        read.Notes.ShouldContain(n => n.Contains("translation", StringComparison.Ordinal));
    }

    [Fact]
    public void a_records_author_is_their_full_name_before_their_handle()
    {
        // (a chat exporter's messages: the author an object with a handle and a display name)
        var json = """
            {"channel": {"name": "field-updates", "topic": "Short updates from members after meetings with officials."},
             "messages": [
               {"id": "1", "type": "Default", "timestamp": "2026-11-23T15:02:11+00:00", "content": "Update from Bishkek: today I met the Ombudsperson at her office.",
                "author": {"id": "88", "name": "adilet.t", "nickname": "Adilet Toktogulov", "isBot": false}},
               {"id": "2", "type": "Default", "timestamp": "2026-11-25T08:17:40+00:00", "content": "From Dushanbe: the Programme Office welcomed the release.",
                "author": {"id": "89", "name": "madina_s", "nickname": null, "isBot": false}}]}
            """;

        var read = DocumentReader.Read(Utf8(json), "application/json");

        read.Text.ShouldBe("""
            23 November 2026
            Adilet Toktogulov: Update from Bishkek: today I met the Ombudsperson at her office.

            25 November 2026
            madina_s: From Dushanbe: the Programme Office welcomed the release.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }

    [Fact]
    public void json_lines_are_read_as_records_each_under_its_day()
    {
        // (a scraper's output: one article a line, its non-ASCII letters escaped)
        var jsonl = "{\"url\": \"https://24.kg/english/350112\", \"published\": \"2026-11-28T10:14:00+06:00\", \"title\": \"Japarov receives OSCE Secretary General\", \"text\": \"President Sadyr Japarov received Feridun Sinirlio\\u011flu today.\"}\n"
                    + "{\"url\": \"https://akipress.com/news:812233\", \"published\": \"2026-11-30T16:02:00+06:00\", \"title\": \"Kulubaev meets head of OSCE office\", \"text\": \"Foreign Minister Jeenbek Kulubaev met Alexey Rogov on 30 November.\"}\n";

        var read = DocumentReader.Read(Utf8(jsonl), null, "scraped.jsonl");

        read.Text.ShouldBe("""
            28 November 2026
            Japarov receives OSCE Secretary General

            President Sadyr Japarov received Feridun Sinirlioğlu today.

            30 November 2026
            Kulubaev meets head of OSCE office

            Foreign Minister Jeenbek Kulubaev met Alexey Rogov on 30 November.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Published.ShouldBe("2026-11-30");
        DocumentReader.Read(Utf8(jsonl), "application/x-ndjson").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_paragraph_kept_in_styled_runs_is_read_whole()
    {
        // (the Google Docs API's document: a paragraph's text in runs, a name in bold its own run)
        var doc = """
            {"documentId": "1Qx9", "title": "Minutes MoJ 25.11", "body": {"content": [
              {"endIndex": 1, "sectionBreak": {"sectionStyle": {"sectionType": "CONTINUOUS"}}},
              {"startIndex": 1, "endIndex": 90, "paragraph": {"elements": [
                {"startIndex": 1, "endIndex": 60, "textRun": {"content": "On 25 November 2026, our delegation met Deputy Minister of Justice ", "textStyle": {}}},
                {"startIndex": 60, "endIndex": 78, "textRun": {"content": "Stanislav Copețchi", "textStyle": {"bold": true}}},
                {"startIndex": 78, "endIndex": 90, "textRun": {"content": " in Chisinau.\n", "textStyle": {}}}],
                "paragraphStyle": {"namedStyleType": "NORMAL_TEXT"}}}]}}
            """;

        var read = DocumentReader.Read(Utf8(doc), "application/json");

        read.Text.ShouldContain("On 25 November 2026, our delegation met Deputy Minister of Justice Stanislav Copețchi in Chisinau.");
    }

    [Fact]
    public void a_post_is_of_the_day_it_was_posted_not_the_day_its_authors_account_was_opened_and_its_author_is_their_display_name()
    {
        // (an account's feed as Bluesky's API gives it)
        var feed = """
            {"feed": [
              {"post": {"uri": "at://did:plc:abc/app.bsky.feed.post/3lcu4",
                        "author": {"did": "did:plc:abc", "handle": "osce-odihr.bsky.social", "displayName": "OSCE/ODIHR", "createdAt": "2024-02-01T10:00:00.000Z"},
                        "record": {"$type": "app.bsky.feed.post", "createdAt": "2026-11-30T14:02:00.000Z", "text": "Director Maria Telalian met Foreign Minister Maka Botchorishvili in Warsaw today."},
                        "indexedAt": "2026-11-30T14:02:01.000Z"}},
              {"post": {"uri": "at://did:plc:abc/app.bsky.feed.post/3lcx2",
                        "author": {"did": "did:plc:abc", "handle": "osce-odihr.bsky.social", "displayName": "OSCE/ODIHR", "createdAt": "2024-02-01T10:00:00.000Z"},
                        "record": {"$type": "app.bsky.feed.post", "createdAt": "2026-12-01T11:20:00.000Z", "text": "We regret that Belarus has again declined to invite ODIHR."},
                        "indexedAt": "2026-12-01T11:20:01.000Z"}}]}
            """;

        var read = DocumentReader.Read(Utf8(feed), "application/json");

        read.Text.ShouldBe("""
            30 November 2026
            OSCE/ODIHR: Director Maria Telalian met Foreign Minister Maka Botchorishvili in Warsaw today.

            1 December 2026
            OSCE/ODIHR: We regret that Belarus has again declined to invite ODIHR.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Published.ShouldBe("2026-12-01");
    }

    [Fact]
    public void a_yaml_data_file_is_read_as_its_records_each_under_its_day()
    {
        var yaml = """
            # data/news.yaml -- generated by the CMS export, do not edit by hand
            - id: 2231
              date: 2026-11-24
              title: "Head of Mission meets Minister of Justice"
              summary: >-
                Ambassador Jan Lundgren met Minister of Justice Nenad Vujic in
                Belgrade today.
              image: /img/news/2231.jpg
            - id: 2232
              date: 2026-11-27
              title: "Mission calls for protection of journalists"
              summary: >-
                The Mission called on the authorities to investigate the attack.
              image: null
            """;

        var read = DocumentReader.Read(Utf8(yaml), null, "news.yaml");

        read.MediaType.ShouldBe("application/yaml");
        read.Text.ShouldBe("""
            24 November 2026
            Head of Mission meets Minister of Justice

            Ambassador Jan Lundgren met Minister of Justice Nenad Vujic in Belgrade today.

            27 November 2026
            Mission calls for protection of journalists

            The Mission called on the authorities to investigate the attack.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Published.ShouldBe("2026-11-27");
        DocumentReader.Read(Utf8(yaml), "application/x-yaml").Text.ShouldBe(read.Text);
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("title: \"unclosed\nsummary: [a, b\n"), null, "bad.yml")).Message.ShouldContain("YAML");
    }

    [Fact]
    public void a_note_is_of_the_day_it_was_made_in_microseconds_with_its_title_once_at_its_head()
    {
        // (a note as Google Takeout exports it: its title after its text, times in microseconds, the later edit not its day)
        var note = """
            {"color": "DEFAULT", "isTrashed": false, "textContent": "Ambassador Konrad Zehnder met Deputy Foreign Minister Bakhrom Aloev at the MFA this morning.",
             "title": "Tashkent, 26 Nov - MFA", "userEditedTimestampUsec": 1796533200000000, "createdTimestampUsec": 1795679910000000}
            """;

        var read = DocumentReader.Read(Utf8(note), null, "note.json");

        read.Text.ShouldBe("Tashkent, 26 Nov - MFA\n\nAmbassador Konrad Zehnder met Deputy Foreign Minister Bakhrom Aloev at the MFA this morning.");
        read.Published.ShouldBe("2026-11-26");
    }

    [Fact]
    public void substation_alpha_subtitles_read_as_what_was_said_each_speaker_named_by_the_name_field()
    {
        var ass = "\uFEFF[Script Info]\nTitle: Interview with Jan Braathu, 27.11.2026\nScriptType: v4.00+\n\n[V4+ Styles]\n"
                  + "Format: Name, Fontname, Fontsize\nStyle: Default,Arial,58\n\n[Events]\n"
                  + "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                  + "Dialogue: 0,0:00:04.20,0:00:07.80,Default,Reporter,0,0,0,,Mr Braathu, what did he tell you?\n"
                  + "Dialogue: 0,0:00:08.10,0:00:11.40,Default,Braathu,0,0,0,,This morning I met Prime Minister\\NNikol Pashinyan.\n"
                  + "Dialogue: 0,0:00:11.60,0:00:16.20,Default,Braathu,0,0,0,,I welcome the decriminalisation of defamation, which {\\i1}was{\\i0} a step.\n"
                  + "Comment: 0,0:00:16.20,0:00:18.00,Default,,0,0,0,,check the spelling\n";

        // (as a file named .ass, with its type, or with no type: "[Script Info]" first says what it is)
        foreach (var read in new[] { DocumentReader.Read(Utf8(ass), null, "interview.ass"), DocumentReader.Read(Utf8(ass), "text/x-ssa"), DocumentReader.Read(Utf8(ass), null) })
        {
            read.MediaType.ShouldBe("text/x-ssa");
            read.Text.ShouldBe("Reporter: Mr Braathu, what did he tell you?\n\nBraathu: This morning I met Prime Minister Nikol Pashinyan. I welcome the decriminalisation of defamation, which was a step.");
            read.Title.ShouldBe("Interview with Jan Braathu, 27.11.2026");
        }
    }

    [Fact]
    public void a_mailing_lists_digest_reads_as_its_messages_each_under_its_day_and_subject_with_its_sender_and_without_the_quotes()
    {
        const string digest = """
            Send OSCE-watch mailing list submissions to
            	osce-watch@lists.example.org

            Today's Topics:

               1. Kyrgyzstan: ODIHR statement (Aida Bekova)
               2. Re: Kyrgyzstan: ODIHR statement (Tolekan Ismailova)


            ----------------------------------------------------------------------

            Message: 1
            Date: Mon, 30 Nov 2026 14:02:11 +0600
            From: Aida Bekova <aida@example.kg>
            Subject: [OSCE-watch] Kyrgyzstan: ODIHR statement
            Content-Type: text/plain; charset="utf-8"

            Today ODIHR Director Maria Telalian called on the authorities to ensure a fair trial.

            ------------------------------

            Message: 2
            Date: Tue, 1 Dec 2026 09:15:40 +0600
            From: t.ismailova@example.kg (Tolekan Ismailova)
            Subject: Re: [OSCE-watch] Kyrgyzstan: ODIHR statement

            At our meeting with the Ombudsperson yesterday, she promised to visit the detainees.

            > Today ODIHR Director Maria Telalian called on the authorities to ensure a fair trial.

            ------------------------------

            Subject: Digest Footer

            _______________________________________________
            OSCE-watch mailing list

            ------------------------------

            End of OSCE-watch Digest, Vol 42, Issue 7
            *****************************************
            """;

        var read = DocumentReader.Read(Utf8(digest), "text/plain");

        read.Text.ShouldBe("""
            30 November 2026
            Kyrgyzstan: ODIHR statement

            Aida Bekova: Today ODIHR Director Maria Telalian called on the authorities to ensure a fair trial.

            1 December 2026
            Kyrgyzstan: ODIHR statement

            Tolekan Ismailova: At our meeting with the Ombudsperson yesterday, she promised to visit the detainees.
            """.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        read.Title.ShouldBe("OSCE-watch Digest, Vol 42, Issue 7");
        read.Published.ShouldBe("2026-12-01");
    }

    [Fact]
    public void data_of_no_known_kind_leaves_out_its_metadata_and_a_chats_join_notices_and_names_a_day_once_over_its_messages()
    {
        // (a team chat's channel export: a join notice is no message; two messages of one day are under it once)
        var chat = """
            [
              {"type": "message", "subtype": "channel_join", "ts": "1796111882.000100", "user": "U04KM", "text": "<@U04KM> has joined the channel"},
              {"type": "message", "user": "U02IS", "ts": "1796112760.000200", "text": "Yesterday I met Deputy Foreign Minister Elnur Mammadov in Baku.", "user_profile": {"real_name": "Ingrid Solberg"}},
              {"type": "message", "user": "U02IS", "ts": "1796112835.000300", "text": "He told me Azerbaijan would allow the visit.", "user_profile": {"real_name": "Ingrid Solberg"}}
            ]
            """;
        DocumentReader.Read(Utf8(chat), null, "2026-12-01.json").Text.ShouldBe(
            "1 December 2026\nIngrid Solberg: Yesterday I met Deputy Foreign Minister Elnur Mammadov in Baku.\n\nIngrid Solberg: He told me Azerbaijan would allow the visit.");

        // (a parliament's record in Akoma Ntoso: its metadata's roles and references are not the debate)
        var debate = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="debateRecord">
              <meta><references source="#source"><TLCRole eId="fm" href="/ie/role/fm" showAs="Minister for Foreign Affairs and Trade"/></references></meta>
              <preface><docTitle>Dáil Éireann debate - Wednesday, 25 Nov 2026</docTitle></preface>
              <debateBody><debateSection><speech by="#HelenMcEntee"><from>Minister for Foreign Affairs and Trade (Deputy Helen McEntee)</from>
                <p>I met the OSCE Secretary General in Vienna on 19 November.</p></speech></debateSection></debateBody>
            </debate></akomaNtoso>
            """;
        DocumentReader.Read(Utf8(debate), null, "debate.xml").Text.ShouldBe(
            "Dáil Éireann debate - Wednesday, 25 Nov 2026\n\nMinister for Foreign Affairs and Trade (Deputy Helen McEntee): I met the OSCE Secretary General in Vienna on 19 November.");
    }

    [Fact]
    public void json_whose_utf8_was_written_as_latin1_characters_reads_as_the_utf8_it_is()
    {
        // (Meta's export of a page's posts: "Popșoi" written "PopÈ\u0099oi"; a Latin-1 "Kavajë" that is no UTF-8 stays as written)
        var posts = """
            [{"timestamp": 1796218869, "data": [{"post": "Minister Pop\u00c8\u0099oi met the Head of the OSCE Mission in Chi\u00c8\u0099in\u00c4\u0083u today."}]},
             {"timestamp": 1796046944, "data": [{"post": "The Presence called for calm in Kavaj\u00eb before the by-elections."}]}]
            """;

        var read = DocumentReader.Read(Utf8(posts), null, "your_posts_1.json");

        read.Text.ShouldContain("Minister Popșoi met the Head of the OSCE Mission in Chișinău today.");
        read.Text.ShouldContain("The Presence called for calm in Kavajë before the by-elections.");
    }

    [Fact]
    public void a_confluence_pages_storage_format_reads_as_the_page_shows_it()
    {
        // (a page from Confluence's REST API: its date macros are days, a panel's and an expand's bodies are paragraphs; a macro's
        // settings, a task's status and a mention by an account's number are not read)
        var page = """
            {"id": "2245117953", "type": "page", "title": "Georgia – monitoring visit notes",
             "version": {"when": "2026-11-30T16:02:11.504Z", "number": 7},
             "body": {"storage": {"representation": "storage", "value":
               "<p>On <time datetime=\"2026-11-27\" /> we met the Public Defender, Levan Ioseliani, in Tbilisi.</p><ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">Details</ac:parameter><ac:rich-text-body><p>He promised to share his Office&rsquo;s report with us.</p></ac:rich-text-body></ac:structured-macro><ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p><strong>Our recommendation:</strong> the Parliament should repeal the law.</p></ac:rich-text-body></ac:structured-macro><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body><ac:link><ri:user ri:account-id=\"5d3f1a2b7c9e\" /></ac:link> to send the notes to Brussels by <time datetime=\"2026-12-04\" /></ac:task-body></ac:task></ac:task-list>"}}}
            """;

        var read = DocumentReader.Read(Utf8(page), null, "page.json");

        read.Text.ShouldContain("On 27 November 2026 we met the Public Defender, Levan Ioseliani, in Tbilisi.");
        read.Text.ShouldContain("He promised to share his Office’s report with us.");
        read.Text.ShouldContain("Our recommendation: the Parliament should repeal the law.");
        read.Text.ShouldContain("to send the notes to Brussels by 4 December 2026");
        read.Text.ShouldNotContain("Details");
        read.Text.ShouldNotContain("incomplete");
        read.Published.ShouldBe("2026-11-30");
    }

    [Fact]
    public void a_notebooks_text_cells_read_as_markdown_and_a_notes_apps_callout_tags_go()
    {
        // (a Jupyter notebook: a text cell quoting a release reads without its quotation marks; code and what it printed are not read)
        var notebook = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["> Deputy Minister Alibek Bakayev received the ODIHR Director in Astana today.\n", ">\n", "> **The Director welcomed the amendments.**"]},
              {"cell_type": "code", "metadata": {}, "execution_count": 4, "source": ["print(len(df), \"commitments\")"],
               "outputs": [{"name": "stdout", "output_type": "stream", "text": ["7 commitments\n"]}]}],
             "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
            """;
        var read = DocumentReader.Read(Utf8(notebook), null, "tracking.ipynb").Text;
        read.ShouldContain("Deputy Minister Alibek Bakayev received the ODIHR Director in Astana today.");
        read.ShouldContain("The Director welcomed the amendments.");
        read.ShouldNotContain(">");
        read.ShouldNotContain("commitments");

        // (Notion's Markdown export writes a callout as an aside)
        var notes = "# HCNM visit to Skopje\n\n<aside>\nInternal – not for distribution\n</aside>\n\nKamp met Minister Vesna Janevska.\n";
        var markdown = DocumentReader.Read(Utf8(notes), "text/markdown", "HCNM visit to Skopje 1a2b.md").Text;
        markdown.ShouldNotContain("aside");
        markdown.ShouldContain("Internal – not for distribution");
        markdown.ShouldContain("Kamp met Minister Vesna Janevska.");
    }

    [Fact]
    public void ttml_subtitles_and_a_youtube_caption_track_read_as_running_text_with_their_speakers()
    {
        // (TTML: who speaks is the name the metadata gives the agent a cue names; a sentence split over two cues is one again)
        var ttml = """
            <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
              <head><metadata><ttm:title>Interview: Jan Braathu</ttm:title>
                <ttm:agent xml:id="host" type="person"><ttm:name type="full">Nino Kvaratskhelia</ttm:name></ttm:agent>
                <ttm:agent xml:id="guest" type="person"><ttm:name type="full">Jan Braathu</ttm:name></ttm:agent></metadata></head>
              <body><div>
                <p begin="00:00:01.200" end="00:00:04.000" ttm:agent="host">Whom did you meet<br/>in Tbilisi?</p>
                <p begin="00:00:04.800" end="00:00:08.900" ttm:agent="guest">I met the Speaker, and I told him</p>
                <p begin="9.1s" end="13.4s" ttm:agent="guest">that the law must change.</p>
              </div></body>
            </tt>
            """;
        var read = DocumentReader.Read(Utf8(ttml), null, "interview.ttml");
        read.Text.ShouldBe("Nino Kvaratskhelia: Whom did you meet in Tbilisi?\n\nJan Braathu: I met the Speaker, and I told him that the law must change.");
        read.Title.ShouldBe("Interview: Jan Braathu");

        // (json3: each event's segments a cue; a cue that only names a sound says nothing)
        var json3 = """
            {"wireMagic": "pb3", "pens": [{}], "events": [
              {"tStartMs": 0, "dDurationMs": 30000, "id": 1, "wpWinPosId": 1},
              {"tStartMs": 1400, "dDurationMs": 2500, "wWinId": 1, "segs": [{"utf8": "The President assured me that Tajikistan would host\nthe conference"}]},
              {"tStartMs": 3900, "dDurationMs": 1200, "wWinId": 1, "segs": [{"utf8": "next"}, {"utf8": " spring.", "tOffsetMs": 300}]},
              {"tStartMs": 5100, "dDurationMs": 1500, "wWinId": 1, "segs": [{"utf8": "[applause]"}]}]}
            """;
        DocumentReader.Read(Utf8(json3), null, "captions.json").Text.ShouldBe("The President assured me that Tajikistan would host the conference next spring.");
    }

    [Fact]
    public void a_word_2003_xml_document_reads_its_paragraphs_with_words_split_across_runs_joined()
    {
        var wordml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?mso-application progid="Word.Document"?>
            <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office">
              <o:DocumentProperties><o:Title>Information on the meeting</o:Title><o:Author>MVP</o:Author><o:Created>2026-11-26T10:02:00Z</o:Created></o:DocumentProperties>
              <w:body><wx:sect>
                <w:p><w:r><w:t>Minis</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ter Ervin Ibrahimović met Ambassador Dominique Waag.</w:t></w:r></w:p>
                <w:p><w:r><w:t>Ambassador Waag said the Mission would con</w:t></w:r><w:r><w:t>tinue its support.</w:t></w:r></w:p>
              </wx:sect></w:body>
            </w:wordDocument>
            """;

        var read = DocumentReader.Read(Utf8(wordml), null, "information.xml");

        read.Text.ShouldBe("Minister Ervin Ibrahimović met Ambassador Dominique Waag.\n\nAmbassador Waag said the Mission would continue its support.");
        read.Title.ShouldBe("Information on the meeting");
        read.Published.ShouldBe("2026-11-26");
    }

    [Fact]
    public void a_chat_exports_written_days_date_its_messages_and_a_shared_files_details_are_not_read()
    {
        // (Google Chat's Takeout: "created_date" written out in words; a message that only shares a file says nothing)
        var chat = """
            {"messages": [
              {"creator": {"name": "Amra Hadžić", "email": "amra.hadzic@osce.org"}, "created_date": "Tuesday, December 1, 2026 at 9:12:44 AM UTC", "text": "Ambassador Aggeler met Chair of the Council of Ministers Borjana Krišto this morning."},
              {"creator": {"name": "Dario Kovač", "email": "dario.kovac@osce.org"}, "created_date": "Tuesday, December 1, 2026 at 9:20:31 AM UTC", "annotations": [{"drive_metadata": {"title": "Readout_Kristo_01122026.docx"}}], "attached_files": [{"original_name": "Readout_Kristo_01122026.docx"}]},
              {"creator": {"name": "Dario Kovač", "email": "dario.kovac@osce.org"}, "created_date": "Wednesday, December 2, 2026 at 2:05:17 PM UTC", "text": "Press release is out: the Mission urges the Assembly to withdraw the draft law."}]}
            """;

        var read = DocumentReader.Read(Utf8(chat), null, "messages.json");

        read.Text.ShouldBe("1 December 2026\nAmra Hadžić: Ambassador Aggeler met Chair of the Council of Ministers Borjana Krišto this morning.\n\n2 December 2026\nDario Kovač: Press release is out: the Mission urges the Assembly to withdraw the draft law.");
        read.Published.ShouldBe("2026-12-02");
    }

    [Fact]
    public void a_csv_cell_that_holds_line_breaks_keeps_its_row_one_line()
    {
        // (LinkedIn's Shares.csv: a post's paragraphs in one quoted cell, its quotation marks doubled)
        var shares = "Date,ShareLink,ShareCommentary,Visibility\n"
                     + "2026-12-01 17:14:52,https://www.linkedin.com/feed/update/1,\"Today in Warsaw I met ODIHR Director Maria Telalian.\n\nWe discussed the observation.\n\"\"We will publish the report,\"\" she said.\",MEMBER_NETWORK\n"
                     + "2026-12-03 09:02:10,https://www.linkedin.com/feed/update/2,\"I urge the authorities to release them.\",MEMBER_NETWORK\n";

        var read = DocumentReader.Read(Utf8(shares), null, "Shares.csv");

        read.MediaType.ShouldBe("text/csv");
        read.Text.TrimEnd().Split('\n').Length.ShouldBe(3);
        read.Text.ShouldContain("\"Today in Warsaw I met ODIHR Director Maria Telalian. We discussed the observation. \"\"We will publish the report,\"\" she said.\"");
        read.Notes.ShouldContain(n => n.Contains("1 cell", StringComparison.Ordinal));
        // (sent as text/csv with no file name, as an upload may be)
        DocumentReader.Read(Utf8(shares), "text/csv").Text.ShouldBe(read.Text);
    }

    [Fact]
    public void a_value_written_null_is_no_title_and_a_day_alone_heads_the_notes_under_it()
    {
        // (an SMS backup: each message's attributes, its subject "null")
        var backup = """
            <smses count="2">
              <sms address="+37369112233" date="1796207640000" type="1" subject="null" body="Ambassador Keiderling met Deputy Prime Minister Oleg Serebrian this morning." contact_name="Ion Rusu" />
              <sms address="+37369112233" date="1796281520000" type="1" subject="null" body="FYI the Mission condemned the detention of a journalist, statement on the website now." contact_name="Ion Rusu" />
            </smses>
            """;
        DocumentReader.Read(Utf8(backup), null, "sms-20261203.xml").Text.ShouldNotContain("null");

        // (an OPML outline: "2 December" over the notes of that day)
        var outline = """
            <opml version="2.0"><head><title>CiO visit – Ashgabat – notes</title></head><body>
              <outline text="2 December"><outline text="Cassis met President Serdar Berdimuhamedov."/></outline>
              <outline text="3 December"><outline text="Cassis met the Head of the OSCE Centre in Ashgabat, John MacGregor."/></outline>
            </body></opml>
            """;
        DocumentReader.Read(Utf8(outline), null, "notes.opml").Text.ShouldBe(
            "CiO visit – Ashgabat – notes\n\n2 December\n\nCassis met President Serdar Berdimuhamedov.\n\n3 December\n\nCassis met the Head of the OSCE Centre in Ashgabat, John MacGregor.");
    }

    [Fact]
    public void xml_with_no_prose_or_that_asks_for_a_dtd_is_refused()
    {
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("<?xml version=\"1.0\"?><records><record>1</record></records>"), "application/xml"))
            .Status.ShouldBe(415);
        // (an entity that would read the server's files is never expanded: the feed is refused)
        var entity = Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title></item></channel></rss>"), "application/rss+xml"));
        entity.Message.ShouldNotContain("root:");
        // (a DOCTYPE naming a public DTD, as RSS 0.91 carries, is passed over unread: the feed is read)
        DocumentReader.Read(Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>News</title><item><title>Director meets Minister</title><description>Maria Telalian met the Minister.</description></item></channel></rss>"), null, "news.rss")
            .Text.ShouldBe("Director meets Minister\n\nMaria Telalian met the Minister.");
    }

    [Theory]
    [InlineData("", "text/plain", "empty")]
    [InlineData("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR", "application/octet-stream", "binary")]
    [InlineData("hello", "image/png", "not a type this reads")]
    public void what_cannot_be_read_is_refused_with_a_reason(string content, string type, string reason)
    {
        var bytes = content.Select(c => (byte)c).ToArray();

        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(bytes, type)).Message.ShouldContain(reason);
    }

    [Fact]
    public void an_oversized_document_or_a_pdf_without_text_is_refused()
    {
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(new byte[DocumentReader.MaxBytes + 1], "text/plain")).Message.ShouldContain("limit");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Pdf(), "application/pdf")).Message.ShouldContain("no text layer");
        Should.Throw<DocumentRejectedException>(() => DocumentReader.Read(Utf8("%PDF-1.7 not really"), "application/pdf")).Message.ShouldContain("cannot be read");
    }

    [Fact]
    public void any_bytes_are_either_read_or_refused_with_a_reason_never_a_crash()
    {
        Gen.Select(Gen.Byte.Array[0, 400], Gen.Int[0, 7].Select(i => new[] { "text/plain", "text/html", "application/pdf", "application/octet-stream", null, "text/markdown", "message/rfc822", WordDocument_MediaType }[i]))
            .Sample((bytes, type) =>
            {
                try
                {
                    var read = DocumentReader.Read(bytes, type);
                    read.Text.ShouldNotBeNullOrWhiteSpace();
                }
                catch (DocumentRejectedException e)
                {
                    e.Message.ShouldNotBeNullOrWhiteSpace();
                }
            }, iter: 2000);

        Gen.String.Sample(text =>
        {
            try { DocumentReader.Read(Utf8("<html><body><article>" + text + "</article></body></html>"), "text/html"); }
            catch (DocumentRejectedException) { }
            try { DocumentReader.Read(Utf8("From: a@b\nSubject: =?x?B?" + text + "?=\nContent-Type: multipart/mixed; boundary=b\n\n--b\n" + text), null); }
            catch (DocumentRejectedException) { }
            try { DocumentReader.Read(Utf8("---\ntitle: " + text + "\n---\n" + text), "text/markdown"); }
            catch (DocumentRejectedException) { }
        }, iter: 2000);
        // a ZIP archive that is not whole, or holds something other than a Word document
        Gen.Byte.Array[0, 200].Sample(tail =>
        {
            try { DocumentReader.Read([.. "PK\u0003\u0004"u8, .. tail], WordDocument_MediaType); }
            catch (DocumentRejectedException) { }
        }, iter: 2000);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in lines)
        {
            if (line.Length > 0) page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= line.Length > 0 ? 14 : 28;
        }

        return builder.Build();
    }
}
