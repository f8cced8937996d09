using Briefing.Core.Output;
using Briefing.Testing;

namespace Briefing.Core.Tests.Output;

public class NewFileTests
{
    [Fact]
    public void A_new_file_holds_exactly_the_bytes_written_including_none_and_non_ascii_names()
    {
        using var folder = new TempDirectory();
        byte[] content = [0, 1, 2, 0xE2, 0x80, 0x99, 255];
        NewFile.Write(folder.Combine("şuşa.html"), content);
        NewFile.Write(folder.Combine("empty.html"), []);

        Assert.Equal(content, File.ReadAllBytes(folder.Combine("şuşa.html")));
        Assert.Empty(File.ReadAllBytes(folder.Combine("empty.html")));
    }

    [Fact]
    public void A_file_that_exists_is_neither_replaced_nor_appended_to()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("page.html", "first");

        var error = Assert.ThrowsAny<IOException>(() => NewFile.Write(path, "second"u8));

        Assert.Contains("page.html", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_an_error_not_a_folder_made()
    {
        using var folder = new TempDirectory();
        Assert.ThrowsAny<IOException>(() => NewFile.Write(folder.Combine("missing", "page.html"), "x"u8));
        Assert.False(Directory.Exists(folder.Combine("missing")));
    }

    [Fact]
    public void A_new_file_gets_the_permissions_dotnet_gives_one()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempDirectory();
        NewFile.Write(folder.Combine("ours.html"), "x"u8);
        File.WriteAllBytes(folder.Combine("dotnets.html"), "x"u8.ToArray());

        Assert.Equal(File.GetUnixFileMode(folder.Combine("dotnets.html")), File.GetUnixFileMode(folder.Combine("ours.html")));
    }
}
