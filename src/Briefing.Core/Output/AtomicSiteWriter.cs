using System.Runtime.InteropServices;

namespace Briefing.Core.Output;

/// <summary>
/// Writes the site beside <c>output/</c> in a staging folder and swaps it in only when every file
/// is written, so that a failed or killed build leaves the previous site exactly as it was.
/// On Linux the swap is one atomic <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames,
/// with the previous site restored on the next run if a build died between them.
/// A file whose bytes equal the one already published at its path is hard-linked into staging
/// instead of written: the published file is never opened for writing, the swap stays atomic, and
/// deleting the old tree afterwards frees no data, which is what makes rebuilds cheap on disk.
/// </summary>
public static class AtomicSiteWriter
{
    /// <summary>Writes <paramref name="files"/> as the whole site at <paramref name="outputDirectory"/>, swapped in at once.</summary>
    public static int Write(IReadOnlyList<OutputFile> files, string outputDirectory, ParallelOptions? parallel = null)
    {
        using var staged = StagedSite.Begin(outputDirectory);
        Parallel.ForEach(files, parallel ?? new ParallelOptions(), staged.Add);
        staged.Commit();
        return files.Count;
    }

    /// <summary>
    /// Written into every built site so that a later build knows the folder is its own to replace.
    /// Hidden, so that it is not listed as a page; harmless if published.
    /// </summary>
    public const string MarkerFile = ".briefing-output";

    internal const string MarkerText = "This folder is built by `briefing build` and replaced whole by the next build. Do not edit it.\n";

    /// <summary>
    /// True when <paramref name="output"/> may be replaced: it does not exist, is empty, carries the
    /// <see cref="MarkerFile"/>, or is a site built before the marker existed (index.html and assets/).
    /// </summary>
    public static bool IsReplaceable(string output) =>
        !Directory.Exists(output)
        || !Directory.EnumerateFileSystemEntries(output).Any()
        || File.Exists(Path.Combine(output, MarkerFile))
        || (File.Exists(Path.Combine(output, "index.html")) && Directory.Exists(Path.Combine(output, "assets")));

    /// <summary>Where the staging and previous folders live: hidden siblings of the output folder.</summary>
    public static string SiblingPath(string output, string role) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.{role}");

    internal static void Swap(string staging, string output, string previous)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (OperatingSystem.IsLinux() && Linux.TryExchange(staging, output))
        {
            DeleteTree(staging);
            return;
        }
        Directory.Move(output, previous);
        Directory.Move(staging, output);
        DeleteTree(previous);
    }

    /// <summary>
    /// Deletes the replaced site, its second-level entries spread over the cores. At 100,000 events it is 170,000 files,
    /// most of them under <c>events/</c>; deleting them on one thread took 1.6 to 2.2 s of a build replacing its last
    /// output. A symbolic link is removed, never followed: a folder it points to is not the build's to delete.
    /// </summary>
    internal static void DeleteTree(string directory)
    {
        // The entries of each first-level folder, and the first level's files and links; the emptied folders go last.
        var entries = new List<FileSystemInfo>();
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (IsFolder(entry))
            {
                entries.AddRange(((DirectoryInfo)entry).EnumerateFileSystemInfos());
            }
            else
            {
                entries.Add(entry);
            }
        }
        Parallel.ForEach(entries, Delete);
        Directory.Delete(directory, recursive: true);
    }

    private static bool IsFolder(FileSystemInfo entry) => entry is DirectoryInfo && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    private static void Delete(FileSystemInfo entry)
    {
        if (IsFolder(entry))
        {
            ((DirectoryInfo)entry).Delete(recursive: true);
        }
        else
        {
            // File.Delete unlinks: for a link to a folder it removes the link and leaves the folder.
            File.Delete(entry.FullName);
        }
    }

    internal static void RecoverInterruptedSwap(string output, string previous)
    {
        if (!Directory.Exists(output) && Directory.Exists(previous))
        {
            Directory.Move(previous, output);
        }
    }

    internal static void DeleteIfExists(string directory)
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

        // glibc's file is libc.so.6 (libc.so, where present, is a linker script dlopen cannot load);
        // musl's is libc.so. Each is tried in turn; without either, the two-rename fallback is used.
        public static bool TryExchange(string a, string b)
        {
            foreach (var exchange in new Func<string, string, int>[] { Glibc, Other })
            {
                try
                {
                    return exchange(a, b) == 0;
                }
                catch (DllNotFoundException)
                {
                }
                catch (EntryPointNotFoundException)
                {
                }
            }
            return false;
        }

        private static int Glibc(string a, string b) => Glibc(AtFdCwd, a, AtFdCwd, b, RenameExchange);

        private static int Other(string a, string b) => Other(AtFdCwd, a, AtFdCwd, b, RenameExchange);

#pragma warning disable CA2101, SYSLIB1054 // paths are marshalled as UTF-8 on Linux, which is what the kernel expects
        [DllImport("libc.so.6", EntryPoint = "renameat2", SetLastError = true)]
        private static extern int Glibc(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

        [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
        private static extern int Other(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
#pragma warning restore CA2101, SYSLIB1054
    }
}
