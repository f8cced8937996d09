namespace Briefing.Cli.Preview;

/// <summary>
/// The files the server adds beside the site, under <c>/_briefing/</c>: the reload script and the
/// overlay's stylesheet (external files, so that pages keep working under a CSP without
/// <c>unsafe-inline</c>), and the event stream. <c>_briefing</c> cannot clash with the site: it is not a valid slug.
/// </summary>
public static class ClientFiles
{
    public const string Prefix = "_briefing/";
    public const string ScriptUrl = "/_briefing/live.js";
    public const string StylesheetUrl = "/_briefing/overlay.css";
    public const string EventsPath = "_briefing/events";

    private static readonly Dictionary<string, (byte[] Content, string Type)> Files = new(StringComparer.Ordinal)
    {
        ["_briefing/live.js"] = (Load("live.js"), "application/javascript; charset=utf-8"),
        ["_briefing/overlay.css"] = (Load("overlay.css"), "text/css; charset=utf-8"),
    };

    public static bool TryGet(string path, out byte[] content, out string contentType)
    {
        var found = Files.TryGetValue(path, out var file);
        (content, contentType) = found ? file : ([], "");
        return found;
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(ClientFiles).Assembly.GetManifestResourceStream($"Briefing.Cli.Preview.Client.{name}")
            ?? throw new InvalidOperationException($"the embedded preview file {name} is missing from the build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
