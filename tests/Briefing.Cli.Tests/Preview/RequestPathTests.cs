using Briefing.Cli.Preview;

namespace Briefing.Cli.Tests.Preview;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/briefings/first-light/", "briefings/first-light/")]
    [InlineData("/assets/style.0123456789.css", "assets/style.0123456789.css")]
    [InlineData("/about/?x=1#top", "about/")]
    [InlineData("/tags/air%20defence/", "tags/air defence/")]
    public void Site_paths_are_decoded_without_their_leading_slash(string target, string expected) =>
        Assert.Equal(expected, RequestPath.Parse(target));

    [Theory]
    [MemberData(nameof(Refused))]
    public void Targets_outside_the_site_are_refused(string target) =>
        Assert.Null(RequestPath.Parse(target));

    public static TheoryData<string> Refused()
    {
        var data = new TheoryData<string>();
        foreach (var attack in TraversalTests.Attacks.Where(a => !a.StartsWith("/input/", StringComparison.Ordinal) && !a.StartsWith("/theme/", StringComparison.Ordinal) && a != "/..;/secret.txt" && a != "/%uff0e%uff0e/secret.txt"))
        {
            data.Add(attack);
        }
        data.Add("");
        data.Add("*");
        return data;
    }
}
