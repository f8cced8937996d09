using System.Text;

namespace Briefing.Core.Output;

/// <summary>One file of the built site: its path under <c>output/</c> (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>The page's head metadata when the file is an HTML page rendered through the layout; null for other files.</summary>
    public PageMeta? Meta { get; init; }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The theme template that rendered the file (as shown in messages), when one did.</summary>
    public string? Template { get; init; }

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));
}
