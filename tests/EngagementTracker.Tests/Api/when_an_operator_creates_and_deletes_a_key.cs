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

        // the very next request, with no wait for the file watcher (a script that makes a key and uses it at once)
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using (var first = await http.GetAsync($"{app.BaseUrl}/api/me"))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await first.Content.ReadAsStringAsync()).ShouldContain("\"name\":\"newcomer\"");
        }

        var file = JsonNode.Parse(await File.ReadAllTextAsync(app.KeyFile))!;
        file["Auth"]!["Keys"]!.AsObject().Remove("newcomer").ShouldBeTrue();
        await File.WriteAllTextAsync(app.KeyFile, file.ToJsonString());

        // revoked for the very next request too
        using var afterRevoking = await http.GetAsync($"{app.BaseUrl}/api/me");
        afterRevoking.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
