namespace EngagementTracker.Extraction;

/// <summary>
/// Paths given on the command line are relative to where the user ran it: <c>infra/run.sh</c> records that folder in
/// <c>ET_CALLER_DIR</c>, since <c>dotnet run</c> runs the app from the project's folder.
/// </summary>
public static class CallerPath
{
    public static string Resolve(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("ET_CALLER_DIR") is { Length: > 0 } caller ? caller : Directory.GetCurrentDirectory());
}
