using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class AsciiTextTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("0123456789", true)]
    [InlineData("2025a", false)]
    [InlineData("/2025", false)]
    [InlineData("20:25", false)]
    [InlineData("\u0663\u0664", false)] // Arabic-Indic digits: char.IsDigit, not ASCII
    public void AllDigits_is_only_0_to_9(string text, bool expected) => Assert.Equal(expected, AsciiText.AllDigits(text));

    [Theory]
    [InlineData("", true)]
    [InlineData("AZE", true)]
    [InlineData("RUs", false)]
    [InlineData("@ZE", false)] // the characters on either side of A-Z
    [InlineData("AZ[", false)]
    [InlineData("\u00c9TA", false)]
    public void AllUpperLetters_is_only_A_to_Z(string text, bool expected) => Assert.Equal(expected, AsciiText.AllUpperLetters(text));
}
