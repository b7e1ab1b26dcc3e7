using System.Diagnostics;

namespace EngagementTracker.Tests.Infrastructure;

/// <summary>Runs the app's command line as a user does: a separate process, configured by environment, on a test database.</summary>
public static class CommandLine
{
    public static Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] arguments) =>
        RunAsync(connectionString, new Dictionary<string, string>(), arguments);

    /// <param name="environment">more settings for the process, e.g. <c>Auth__KeyFile</c></param>
    public static async Task<(int ExitCode, string Output)> RunAsync(string connectionString, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var app = Path.Combine(AppFixture.RepositoryRoot, "src", "EngagementTracker.Api", "bin", configuration, "net10.0", "EngagementTracker.Api.dll");
        File.Exists(app).ShouldBeTrue($"{app} should have been built with the tests");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { app }.Concat(arguments)) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Seeds__ReplayOnStartup"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }
}
