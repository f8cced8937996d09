using System.Text;

namespace Briefing.Testing;

/// <summary>
/// Seeded random strings made of given pieces, for differential tests that compare a fast path with the definition it
/// replaced: the pieces are chosen where the two could part ways.
/// </summary>
public static class RandomPieces
{
    /// <summary>The <paramref name="samples"/> whose results differ, each made of 1 to <paramref name="maxPieces"/> pieces.</summary>
    public static List<string> Where(string[] pieces, int seed, int samples, int maxPieces, Func<string, bool> differs)
    {
        var random = new Random(seed);
        var differences = new List<string>();
        for (var i = 0; i < samples; i++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, maxPieces + 1); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var sample = text.ToString();
            if (differs(sample))
            {
                differences.Add(sample);
            }
        }
        return differences;
    }
}
