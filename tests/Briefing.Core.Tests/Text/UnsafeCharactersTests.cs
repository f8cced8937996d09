using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class UnsafeCharactersTests
{
    // The scan that lets a clean file through must see exactly what the character-by-character walk reports, for every
    // UTF-16 code unit: a character left out of its set would let a bidirectional override into a title unreported.
    [Fact]
    public void Any_agrees_with_Find_for_every_character()
    {
        var disagreements = new List<int>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a line\nand {(char)c} in the middle of another";
            if (UnsafeCharacters.Any(text) != UnsafeCharacters.Find(text).Any())
            {
                disagreements.Add(c);
            }
        }
        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("plain text, tabs\tand newlines\n", false)]
    [InlineData("right-to-left marks \u200F stay allowed", false)]
    [InlineData("an override \u202E hides here", true)]
    [InlineData("an isolate \u2068 too", true)]
    [InlineData("an escape \u001B[31m", true)]
    [InlineData("a carriage return\r\n", true)]
    public void Any_finds_the_characters_no_file_may_hold(string text, bool expected) =>
        Assert.Equal(expected, UnsafeCharacters.Any(text));
}
