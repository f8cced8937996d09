using Briefing.Core.Output;
using Briefing.Core.Text;
using Briefing.Testing;

namespace Briefing.Core.Tests.Security;

/// <summary>Names from content never become a file outside output/, a device, or a name some file system refuses.</summary>
public sealed class PathSafetyTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("briefings/x/index.html")]
    [InlineData("tags/air-defence/index.html")]
    [InlineData("tags/qaraba\u011F/index.html")]
    [InlineData("tags/con-game/nul-points.html")]
    [InlineData("a/.well-known/x")]
    public void Plain_relative_paths_are_safe(string path) => Assert.True(OutputPaths.IsSafe(path));

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.html")]
    [InlineData("a/../../outside.html")]
    [InlineData("a/./b.html")]
    [InlineData("a//b.html")]
    [InlineData("a\\..\\b.html")]
    [InlineData("C:/windows/x.html")]
    [InlineData("a/%2e%2e/b.html")]
    [InlineData("a%2fb.html")]
    [InlineData("a\0b.html")]
    [InlineData("a\nb.html")]
    [InlineData("con/index.html")]
    [InlineData("tags/NUL/index.html")]
    [InlineData("aux.html")]
    [InlineData("lpt1/index.html")]
    [InlineData("a/b/")]
    [InlineData("a/..")]
    [InlineData("a\u001Fb.html")]
    [InlineData("a\u007Fb.html")]
    [InlineData("tags/nul .txt")]
    [InlineData("tags/Com3.tar.gz")]
    public void Unsafe_paths_are_refused(string path) => Assert.False(OutputPaths.IsSafe(path));

    [Fact]
    public void A_segment_over_255_bytes_is_refused_even_when_under_255_characters()
    {
        Assert.True(OutputPaths.IsSafe(new string('a', 255) + "/index.html"));
        Assert.False(OutputPaths.IsSafe(new string('a', 256) + "/index.html"));
        Assert.False(OutputPaths.IsSafe(new string('é', 128) + "/index.html")); // 128 characters, 256 bytes
    }

    [Fact]
    public void Resolve_refuses_to_leave_the_root()
    {
        Assert.Throws<InvalidOperationException>(() => OutputPaths.Resolve("/tmp/site", "../x"));
        Assert.Equal(Path.GetFullPath("/tmp/site/a/b.html"), OutputPaths.Resolve("/tmp/site", "a/b.html"));
    }

    [Theory]
    [InlineData("con", true)]
    [InlineData("CON", true)]
    [InlineData("nul.html", true)]
    [InlineData("com1", true)]
    [InlineData("lpt9", true)]
    [InlineData("console", false)]
    [InlineData("aux-lines", false)]
    [InlineData("com10", false)]
    public void Device_names_are_recognised_in_any_case_and_with_an_extension(string name, bool device) =>
        Assert.Equal(device, ReservedNames.IsDevice(name));

    private static TempDirectory Site()
    {
        var root = new TempDirectory();
        root.Write("input/site.yml", "title: T\ndescription: D\nbase_url: https://x.example/\nlanguage: en\nauthor: A\n");
        return root;
    }

    private const string Version = "---\ntitle: T\ndate: 2025-01-01\nsummary: S\nbyline: B\n---\n\nText.\n";

    [Theory]
    [InlineData("input/briefings/con/v1.md", "device name")]
    [InlineData("input/briefings/Caf\u00e9/v1.md", "must be lower-case letters, digits and hyphens")]
    [InlineData("input/briefings/caf\u0065\u0301/v1.md", "must be lower-case letters, digits and hyphens")]
    [InlineData("input/briefings/UPPER/v1.md", "must be lower-case letters, digits and hyphens; try 'upper'")]
    [InlineData("input/briefings/a%2fb/v1.md", "must be lower-case letters, digits and hyphens")]
    [InlineData("input/briefings/x/v01.md", "is not a version number")]
    [InlineData("input/briefings/x/v99999999999999999999.md", "is not a version number")]
    [InlineData("input/briefings/x/V1.md", "must be named v1.md")]
    [InlineData("input/pages/nul.md", "device name")]
    public void Unusable_file_and_folder_names_are_refused_with_the_file(string path, string message)
    {
        using var root = Site();
        root.Write(path, path.Contains("/pages/", StringComparison.Ordinal) ? "---\ntitle: P\n---\n\nText.\n" : Version);
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((path, 1), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_over_100_characters_is_refused_before_it_reaches_the_file_system_limit()
    {
        using var root = Site();
        var path = $"input/briefings/{new string('a', 101)}/v1.md";
        root.Write(path, Version);
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.Equal(path, Assert.Single(result.Diagnostics).File);
    }

    [Theory]
    [InlineData("\"!!!\"", "has no letters or digits")]
    [InlineData("\"<>\"", "has no letters or digits")]
    [InlineData("CON", "device name")]
    [InlineData("\"../../etc\"", null)]
    [InlineData("\"%2e%2e%2f\"", null)]
    public void Tags_become_safe_page_names_or_are_refused_at_their_line(string tag, string? message)
    {
        using var root = Site();
        root.Write("input/briefings/x/v1.md", $"---\ntitle: T\ndate: 2025-01-01\nsummary: S\nbyline: B\ntags: [{tag}]\n---\n\nText.\n");
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        if (message is null)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.All(result.Files, f => Assert.True(OutputPaths.IsSafe(f.Path), f.Path));
            return;
        }
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/briefings/x/v1.md", 6, "tags"), (error.File, error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_equal_after_normalisation_and_case_folding_share_one_page()
    {
        using var root = Site();
        root.Write("input/briefings/x/v1.md", "---\ntitle: T\ndate: 2025-01-01\nsummary: S\nbyline: B\ntags: [\"Caf\u00e9\", \"cafe\u0301\", CAFE]\n---\n\nText.\n");
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Files, f => f.Path.StartsWith("tags/", StringComparison.Ordinal) && f.Path.EndsWith("index.html", StringComparison.Ordinal) && f.Path != "tags/index.html");
    }
}
