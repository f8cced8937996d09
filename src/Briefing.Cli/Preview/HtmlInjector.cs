using System.Text;

namespace Briefing.Cli.Preview;

/// <summary>
/// Adds the preview's reload script (and, after a failed build, the error overlay) to an HTML
/// response just before <c>&lt;/body&gt;</c>. Only the server does this, per response: the built
/// files in the snapshot, and everything <c>build</c> writes, never contain it.
/// </summary>
public static class HtmlInjector
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The tag that loads the reload script; <paramref name="stamp"/> names the build this page came from.</summary>
    public static string ScriptTag(string stamp) =>
        $"<script src=\"{ClientFiles.ScriptUrl}\" data-stamp=\"{System.Net.WebUtility.HtmlEncode(stamp)}\" defer></script>\n";

    public static byte[] Inject(byte[] html, string addition)
    {
        var insert = Utf8.GetBytes(addition);
        var at = LastIndexOfIgnoreCase(html, BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }
        var result = new byte[html.Length + insert.Length];
        html.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(byte[] haystack, byte[] needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = char.ToLowerInvariant((char)haystack[i + j]) == needle[j];
            }
            if (match)
            {
                return i;
            }
        }
        return -1;
    }
}
