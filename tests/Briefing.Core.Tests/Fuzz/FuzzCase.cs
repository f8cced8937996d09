namespace Briefing.Core.Tests.Fuzz;

/// <summary>One fuzz case: which seed file is replaced, by what, and how it was made (for the report).</summary>
internal sealed record FuzzCase(int Number, string File, string Description, byte[] Content);

/// <summary>
/// Generates the cases in a fixed order from a seed: first a truncation at every structural point
/// of every seed file, then random stacks of one to three <see cref="Mutations"/> until the count is reached.
/// </summary>
internal static class FuzzCases
{
    public static IEnumerable<FuzzCase> Generate(int seed, int count)
    {
        var number = 0;
        foreach (var (path, text) in FuzzSeeds.Files)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            foreach (var at in Mutations.StructuralPoints(bytes).Distinct())
            {
                if (number >= count)
                {
                    yield break;
                }
                yield return new FuzzCase(number++, path, $"truncated at byte {at}", bytes[..at]);
            }
        }
        var random = new Random(seed);
        while (number < count)
        {
            var (path, text) = FuzzSeeds.Files[random.Next(FuzzSeeds.Files.Count)];
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var names = new List<string>();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var mutation = Mutations.All[random.Next(Mutations.All.Count)];
                bytes = mutation.Apply(bytes, random);
                names.Add(mutation.Name);
            }
            yield return new FuzzCase(number++, path, string.Join(" + ", names), bytes);
        }
    }
}
