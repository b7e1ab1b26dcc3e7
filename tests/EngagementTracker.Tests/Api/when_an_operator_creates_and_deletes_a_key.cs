using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Api;

/// <summary>
/// The operator's path: 'keys create' while the API runs, then revoking the key by deleting its entry. The running
/// API follows its key file, so neither needs a restart (a revoked key that kept working until the next restart would
/// be a hole).
/// </summary>
public sealed class when_an_operator_creates_and_deletes_a_key(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task the_running_api_lets_the_key_in_and_then_out_again_without_a_restart()
    {
        var environment = new Dictionary<string, string> { ["Auth__KeyFile"] = app.KeyFile };
        var (exit, output) = await CommandLine.RunAsync("", environment, "keys", "create", "--name", "newcomer", "--role", "staff");
        exit.ShouldBe(0, output);
        var key = Regex.Match(output, @"et_[A-Za-z0-9_-]{40,}").Value;
        key.ShouldNotBeEmpty(output);

        (await StatusOnceSettled(key, HttpStatusCode.OK)).ShouldBe(HttpStatusCode.OK);
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            (await http.GetStringAsync($"{app.BaseUrl}/api/me")).ShouldContain("\"name\":\"newcomer\"");
        }

        var file = JsonNode.Parse(await File.ReadAllTextAsync(app.KeyFile))!;
        file["Auth"]!["Keys"]!.AsObject().Remove("newcomer").ShouldBeTrue();
        await File.WriteAllTextAsync(app.KeyFile, file.ToJsonString());

        (await StatusOnceSettled(key, HttpStatusCode.Unauthorized)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>The status of <c>/api/me</c> with <paramref name="key"/> once it is <paramref name="expected"/>, or after 20 s (file watchers take a moment).</summary>
    private async Task<HttpStatusCode> StatusOnceSettled(string key, HttpStatusCode expected)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var response = await http.GetAsync($"{app.BaseUrl}/api/me");
            if (response.StatusCode == expected || DateTime.UtcNow > deadline) return response.StatusCode;
            await Task.Delay(200);
        }
    }
}
