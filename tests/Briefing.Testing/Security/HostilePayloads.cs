namespace Briefing.Testing.Security;

/// <summary>One entry of <c>tests/fixtures/hostile/payloads.txt</c>.</summary>
public sealed record HostilePayload(string Name, string Text)
{
    public override string ToString() => Name;
}

/// <summary>Reads the hostile-payload corpus: blocks headed <c>### name</c>; lines starting <c>#</c> before the first block are comments.</summary>
public static class HostilePayloads
{
    public static string File => Path.Combine(RepoPaths.Root, "tests", "fixtures", "hostile", "payloads.txt");

    public static IReadOnlyList<HostilePayload> All { get; } = Load();

    private static List<HostilePayload> Load()
    {
        var payloads = new List<HostilePayload>();
        string? name = null;
        var lines = new List<string>();
        foreach (var line in System.IO.File.ReadAllText(File).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                name = line[4..].Trim();
            }
            else if (name is not null)
            {
                lines.Add(line);
            }
        }
        Flush();
        return payloads;

        void Flush()
        {
            if (name is not null)
            {
                payloads.Add(new HostilePayload(name, string.Join('\n', lines).TrimEnd('\n')));
            }
            lines.Clear();
        }
    }
}
