using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class WhiteSpaceTests
{
    // The definition the summary gives: every run of white space one space, the ends trimmed. Text already in that
    // form is returned as it is, without a copy.
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a b c")]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("  ")]
    [InlineData("a  b")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a \n b")]
    [InlineData("a\u00a0b")]
    [InlineData("\na b\r\n")]
    [InlineData("x y\u2028z")]
    public void Runs_of_white_space_become_one_space_and_the_ends_are_trimmed(string text)
    {
        var collapsed = WhiteSpace.Collapse(text);
        Assert.Equal(Regex.Replace(text, @"\s+", " ").Trim(), collapsed);
        if (collapsed == text)
        {
            Assert.Same(text, collapsed);
        }
    }
}
