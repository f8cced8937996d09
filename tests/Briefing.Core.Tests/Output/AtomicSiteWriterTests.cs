using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Output;

public class AtomicSiteWriterTests
{
    [Fact]
    public void A_new_build_replaces_the_previous_site_whole()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        AtomicSiteWriter.Write([OutputFile.Text("old.html", "old"), OutputFile.Text("keep/index.html", "v1")], output);
        AtomicSiteWriter.Write([OutputFile.Text("keep/index.html", "v2")], output);

        Assert.False(File.Exists(Path.Combine(output, "old.html")));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "keep", "index.html")));
        Assert.Equal(new[] { "output" }, Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Replacing_a_site_deletes_its_links_but_not_what_they_point_to()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        temp.Write("outside/kept.txt", "not the build's");
        AtomicSiteWriter.Write([OutputFile.Text("index.html", "v1"), OutputFile.Text("events/a/index.html", "a"), OutputFile.Text("events/b/c/index.html", "c")], output);
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), temp.Combine("outside"));
        Directory.CreateSymbolicLink(Path.Combine(output, "events", "linked"), temp.Combine("outside"));
        File.CreateSymbolicLink(Path.Combine(output, "events", "a", "file-link"), temp.Combine("outside", "kept.txt"));

        AtomicSiteWriter.Write([OutputFile.Text("index.html", "v2")], output);

        Assert.Equal(new[] { ".briefing-output", "index.html" }, Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("not the build's", File.ReadAllText(temp.Combine("outside", "kept.txt")));
        Assert.Equal(new[] { "output", "outside" }, Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Deleting_a_tree_removes_every_level_of_it()
    {
        using var temp = new TempDirectory();
        foreach (var path in new[] { "tree/top.txt", "tree/a/one.txt", "tree/a/b/two.txt", "tree/a/b/c/three.txt", "tree/d/four.txt" })
        {
            temp.Write(path, path);
        }
        Directory.CreateDirectory(temp.Combine("tree", "empty", "deeper"));

        AtomicSiteWriter.DeleteTree(temp.Combine("tree"));

        Assert.False(Directory.Exists(temp.Combine("tree")));
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_site_untouched()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        AtomicSiteWriter.Write([OutputFile.Text("index.html", "previous")], output);

        Assert.ThrowsAny<Exception>(() => AtomicSiteWriter.Write([OutputFile.Text("index.html", "new"), OutputFile.Text("../escape.html", "x")], output));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(temp.Combine("escape.html")));
    }

    [Fact]
    public void Stale_staging_folder_from_a_killed_build_is_cleared()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        var staging = AtomicSiteWriter.SiblingPath(output, "staging");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "stale.html"), "half-written");

        AtomicSiteWriter.Write([OutputFile.Text("index.html", "fresh")], output);

        Assert.False(Directory.Exists(staging));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
    }

    [Fact]
    public void A_swap_interrupted_between_renames_is_recovered()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        var previous = AtomicSiteWriter.SiblingPath(output, "previous");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "the last good site");

        AtomicSiteWriter.Write([OutputFile.Text("index.html", "new")], output);

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(previous));
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../x")]
    [InlineData("a\\..\\x")]
    [InlineData("c:x")]
    [InlineData("a//b")]
    public void Paths_outside_the_output_folder_are_refused(string path) =>
        Assert.False(OutputPaths.IsSafe(path));
}
