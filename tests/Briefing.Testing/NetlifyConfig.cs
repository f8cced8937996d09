namespace Briefing.Testing;

/// <summary>The parts of the repository's <c>netlify.toml</c> the tests check and the browser tests' server imitates.</summary>
public sealed class NetlifyConfig
{
    public required Dictionary<string, object> Root { get; init; }

    public static NetlifyConfig Load(string? path = null) =>
        new() { Root = MiniToml.Parse(File.ReadAllText(path ?? Path.Combine(RepoPaths.Root, "netlify.toml"))) };

    public Dictionary<string, object> Build => (Dictionary<string, object>)Root["build"];

    public string BuildCommand => (string)Build["command"];

    public string Publish => (string)Build["publish"];

    public string? ContextCommand(string context) =>
        Root.TryGetValue("context", out var c) && ((Dictionary<string, object>)c).TryGetValue(context, out var t)
            ? ((Dictionary<string, object>)t).GetValueOrDefault("command") as string
            : null;

    /// <summary>Each <c>[[headers]]</c> rule: its path pattern and its header values.</summary>
    public IReadOnlyList<(string For, IReadOnlyDictionary<string, string> Values)> HeaderRules =>
        Root.TryGetValue("headers", out var h)
            ? ((List<Dictionary<string, object>>)h)
                .Select(rule => ((string)rule["for"], (IReadOnlyDictionary<string, string>)((Dictionary<string, object>)rule["values"])
                    .ToDictionary(kv => kv.Key, kv => (string)kv.Value, StringComparer.OrdinalIgnoreCase)))
                .ToList()
            : [];

    /// <summary>
    /// The headers Netlify sends for a request path: every matching rule applies, and a header two
    /// rules set gets both values joined with ", " (which is why rules must not overlap on a header).
    /// Patterns are literal paths or end in <c>*</c>, which matches any rest of the path.
    /// </summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string requestPath)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in HeaderRules.Where(r => Matches(r.For, requestPath)))
        {
            foreach (var (name, value) in values)
            {
                headers[name] = headers.TryGetValue(name, out var existing) ? existing + ", " + value : value;
            }
        }
        return headers;
    }

    public static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
}
