using Briefing.Core.Site;

namespace Briefing.Core.Tests.Site;

public class NavMenuTests
{
    private static readonly (string Title, string Url)[] Links = [("Briefings", "/briefings/"), ("About", "/about/")];

    [Fact]
    public void The_section_holding_the_page_is_marked_current_and_no_other()
    {
        var menu = new NavMenu(Links, "/briefings/breaking-bonds/v2/");

        Assert.Equal(["page", null], menu.Select(item => item.Current));
        Assert.Equal(["Briefings", "About"], menu.Select(item => item.Title));
        Assert.Equal("/about/", menu[1].Url);
    }

    [Fact]
    public void The_home_page_marks_nothing_current()
    {
        var menu = new NavMenu(Links, "/");

        Assert.All(menu, item => Assert.Null(item.Current));
        Assert.Equal(2, menu.Count);
    }
}
