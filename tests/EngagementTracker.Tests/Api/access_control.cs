using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementTracker.Tests.Api;

/// <summary>Every endpoint's anonymous, staff and analyst outcome. A new endpoint without a row here fails the first test.</summary>
public class access_control(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    public enum Rule { Anonymous, Staff, Analyst }

    /// <summary>The access table: method, route pattern, who may call it, and a concrete request to try.</summary>
    public static readonly (string Method, string Pattern, Rule Rule, string Url)[] Table =
    [
        ("GET", "/health", Rule.Anonymous, "/health"),
        ("GET", "/openapi/{documentName}.json", Rule.Anonymous, "/openapi/v1.json"),
        ("GET", "/api/me", Rule.Staff, "/api/me"),
        ("GET", "/api/actors", Rule.Staff, "/api/actors?search=borg"),
        ("GET", "/api/officials", Rule.Staff, "/api/officials?search=Tokaev"),
        ("GET", "/api/actors/{actor}/history", Rule.Staff, "/api/actors/Tokaev/history"),
        ("GET", "/api/officials/{official}/history", Rule.Staff, "/api/officials/Tokaev/history"),
        ("GET", "/api/actors/{actor}/timeline", Rule.Staff, "/api/actors/kazakhstan/timeline"),
        ("GET", "/api/commitments", Rule.Staff, "/api/commitments"),
        ("GET", "/api/commitments/{id}", Rule.Staff, "/api/commitments/commitment:kazakhstan-to-liberalise-its-media-law"),
        ("GET", "/api/statements", Rule.Staff, "/api/statements"),
        ("GET", "/api/documents", Rule.Staff, "/api/documents"),
        ("GET", "/api/documents/{id}", Rule.Staff, "/api/documents/002_305d045f202951d2"),
        ("GET", "/api/documents/{id}/text", Rule.Staff, "/api/documents/002_305d045f202951d2/text"),
        ("POST", "/api/commitments/{id}/assessments", Rule.Analyst, "/api/commitments/commitment:kazakhstan-to-liberalise-its-media-law/assessments"),
        ("POST", "/api/replay", Rule.Analyst, "/api/replay"),
        ("POST", "/api/documents", Rule.Analyst, "/api/documents"),
        ("GET", "/api/documents/{id}/proposals", Rule.Staff, "/api/documents/002_305d045f202951d2/proposals"),
        ("POST", "/api/documents/{id}/proposals/{proposal}/accept", Rule.Analyst, "/api/documents/002_305d045f202951d2/proposals/p1/accept"),
        ("POST", "/api/documents/{id}/proposals/{proposal}/reject", Rule.Analyst, "/api/documents/002_305d045f202951d2/proposals/p1/reject"),
        ("POST", "/api/documents/{id}/proposals/accept-all", Rule.Analyst, "/api/documents/002_305d045f202951d2/proposals/accept-all"),
    ];

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in Table) rows.Add(row.Method, row.Pattern);
        return rows;
    }

    [Fact]
    public void every_endpoint_has_a_rule_in_the_table()
    {
        var endpoints = Fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Method: m, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .ToList();

        endpoints.ShouldNotBeEmpty();
        var missing = endpoints.Where(e => !Table.Any(r => r.Method == e.Method && r.Pattern == e.Pattern)).ToList();
        missing.ShouldBeEmpty($"endpoints without an access rule: {string.Join(", ", missing)}");
        var stale = Table.Where(r => !endpoints.Contains((r.Method, r.Pattern))).ToList();
        stale.ShouldBeEmpty($"rules for endpoints that do not exist: {string.Join(", ", stale.Select(s => $"{s.Method} {s.Pattern}"))}");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task anonymous_staff_and_analyst_get_what_the_table_says(string method, string pattern)
    {
        var row = Table.Single(r => r.Method == method && r.Pattern == pattern);
        var anonymous = await Send(Fixture.CreateClient(null), row);
        var staff = await Send(Client, row);
        var analyst = await Send(Analyst, row);

        if (row.Rule == Rule.Anonymous)
        {
            anonymous.Status.ShouldBe(HttpStatusCode.OK);
            return;
        }

        anonymous.Status.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.Problem!.Value.GetProperty("status").GetInt32().ShouldBe(401);
        analyst.Status.ShouldNotBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        if (row.Rule == Rule.Staff)
        {
            staff.Status.ShouldBe(HttpStatusCode.OK);
            analyst.Status.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            staff.Status.ShouldBe(HttpStatusCode.Forbidden);
            staff.Problem!.Value.GetProperty("detail").GetString()!.ShouldContain("analyst");
        }
    }

    [Fact]
    public async Task an_unknown_key_is_refused_like_no_key()
    {
        var stranger = Fixture.CreateClient("et_not-a-key-anyone-has");

        using var response = await stranger.GetAsync("/api/commitments");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task the_openapi_document_describes_the_key_and_each_operations_roles_and_refusals()
    {
        var openapi = await GetJsonAsync("/openapi/v1.json");

        openapi.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString().ShouldBe("X-Api-Key");
        var assess = openapi.GetProperty("paths").GetProperty("/api/commitments/{id}/assessments").GetProperty("post");
        assess.GetProperty("description").GetString()!.ShouldContain("role analyst");
        foreach (var status in new[] { "400", "401", "403", "404", "409" }) assess.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue(status);
        foreach (var path in openapi.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var row = Table.Single(r => r.Pattern == path.Name && r.Method.Equals(operation.Name, StringComparison.OrdinalIgnoreCase));
                var described = operation.Value;
                described.GetProperty("description").GetString()!.ShouldContain("Requires an API key", customMessage: $"{operation.Name} {path.Name}");
                described.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue($"{operation.Name} {path.Name} has no 401");
                described.GetProperty("responses").TryGetProperty("403", out _).ShouldBe(row.Rule == Rule.Analyst, $"{operation.Name} {path.Name}: 403");
                described.GetProperty("security").GetArrayLength().ShouldBe(1);
            }
        }

        var board = openapi.GetProperty("paths").GetProperty("/api/commitments").GetProperty("get");
        board.GetProperty("description").GetString()!.ShouldContain("staff or analyst");
        board.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
        board.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("asOf");
    }

    private static async Task<(HttpStatusCode Status, JsonElement? Problem)> Send(HttpClient client, (string Method, string Pattern, Rule Rule, string Url) row)
    {
        using var response = row.Method == "GET"
            ? await client.GetAsync(row.Url)
            : await client.PostAsJsonAsync(row.Url, new { status = "not-a-status", occurred = "2011", by = Array.Empty<string>(), evidence = new { document = "x", quote = "y" }, expectedVersion = 1 });
        var body = await response.Content.ReadAsStringAsync();
        JsonElement? problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonDocument.Parse(body).RootElement.Clone() : null;
        return (response.StatusCode, problem);
    }
}
