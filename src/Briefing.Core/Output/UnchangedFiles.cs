using System.Runtime.InteropServices;

namespace Briefing.Core.Output;

/// <summary>
/// Reuses a published file when a rebuild produces the same bytes: a hard link from the published
/// tree into staging. Only plain files are reused (never a symbolic link, whatever it points at),
/// and only on Linux; anywhere else, or on any failure, the caller writes the file afresh.
/// </summary>
internal static class UnchangedFiles
{
    public static bool TryLink(string published, string target, ReadOnlySpan<byte> content)
    {
        if (!OperatingSystem.IsLinux() || !HasSameBytes(published, content))
        {
            return false;
        }
        try
        {
            return link(published, target) == 0;
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

    /// <summary>True when <paramref name="path"/> is a plain file holding exactly <paramref name="content"/>.</summary>
    internal static bool HasSameBytes(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length != content.Length)
        {
            return false;
        }
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            Span<byte> chunk = stackalloc byte[16384];
            long offset = 0;
            while (offset < content.Length)
            {
                var read = RandomAccess.Read(handle, chunk, offset);
                if (read == 0 || !chunk[..read].SequenceEqual(content.Slice((int)offset, Math.Min(read, content.Length - (int)offset))))
                {
                    return false;
                }
                offset += read;
            }
            return RandomAccess.Read(handle, chunk[..1], offset) == 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

#pragma warning disable CA2101, SYSLIB1054 // paths are marshalled as UTF-8 on Linux, which is what the kernel expects
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
#pragma warning restore CA2101, SYSLIB1054
}
