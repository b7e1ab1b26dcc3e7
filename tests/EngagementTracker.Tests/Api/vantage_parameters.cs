using System.Text.Json;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Api;

/// <summary>asOf and knownAt on every read endpoint: validated, and echoed with the count of uncertain items.</summary>
public class vantage_parameters(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    public static readonly TheoryData<string> ReadEndpoints = new(
        "/api/actors", "/api/officials", "/api/officials/Tokaev/history", "/api/actors/kazakhstan/history", "/api/actors/kazakhstan/timeline",
        "/api/commitments", "/api/commitments/commitment:kazakhstan-to-liberalise-its-media-law", "/api/statements",
        "/api/documents", "/api/documents/003_ae20f008f8e43d1c");

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task a_bad_date_is_a_400_naming_the_parameter(string endpoint)
    {
        foreach (var (query, parameter) in new[] { ("asOf=2010-13-01", "asOf"), ("asOf=April%202010", "asOf"), ("knownAt=yesterday", "knownAt"), ("knownAt=2026-02-30", "knownAt") })
        {
            using var response = await Client.GetAsync($"{endpoint}?{query}");
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            ((int)response.StatusCode).ShouldBe(400, $"{endpoint}?{query}");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            problem.GetProperty("parameter").GetString().ShouldBe(parameter);
        }
    }

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task the_vantage_is_echoed_with_the_count_of_uncertain_items(string endpoint)
    {
        var body = await GetJsonAsync($"{endpoint}?asOf=2010-04-10&knownAt=2999-01-01");

        body.GetProperty("asOf").GetString().ShouldBe("2010-04-10");
        body.GetProperty("knownAt").GetString()!.ShouldStartWith("2999-01-01T23:59:59");
        body.GetProperty("uncertain").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task the_document_text_takes_known_at_too()
    {
        using var bad = await Client.GetAsync("/api/documents/003_ae20f008f8e43d1c/text?knownAt=soon");
        ((int)bad.StatusCode).ShouldBe(400);
        using var before = await Client.GetAsync("/api/documents/003_ae20f008f8e43d1c/text?knownAt=2000-01-01");
        ((int)before.StatusCode).ShouldBe(404);
    }
}
