using System.Text;
using Briefing.Core.Site;

namespace Briefing.Core.Publishing;

/// <summary>One <c>&lt;url&gt;</c> of a sitemap: an absolute location and the day it last changed.</summary>
public sealed record SitemapUrl(string Location, DateOnly LastModified);

/// <summary>
/// Writes a sitemaps.org 0.9 <c>urlset</c>, sorted by location so the output never depends on render order. Written
/// straight as UTF-8, one <c>&lt;url&gt;</c> piece at a time, with the bytes an indenting <c>XmlWriter</c> with
/// <see cref="XmlOutput.Settings"/> gives (a test holds it to that): going through <c>XmlWriter</c> cost 80 ms of a
/// one-event save at 15,500 pages, and a piece can be kept between builds (<see cref="SitemapPieces"/>).
/// </summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private static readonly byte[] Head = Utf8.GetBytes(Declaration + "<urlset xmlns=\"" + Namespace + "\">");

    private static readonly byte[] Tail = Utf8.GetBytes("\n</urlset>\n");

    // XmlWriter closes an element it wrote nothing into as an empty one.
    private static readonly byte[] Empty = Utf8.GetBytes(Declaration + "<urlset xmlns=\"" + Namespace + "\" />\n");

    /// <summary>The sitemap of <paramref name="urls"/>, in order of location (ordinal; equal locations in the order given).</summary>
    public static byte[] Write(IEnumerable<SitemapUrl> urls)
    {
        using var file = new MemoryStream();
        WriteTo(file, urls);
        return file.ToArray();
    }

    /// <summary>
    /// <see cref="Write"/> into <paramref name="output"/> (the file itself, when a build keeps nothing for a next one),
    /// url after url through one buffer: at 100,000 events a piece per url and then the file as one array were 175 MB
    /// of allocations, 20 MB of them a large object.
    /// </summary>
    public static void WriteTo(Stream output, IEnumerable<SitemapUrl> urls)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sorted = Sorted(urls);
        if (sorted.Length == 0)
        {
            output.Write(Empty);
            return;
        }
        output.Write(Head);
        // Every piece is whole characters, so encoding them as one text is encoding each on its own.
        using (var text = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true))
        {
            var piece = new StringBuilder();
            foreach (var url in sorted)
            {
                text.Write(AppendPiece(piece.Clear(), url));
            }
        }
        output.Write(Tail);
    }

    /// <summary>The order the sitemap lists <paramref name="urls"/> in: by location, ordinal, equal ones as given.</summary>
    public static SitemapUrl[] Sorted(IEnumerable<SitemapUrl> urls) => [.. urls.OrderBy(u => u.Location, StringComparer.Ordinal)];

    /// <summary>
    /// One <c>&lt;url&gt;</c> as it stands in the file, with the line break and indent before it: depending on nothing
    /// but the url, it can be copied from the last sitemap when the url is the same.
    /// </summary>
    public static byte[] Piece(SitemapUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Utf8.GetBytes(AppendPiece(new StringBuilder(url.Location.Length + 96), url).ToString());
    }

    private static StringBuilder AppendPiece(StringBuilder text, SitemapUrl url)
    {
        text.Append("\n  <url>\n    <loc>");
        AppendEscaped(text, Urls.Escaped(url.Location));
        return text.Append("</loc>\n    <lastmod>").Append(SiteDates.Iso(url.LastModified)).Append("</lastmod>\n  </url>");
    }

    /// <summary>The file: the declaration and the <c>urlset</c> around the pieces, in the order given.</summary>
    public static byte[] Join(IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count == 0)
        {
            return [.. Empty];
        }
        var length = Head.Length + Tail.Length;
        foreach (var piece in pieces)
        {
            length += piece.Length;
        }
        var file = new byte[length];
        Head.CopyTo(file, 0);
        var at = Head.Length;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(file.AsSpan(at));
            at += piece.Length;
        }
        Tail.CopyTo(file, at);
        return file;
    }

    /// <summary>Where in a file made by <see cref="Join"/> its first piece starts.</summary>
    public static int FirstPieceAt => Head.Length;

    // Element text as XmlWriter escapes it: markup characters as entities, every line break as "\n" (NewLineHandling.Replace),
    // and a control character refused. Urls.Escaped has already turned everything beyond ASCII into %XX.
    private static void AppendEscaped(StringBuilder text, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&':
                    text.Append("&amp;");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '\r':
                    text.Append('\n');
                    i += i + 1 < value.Length && value[i + 1] == '\n' ? 1 : 0;
                    break;
                case '\n' or '\t':
                    text.Append(c);
                    break;
                case < ' ':
                    throw new ArgumentException($"'{c}', hexadecimal value 0x{(int)c:X2}, is an invalid character in a sitemap location.", nameof(value));
                default:
                    text.Append(c);
                    break;
            }
        }
    }
}
