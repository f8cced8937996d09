namespace Briefing.Testing;

/// <summary>Paths of the repository the tests run from, found by walking up to <c>Briefing.sln</c>.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>A fixture site under <c>tests/fixtures/</c>, e.g. <c>01-minimal</c>.</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
