using EngagementTracker.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EngagementTracker.Tests.Page;

/// <summary>
/// The page in a real browser: Debian's Chromium driven by Playwright, against the app running as users run it.
/// Screenshots go to <c>artifacts/screenshots/</c> (git-ignored), kept as build artifacts.
/// </summary>
public sealed class when_policy_staff_use_the_page(RunningApp app) : IClassFixture<RunningApp>, IAsyncLifetime
{
    private const string Reforms = "commitment:kazakhstan-to-advance-domestic-political-reforms-media-election-and-political-party-laws";
    private static readonly string Screenshots = Path.Combine(AppFixture.RepositoryRoot, "artifacts", "screenshots");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path) ? path : throw new InvalidOperationException(
            $"The browser tests need Chromium at {path}: install Debian's chromium package (infra/test.sh does it when run as root: apt-get install chromium), or set CHROMIUM_PATH.");
    }

    public async Task InitializeAsync()
    {
        // Generous waits: on a two-core CI machine other test classes start app hosts in parallel with these.
        SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private async Task<IPage> SignedInAsync(string key, int width = 1280, int height = 900)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(app.BaseUrl);
        await page.GetByLabel("API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#who-name")).ToContainTextAsync("staff-browser");
        // (signing in ends with the board loaded and the search field focused: until then a test's own keyboard focus may be taken from it)
        await Expect(page.Locator("#q")).ToBeFocusedAsync();
        return page;
    }

    [Fact]
    public async Task staff_find_tokaev_by_any_spelling_see_2006_and_2024_and_replay_the_board_to_10_april_2010()
    {
        var page = await SignedInAsync(app.StaffKey);

        await page.GetByLabel("Find an official (any spelling)").FillAsync("Tokaev");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var in2006 = page.Locator("#timeline > li[data-occurred='2006-03-26/2006-03-27']");
        var in2024 = page.Locator("#timeline > li[data-occurred='2024-06'][data-kind='meeting']");
        await Expect(in2006).ToContainTextAsync("as Foreign Minister of Kazakhstan");
        await Expect(in2006).ToContainTextAsync("Karel De Gucht");
        await Expect(in2024).ToContainTextAsync("as President of Kazakhstan");
        await Expect(in2024).ToContainTextAsync("Ian Borg");
        var reforms = page.Locator($"#board li[data-id='{Reforms}']");
        await Expect(page.Locator("#board [data-status='unmet']").Locator($"li[data-id='{Reforms}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "tokaev-today.png"), FullPage = true });

        await page.GetByLabel("As of", new() { Exact = true }).FillAsync("2010-04-10"); // fires change: the page replays to that day

        await Expect(page.Locator("#board [data-status='partially_met']").Locator($"li[data-id='{Reforms}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#board [data-status='unmet']").Locator($"li[data-id='{Reforms}']")).ToHaveCountAsync(0);
        await Expect(reforms).ToContainTextAsync("overdue since 2008-12-31");
        await Expect(page.Locator("#board")).Not.ToContainTextAsync("2019 presidential election");
        await Expect(in2024).ToHaveCountAsync(0);
        await Expect(in2006).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "board-2010-04-10.png"), FullPage = true });
    }

    [Fact]
    public async Task an_evidence_link_shows_the_quote_highlighted_in_its_document()
    {
        var page = await SignedInAsync(app.StaffKey);
        await page.GetByLabel("Find an official (any spelling)").FillAsync("Gisladottir");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var meeting = page.Locator("#timeline > li[data-kind='meeting']");
        await Expect(meeting).ToContainTextAsync("Beibut Atamkulov");
        await meeting.GetByRole(AriaRole.Button).First.ClickAsync();

        await Expect(page.Locator("#evidence")).ToBeVisibleAsync();
        await Expect(page.Locator("#evidence-mark")).ToHaveTextAsync("Foreign Minister of Kazakhstan Beibut Atamkulov met with Ingibjörg Sólrún Gísladóttir, Director of the Office for Democratic Institutions and Human Rights");
        await Expect(page.Locator("#evidence-text")).ToContainTextAsync("WARSAW, May 7, 2019");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "evidence.png") });
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#evidence")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task on_a_phone_the_page_fits_the_screen_and_without_a_key_nothing_is_shown()
    {
        var phone = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        phone.SetDefaultTimeout(20_000);
        await phone.GotoAsync(app.BaseUrl);
        await Expect(phone.Locator("#app")).ToBeHiddenAsync();
        await phone.GetByLabel("API key").FillAsync("et_wrong");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(phone.Locator("#status")).ToContainTextAsync("not accepted");

        await phone.GetByLabel("API key").FillAsync(app.StaffKey);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(phone.Locator("#board [data-status='open']")).ToBeVisibleAsync();
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        overflow.ShouldBeFalse("the page scrolls sideways on a phone");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "phone.png"), FullPage = true });
    }

    [Fact]
    public async Task every_control_has_a_label_and_can_be_reached_by_keyboard()
    {
        var page = await SignedInAsync(app.StaffKey);

        var unlabeled = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('input, button')].filter(e => e.offsetParent !== null && !(e.labels?.length) && !e.getAttribute('aria-label') && !e.textContent.trim()).map(e => e.outerHTML)");
        unlabeled.ShouldBeEmpty();

        await page.Locator("#signout").FocusAsync(); // the top of the page, after sign-in
        await page.Keyboard.PressAsync("Tab");
        var focused = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            focused.Add(await page.EvaluateAsync<string>("document.activeElement.id || document.activeElement.textContent"));
            await page.Keyboard.PressAsync("Tab");
        }

        focused.ShouldContain("q");
        focused.ShouldContain("Search");
        focused.ShouldContain("asof");
        focused.ShouldContain("today");
    }
}
