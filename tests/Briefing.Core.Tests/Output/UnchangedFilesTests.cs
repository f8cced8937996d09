using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Output;

/// <summary>A rebuild leaves files whose bytes did not change untouched (hard links; the project builds on Linux), without giving up the atomic swap.</summary>
public class UnchangedFilesTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public void A_file_with_the_same_bytes_keeps_its_modification_time_across_a_rebuild()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        AtomicSiteWriter.Write([OutputFile.Text("same/index.html", "unchanged"), OutputFile.Text("changed.html", "before")], output);
        File.SetLastWriteTimeUtc(Path.Combine(output, "same", "index.html"), LongAgo);
        File.SetLastWriteTimeUtc(Path.Combine(output, "changed.html"), LongAgo);

        AtomicSiteWriter.Write([OutputFile.Text("same/index.html", "unchanged"), OutputFile.Text("changed.html", "after")], output);

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "same", "index.html")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "changed.html")));
        Assert.Equal("after", File.ReadAllText(Path.Combine(output, "changed.html")));
    }

    [Fact]
    public void A_file_of_the_same_length_with_other_bytes_is_written_afresh()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        AtomicSiteWriter.Write([OutputFile.Text("a.html", "abc")], output);

        AtomicSiteWriter.Write([OutputFile.Text("a.html", "abd")], output);

        Assert.Equal("abd", File.ReadAllText(Path.Combine(output, "a.html")));
    }

    [Fact]
    public void A_symbolic_link_in_the_previous_output_is_never_carried_over_even_when_its_target_matches()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        AtomicSiteWriter.Write([OutputFile.Text("a.html", "x")], output);
        File.WriteAllText(temp.Combine("outside.html"), "same");
        File.Delete(Path.Combine(output, "a.html"));
        File.CreateSymbolicLink(Path.Combine(output, "a.html"), temp.Combine("outside.html"));

        AtomicSiteWriter.Write([OutputFile.Text("a.html", "same")], output);

        var written = new FileInfo(Path.Combine(output, "a.html"));
        Assert.Null(written.LinkTarget);
        Assert.Equal("same", File.ReadAllText(written.FullName));
    }

    [Fact]
    public void Same_bytes_are_recognised_only_for_an_exact_match()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("f.bin");
        var content = Enumerable.Range(0, 40_000).Select(i => (byte)(i % 251)).ToArray();
        File.WriteAllBytes(path, content);

        Assert.True(UnchangedFiles.HasSameBytes(path, content));
        var longer = content.Append((byte)1).ToArray();
        Assert.False(UnchangedFiles.HasSameBytes(path, longer));
        var lastDiffers = (byte[])content.Clone();
        lastDiffers[^1] ^= 0xFF;
        Assert.False(UnchangedFiles.HasSameBytes(path, lastDiffers));
        Assert.False(UnchangedFiles.HasSameBytes(temp.Combine("missing"), content));
    }
}
