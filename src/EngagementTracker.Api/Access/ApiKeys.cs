using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EngagementTracker.Access;

/// <summary>
/// Who may do what. Reads need the <see cref="Staff"/> role, writes (ingest, review, assess, replay) the
/// <see cref="Analyst"/> role; an analyst may also read. Health, the OpenAPI document and the page's static
/// files are open.
/// </summary>
public static class Permissions
{
    public const string Staff = "staff";
    public const string Analyst = "analyst";

    /// <summary>Policy for reads: staff or analyst. The fallback for every endpoint without a rule of its own.</summary>
    public const string Read = "read";

    /// <summary>Policy for writes: analyst only.</summary>
    public const string Write = "write";

    public static bool IsKnown(string role) => role is Staff or Analyst;
}

/// <summary>
/// One configured API key, under its owner's name (<c>Auth:Keys:alice:Role</c>, <c>Auth:Keys:alice:Sha256</c>): their
/// role and the SHA-256 of the key; the key itself is never stored. Keyed by name, so keys from several sources
/// (environment, <c>.local/keys.json</c>) add up instead of overwriting each other by position.
/// </summary>
public sealed class ApiKey
{
    public string Role { get; set; } = "";
    public string Sha256 { get; set; } = "";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new random key: 32 bytes, URL-safe.</summary>
    public static string NewKey() =>
        "et_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed class ApiKeyOptions : AuthenticationSchemeOptions
{
    public Dictionary<string, ApiKey> Keys { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The key file as the running API last read it. The configuration follows the file through a watcher, which answers a
/// moment after a change (a key made by <c>keys create</c> was refused for about half a second, and a deleted one let in
/// as long); so each authentication first compares the file's time of writing with the one last read, and a changed file
/// is read again before the key is looked up.
/// </summary>
public sealed class KeyFile(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly string path = KeysCommand.KeyFile(configuration, environment.ContentRootPath);
    private readonly Lock gate = new();
    private DateTime read = DateTime.MinValue;

    /// <summary>Reads the configuration again if the key file was written since it was last read; whether it did.</summary>
    public bool Refresh()
    {
        // (one look at the file per request: a file not there reads as written in 1601, never as the start value)
        var written = File.GetLastWriteTimeUtc(path);
        if (written == read || configuration is not IConfigurationRoot root) return false;
        lock (gate)
        {
            if (written == read) return false;
            root.Reload();
            read = written;
            return true;
        }
    }
}

/// <summary>
/// Authenticates <c>X-Api-Key: et_…</c> against the configured key hashes (<c>Auth:Keys</c>). No key: 401; an
/// unknown key: 401; a known key without the role an endpoint needs: 403. Refusals are problem details.
/// </summary>
public sealed class ApiKeyHandler(IOptionsMonitor<ApiKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder, IProblemDetailsService problems, KeyFile keyFile)
    : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return Task.FromResult(AuthenticateResult.NoResult());

        var hash = ApiKey.Hash(values.ToString().Trim());
        var keys = keyFile.Refresh() ? OptionsMonitor.Get(Scheme.Name).Keys : Options.Keys;
        var (name, key) = keys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Value.Sha256.ToLowerInvariant()), Encoding.ASCII.GetBytes(hash)));
        if (key is null || !Permissions.IsKnown(key.Role)) return Task.FromResult(AuthenticateResult.Fail("unknown API key"));

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, key.Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Refuse(StatusCodes.Status401Unauthorized, "Authentication required",
            $"Send an API key in the {Header} header. 'infra/run.sh keys create --name you --role staff' makes one for local use.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Refuse(StatusCodes.Status403Forbidden, "Not allowed",
            $"The key of '{Context.User.Identity?.Name}' has the role '{Context.User.FindFirstValue(ClaimTypes.Role)}'; this needs the {Permissions.Analyst} role.");

    private async Task Refuse(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

public static class Configuration
{
    /// <summary>API-key authentication and the read/write policies; every endpoint needs <see cref="Permissions.Read"/> unless it says otherwise.</summary>
    public static IServiceCollection AddAccessControl(this IServiceCollection services, IConfiguration configuration)
    {
        // Configure<T>(name, section) also registers the section's change token: a key added to or deleted from the key
        // file (or any reloading source) counts for the next request, with no restart. A bind-once delegate would not.
        services.Configure<ApiKeyOptions>(ApiKeyHandler.SchemeName, configuration.GetSection("Auth"));
        services.AddSingleton<KeyFile>();
        services.AddAuthentication(ApiKeyHandler.SchemeName).AddScheme<ApiKeyOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(Permissions.Read, policy => policy.RequireRole(Permissions.Staff, Permissions.Analyst))
            .AddPolicy(Permissions.Write, policy => policy.RequireRole(Permissions.Analyst))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Permissions.Staff, Permissions.Analyst).Build());
        return services;
    }

    /// <summary>
    /// Reads the key file (<see cref="KeysCommand.KeyFile"/>) and follows it: its folder is made first, since a file
    /// watcher cannot watch a folder that does not exist yet (a fresh clone has no <c>.local/</c> until the first run).
    /// </summary>
    public static IConfigurationBuilder AddKeyFile(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var file = KeysCommand.KeyFile(configuration, environment.ContentRootPath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return configuration; // a read-only image: keys come from the environment there
        }

        return configuration.AddJsonFile(file, optional: true, reloadOnChange: true);
    }

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
