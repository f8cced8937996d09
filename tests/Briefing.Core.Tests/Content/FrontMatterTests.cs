using Briefing.Core.Content;

namespace Briefing.Core.Tests.Content;

public class FrontMatterTests
{
    [Fact]
    public void Front_matter_and_body_are_split_with_their_first_lines()
    {
        var split = FrontMatter.Split("---\ntitle: A\ndate: 2025-01-01\n---\n\nBody line\n");
        Assert.NotNull(split);
        Assert.Equal("title: A\ndate: 2025-01-01\n", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("\nBody line\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
        Assert.Equal(34, split.BodyStart);
    }

    [Fact]
    public void A_file_without_an_opening_fence_has_no_front_matter() =>
        Assert.Null(FrontMatter.Split("title: A\n---\nBody"));

    [Fact]
    public void A_front_matter_that_never_closes_is_not_split() =>
        Assert.Null(FrontMatter.Split("---\ntitle: A\nBody"));

    [Fact]
    public void A_file_of_only_front_matter_has_an_empty_body()
    {
        var split = FrontMatter.Split("---\ntitle: A\n---");
        Assert.NotNull(split);
        Assert.Equal("", split.Body);
        Assert.Equal(16, split.BodyStart);
    }

    [Fact]
    public void Bom_and_crlf_are_normalised_before_splitting()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: A\r\n---\r\nBody\r"u8];
        var text = SourceText.Decode(bytes, out _);
        Assert.Equal("---\ntitle: A\n---\nBody\n", text);
    }

    [Fact]
    public void Invalid_utf8_reports_the_line_of_the_bad_byte()
    {
        byte[] bytes = [.. "line one\nline two "u8, 0xFF, (byte)'\n'];
        Assert.Null(SourceText.Decode(bytes, out var line));
        Assert.Equal(2, line);
    }
}
