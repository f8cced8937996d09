using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Output;

public class StagedSiteTests
{
    [Fact]
    public void Many_threads_adding_files_to_the_same_new_folders_all_succeed()
    {
        using var work = new TempDirectory();
        // Four files to a deep new folder, handed out one at a time, so that threads meet at each folder's creation.
        var files = Enumerable.Range(0, 4000).Select(i => OutputFile.Text($"a/b/c/d/e{i / 4}/f{i}.html", $"page {i}")).ToList();

        using (var staged = StagedSite.Begin(work.Combine("output")))
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(files, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = 8 }, staged.Add);
            staged.Commit();
        }

        Assert.All(files, f => Assert.Equal("page " + f.Path.Split("/f")[1].Replace(".html", "", StringComparison.Ordinal), File.ReadAllText(work.Combine("output", f.Path))));
    }

    [Fact]
    public void Disposing_without_commit_removes_the_staging_folder_and_leaves_the_site()
    {
        using var work = new TempDirectory();
        AtomicSiteWriter.Write([OutputFile.Text("index.html", "published")], work.Combine("output"));

        using (var staged = StagedSite.Begin(work.Combine("output")))
        {
            staged.Add(OutputFile.Text("index.html", "abandoned"));
        }

        Assert.Equal("published", File.ReadAllText(work.Combine("output", "index.html")));
        Assert.False(Directory.Exists(AtomicSiteWriter.SiblingPath(work.Combine("output"), "staging")));
    }

    [Fact]
    public void A_streamed_file_is_written_as_its_writer_writes_it_even_over_a_published_site()
    {
        using var work = new TempDirectory();
        AtomicSiteWriter.Write([OutputFile.Text("events/events.csv", "old")], work.Combine("output"));
        // More than the file stream holds back, so that the bytes reach the file in several writes.
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)('a' + i % 26)).ToArray();

        using (var staged = StagedSite.Begin(work.Combine("output")))
        {
            staged.Add(OutputFile.Streamed("events/events.csv", output =>
            {
                output.Write(bytes, 0, 150_000);
                output.Write(bytes, 150_000, 50_000);
            }));
            staged.Commit();
        }

        Assert.Equal(bytes, File.ReadAllBytes(work.Combine("output", "events", "events.csv")));
    }
}
