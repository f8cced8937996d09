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
    public void The_newest_date_is_the_latest_day_of_any_part_a_change_or_a_recorded_day_included()
    {
        // The real record without its recorded: days, so that its newest date is a correction's.
        using var copy = new TempDirectory();
        copy.CopyFrom(RepoPaths.Input, "input");
        foreach (var file in Directory.GetFiles(copy.Combine("input", "events"), "*.md"))
        {
            File.WriteAllLines(file, File.ReadAllLines(file).Where(line => !line.StartsWith("recorded:", StringComparison.Ordinal)));
        }
        var result = SiteBuilds.Render(copy.Combine("input"), displayRoot: copy.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var site = result.Site!;
        var events = site.Find<Briefing.Core.Events.EventSet>()!;
        Assert.True(events.Items.Max(e => e.Date.FirstDay) < events.Items.SelectMany(e => e.Changes).Max(c => c.Date));

        // Worked out from every part's dates one by one; the events' part finds its newest in a loop of its own.
        Assert.Equal(events.Dates.Max(), events.NewestDate);
        Assert.Equal(site.Parts.SelectMany(p => p.Dates).Max(), site.Newest);
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
