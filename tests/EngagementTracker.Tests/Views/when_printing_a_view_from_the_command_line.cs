using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Views;

/// <summary>The <c>view</c> command, run as a user runs it: a separate process on the same store, read-only.</summary>
public class when_printing_a_view_from_the_command_line(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => CommandLine.RunAsync(Fixture.ConnectionString, arguments);

    [Fact]
    public async Task it_prints_what_was_open_on_10_april_2010_and_appends_nothing()
    {
        var events = await CountEventsAsync();

        var (exit, output) = await RunAsync("view", "board", "--as-of", "2010-04-10");

        exit.ShouldBe(0, output);
        output.ShouldContain("Commitments board as of 2010-04-10");
        output.ShouldContain("partially_met  yes (deadline 2008-12-31)");
        output.ShouldContain("Kazakhstan to liberalise its media law");
        output.ShouldContain("? unmet 2010-04");
        output.ShouldNotContain("2019 presidential election");
        (await CountEventsAsync()).ShouldBe(events);
    }

    [Fact]
    public async Task it_prints_json_as_the_api_answers()
    {
        var (exit, output) = await RunAsync("view", "history", "Tokaev", "--as-of", "2006-12-31", "--json");

        exit.ShouldBe(0, output);
        var json = System.Text.Json.JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]).RootElement;
        json.GetProperty("count").GetInt32().ShouldBe(1);
        json.GetProperty("asOf").GetString().ShouldBe("2006-12-31");
    }

    [Fact]
    public async Task a_bad_date_is_refused()
    {
        var (exit, output) = await RunAsync("view", "board", "--as-of", "10/04/2010");

        exit.ShouldNotBe(0);
        output.ShouldContain("is not a day");
    }
}
