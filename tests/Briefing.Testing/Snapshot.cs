using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Briefing.Testing;

/// <summary>
/// Snapshot assertions in Verify's conventions: the expected text lives beside the test file as
/// <c>&lt;Class&gt;.&lt;Test&gt;.verified.&lt;ext&gt;</c>; on a mismatch the actual text is written to
/// <c>*.received.&lt;ext&gt;</c> (git-ignored) and the failure shows a unified diff.
/// Set <c>BRIEFING_ACCEPT_SNAPSHOTS=1</c> to accept received text as verified; refused when <c>CI</c> is set.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "BRIEFING_ACCEPT_SNAPSHOTS";

    public static void Match(
        string actual,
        string extension = "html",
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var className = Path.GetFileNameWithoutExtension(testFile);
        var stem = Path.Combine(directory, $"{className}.{name ?? testName}");
        Compare(Normalise(actual), $"{stem}.verified.{extension}", $"{stem}.received.{extension}", Environment.GetEnvironmentVariable);
    }

    /// <summary>The comparison itself, with paths and environment passed in so it can be tested.</summary>
    public static void Compare(string actual, string verifiedPath, string receivedPath, Func<string, string?> environment)
    {
        var verified = File.Exists(verifiedPath) ? Normalise(File.ReadAllText(verifiedPath)) : null;
        if (verified == actual)
        {
            DeleteIfExists(receivedPath);
            return;
        }
        var accept = environment(AcceptVariable) is "1" or "true";
        var onCi = !string.IsNullOrEmpty(environment("CI"));
        if (accept && !onCi)
        {
            File.WriteAllText(verifiedPath, actual);
            DeleteIfExists(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        var why = accept ? $"{AcceptVariable} is ignored when CI is set. " : "";
        throw new XunitException(
            (verified is null ? $"No verified snapshot at {verifiedPath}.\n" : $"Snapshot mismatch: {verifiedPath}\n")
            + $"{why}Received text written to {receivedPath}. If it is right, rerun with {AcceptVariable}=1 (never in CI).\n"
            + UnifiedDiff(verified ?? "", actual));
    }

    /// <summary>LF line endings and one final newline, as <c>.gitattributes</c> keeps verified files.</summary>
    public static string Normalise(string text)
    {
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return lf.EndsWith('\n') ? lf : lf + "\n";
    }

    /// <summary>A readable line diff: '-' verified, '+' received, with two lines of context around each change.</summary>
    public static string UnifiedDiff(string expected, string actual, int context = 2)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    show[j] = true;
                }
            }
        }
        var builder = new StringBuilder("--- verified\n+++ received\n");
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                skipped = true;
                continue;
            }
            if (skipped)
            {
                builder.Append("@@ line ").Append(i + 1).Append(" @@\n");
                skipped = false;
            }
            var prefix = lines[i].Type switch
            {
                ChangeType.Inserted => '+',
                ChangeType.Deleted => '-',
                _ => ' ',
            };
            builder.Append(prefix).Append(lines[i].Text).Append('\n');
        }
        return builder.ToString();
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
