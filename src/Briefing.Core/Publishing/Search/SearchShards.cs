using System.Text;

namespace Briefing.Core.Publishing.Search;

/// <summary>
/// How the sorted terms are cut into shards, so that a change to a few terms changes a few shards.
/// <para>
/// Packing every term into the shard before it until that is full would make each boundary depend on every term
/// before it: one term more at the start would move every boundary after it. Instead some terms start a run of
/// shards by themselves (<see cref="StartsRun"/>, decided by the term and its own size only), and only within a run
/// are terms packed into shards of at most <see cref="SearchIndex.ShardBytes"/>. A change then re-packs its own run
/// (and, when it makes or unmakes a run's first term, the run before), and every other shard is the same terms,
/// hence the same bytes.
/// </para>
/// </summary>
internal static class SearchShards
{
    /// <summary>
    /// The mean length of a run: each byte of a term has a one in <see cref="RunBytes"/> chance of starting a run.
    /// A run's last shard is part full, so longer runs fill shards better and shorter ones keep a change to fewer
    /// shards: at three times <see cref="SearchIndex.ShardBytes"/>, a run is cut into three or four shards that hold
    /// about 85 % of it on average (against 95 % when every shard is packed full), and a change re-packs at most those.
    /// </summary>
    public const int RunBytes = 3 * SearchIndex.ShardBytes;

    /// <summary>
    /// True when the term starts a run: when a stable hash of it, as a fraction of 2³², is below
    /// <paramref name="size"/> / <see cref="RunBytes"/>. Weighing by size makes a run about <see cref="RunBytes"/>
    /// long whatever the sizes of terms, which grow with the number of documents.
    /// </summary>
    public static bool StartsRun(string term, int size) => (ulong)Fnv1a(term) * RunBytes < (ulong)size << 32;

    /// <summary>The shards, as ranges [Start, End) of the sorted terms: cut before each term that starts a run, and where a shard would outgrow its size.</summary>
    public static List<(int Start, int End)> Ranges(IReadOnlyList<IndexedTerm> terms)
    {
        var ranges = new List<(int Start, int End)>();
        var start = 0;
        while (start < terms.Count)
        {
            var end = start;
            var size = 0;
            do
            {
                size += terms[end].Size;
                end++;
            }
            while (end < terms.Count && !terms[end].StartsRun && size + terms[end].Size <= SearchIndex.ShardBytes);
            ranges.Add((start, end));
            start = end;
        }
        return ranges;
    }

    /// <summary>
    /// The name of a shard: the shortest start of its first term that sorts after the last term of the one
    /// before, which is all the browser needs to find the shard a term would be in.
    /// </summary>
    public static string Separator(string last, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            if (string.CompareOrdinal(first[..length], last) > 0)
            {
                return first[..length];
            }
        }
        return first;
    }

    /// <summary>A shard's file: <c>{"term":"value",…}</c>.</summary>
    public static byte[] Encode(IReadOnlyList<IndexedTerm> terms) =>
        SearchIndex.WriteJson(json =>
        {
            json.WriteStartObject();
            foreach (var term in terms)
            {
                json.WriteString(term.Term, term.Value);
            }
            json.WriteEndObject();
        });

    /// <summary>32-bit FNV-1a of the term's UTF-8: the same in every process (unlike <see cref="string.GetHashCode()"/>).</summary>
    internal static uint Fnv1a(string term)
    {
        var hash = 2166136261u;
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in term.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ utf8[i]) * 16777619u;
            }
        }
        return hash;
    }
}
