namespace Briefing.Cli.Preview;

/// <summary>
/// Turns the request target exactly as the client sent it into a path of the in-memory site, or
/// refuses it. Refused: anything but an origin-form path (absolute URLs, <c>*</c>), over-long
/// targets, encoded dots, slashes, backslashes and percent signs, control characters, backslashes,
/// empty, <c>.</c> and <c>..</c> segments, and drive-letter colons. What passes is only ever a key
/// looked up in the site's file map, never a path on disk, so even a slip here cannot reach a file
/// outside the site; refusing early keeps such requests from being answered with a site page.
/// </summary>
public static class RequestPath
{
    /// <summary>Longest request target served; longer ones get 404.</summary>
    public const int MaxLength = 2048;

    private static readonly string[] RefusedEscapes = ["%2e", "%2f", "%5c", "%25", "%00"];

    /// <summary>The site path without its leading slash (<c>""</c> for the home page), or null when refused.</summary>
    public static string? Parse(string? rawTarget)
    {
        if (string.IsNullOrEmpty(rawTarget) || rawTarget.Length > MaxLength || rawTarget[0] != '/')
        {
            return null;
        }
        var end = rawTarget.IndexOfAny(['?', '#']);
        var path = end < 0 ? rawTarget : rawTarget[..end];
        if (RefusedEscapes.Any(e => path.Contains(e, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return IsSafe(decoded) ? decoded[1..] : null;
    }

    private static bool IsSafe(string decoded)
    {
        // A '%' left after decoding is an escape that is not UTF-8 (such as the overlong "%c0%ae").
        if (decoded.Any(c => char.IsControl(c) || c is '\\' or ':' or '%' or '\uFFFD'))
        {
            return false;
        }
        var segments = decoded[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] is "." or ".." || (segments[i].Length == 0 && !last))
            {
                return false;
            }
        }
        return true;
    }
}
