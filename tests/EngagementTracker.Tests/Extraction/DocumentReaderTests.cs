using System.Text;
using CsCheck;
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
        Gen.Select(Gen.Byte.Array[0, 400], Gen.Int[0, 4].Select(i => new[] { "text/plain", "text/html", "application/pdf", "application/octet-stream", null }[i]))
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
