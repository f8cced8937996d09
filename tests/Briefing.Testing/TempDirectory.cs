namespace Briefing.Testing;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file (creating folders), with LF line endings as authors' repositories keep them.</summary>
    public string Write(string relative, string text)
    {
        var full = Combine(relative.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A folder holding a fixture as <c>input/</c> beside a copy of the repository's <c>theme/</c>: a site to build.</summary>
    public static TempDirectory WithSite(string fixture)
    {
        var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture(fixture), "input");
        site.CopyFrom(RepoPaths.Theme, "theme");
        return site;
    }

    /// <summary>A folder holding copies of the repository's <c>input/</c> and <c>theme/</c>: the real site, to build or edit.</summary>
    public static TempDirectory WithRealSite()
    {
        var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Input, "input");
        site.CopyFrom(RepoPaths.Theme, "theme");
        return site;
    }

    /// <summary>Copies a folder tree into this one, under <paramref name="relative"/>.</summary>
    public string CopyFrom(string source, string relative)
    {
        var target = Combine(relative.Split('/'));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that left a file open must not fail every other test's clean-up.
        }
    }
}
