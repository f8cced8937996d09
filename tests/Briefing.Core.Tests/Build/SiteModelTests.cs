using Briefing.Core.Briefings;
using Briefing.Testing;

namespace Briefing.Core.Tests.Build;

public class SiteModelTests
{
    [Fact]
    public void Briefings_are_listed_newest_first()
    {
        var result = SiteBuilds.Render(RepoPaths.Fixture("01-minimal"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "first-look", "older-note" }, result.Site!.Briefings.Select(b => b.Slug).ToArray());
    }

    [Fact]
    public void A_page_may_not_take_a_section_name()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.Write("input/pages/briefings.md", "---\ntitle: Clash\n---\nText\n");
        var result = SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/pages/briefings.md", error.File);
        Assert.Contains("taken by a section", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefing_folder_name_that_is_not_a_slug_is_refused()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        site.CopyFrom(RepoPaths.Fixture("01-minimal/briefings/older-note"), "input/briefings/Older_Note");
        var result = SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/briefings/Older_Note/v1.md", error.File);
    }

    [Fact]
    public void Missing_site_yml_is_reported()
    {
        using var site = new TempDirectory();
        site.CopyFrom(RepoPaths.Fixture("01-minimal"), "input");
        File.Delete(site.Combine("input", "site.yml"));
        var result = SiteBuilds.Render(site.Combine("input"), displayRoot: site.Path);
        Assert.Contains(result.Diagnostics, d => d.File == "input/site.yml" && d.IsError);
    }
}
