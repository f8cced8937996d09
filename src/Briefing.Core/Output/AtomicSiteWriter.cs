using System.Runtime.InteropServices;
using Briefing.Core.Rendering;

namespace Briefing.Core.Output;

/// <summary>
/// Writes the site beside <c>output/</c> in a staging folder and swaps it in only when every file
/// is written, so that a failed or killed build leaves the previous site exactly as it was.
/// On Linux the swap is one atomic <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames,
/// with the previous site restored on the next run if a build died between them.
/// </summary>
public static class AtomicSiteWriter
{
    public static int Write(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = SiblingPath(output, "staging");
        var previous = SiblingPath(output, "previous");
        RecoverInterruptedSwap(output, previous);
        DeleteIfExists(staging);
        DeleteIfExists(previous);

        Directory.CreateDirectory(staging);
        WriteAll(files, staging);
        Swap(staging, output, previous);
        return files.Count;
    }

    /// <summary>Where the staging and previous folders live: hidden siblings of the output folder.</summary>
    public static string SiblingPath(string output, string role) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.{role}");

    private static void WriteAll(IReadOnlyList<OutputFile> files, string root)
    {
        var directories = files
            .Select(f => Path.GetDirectoryName(OutputPaths.Resolve(root, f.Path)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            Directory.CreateDirectory(directory);
        }
        Parallel.ForEach(files, file => File.WriteAllBytes(OutputPaths.Resolve(root, file.Path), file.Content));
    }

    private static void Swap(string staging, string output, string previous)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (OperatingSystem.IsLinux() && Linux.TryExchange(staging, output))
        {
            Directory.Delete(staging, recursive: true);
            return;
        }
        Directory.Move(output, previous);
        Directory.Move(staging, output);
        Directory.Delete(previous, recursive: true);
    }

    private static void RecoverInterruptedSwap(string output, string previous)
    {
        if (!Directory.Exists(output) && Directory.Exists(previous))
        {
            Directory.Move(previous, output);
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static class Linux
    {
        private const int AtFdCwd = -100;
        private const uint RenameExchange = 2;

        public static bool TryExchange(string a, string b)
        {
            try
            {
                return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
            catch (DllNotFoundException)
            {
                return false;
            }
        }

#pragma warning disable CA2101, SYSLIB1054 // paths are marshalled as UTF-8 on Linux, which is what the kernel expects
        [DllImport("libc", SetLastError = true)]
        private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
#pragma warning restore CA2101, SYSLIB1054
    }
}
