namespace Briefing.Core.Publishing;

/// <summary>
/// The sitemap, keeping the last file it made: the next one copies the piece of every url whose location and day are
/// what they were, and encodes only the others. When the locations are the very ones of the last file (a save changes a
/// page's day, not which pages there are), they stand in the order they stood then, found by location, and nothing is
/// sorted. A one-event edit at 15,500 pages so costs a lookup per url and a copy of the file. A piece depends on its url
/// alone (<see cref="SitemapXml.Piece"/>), so the file is byte for byte the one <see cref="SitemapXml.Write"/> gives.
/// </summary>
public sealed class SitemapPieces
{
    private readonly Lock _gate = new();
    private byte[] _file = [];
    private SitemapUrl[] _urls = [];
    private int[] _starts = [];
    private Dictionary<string, int> _placeOf = new(StringComparer.Ordinal);

    /// <summary>The sitemap of <paramref name="urls"/> (distinct locations, in any order), encoding only the urls not in the last one.</summary>
    public byte[] File(IReadOnlyList<SitemapUrl> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        lock (_gate)
        {
            var same = SameLocations(urls);
            var (sorted, from) = same ?? SortedAgain(urls);
            var pieces = new ReadOnlyMemory<byte>[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                var at = from[i];
                pieces[i] = at >= 0 && _urls[at].LastModified == sorted[i].LastModified
                    ? _file.AsMemory(_starts[at], _starts[at + 1] - _starts[at])
                    : SitemapXml.Piece(sorted[i]);
            }
            var file = SitemapXml.Join(pieces);
            Keep(file, sorted, pieces, same is null ? PlacesByLocation(sorted) : _placeOf);
            return file;
        }
    }

    // The urls in the last file's order, each with its place there, when their locations are exactly the last file's;
    // else null. As many distinct locations, each found among the last ones, are the same set, so the same order.
    private (SitemapUrl[] Sorted, int[] From)? SameLocations(IReadOnlyList<SitemapUrl> urls)
    {
        if (urls.Count != _urls.Length)
        {
            return null;
        }
        var sorted = new SitemapUrl[urls.Count];
        foreach (var url in urls)
        {
            if (!_placeOf.TryGetValue(url.Location, out var at) || sorted[at] is not null)
            {
                return null;
            }
            sorted[at] = url;
        }
        return (sorted, [.. Enumerable.Range(0, sorted.Length)]);
    }

    // The urls sorted as SitemapXml sorts them, each with its place in the last file or -1.
    private (SitemapUrl[] Sorted, int[] From) SortedAgain(IReadOnlyList<SitemapUrl> urls)
    {
        var sorted = SitemapXml.Sorted(urls);
        var from = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            from[i] = _placeOf.TryGetValue(sorted[i].Location, out var at) ? at : -1;
        }
        return (sorted, from);
    }

    // Where each piece now sits in the new file, for the next file to copy from.
    private void Keep(byte[] file, SitemapUrl[] sorted, ReadOnlyMemory<byte>[] pieces, Dictionary<string, int> placeOf)
    {
        var starts = new int[sorted.Length + 1];
        starts[0] = SitemapXml.FirstPieceAt;
        for (var i = 0; i < sorted.Length; i++)
        {
            starts[i + 1] = starts[i] + pieces[i].Length;
        }
        (_file, _urls, _starts, _placeOf) = (file, sorted, starts, placeOf);
    }

    private static Dictionary<string, int> PlacesByLocation(SitemapUrl[] sorted)
    {
        var places = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            places.TryAdd(sorted[i].Location, i);
        }
        return places;
    }
}
