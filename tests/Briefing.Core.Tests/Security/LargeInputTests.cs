using System.Text;
using Briefing.Core.Build;
using Briefing.Testing;

namespace Briefing.Core.Tests.Security;

/// <summary>
/// Large and odd files build or fail cleanly (located diagnostics, no exception). How the time grows
/// with size is measured by bench/large-input.sh, never here.
/// </summary>
public sealed class LargeInputTests
{
    private const string Site = "title: T\ndescription: D\nbase_url: https://x.example/\nlanguage: en\nauthor: A\n";

    private static TempDirectory Root()
    {
        var root = new TempDirectory();
        root.Write("input/site.yml", Site);
        return root;
    }

    private static string Version(string tags = "[]", string body = "Text.\n") =>
        $"---\ntitle: Large\ndate: 2025-01-01\nsummary: S\nbyline: B\ntags: {tags}\n---\n\n{body}";

    public static string Paragraphs(int bytes)
    {
        var builder = new StringBuilder(bytes + 200);
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append(i % 40 == 0 ? $"## Section {i / 40}\n\n" : "").Append("Relations between the two capitals were tested again, and the record of events grew longer. ").Append(i % 3 == 0 ? "\n\n" : "");
        }
        return builder.ToString();
    }

    [Fact]
    public void A_ten_megabyte_briefing_builds()
    {
        using var root = Root();
        root.Write("input/briefings/large/v1.md", Version(body: Paragraphs(10_000_000)));
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.True(result.Text("briefings/large/index.html").Length > 10_000_000);
    }

    [Fact]
    public void An_event_with_a_hundred_thousand_line_body_builds()
    {
        using var root = Root();
        root.Write("input/briefings/large/v1.md", Version());
        var body = string.Concat(Enumerable.Range(1, 100_000).Select(i => $"Line {i} of the account.\n"));
        root.Write("input/events/2025-01-15-long-account.md",
            "---\ntitle: A long account\ndate: 2025-01-15\nlocation: Baku\nactor1: AZE:GOV\nactor2: RUS:GOV\ncameo: \"190\"\n" +
            "sources:\n  - url: https://example.org/r\n    title: R\nsummary: S\n---\n\n" + body);
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.Contains("Line 100000 of the account.", result.Text("events/long-account/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_tags_build_ten_thousand_tag_pages()
    {
        using var root = Root();
        var tags = "[" + string.Join(", ", Enumerable.Range(1, 10_000).Select(i => $"topic {i}")) + "]";
        root.Write("input/briefings/large/v1.md", Version(tags));
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.Equal(10_000, result.Files.Count(f => f.Path.StartsWith("tags/topic-", StringComparison.Ordinal) && f.Path.EndsWith("/index.html", StringComparison.Ordinal)));
        var feeds = result.Files.Where(f => f.Path.StartsWith("tags/topic-", StringComparison.Ordinal) && f.Path.EndsWith("/feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(10_000, feeds.Count);
        // Each feed carries the one briefing; listing all its tags in each would make the output grow as the square.
        Assert.All(feeds, f => Assert.True(f.Content.Length < 8 * 1024, $"{f.Path}: {f.Content.Length} bytes"));
    }

    [Theory]
    [InlineData("input/briefings/large/v1.md", "", "must start with YAML front matter")]
    [InlineData("input/briefings/large/v1.md", "\n\n\n", "must start with YAML front matter")]
    [InlineData("input/briefings/large/v1.md", "---\n---\n", "is required but missing")]
    [InlineData("input/pages/p.md", "", "must start with YAML front matter")]
    [InlineData("input/events/2025-01-15-empty.md", "", "must start with YAML front matter")]
    [InlineData("input/events/2025-01-15-empty.md", "---\n---\n", "is required but missing")]
    [InlineData("input/site.yml", "", "is required but missing")]
    public void Empty_files_fail_with_their_file_and_line(string path, string text, string message)
    {
        using var root = Root();
        root.Write("input/briefings/ok/v1.md", Version());
        root.Write(path, text);
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.True(d.File == path && d.Line >= 1, d.ToString()));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
    }

    private const string EventFrontMatter =
        "---\ntitle: Only\ndate: 2025-01-15\nlocation: Baku\nactor1: AZE:GOV\nactor2: RUS:GOV\ncameo: \"190\"\n" +
        "sources:\n  - url: https://example.org/r\n    title: R\nsummary: S\n---";

    [Theory]
    [InlineData("input/briefings/only/v1.md", "---\ntitle: Only\ndate: 2025-01-01\nsummary: S\nbyline: B\n---\n", "briefings/only/index.html")]
    [InlineData("input/briefings/only/v1.md", "---\ntitle: Only\ndate: 2025-01-01\nsummary: S\nbyline: B\n---", "briefings/only/index.html")]
    [InlineData("input/pages/only.md", "---\ntitle: Only\n---\n", "only/index.html")]
    [InlineData("input/events/2025-01-15-only.md", EventFrontMatter + "\n", "events/only/index.html")]
    [InlineData("input/events/2025-01-15-only.md", EventFrontMatter, "events/only/index.html")]
    public void A_file_with_only_front_matter_builds_an_empty_page(string path, string text, string page)
    {
        using var root = Root();
        root.Write("input/briefings/ok/v1.md", Version());
        root.Write(path, text);
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Has(page));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        using var root = Root();
        var path = root.Write("input/briefings/huge/v1.md", Version());
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(ContentLoader.MaxFileBytes + 1);
        }
        var result = SiteBuilds.Render(root.Combine("input"), displayRoot: root.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/briefings/huge/v1.md", 1), (error.File, error.Line));
        Assert.Contains("at most 32 MB", error.Message, StringComparison.Ordinal);
    }
}
