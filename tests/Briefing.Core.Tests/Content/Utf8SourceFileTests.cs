using System.Text;
using Briefing.Core.Content;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Content;

public class Utf8SourceFileTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody.\n")]
    [InlineData("---\ntitle: “Bakı” — «цитата»\n---\nNo-break\u00A0space, a dash — and 😀.\n")]
    [InlineData("---\ntitle: A\n...\nEnds with the document-end marker.\n")]
    [InlineData("---\ntitle: A\n--- \t\nThe closing fence has trailing blanks.\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\n")]
    [InlineData("\uFEFF---\ntitle: A\n---\nAfter a byte-order mark.\n")]
    public void A_file_the_usual_way_reads_splits_into_the_same_front_matter_and_body(string file)
    {
        var bytes = Utf8.GetBytes(file);
        var split = Utf8SourceFile.TrySplit("input/x.md", bytes, new BodyStore());

        Assert.NotNull(split);
        var text = SourceText.Decode(bytes, out _)!;
        var bodyStart = FrontMatter.Split(text)!.BodyStart;
        Assert.Equal(text[..bodyStart], split.Text);
        Assert.Equal(text[bodyStart..], split.StoredBody!.Value.ToString());
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nA right-to-left \u202E override.\n")]
    [InlineData("---\ntitle: A\n---\nAn isolate \u2067 here.\n")]
    [InlineData("---\ntitle: A\n---\nA C1 control \u0085 here.\n")]
    [InlineData("---\ntitle: A\n---\nAn escape \u001B[31m here.\n")]
    [InlineData("---\ntitle: A\n---\nA delete \u007F here.\n")]
    [InlineData("---\r\ntitle: A\r\n---\r\nWindows line ends.\r\n")]
    [InlineData("---\ntitle: A\n---\nA lone carriage return\rhere.\n")]
    [InlineData("title: A\n---\nNo opening fence.\n")]
    [InlineData("---\ntitle: A\nNo closing fence.\n")]
    [InlineData("----\ntitle: A\n---\nFour dashes do not open.\n")]
    public void A_file_the_usual_way_would_refuse_or_change_is_left_to_it(string file) =>
        Assert.Null(Utf8SourceFile.TrySplit("input/x.md", Utf8.GetBytes(file), new BodyStore()));

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_left_to_the_usual_way()
    {
        byte[] truncated = [.. "---\ntitle: A\n---\nCut short: "u8, 0xE2, 0x80];
        byte[] stray = [.. "---\ntitle: A\n---\nStray "u8, 0xFF, .. " byte.\n"u8];
        byte[] overlong = [.. "---\ntitle: A\n---\nOverlong "u8, 0xC0, 0xAF, .. ".\n"u8];

        Assert.Null(Utf8SourceFile.TrySplit("input/x.md", truncated, new BodyStore()));
        Assert.Null(Utf8SourceFile.TrySplit("input/x.md", stray, new BodyStore()));
        Assert.Null(Utf8SourceFile.TrySplit("input/x.md", overlong, new BodyStore()));
    }

    /// <summary>
    /// The quick way against the usual way on random files: whenever it answers, the usual way reads the same file without
    /// a problem and splits it into the same front matter and body; whenever the usual way finds a problem, it does not answer.
    /// </summary>
    [Fact]
    public void On_random_files_it_answers_only_as_the_usual_way_would()
    {
        string[] lines =
        [
            "---", "...", "--- ", "---\t", "----", "-- -", "title: A", "  - item", "", "Plain words.", "“Quoted” — dashed",
            "Bakı\u00A0Azərbaycan", "😀 emoji", "\u202E", "\u2066", "\u0085", "\u0001", "\u200F mark", "café\u0301", "\r", "\uFEFF",
        ];
        var random = new Random(1202);
        var answered = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var builder = new StringBuilder(round % 7 == 0 ? "\uFEFF" : "");
            var count = random.Next(1, 9);
            for (var i = 0; i < count; i++)
            {
                builder.Append(i == 0 && random.Next(4) > 0 ? "---" : lines[random.Next(lines.Length)]);
                if (i < count - 1 || random.Next(2) == 0)
                {
                    builder.Append('\n');
                }
            }
            var bytes = Utf8.GetBytes(builder.ToString()).ToList();
            if (random.Next(40) == 0)
            {
                bytes.Insert(random.Next(bytes.Count + 1), 0xFF);
            }
            var file = bytes.ToArray();

            var split = Utf8SourceFile.TrySplit("input/x.md", file, new BodyStore());
            var text = SourceText.Decode(file, out _);
            var usual = text is null || UnsafeCharacters.Any(text) ? null : FrontMatter.Split(text);
            if (usual is null)
            {
                Assert.Null(split);
                continue;
            }
            if (split is null)
            {
                // Only a carriage return, which the usual way turns into a newline, sends a clean file the usual way.
                Assert.Contains((byte)'\r', file);
                continue;
            }
            answered++;
            Assert.Equal(text![..usual.BodyStart], split.Text);
            Assert.Equal(text[usual.BodyStart..], split.StoredBody!.Value.ToString());
        }
        Assert.True(answered > 1000, $"only {answered} random files were split the quick way");
    }
}
