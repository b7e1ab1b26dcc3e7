using System.Net;
using System.Text.Json;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Api;

/// <summary>Every read endpoint, good and bad requests, through the real pipeline: bad input gets a 4xx problem, never a 500.</summary>
public class status_codes(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    [Theory]
    [InlineData("/health", 200)]
    [InlineData("/openapi/v1.json", 200)]
    [InlineData("/api/actors", 200)]
    [InlineData("/api/actors?search=borg&kind=official", 200)]
    [InlineData("/api/actors?kind=alien", 400)]
    [InlineData("/api/officials?search=Gisladottir", 200)]
    [InlineData("/api/officials/Tokaev/history", 200)]
    [InlineData("/api/officials/nobody-at-all/history", 404)]
    [InlineData("/api/actors/kazakhstan/history", 200)]
    [InlineData("/api/actors/Minister/history", 404)]
    [InlineData("/api/commitments", 200)]
    [InlineData("/api/commitments?status=partially_met&actor=Kazakhstan&topic=media", 200)]
    [InlineData("/api/commitments?status=done", 400)]
    [InlineData("/api/commitments?actor=Atlantis", 400)]
    [InlineData("/api/commitments/commitment:kazakhstan-to-liberalise-its-media-law", 200)]
    [InlineData("/api/commitments/commitment:nothing", 404)]
    [InlineData("/api/documents", 200)]
    [InlineData("/api/documents/002_305d045f202951d2", 200)]
    [InlineData("/api/documents/002_305d045f202951d2/text", 200)]
    [InlineData("/api/documents/999_missing", 404)]
    [InlineData("/api/documents/999_missing/text", 404)]
    [InlineData("/api/no-such-thing", 404)]
    public async Task answers(string url, int status)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(status, body);
        if (status >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = JsonDocument.Parse(body).RootElement;
            problem.GetProperty("status").GetInt32().ShouldBe(status);
            problem.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task an_ambiguous_name_says_whom_it_could_mean()
    {
        using var response = await Client.GetAsync("/api/actors/Minister/history");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldContain("'Minister' names 3 actors");
        detail.ShouldContain("Ian Borg (ian-borg)");
        detail.ShouldContain("Use an id");
    }

    [Fact]
    public async Task the_openapi_document_describes_every_endpoint_with_its_problem_responses()
    {
        var openapi = await GetJsonAsync("/openapi/v1.json");
        var paths = openapi.GetProperty("paths");

        foreach (var path in new[] { "/api/actors", "/api/officials", "/api/actors/{actor}/history", "/api/officials/{official}/history", "/api/commitments", "/api/commitments/{id}", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/text" })
            paths.TryGetProperty(path, out _).ShouldBeTrue($"{path} is not in the OpenAPI document");
        paths.GetProperty("/api/commitments").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
        paths.GetProperty("/api/commitments/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
    }
}
