namespace Briefing.Core.Events;

/// <summary>Reads the reference tables embedded from <c>Events/Data/</c>.</summary>
internal static class EmbeddedData
{
    public static string Read(string fileName)
    {
        var name = $"Briefing.Core.Events.Data.{fileName}";
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from Briefing.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
