using Briefing.Testing;
using Xunit.Sdk;

namespace Briefing.Core.Tests.Testing;

/// <summary>The snapshot helper itself: a mismatch must fail, write received text, and never be accepted on CI.</summary>
public class SnapshotTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Mismatch_fails_with_a_diff_and_writes_the_received_file()
    {
        using var temp = new TempDirectory();
        var verified = temp.Write("T.verified.html", "<p>one</p>\n<p>two</p>\n");
        var received = temp.Combine("T.received.html");

        var failure = Assert.Throws<XunitException>(() => Snapshot.Compare("<p>one</p>\n<p>2</p>\n", verified, received, Env()));

        Assert.Contains("-<p>two</p>", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+<p>2</p>", failure.Message, StringComparison.Ordinal);
        Assert.Equal("<p>one</p>\n<p>2</p>\n", File.ReadAllText(received));
    }

    [Fact]
    public void Accepting_is_refused_when_CI_is_set()
    {
        using var temp = new TempDirectory();
        var verified = temp.Write("T.verified.html", "old\n");

        Assert.Throws<XunitException>(() => Snapshot.Compare("new\n", verified, temp.Combine("T.received.html"), Env((Snapshot.AcceptVariable, "1"), ("CI", "true"))));

        Assert.Equal("old\n", File.ReadAllText(verified));
    }

    [Fact]
    public void Accepting_outside_CI_updates_the_verified_file()
    {
        using var temp = new TempDirectory();
        var verified = temp.Write("T.verified.html", "old\n");
        Snapshot.Compare("new\n", verified, temp.Combine("T.received.html"), Env((Snapshot.AcceptVariable, "1")));
        Assert.Equal("new\n", File.ReadAllText(verified));
    }

    [Fact]
    public void A_match_removes_a_stale_received_file()
    {
        using var temp = new TempDirectory();
        var verified = temp.Write("T.verified.html", "same\n");
        var received = temp.Write("T.received.html", "stale\n");
        Snapshot.Compare("same\n", verified, received, Env());
        Assert.False(File.Exists(received));
    }
}
