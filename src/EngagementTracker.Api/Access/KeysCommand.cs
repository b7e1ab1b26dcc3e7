using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementTracker.Postgres;
using JasperFx.CommandLine;

namespace EngagementTracker.Access;

public sealed class KeysInput
{
    [Description("create")]
    public string Action { get; set; } = "create";

    [Description("Whose key: a name (letters, digits, - and _) that will show in the trail of what they write")]
    public string NameFlag { get; set; } = "";

    [Description("staff (read) or analyst (read and write)")]
    public string RoleFlag { get; set; } = Permissions.Staff;
}

/// <summary>
/// <c>infra/run.sh keys create --name alice --role analyst</c>: makes a key for local use, prints it once, and adds its
/// hash to <c>.local/keys.json</c> (git-ignored; <c>Auth:KeyFile</c> names another file), which the app reads at start
/// and follows while it runs: a key added or deleted there counts from the next request, without a restart. Elsewhere, put the printed
/// <c>Auth__Keys__NAME__…</c> settings in the environment or a secret store instead.
/// </summary>
[Description("Create an API key for local use (its hash goes to .local/keys.json)")]
public sealed class KeysCommand : JasperFxCommand<KeysInput>
{
    public override bool Execute(KeysInput input)
    {
        if (input.Action != "create" || string.IsNullOrWhiteSpace(input.NameFlag) || !input.NameFlag.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || !Permissions.IsKnown(input.RoleFlag))
        {
            Console.Error.WriteLine("Usage: keys create --name NAME --role staff|analyst");
            return false;
        }

        var file = KeyFile(new ConfigurationBuilder().AddEnvironmentVariables().Build(), Directory.GetCurrentDirectory());
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var root = File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file))!.AsObject() : new JsonObject();
        var auth = root["Auth"] as JsonObject ?? new JsonObject();
        var keys = auth["Keys"] as JsonObject ?? new JsonObject();
        auth["Keys"] = keys;
        root["Auth"] = auth;

        var key = ApiKey.NewKey();
        var hash = ApiKey.Hash(key);
        var replaced = keys.ContainsKey(input.NameFlag);
        keys[input.NameFlag] = new JsonObject { ["Role"] = input.RoleFlag, ["Sha256"] = hash };
        File.WriteAllText(file, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        Console.WriteLine($"API key for {input.NameFlag} ({input.RoleFlag}), shown once; send it as the X-Api-Key header:");
        Console.WriteLine();
        Console.WriteLine($"  {key}");
        Console.WriteLine();
        Console.WriteLine($"Its hash was {(replaced ? "put in place of their old key's" : "added")} in {file}; a running API takes it up from the next request. To configure it elsewhere instead:");
        Console.WriteLine($"  Auth__Keys__{input.NameFlag}__Role={input.RoleFlag} Auth__Keys__{input.NameFlag}__Sha256={hash}");
        return true;
    }

    /// <summary><c>Auth:KeyFile</c> if set, else <c>.local/keys.json</c> at the repository root.</summary>
    public static string KeyFile(IConfiguration configuration, string start) =>
        Path.GetFullPath(configuration["Auth:KeyFile"] is { Length: > 0 } file ? file : Path.Combine(Database.RepositoryRoot(start), ".local", "keys.json"));
}
