namespace Briefing.Cli.Preview;

/// <summary>Length and write time of every file under some folders: what the watcher's poll compares.</summary>
public static class FileStamps
{
    public static Dictionary<string, (long Length, long Ticks)> Scan(IEnumerable<string> roots)
    {
        var stamps = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var root in roots.Where(Directory.Exists))
        {
            try
            {
                foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
                {
                    if (!IsIgnored(file.FullName))
                    {
                        stamps[file.FullName] = (file.Length, file.LastWriteTimeUtc.Ticks);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder vanished mid-scan (a branch switch); the next poll sees the settled state.
            }
        }
        return stamps;
    }

    /// <summary>Paths added, removed or changed between two scans, in ordinal order.</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, (long, long)> before, IReadOnlyDictionary<string, (long, long)> after) =>
        after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value).Select(a => a.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads the stamps of <paramref name="paths"/> again into <paramref name="known"/> (a path gone or ignored is dropped).</summary>
    public static void Refresh(Dictionary<string, (long Length, long Ticks)> known, IEnumerable<string> paths)
    {
        // In place: a copy of 11,000 stamps on every save sat between the save and its rebuild.
        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            if (info.Exists && !IsIgnored(path))
            {
                known[path] = (info.Length, info.LastWriteTimeUtc.Ticks);
            }
            else
            {
                known.Remove(path);
            }
        }
    }

    /// <summary>Editors' swap, backup and lock files: never content, so never a reason to rebuild.</summary>
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.EndsWith('~') || name == "4913";
    }
}
