using System.Text.Json;
using EngagementTracker.Core;

namespace EngagementTracker.Ingestion;

/// <summary>Reads fields of a JSON object, recording a problem for each one that is missing or of the wrong shape.</summary>
internal sealed class JsonFields(string file, List<ScriptProblem> problems)
{
    public void Problem(string field, string message) => problems.Add(new ScriptProblem(file, field, message));

    public string? String(JsonElement parent, string name, string path, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Problem(path, "is required");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(path, $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        var text = value.GetString();
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Problem(path, "must not be empty");
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public IReadOnlyList<string> Strings(JsonElement parent, string name, string path, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Problem(path, "is required: a list of names");
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(path, "must be a list of strings");
            return [];
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())) list.Add(item.GetString()!.Trim());
            else Problem($"{path}[{i}]", "must be a non-empty string");
            i++;
        }

        if (required && list.Count == 0 && i == 0) Problem(path, "must name at least one actor");
        return list;
    }

    public PartialDate? Date(JsonElement parent, string name, string path, bool required)
    {
        var text = String(parent, name, path, required);
        if (text is null) return null;
        if (PartialDate.TryParse(text, out var date, out var error)) return date;
        Problem(path, error);
        return null;
    }

    public IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement parent, string name, string path, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Problem(path, "is required: a list");
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(path, "must be a list");
            yield break;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object) yield return (item, $"{path}[{i}]");
            else Problem($"{path}[{i}]", "must be an object");
            i++;
        }
    }

    public static bool TryParse(string file, string json, List<ScriptProblem> problems, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object) return true;
            problems.Add(new ScriptProblem(file, "$", "must be a JSON object"));
            document.Dispose();
        }
        catch (JsonException e)
        {
            problems.Add(new ScriptProblem(file, $"line {e.LineNumber + 1}", $"not valid JSON: {e.Message}"));
        }

        document = null!;
        return false;
    }
}
