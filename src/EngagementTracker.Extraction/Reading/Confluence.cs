using System.Text.RegularExpressions;

namespace EngagementTracker.Extraction.Reading;

/// <summary>
/// A Confluence page's body in Confluence's storage format, as its REST API gives it ("body": {"storage": {"value": "&lt;p&gt;…"}}):
/// XHTML with Confluence's own "ac:" macros and "ri:" resources, read as the page shows it. A date macro
/// (<c>&lt;time datetime="2026-11-27" /&gt;</c>) reads as its day ("27 November 2026"); a panel's or an expand's body reads as
/// its paragraphs, a task list as its tasks; a macro's settings, a task's status, a code block and a mention that names no
/// one but by an account's number are left out; a link to a page reads as the page's title.
/// </summary>
internal static partial class Confluence
{
    /// <summary>Whether a value is in Confluence's storage format: it holds a Confluence macro or resource.</summary>
    public static bool Is(string value) => value.Contains("<ac:", StringComparison.Ordinal) || value.Contains("<ri:", StringComparison.Ordinal);

    /// <summary>The page's text: the storage format as HTML, read whole (a page's body has no site around it to leave out).</summary>
    public static string Read(string storage)
    {
        var html = Time().Replace(storage, m => Days.Leading(m.Groups["day"].Value) is { } day ? Days.Written(day) : "");
        html = Unread().Replace(html, "");
        html = PageLink().Replace(html, "${title}");
        html = Element().Replace(html, m => m.Groups["name"].Value switch
        {
            "task-list" => $"<{m.Groups["end"].Value}ul>",
            "task" => $"<{m.Groups["end"].Value}li>",
            "structured-macro" or "rich-text-body" or "layout" or "layout-section" or "layout-cell" => $"<{m.Groups["end"].Value}div>",
            _ => "",
        });
        return WebPage.Chapter($"<html><body>{html}</body></html>");
    }

    /// <summary>A date macro: "&lt;time datetime="2026-11-27" /&gt;".</summary>
    [GeneratedRegex(@"<time\s+datetime=""(?<day>[^""]+)""\s*/>|<time\s+datetime=""(?<day>[^""]+)""\s*>\s*</time>")]
    private static partial Regex Time();

    /// <summary>What the page does not show as text: a macro's settings, a task's number and status, a code block's body, an image, an emoticon, a mention by an account's number.</summary>
    [GeneratedRegex(@"<ac:(?<tag>parameter|task-id|task-status|plain-text-body|image)\b[^>]*?(?:/>|>.*?</ac:\k<tag>>)|<ac:emoticon\b[^>]*/>|<ac:link>\s*<ri:user\b[^>]*/>\s*</ac:link>", RegexOptions.Singleline)]
    private static partial Regex Unread();

    /// <summary>A link to a page: "&lt;ac:link&gt;&lt;ri:page ri:content-title="Contacts" /&gt;&lt;/ac:link&gt;", and any words it is shown with.</summary>
    [GeneratedRegex(@"<ac:link\b[^>]*>\s*<ri:page\s+[^>]*?ri:content-title=""(?<title>[^""]*)""[^>]*/>(?:\s*<ac:(?:plain-text-)?link-body>.*?</ac:(?:plain-text-)?link-body>)?\s*</ac:link>", RegexOptions.Singleline)]
    private static partial Regex PageLink();

    /// <summary>Any other Confluence element's tag, opening or closing.</summary>
    [GeneratedRegex(@"<(?<end>/?)(?:ac|ri):(?<name>[\w-]+)\b[^>]*?/?>")]
    private static partial Regex Element();
}
