namespace Briefing.Core.Text;

/// <summary>
/// Whether text is all of one kind of ASCII character, read as a span: LINQ's <c>All</c> over a string boxes its
/// enumerator, and loading calls these a few times for every event file.
/// </summary>
public static class AsciiText
{
    /// <summary>True when every character is 0-9 (and for empty text).</summary>
    public static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>True when every character is A-Z (and for empty text).</summary>
    public static bool AllUpperLetters(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('A', 'Z');
}
