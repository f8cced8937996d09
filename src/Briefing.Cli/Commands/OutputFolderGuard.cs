using Briefing.Core.Build;
using Briefing.Core.Output;

namespace Briefing.Cli.Commands;

/// <summary>
/// Refuses output folders whose replacement would destroy something, before anything is written:
/// the output is swapped whole, so it must not be, contain or sit inside the input or the theme,
/// must not be or contain the working folder, and must not be a folder briefing did not build.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Checks the <c>--output</c> text as typed, before it is resolved into a path.</summary>
    public static string? CheckText(string? output) =>
        string.IsNullOrWhiteSpace(output) ? "--output must name a folder, such as 'output'"
        : output.Any(char.IsControl) ? "--output contains a control character; name a plain folder, such as 'output'"
        : null;

    public static string? Check(BuildOptions options)
    {
        var output = Normalise(options.OutputDirectory);
        foreach (var (name, folder) in new[] { ("the input folder", options.InputDirectory), ("the theme folder", options.ThemeDirectory), ("the current folder", options.DisplayRoot) })
        {
            if (IsSameOrInside(Normalise(folder), output))
            {
                return $"--output '{options.OutputDirectory}' would replace {name}; choose a folder of its own, such as 'output'";
            }
        }
        foreach (var (name, folder) in new[] { ("the input folder", options.InputDirectory), ("the theme folder", options.ThemeDirectory) })
        {
            if (IsSameOrInside(output, Normalise(folder)))
            {
                return $"--output '{options.OutputDirectory}' is inside {name}, where the built site would be read back as content; choose a folder outside it";
            }
        }
        var bare = output.TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(bare))
        {
            return $"--output '{options.OutputDirectory}' is a file; name a folder";
        }
        return AtomicSiteWriter.IsReplaceable(bare)
            ? null
            : $"--output '{options.OutputDirectory}' is a folder briefing did not build (it has no {AtomicSiteWriter.MarkerFile}); it would be replaced whole, so delete or move it yourself, or choose another folder";
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    // True when `inner` is `outer` or lies somewhere beneath it.
    private static bool IsSameOrInside(string inner, string outer) =>
        inner.StartsWith(outer, StringComparison.Ordinal);
}
